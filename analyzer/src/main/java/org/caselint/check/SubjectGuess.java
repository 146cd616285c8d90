package org.caselint.check;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.caselint.model.Document;
import org.caselint.model.Note;
import org.caselint.model.PersonMention;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * The child a note is about, when the note does not say ("subject" left out, as from a LanguageTool client or a
 * plain text file): without it the child's own name reads as another child's, and the child's voice cannot be
 * looked for. The guess is the person named in a short opening line with no verb ("Home visit to Kane Hill (11)",
 * "RHI - Chloe Evans"), or else the first name the note names most often, at least twice and more often than any
 * other. Adults are never guessed: a name after a title, rank or family word ("Mrs Hill", "Cpl Tate", "Mum, Sarah
 * Hill"), beside a role ("Karen Hollis, team manager"), in the family list, or given as an adult's anywhere in the
 * note. The age comes from beside the first mention ("Kane (11)", "Kane, aged 11", "11-year-old Kane"), when given.
 */
public final class SubjectGuess {
    private SubjectGuess() { }

    /** Words before a name that make its bearer an adult, not the child: family and care roles. */
    private static final Set<String> ADULT_BEFORE = Words.set("carer", "carers", "parent", "parents", "partner", "worker",
            "teacher", "manager", "officer", "nurse", "doctor", "visitor", "guardian", "solicitor", "from", "called",
            "rang", "emailed", "phoned", "texted");
    /** Words after a name that make it a place or an adult's role ("Oakfield House", "Karen Hollis, team manager"). */
    private static final Set<String> NOT_A_CHILD_AFTER = Words.set("house", "lodge", "primary", "academy", "school",
            "college", "court", "centre", "center", "garrison", "road", "street", "lane", "close", "avenue", "hospital",
            "ward", "surgery", "clinic", "barracks", "estate", "park", "manager", "worker", "teacher", "officer", "visitor",
            "nurse", "lead", "head", "headteacher", "practitioner", "sw", "dsl", "iro", "senco", "hv", "gp", "consultant",
            "advisor", "adviser", "coordinator", "co-ordinator", "solicitor", "mum", "dad", "mother", "father", "carer");
    /** The longest opening line taken for a title (tokens). */
    private static final int TITLE_TOKENS = 14;

    /** The note's own subject, or a guessed one, or null when neither the note nor its text names the child. */
    public static Note.Subject of(Document doc) {
        Note n = doc.note();
        if (n.subject() != null && n.subject().name() != null && !n.subject().name().isBlank()) return n.subject();
        Set<String> notChildren = new java.util.HashSet<>(); // the family's names, and adults' first names
        if (n.family() != null) {
            for (String f : n.family()) {
                for (String w : f.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) if (!w.isEmpty()) notChildren.add(w);
            }
        }
        // a first name ever given as an adult's ("Mum, Chantelle Clarke", "Gemma Platt (SW)") is an adult's throughout;
        // after this, a mention is a candidate exactly when its first name is not in notChildren
        for (PersonMention p : doc.persons()) if (!childLike(doc, p)) notChildren.add(first(doc, p));
        PersonMention chosen = titleMention(doc, notChildren);
        if (chosen == null) chosen = mostNamed(doc, notChildren);
        if (chosen == null) return n.subject();
        Integer age = n.subject() != null && n.subject().age() != null ? n.subject().age() : ThirdPartyChildCheck.statedAge(doc, chosen);
        return new Note.Subject(nameOf(doc, chosen), n.subject() == null ? null : n.subject().dateOfBirth(), age);
    }

    /** The one child-like name in a short opening line ("Visit to Kane Hill", "LAC review - Tyrese Campbell"). */
    private static PersonMention titleMention(Document doc, Set<String> notChildren) {
        List<Sentence> all = doc.sentences();
        if (all.isEmpty() || all.get(0).tokens().size() > TITLE_TOKENS) return null;
        // a title names who the record is about and says nothing happened: "Another pupil, Mason, pushed him" is an event
        // (the tagger takes a title's first word for a verb at times, "Visit to Kane"; "Kane, aged 11" is no event)
        List<Token> line = all.get(0).tokens();
        for (int i = 1; i < line.size(); i++) {
            Token t = line.get(i);
            if ((t.posIs("VERB") || t.posIs("AUX")) && !t.lower().equals("aged")) return null;
        }
        PersonMention found = null;
        for (PersonMention p : doc.persons()) {
            if (p.sentenceIndex() != all.get(0).index()) continue;
            if (notChildren.contains(first(doc, p))) return null; // "Call from Mrs Hill": the line names an adult
            if (found != null && !first(doc, found).equals(first(doc, p))) return null; // two people: no telling which
            if (found == null) found = p;
        }
        return found;
    }

    /** The first name named most often, at least twice and more often than any other; its first mention. */
    private static PersonMention mostNamed(Document doc, Set<String> notChildren) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, PersonMention> firstMention = new HashMap<>();
        for (PersonMention p : doc.persons()) {
            if (notChildren.contains(first(doc, p))) continue;
            counts.merge(first(doc, p), 1, Integer::sum);
            firstMention.putIfAbsent(first(doc, p), p);
        }
        String best = null;
        int top = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                second = top;
                top = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return top >= 2 && top > second ? firstMention.get(best) : null;
    }

    private static String first(Document doc, PersonMention p) {
        return nameOf(doc, p).split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /** The name as written, with the first part of a double first name the tagger left out ("Ruby-" of "Ruby-Mae"). */
    private static String nameOf(Document doc, PersonMention p) {
        String text = doc.text();
        int a = p.start();
        if (a >= 2 && text.charAt(a - 1) == '-' && Character.isLetter(text.charAt(a - 2))) {
            a--;
            while (a > 0 && Character.isLetter(text.charAt(a - 1))) a--;
        }
        return text.substring(a, p.end()).strip();
    }

    /** Not a titled adult, a month or a place, not named beside a family word or an adult's role ("Mum, Sarah Hill"). */
    private static boolean childLike(Document doc, PersonMention p) {
        String f = first(doc, p);
        String bare = f.replace(".", "");
        if (Words.TITLES.contains(bare) || Words.CALENDAR.contains(f)) {
            return false;
        }
        List<Token> toks = doc.tokens();
        int at = firstTokenFrom(toks, p.start());
        int end = at;
        while (end < toks.size() && toks.get(end).start() < p.end()) end++;
        // "Oakfield House", "Greenway Primary": a place the tagger took for a name
        String[] words = p.name().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (NOT_A_CHILD_AFTER.contains(words[words.length - 1])) return false;
        // "Karen Hollis, team manager", "Gemma Platt (SW)", "Stacey Robinson (mum)": an adult's role set beside the
        // name; "Mason's mum" is the child's mother, and says Mason is the child, whatever comes before
        String rest = doc.text().substring(p.end(), Math.min(doc.text().length(), p.end() + 2));
        if (rest.startsWith("'s") || rest.startsWith("\u2019s")) return true; // "Call from Mason's mum"
        if (end < toks.size() && (toks.get(end).text().equals(",") || toks.get(end).text().equals("(")
                || NOT_A_CHILD_AFTER.contains(toks.get(end).lower()))) {
            for (int k = end; k < toks.size() && k <= end + 4; k++) {
                Token t = toks.get(k);
                if (NOT_A_CHILD_AFTER.contains(t.lower())) return false;
                boolean phrase = t.posIs("NOUN") || t.posIs("ADJ") || t.posIs("PROPN") || t.posIs("DET") || t.text().equals("(");
                if (k > end && !phrase) break;
            }
        }
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            String w = toks.get(k).lower();
            if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
            if (Words.sexOf(w) != null || ADULT_BEFORE.contains(w) || Words.TITLES.contains(w)) return false;
            if (!(toks.get(k).text().equals(",") || toks.get(k).posIs("DET") || toks.get(k).posIs("ADJ"))) break;
        }
        return true;
    }

    /** The index of the first token starting at or after {@code offset} (a binary search: long notes name many people). */
    private static int firstTokenFrom(List<Token> toks, int offset) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
