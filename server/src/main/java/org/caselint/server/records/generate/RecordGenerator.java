package org.caselint.server.records.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.caselint.model.Note;

/**
 * Realistic invented case records: a small world of teams, authors and children (with families and
 * siblings) and, for each record, a note of some kind (home visit, school visit, phone call, family time,
 * supervision, strategy meeting...) written well or poorly according to its author's habits. Some teams and
 * authors write unsupported "aggressive" far more than others, so an audit has a pattern to find.
 *
 * <p>Deterministic: the same seed and count give the same records, in the same order. Not thread-safe: use one
 * generator per thread. All names are invented.
 *
 * <pre>{@code
 * RecordGenerator.stream(42, 1000).forEach(note -> ...);
 * }</pre>
 */
public final class RecordGenerator implements Iterator<Note> {
    /** The first and last possible event dates: several years of records. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 4);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 6, 30);

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yy", Locale.UK);
    private static final List<String> KINDS = List.of("home visit", "home visit", "home visit", "home visit", "home visit",
            "school visit", "school visit", "phone call", "phone call", "phone call", "family time", "family time",
            "supervision", "strategy meeting", "core group meeting", "direct work", "direct work", "office visit",
            "child in care review");

    private record Author(String name, String role, String team, double quality, double aggressive) { }

    private record Child(String id, String first, String surname, boolean boy, LocalDate dob, String mum,
                         String dad, List<String> siblings, String team, List<Author> authors, String school,
                         String carer) {
        String full() { return first + " " + surname; }
    }

    private final SplittableRandom rnd;
    private final int count;
    private final List<Author> authors = new ArrayList<>();
    private final List<Child> children = new ArrayList<>();
    private int next;

    /** A generator of {@code count} records for {@code seed}. */
    public RecordGenerator(long seed, int count) {
        if (count < 0) throw new IllegalArgumentException("count must be 0 or more");
        this.rnd = new SplittableRandom(seed);
        this.count = count;
        buildAuthors();
        buildChildren(Math.max(30, count / 12));
    }

    /** The records of {@code seed} as an ordered, sequential stream. */
    public static Stream<Note> stream(long seed, int count) {
        RecordGenerator g = new RecordGenerator(seed, count);
        return StreamSupport.stream(Spliterators.spliterator(g, count, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public boolean hasNext() { return next < count; }

    @Override
    public Note next() {
        if (!hasNext()) throw new NoSuchElementException();
        next++;
        return record(String.format(Locale.ROOT, "N-%07d", next));
    }

    // ---- the world ------------------------------------------------------------------------------------------

    private void buildAuthors() {
        Set<String> used = new HashSet<>();
        for (String team : Vocabulary.TEAMS) {
            int n = 4 + rnd.nextInt(4);
            boolean aggressiveTeam = Vocabulary.AGGRESSIVE_TEAMS.contains(team);
            for (int i = 0; i < n; i++) {
                String name;
                do {
                    name = pick(Vocabulary.STAFF_FIRST) + " " + pick(Vocabulary.STAFF_SURNAMES);
                } while (!used.add(name));
                String role = i == 0 ? "Team Manager" : roleFor(team);
                double quality = 0.25 + rnd.nextDouble() * 0.7;
                double aggressive = aggressiveTeam ? 0.25 + rnd.nextDouble() * 0.25 : 0.01 + rnd.nextDouble() * 0.04;
                authors.add(new Author(name, role, team, quality, aggressive));
            }
        }
        // A few individuals elsewhere with the same habit, so it is not only a team pattern.
        for (int k = 0; k < 2; k++) {
            int i = rnd.nextInt(authors.size());
            Author a = authors.get(i);
            if (!Vocabulary.AGGRESSIVE_TEAMS.contains(a.team())) {
                authors.set(i, new Author(a.name(), a.role(), a.team(), Math.min(a.quality(), 0.5), 0.45));
            }
        }
    }

    private String roleFor(String team) {
        if (team.equals("Fostering Team")) return "Supervising Social Worker";
        if (team.equals("Leaving Care Team")) return "Personal Adviser";
        if (team.equals("Early Help Team")) return rnd.nextBoolean() ? "Family Support Worker" : "Early Help Practitioner";
        double r = rnd.nextDouble();
        if (r < 0.55) return "Social Worker";
        if (r < 0.75) return "Senior Social Worker";
        if (r < 0.9) return "Family Support Worker";
        return "Student Social Worker";
    }

    private void buildChildren(int n) {
        Set<String> used = new HashSet<>();
        for (int i = 1; i <= n; i++) {
            boolean boy = rnd.nextBoolean();
            String surname = pick(Vocabulary.SURNAMES);
            // Prefer a name not yet used; in a large world some children share a name, as in life.
            String first = pick(boy ? Vocabulary.BOYS : Vocabulary.GIRLS);
            for (int tries = 0; tries < 20 && !used.add(first + " " + surname); tries++) {
                first = pick(boy ? Vocabulary.BOYS : Vocabulary.GIRLS);
            }
            LocalDate dob = LocalDate.of(2006, 1, 1).plusDays(rnd.nextInt(365 * 18));
            String mum = pick(Vocabulary.WOMEN) + " " + surname;
            String dad = rnd.nextDouble() < 0.7
                    ? pick(Vocabulary.MEN) + " " + (rnd.nextDouble() < 0.6 ? surname : pick(Vocabulary.SURNAMES)) : null;
            List<String> siblings = new ArrayList<>();
            int sibs = rnd.nextDouble() < 0.6 ? 1 + rnd.nextInt(3) : 0;
            for (int s = 0; s < sibs; s++) {
                String sib;
                do {
                    sib = pick(rnd.nextBoolean() ? Vocabulary.BOYS : Vocabulary.GIRLS);
                } while (sib.equals(first) || siblings.contains(sib + " " + surname));
                siblings.add(sib + " " + surname);
            }
            String team = dob.isBefore(LocalDate.of(2008, 6, 1)) && rnd.nextDouble() < 0.5 ? "Leaving Care Team"
                    : Vocabulary.TEAMS.get(rnd.nextInt(Vocabulary.TEAMS.size() - 2)); // not leaving care, fostering
            List<Author> teamAuthors = authors.stream().filter(a -> a.team().equals(team)).toList();
            List<Author> mine = new ArrayList<>();
            int k = 1 + rnd.nextInt(3);
            for (int a = 0; a < k; a++) mine.add(teamAuthors.get(rnd.nextInt(teamAuthors.size())));
            if (team.equals("Children in Care Team")) {
                List<Author> fostering = authors.stream().filter(a -> a.team().equals("Fostering Team")).toList();
                mine.add(fostering.get(rnd.nextInt(fostering.size())));
            }
            String carer = team.equals("Children in Care Team") || team.equals("Leaving Care Team")
                    ? pick(Vocabulary.WOMEN) + " " + pick(Vocabulary.SURNAMES) : null;
            children.add(new Child(String.format(Locale.ROOT, "C-%05d", i), first, surname, boy, dob, mum, dad,
                    siblings, team, mine, pick(Vocabulary.SCHOOLS), carer));
        }
    }

    // ---- one record -----------------------------------------------------------------------------------------

    private Note record(String id) {
        // Some children have many records, most have a few.
        Child c = children.get((int) (children.size() * Math.pow(rnd.nextDouble(), 1.5)));
        Author a = c.authors().get(rnd.nextInt(c.authors().size()));
        LocalDate event = eventDate();
        if (event.isBefore(c.dob())) event = c.dob().plusDays(14 + rnd.nextInt(60));
        int age = (int) Math.max(0, ChronoUnit.YEARS.between(c.dob(), event));
        String kind = a.team().equals("Fostering Team") ? (rnd.nextBoolean() ? "home visit" : "supervision") : pick(KINDS);
        if (age < 4 && kind.equals("school visit")) kind = "home visit";
        // Good authors record within a day or two; others days or weeks later.
        int delay = rnd.nextDouble() < a.quality() ? rnd.nextInt(3) : rnd.nextInt(21);
        LocalDate recorded = event.plusDays(delay);
        double q = clamp(a.quality() + (rnd.nextDouble() - 0.5) * 0.3);
        String text = new NoteWriter(rnd, c, a, kind, event, age, q).write();
        List<String> family = new ArrayList<>();
        family.add(c.mum());
        if (c.dad() != null) family.add(c.dad());
        family.addAll(c.siblings());
        return new Note(id, text, new Note.Subject(c.full(), c.dob().toString(), age), family,
                new Note.Author(a.name(), a.role(), a.team(), a.team().equals("Early Help Team")
                        ? "Early Help Service" : "Children's Services"),
                c.id(), kind, event.toString(), recorded.toString(), rnd.nextDouble() < 0.03);
    }

    /** Event dates over several years, more of them in later years (case loads grew). */
    private LocalDate eventDate() {
        long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        double u = Math.sqrt(rnd.nextDouble());
        LocalDate d = FIRST_DAY.plusDays((long) (u * days));
        // Few records are written about weekend events.
        if (d.getDayOfWeek().getValue() >= 6 && rnd.nextDouble() < 0.8) d = d.minusDays(d.getDayOfWeek().getValue() - 5);
        return d;
    }

    private String pick(List<String> l) { return l.get(rnd.nextInt(l.size())); }

    private static double clamp(double x) { return Math.max(0.05, Math.min(0.98, x)); }

    /** Writes one note's text from the fragments, choosing good or poor practice at each step. */
    private static final class NoteWriter {
        private final SplittableRandom rnd;
        private final Child c;
        private final Author a;
        private final String kind;
        private final LocalDate event;
        private final int age;
        private final double q;
        private final StringBuilder sb = new StringBuilder();
        private final String mumRef;
        private final String dadRef;
        private final String sibling;
        private final String friend;
        private final String teacher;
        private final String teacherRole;
        private final String health;
        private final String healthRole;
        private final String quote;

        NoteWriter(SplittableRandom rnd, Child c, Author a, String kind, LocalDate event, int age, double q) {
            this.rnd = rnd;
            this.c = c;
            this.a = a;
            this.kind = kind;
            this.event = event;
            this.age = age;
            this.q = q;
            String mumFirst = c.mum().substring(0, c.mum().indexOf(' '));
            this.mumRef = rnd.nextDouble() < 0.4 ? "Mum" : mumFirst;
            String dadFirst = c.dad() == null ? null : c.dad().substring(0, c.dad().indexOf(' '));
            this.dadRef = dadFirst == null ? "Dad" : rnd.nextDouble() < 0.4 ? "Dad" : dadFirst;
            this.sibling = c.siblings().isEmpty() ? null : first(c.siblings().get(rnd.nextInt(c.siblings().size())));
            Set<String> family = new HashSet<>();
            family.add(c.first());
            for (String s : c.siblings()) family.add(first(s));
            String f;
            do {
                f = pick(rnd.nextBoolean() ? Vocabulary.BOYS : Vocabulary.GIRLS);
            } while (family.contains(f));
            this.friend = f;
            this.teacher = (rnd.nextBoolean() ? "Mrs " : rnd.nextBoolean() ? "Mr " : "Ms ") + pick(Vocabulary.STAFF_SURNAMES);
            this.teacherRole = pick(Vocabulary.TEACHER_ROLES);
            this.health = pick(Vocabulary.WOMEN) + " " + pick(Vocabulary.STAFF_SURNAMES);
            this.healthRole = pick(Vocabulary.HEALTH_ROLES);
            this.quote = pick(Fragments.QUOTES);
        }

        private static String first(String full) { return full.substring(0, full.indexOf(' ')); }

        private boolean good() { return rnd.nextDouble() < q; }

        private boolean chance(double p) { return rnd.nextDouble() < p; }

        private final Set<String> used = new HashSet<>();

        /** A template not used yet in this note, when the list has one. */
        private String pick(List<String> l) {
            String t = l.get(rnd.nextInt(l.size()));
            for (int i = 0; i < 6 && used.contains(t); i++) t = l.get(rnd.nextInt(l.size()));
            used.add(t);
            return t;
        }

        String write() {
            boolean baby = age < 2;
            switch (kind) {
                case "home visit" -> homeVisit(baby);
                case "school visit" -> schoolVisit();
                case "phone call" -> phoneCall();
                case "family time" -> familyTime(baby);
                case "supervision" -> supervision();
                case "strategy meeting", "core group meeting", "child in care review" -> meeting();
                case "direct work" -> directWork(baby);
                default -> officeVisit();
            }
            return sb.toString().strip() + "\n";
        }

        private void homeVisit(boolean baby) {
            heading("Purpose of visit:");
            if (good()) sentence(pick(Fragments.PURPOSE_GOOD));
            else if (chance(0.5)) sentence(pick(Fragments.PURPOSE_ACRONYM));
            else sentence(pick(Fragments.PURPOSE_JARGON));
            paragraph();
            heading("What I saw:");
            sentence("I visited at " + time() + " on " + ukDate(event) + (good() ? " and " + mumRef + " let me in." : "."));
            observations(baby);
            if (good()) sentence(pick(Fragments.HOME_GOOD));
            else if (chance(0.5)) sentence(pick(Fragments.HOME_JUDGEMENTAL));
            else sentence(pick(Fragments.HOME_SUPPORTED));
            if (sibling != null && chance(0.4)) sentence(pick(Fragments.SIBLING));
            parents();
            paragraph();
            information();
            voiceSection(baby);
            otherChild();
            analysis();
            plan();
        }

        private void schoolVisit() {
            sentence("I visited " + c.first() + " at " + c.school() + " on " + ukDate(event) + " at " + time()
                    + " and saw " + him() + " in the library" + (good() ? " with " + teacher + ", " + his() + " " + teacherRole + "." : "."));
            observations(false);
            if (good()) sentence(pick(Fragments.SOURCED));
            else sentence(pick(Fragments.UNSOURCED));
            paragraph();
            voiceSection(false);
            otherChild();
            if (chance(0.5)) acronyms();
            plan();
        }

        private void phoneCall() {
            if (chance(0.5)) {
                sentence("Phone call to " + mumRef + ", " + ukDate(event) + ", " + time() + ".");
                paragraph();
                if (chance(a.aggressive())) sentence(pick(Fragments.AGGRESSIVE_UNSUPPORTED));
                else if (!good() && chance(0.4)) sentence(pick(Fragments.JUDGEMENTAL_UNSUPPORTED));
                else sentence(pick(Fragments.PHONE_PARENT));
            } else {
                sentence("Phone call from " + teacher + ", " + teacherRole + " at " + c.school() + ", " + ukDate(event) + ".");
                paragraph();
            }
            information();
            if (chance(0.5)) jargonOrPlain();
            if (chance(0.3)) acronyms();
            plan();
        }

        private void familyTime(boolean baby) {
            String where = pick(Vocabulary.FAMILY_CENTRES);
            if (good()) sentence("Family time at " + where + " between " + c.first() + " and " + mumRef
                    + (sibling != null ? ", with " + sibling + " there too." : "."));
            else sentence("Supervised contact at " + where + ".");
            sentence(mumRef + " arrived at " + time() + (good() ? ", ten minutes late, and said the bus had not come." : "."));
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) sentence(pick(baby ? Fragments.OBS_BABY : good() ? Fragments.FAMILY_TIME_GOOD : Fragments.OBS_POOR));
            parents();
            paragraph();
            voiceSection(baby);
            analysis();
            plan();
        }

        private void supervision() {
            if (good()) sentence("Supervision with my team manager on " + ukDate(event) + ". We talked about " + c.first()
                    + " and the progress of the plan.");
            else sentence("Supervision. Discussed the case.");
            information();
            jargonOrPlain();
            if (chance(0.6)) acronyms();
            if (chance(0.5)) opinion();
            plan();
        }

        private void meeting() {
            String what = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
            sentence(what + " held on " + ukDate(event) + " at " + time() + ".");
            if (good()) sentence("Present: " + mumRef + ", " + teacher + " (" + teacherRole + ", " + c.school() + "), "
                    + health + " (" + healthRole + ") and me.");
            else sentence("Present: Mum, school, health, SW.");
            paragraph();
            information();
            information();
            jargonOrPlain();
            acronyms();
            if (chance(0.5)) opinion();
            if (chance(0.4)) voiceSection(age < 2);
            plan();
        }

        private void directWork(boolean baby) {
            sentence("Direct work session with " + c.first() + " at " + (age < 4 || chance(0.5) ? "home" : c.school()) + " on "
                    + ukDate(event) + ".");
            if (good()) sentence("We used a feelings chart and " + pick(Vocabulary.TOYS) + ".");
            else sentence("Direct work completed.");
            observations(baby);
            voiceSection(baby);
            otherChild();
            analysis();
            plan();
        }

        private void officeVisit() {
            sentence(mumRef + " came to the office on " + ukDate(event) + " at " + time() + ".");
            parents();
            information();
            jargonOrPlain();
            if (chance(0.5)) acronyms();
            plan();
        }

        private void observations(boolean baby) {
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) {
                if (baby) sentence(pick(Fragments.OBS_BABY));
                else if (good()) sentence(pick(Fragments.OBS_GOOD));
                else sentence(pick(Fragments.OBS_POOR));
            }
        }

        private void parents() {
            if (chance(a.aggressive())) {
                sentence(pick(Fragments.AGGRESSIVE_UNSUPPORTED));
            } else if (chance(0.08)) {
                sentence(pick(Fragments.AGGRESSIVE_SUPPORTED));
            } else if (!good() && chance(0.4)) {
                sentence(pick(Fragments.JUDGEMENTAL_UNSUPPORTED));
            } else {
                sentence(pick(Fragments.PARENT_GOOD));
            }
        }

        private void information() {
            if (good()) sentence(pick(Fragments.SOURCED));
            else sentence(pick(Fragments.UNSOURCED));
        }

        private void jargonOrPlain() {
            if (good()) sentence(pick(Fragments.PLAIN));
            else sentence(pick(Fragments.JARGON));
        }

        private void acronyms() {
            if (good()) sentence(pick(Fragments.ACRONYM_EXPLAINED));
            else sentence(pick(Fragments.ACRONYM_UNEXPLAINED));
        }

        private void opinion() {
            if (good()) sentence(pick(Fragments.OPINION_SUPPORTED));
            else sentence(pick(Fragments.OPINION_AS_FACT));
        }

        private void voiceSection(boolean baby) {
            // Poorer notes often leave the child's voice out altogether.
            if (!good() && chance(0.6)) return;
            heading(baby ? "How " + c.first() + " responded:" : "What " + c.first() + " said:");
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) sentence(pick(baby ? Fragments.VOICE_BABY : Fragments.VOICE));
            paragraph();
        }

        private void otherChild() {
            if (chance(0.12)) sentence(pick(Fragments.OTHER_CHILD));
            else if (chance(0.05)) sentence(pick(Fragments.OTHER_CHILD_INITIAL));
        }

        private void analysis() {
            heading(chance(0.5) ? "Analysis:" : "My view:");
            if (chance(0.7)) jargonOrPlain();
            opinion();
            if (chance(0.5)) acronyms();
            paragraph();
        }

        private void plan() {
            paragraph();
            heading("Plan:");
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) sentence(pick(Fragments.PLAN));
        }

        private void heading(String h) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append("\n\n");
            sb.append(h).append('\n');
        }

        private void paragraph() {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append("\n\n");
        }

        private void sentence(String template) {
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n') sb.append(' ');
            sb.append(fill(template));
        }

        private String fill(String t) {
            StringBuilder out = new StringBuilder(t.length() + 32);
            int i = 0;
            while (i < t.length()) {
                char ch = t.charAt(i);
                int close = ch == '{' ? t.indexOf('}', i) : -1;
                if (close < 0) {
                    out.append(ch);
                    i++;
                    continue;
                }
                out.append(value(t.substring(i + 1, close)));
                i = close + 1;
            }
            String s = out.toString();
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String value(String key) {
            return switch (key) {
                case "C" -> c.first();
                case "CF" -> c.full();
                case "he" -> c.boy() ? "he" : "she";
                case "He" -> c.boy() ? "He" : "She";
                case "him" -> him();
                case "his" -> his();
                case "His" -> c.boy() ? "His" : "Her";
                case "M" -> mumRef;
                case "MF" -> c.mum();
                case "D" -> dadRef;
                case "DF" -> c.dad() == null ? "Dad" : c.dad();
                case "S" -> sibling == null ? "the baby" : sibling;
                case "F" -> friend;
                case "Fi" -> friend.substring(0, 1);
                case "SCH" -> c.school();
                case "T" -> teacher;
                case "TR" -> teacherRole;
                case "HP" -> health;
                case "HR" -> healthRole;
                case "FC" -> pick(Vocabulary.FAMILY_CENTRES);
                case "CARER" -> c.carer() == null ? "the foster carer" : c.carer();
                case "TIME" -> time();
                case "DATE" -> ukDate(event.minusDays(rnd.nextInt(20)));
                case "NEXT" -> ukDate(event.plusDays(7 + rnd.nextInt(28)));
                case "TOY" -> pick(Vocabulary.TOYS);
                case "LIKE" -> pick(Vocabulary.LIKES);
                case "Q" -> quote;
                default -> throw new IllegalStateException("unknown placeholder {" + key + "}");
            };
        }

        private String him() { return c.boy() ? "him" : "her"; }

        private String his() { return c.boy() ? "his" : "her"; }

        private String time() {
            int h = 9 + rnd.nextInt(8);
            int m = rnd.nextInt(12) * 5;
            return String.format(Locale.ROOT, "%d.%02d%s", h > 12 ? h - 12 : h, m, h >= 12 ? "pm" : "am");
        }

        private static String ukDate(LocalDate d) { return d.format(UK_DATE); }
    }
}
