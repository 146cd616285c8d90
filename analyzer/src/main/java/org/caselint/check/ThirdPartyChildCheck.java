package org.caselint.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Note;
import org.caselint.model.PersonMention;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags a child other than the subject, and not a sibling, named in the note (Recording policy §4.4: "there
 * should not be reference to other children"). Names come from CoreNLP NER plus capitalised words right after a
 * child cue; a name is a child's when a cue is next to one of its mentions (an age in brackets, "friend",
 * "classmate", "pupil", "Year 4", "another child"...). The subject, the {@code family} list, siblings identified
 * in the text ("his brother Kai") and adults (titles, roles) are excluded; initials are fine. Every mention of
 * such a name is flagged, with initials or a role suggested instead.
 */
public final class ThirdPartyChildCheck implements Check {
    public static final String RULE_ID = "third-party-child-named";

    private static final Set<String> CHILD_CUES = Words.set("friend", "friends", "classmate", "classmates", "pupil",
            "pupils", "peer", "peers", "boy", "boys", "girl", "girls", "child", "children", "kid", "kids", "student",
            "students", "schoolfriend", "schoolmate", "cousin", "boyfriend", "girlfriend", "resident", "housemate",
            "baby", "toddler", "teenager", "youngster", "young", "lad", "co-defendant", "mate", "mates", "bestie",
            "bff", "playmate", "child's", "year");
    private static final Set<String> SIBLING_CUES = Words.set("brother", "sister", "sibling", "siblings", "half-brother",
            "half-sister", "stepbrother", "stepsister", "step-brother", "step-sister", "twin", "brothers", "sisters");
    private static final Set<String> ADULT_CUES = Words.set("mr", "mrs", "ms", "miss", "dr", "pc", "dc", "ds", "sgt",
            "teacher", "worker", "officer", "nurse", "mum", "dad", "mother", "father", "partner", "nan", "grandma",
            "grandad", "grandmother", "grandfather", "aunt", "uncle", "carer", "carers", "manager", "head", "visitor",
            "social", "practitioner", "senco", "dsl", "lead", "gp", "doctor", "solicitor", "guardian", "iro",
            "stepdad", "stepmum", "stepfather", "stepmother", "ex-partner", "boyfriend's", "landlord", "neighbour",
            "chair", "supervisor", "keyworker", "key", "mentor", "coach", "advocate", "interpreter", "judge",
            "magistrate", "police", "constable", "sergeant", "detective", "inspector", "paramedic", "midwife",
            "health", "support", "staff", "husband", "wife", "fiancé", "fiance", "assistant", "ta", "tutor",
            "director", "coordinator", "co-ordinator", "caseworker", "therapist", "counsellor", "psychologist");
    private static final Pattern AGE = Pattern.compile("\\(\\s*(?:aged\\s*)?(\\d{1,2})\\s*(?:yrs?|years?)?\\s*\\)");
    private static final Pattern AGED = Pattern.compile("^,?\\s*(?:aged|age)\\s+(\\d{1,2})\\b");
    private static final Pattern YEAR_GROUP = Pattern.compile("\\b(?:year|yr|y)\\s?(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);

    private final Rule rule;

    public ThirdPartyChildCheck() {
        this.rule = new Rule(RULE_ID, Category.THIRD_PARTY_CHILD, Severity.ERROR,
                "A child who is not the subject of this record (and not a sibling) is named.",
                Category.THIRD_PARTY_CHILD.standards(),
                List.of("Jayden played football with his friend Tyler (8) at lunchtime.",
                        "Another pupil, Mason, pushed him in the lunch queue."),
                List.of("Jayden played football with another pupil, T., at lunchtime.",
                        "Jayden's brother Kai (6) was at home.", "Mrs Ahmed, head teacher, met me at the gate."));
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.POS, Layer.PERSONS, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        Set<String> exclude = excludedNames(doc);
        Map<String, List<int[]>> mentions = new LinkedHashMap<>();
        Set<String> children = new HashSet<>();
        Set<String> adults = new HashSet<>();
        for (PersonMention p : candidates(doc)) {
            String first = firstName(p.name());
            if (first == null) continue;
            String key = first.toLowerCase(Locale.ROOT);
            if (exclude.contains(key) || exclude.contains(p.name().toLowerCase(Locale.ROOT))) continue;
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {p.start(), p.end()});
            Sentence s = doc.sentences().get(p.sentenceIndex());
            Cue cue = cue(doc, s, p);
            if (cue == Cue.CHILD) children.add(key);
            else if (cue == Cue.ADULT) adults.add(key);
            else if (cue == Cue.SIBLING) exclude.add(key);
        }
        List<Finding> out = new ArrayList<>();
        for (String key : children) {
            if (adults.contains(key) || exclude.contains(key)) continue;
            for (int[] m : mentions.get(key)) {
                String name = doc.text().substring(m[0], m[1]);
                out.add(Finding.span(RULE_ID, Category.THIRD_PARTY_CHILD, doc.text(), m[0], m[1],
                        "'" + name + "' seems to be another child. Other children should not be named in this child's "
                                + "record: use initials or a role (\"another pupil\", \"a friend\").",
                        List.of(name.charAt(0) + ".", "another child", "a friend"), rule.severity(), rule.standards(),
                        "named-child"));
            }
        }
        return out;
    }

    private enum Cue { CHILD, ADULT, SIBLING, NONE }

    /** NER mentions, plus a capitalised word right after a child cue that NER missed ("friend Kacey"). */
    private static List<PersonMention> candidates(Document doc) {
        List<PersonMention> out = new ArrayList<>(doc.persons());
        Set<Integer> starts = new HashSet<>();
        for (PersonMention p : out) starts.add(p.start());
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 1; i < toks.size(); i++) {
                Token t = toks.get(i);
                Token prev = toks.get(i - 1);
                if (prev.text().equals(",") && i >= 2) prev = toks.get(i - 2);
                if (!CHILD_CUES.contains(prev.lower()) || starts.contains(t.start())) continue;
                if (t.text().length() < 2 || !Character.isUpperCase(t.text().charAt(0)) || Words.isAllCaps(t.text())) continue;
                if (!(t.posIs("PROPN") || t.posIs("NOUN"))) continue;
                String name = t.text().endsWith("'s") ? t.text().substring(0, t.text().length() - 2) : t.text();
                out.add(new PersonMention(t.start(), t.start() + name.length(), name, s.index()));
                starts.add(t.start());
            }
        }
        return out;
    }

    /** The subject's and the family's names, and the words that are never a child's name. */
    private static Set<String> excludedNames(Document doc) {
        Set<String> ex = new HashSet<>();
        Note n = doc.note();
        if (n.subject() != null && n.subject().name() != null) addName(ex, n.subject().name());
        for (String f : n.family()) addName(ex, f);
        ex.addAll(Set.of("mum", "dad", "nan", "nanna", "grandma", "grandad", "god", "christmas", "easter"));
        return ex;
    }

    private static void addName(Set<String> ex, String name) {
        for (String part : name.split("[\\s-]+")) if (part.length() > 1) ex.add(part.toLowerCase(Locale.ROOT).replace("'s", ""));
        ex.add(name.toLowerCase(Locale.ROOT));
    }

    private static String firstName(String name) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length == 0) return null;
        String f = parts[0].replaceAll("[^\\p{L}'-]", "");
        if (f.length() < 2) return null; // initials are fine
        if (f.length() == 2 && f.charAt(1) == '.') return null;
        return f;
    }

    /** What the words around this mention say about the person: child, adult, sibling or nothing. */
    private static Cue cue(Document doc, Sentence s, PersonMention p) {
        List<Token> toks = s.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= p.start() && toks.get(i).start() < p.end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return Cue.NONE;
        // title or role right before: "Mrs Ahmed", "PC Lowe", "teacher Ms Khan"
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            String l = toks.get(k).lower().replace(".", "");
            if (SIBLING_CUES.contains(l)) return Cue.SIBLING;
            if (ADULT_CUES.contains(l)) return Cue.ADULT;
            if (CHILD_CUES.contains(l)) return Cue.CHILD;
            if (!toks.get(k).text().equals(",") && !toks.get(k).posIs("PRON") && !toks.get(k).posIs("DET")
                    && !toks.get(k).posIs("ADJ")) break;
        }
        String after = doc.text().substring(p.end(), Math.min(doc.text().length(), p.end() + 40));
        if (AGE.matcher(after).lookingAt() || AGED.matcher(after).find()) {
            var m = AGE.matcher(after);
            int age = m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
            if (age == 0) {
                var m2 = AGED.matcher(after);
                if (m2.find()) age = Integer.parseInt(m2.group(1));
            }
            return age < 18 ? Cue.CHILD : Cue.ADULT;
        }
        // an appositive after the name: "Mason, a classmate," / "Jake (another pupil)"
        for (int k = last + 1; k < Math.min(toks.size(), last + 5); k++) {
            String l = toks.get(k).lower();
            if (SIBLING_CUES.contains(l)) return Cue.SIBLING;
            if (ADULT_CUES.contains(l)) return Cue.ADULT;
            if (CHILD_CUES.contains(l) && !l.equals("young") && !l.equals("year")) return Cue.CHILD;
            if (toks.get(k).posIs("VERB") || toks.get(k).posIs("AUX")) break;
        }
        // "another child", "in Year 4" nearby in the same sentence
        String sent = s.text().toLowerCase(Locale.ROOT);
        if ((sent.contains("another child") || sent.contains("another pupil") || sent.contains("another young person")
                || sent.contains("other child") || sent.contains("other young person") || sent.contains("other pupil")
                || YEAR_GROUP.matcher(s.text()).find()) && !hasAdultCueNear(toks, first)) {
            return Cue.CHILD;
        }
        return Cue.NONE;
    }

    private static boolean hasAdultCueNear(List<Token> toks, int first) {
        for (int k = Math.max(0, first - 3); k < Math.min(toks.size(), first + 4); k++) {
            if (ADULT_CUES.contains(toks.get(k).lower().replace(".", ""))) return true;
        }
        return false;
    }
}
