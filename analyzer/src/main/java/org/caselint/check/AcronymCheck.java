package org.caselint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.caselint.lexicon.AcronymLexicon;
import org.caselint.lexicon.AcronymLexicon.Acronym;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags the first use of an acronym or abbreviation that has not been explained at or before that use.
 * A definition is the long form next to the short one in either order: "Child in Need (CIN)" (found by
 * matching the short form's letters backwards through the words before the bracket, after Schwartz and Hearst
 * 2003) or "CIN (Child in Need)". Recognises plurals (CINs), digits (S47), two-letter forms (CP) and, for
 * acronyms the lexicon marks, lower-case writing ("lac review"). Everyday abbreviations (GP, NHS, Mr...) pass.
 */
public final class AcronymCheck implements Check {
    public static final String RULE_ID = "acronym-undefined";
    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z&]*[A-Z]|[A-Z]{1,4}\\d{1,3}|[A-Z][a-z][A-Z]{2,}|[A-Z]{2,}[a-z][A-Z]+|[A-Z]{4,}o");
    private static final Pattern SECTION = Pattern.compile("[sS]\\.?\\d{1,3}");
    /** Words people write in capitals for emphasis or as labels, which are not abbreviations. */
    private static final Set<String> CAPS_WORDS = Words.set("NO", "NOT", "YES", "AND", "OR", "THE", "TO", "IN", "OF",
            "ON", "AT", "IS", "WAS", "HE", "SHE", "ME", "MY", "WE", "US", "DO", "STOP", "HELP", "NOW", "ALL", "NEVER",
            "PLEASE", "URGENT", "NB", "PS", "RE", "FW", "FWD", "AN", "BE", "SO", "IF", "UP", "GO", "HI", "OH", "OKAY",
            "AM", "PM", "HATE", "LOVE", "WANT", "WILL", "NOTE", "ACTION", "ACTIONS", "IMPORTANT", "RISK", "HIGH",
            "LOW", "MEDIUM", "NONE", "NA", "N/A", "TBC", "X", "XX", "XXX", "I'M", "DON'T", "CAN'T", "WON'T");

    /**
     * A church school's designation in its name ("St Anne's CE Primary", "St Bede's RC High School"): part of the
     * name, like "St", not shorthand to explain.
     */
    private static final Set<String> SCHOOL_DESIGNATIONS = Words.set("CE", "RC", "COFE", "URC");
    private static final Set<String> SCHOOL_WORDS = Words.set("primary", "junior", "juniors", "infant", "infants",
            "academy", "school", "high", "first", "middle", "nursery", "college", "secondary", "church");

    private final AcronymLexicon lexicon;
    private final Rule rule;

    public AcronymCheck(AcronymLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> flag = new ArrayList<>(List.of("The CIN meeting is on Friday.", "Mum has a cp plan meeting next week.",
                "The S47 enquiry started today.", "The LAC review is on Monday. Looked after child (LAC) reviews happen twice a year."));
        List<String> pass = new ArrayList<>(List.of("The Child in Need (CIN) meeting is on Friday and the CIN plan was agreed.",
                "The CIN (Child in Need) plan was reviewed.", "Section 47 (S47) enquiries started today.",
                "Mum saw her GP on Monday.", "Child Protection (CP) conferences were held; both CPs were chaired by Mr Hale."));
        this.rule = new Rule(RULE_ID, Category.ACRONYM, Severity.WARNING,
                "An acronym or abbreviation is used before it has been written in full.",
                List.of("Tees 3", "Enfield §3", "Enfield §7", "Coventry"), flag, pass);
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }

    /** One use of a short form in the text. */
    private record Use(String key, Token token, int sentence, boolean definition) { }

    @Override
    public List<Finding> check(Document doc) {
        List<Use> uses = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (shouting(s)) continue;
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                // "Wt 41.2kg", "- 06/09: Wt 17.1kg": a capital that only opens the line
                boolean opensLine = i == 0 || (!Character.isLetterOrDigit(toks.get(i - 1).text().charAt(0))
                        && (i == 1 || !Character.isLetter(toks.get(i - 2).text().charAt(0))));
                String key = shortForm(toks.get(i), opensLine);
                if (key == null) {
                    // "DBS/PNC", "ASF-funded", "RUI'd": short forms inside a token the tokenizer kept whole
                    for (Token part : parts(toks.get(i))) {
                        String k = shortForm(part, false);
                        if (k != null) uses.add(new Use(k, part, s.index(), false));
                    }
                    continue;
                }
                if (SCHOOL_DESIGNATIONS.contains(key) && i + 1 < toks.size()
                        && SCHOOL_WORDS.contains(toks.get(i + 1).text().toLowerCase(Locale.ROOT))) continue;
                uses.add(new Use(key, toks.get(i), s.index(), isDefinition(s, i, key)));
            }
        }
        Map<String, Use> first = new LinkedHashMap<>();
        Map<String, Boolean> firstIsDefined = new HashMap<>();
        for (Use u : uses) {
            if (!first.containsKey(u.key())) {
                first.put(u.key(), u);
                firstIsDefined.put(u.key(), u.definition());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Use u : first.values()) {
            if (firstIsDefined.get(u.key())) continue;
            out.add(finding(doc, u));
        }
        return out;
    }

    private Finding finding(Document doc, Use u) {
        Token t = u.token();
        Acronym a = lexicon.find(u.key());
        String written = t.text();
        if (a != null) {
            List<String> sugg = new ArrayList<>(a.entry().suggestions(written));
            if (sugg.isEmpty()) {
                sugg.add(a.expansion() + " (" + u.key() + ")");
                if (a.plain() != null) sugg.add(a.plain());
            }
            return Finding.span(RULE_ID, Category.ACRONYM, doc.text(), t.start(), t.end(), a.entry().message(written),
                    sugg, rule.severity(), a.entry().standards(), a.entry().id());
        }
        return Finding.span(RULE_ID, Category.ACRONYM, doc.text(), t.start(), t.end(),
                "'" + written + "' is not explained. Write it in full the first time you use it, with the short form "
                        + "in brackets after it, or use plain words instead.",
                List.of(), rule.severity(), rule.standards(), u.key().toLowerCase(Locale.ROOT));
    }

    /**
     * The lookup key of an acronym token ("CINs" gives "CIN"), or null when the token is not one; {@code opensLine}: the
     * token starts its sentence or follows a line's date or bullet, so a capital there may be only the line's.
     */
    String shortForm(Token t, boolean opensLine) {
        String w = t.text();
        if (w.length() < 2 || w.length() > 10) return null;
        if (SECTION.matcher(w).matches()) return AcronymLexicon.key(w.toUpperCase(Locale.ROOT));
        String core = w;
        if (core.length() > 2 && core.endsWith("s") && Character.isUpperCase(core.charAt(core.length() - 2))) {
            core = core.substring(0, core.length() - 1);
        }
        if (core.endsWith("'s") || core.endsWith("'S")) core = core.substring(0, core.length() - 2);
        if (SHAPE.matcher(core).matches()) {
            String key = AcronymLexicon.key(core);
            if (CAPS_WORDS.contains(key) || lexicon.isEveryday(key) || lexicon.isEveryday(w)) return null;
            return key;
        }
        Acronym a = lexicon.find(core);
        if (a == null) return null;
        // a listed form the shape above does not cover ("T/C")
        if (a.forms().contains(core)) return AcronymLexicon.key(core);
        // lower-case writing of a known acronym that is not an English word ("lac review", "cp plan"), or with a capital
        // only because it opens a line ("Wt 41.2kg", "Obs stable"; not the name in "Aunty Rhi")
        String lower = core.toLowerCase(Locale.ROOT);
        boolean capitalised = opensLine && core.length() > 1 && Character.isUpperCase(core.charAt(0))
                && core.substring(1).equals(lower.substring(1));
        if (a.lowercase() && (core.equals(lower) || capitalised)) return AcronymLexicon.key(core);
        return null;
    }

    /**
     * A line in capitals (a shouted heading, "URGENT - PLEASE READ") is not a run of acronyms; a list of them ("Present:
     * MASH SW, police DAO, IDVA, HV"), mostly short forms the lexicon knows, is.
     */
    private boolean shouting(Sentence s) {
        int words = 0;
        int caps = 0;
        int known = 0;
        for (Token t : s.tokens()) {
            if (!Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (t.text().length() > 1 && Words.isAllCaps(t.text())) {
                caps++;
                if (lexicon.find(t.text()) != null) known++;
            }
        }
        return words >= 4 && caps * 10 >= words * 6 && known * 2 < caps;
    }

    private static final Pattern SLASHED = Pattern.compile("[^/]+");
    private static final Pattern BEFORE_SUFFIX = Pattern.compile("^([A-Z][A-Za-z&]*[A-Z])(?:-[a-z]|['\u2019]d$)");

    /**
     * The parts of a token that may each be a short form: "DBS/PNC" and "CSE/CCE" split at the slash, "ASF-funded"
     * and "DDP-informed" before the hyphen, "RUI'd" and "DNA'd" before the "'d"; none for any other token.
     */
    private static List<Token> parts(Token t) {
        String w = t.text();
        List<Token> out = new ArrayList<>();
        if (w.indexOf('/') > 0 && w.indexOf('/') < w.length() - 1) {
            java.util.regex.Matcher m = SLASHED.matcher(w);
            while (m.find()) out.add(new Token(t.index(), t.start() + m.start(), t.start() + m.end(), m.group()));
            return out;
        }
        java.util.regex.Matcher m = BEFORE_SUFFIX.matcher(w);
        if (m.find()) out.add(new Token(t.index(), t.start(), t.start() + m.end(1), m.group(1)));
        return out;
    }

    /** Is the use at token i part of a definition: "long form (SF)" or "SF (long form)"? */
    private boolean isDefinition(Sentence s, int i, String key) {
        Token before = s.token(i - 1);
        Token after = s.token(i + 1);
        // "long form (SF)": the short form alone in brackets, long form just before the bracket
        if (before != null && before.text().equals("(") && after != null && after.text().equals(")")) {
            if (longFormBefore(s, i - 1, key)) return true;
        }
        // "SF (long form)": a bracket right after the short form holding at least two words, not a person's name
        if (after != null && after.text().equals("(")) {
            List<Token> inside = new ArrayList<>();
            for (int k = i + 2; k < s.tokens().size() && !s.token(k).text().equals(")"); k++) {
                if (Character.isLetter(s.token(k).text().charAt(0))) inside.add(s.token(k));
            }
            if (inside.size() >= 2 && !namesPerson(inside, key)) return true;
        }
        // "SF - long form" / "SF, which stands for ..." are rarer; a dash or "stands for" right after also counts
        if (after != null && (after.lower().equals("stands") || after.lower().equals("meaning"))) return true;
        return false;
    }

    /**
     * "SW (Kate Millar)", "TM (Sarah Gould)", "DSL (Mrs Fran Keogh, Highfield Academy)": the bracket names who holds the
     * role, not what the letters stand for: it opens with a title, or it is two to four capitalised words in which the
     * short form's letters cannot be found in order ("Child in Need" can hold CIN; "Kate Millar" cannot hold SW).
     */
    private static boolean namesPerson(List<Token> inside, String key) {
        if (Words.TITLES.contains(inside.get(0).lower().replace(".", ""))) return true;
        if (inside.size() > 4) return false;
        for (Token t : inside) if (!Character.isUpperCase(t.text().charAt(0))) return false;
        String sf = letters(key);
        String lf = String.join(" ", inside.stream().map(Token::lower).toList());
        return sf.isEmpty() || !matchesBackwards(sf, lf);
    }

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

    /** The short form's letters and digits, in lower case: "S.47" gives "s47". */
    private static String letters(String key) {
        return NOT_LETTER_OR_DIGIT.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static final Set<String> LINKING_WORDS = Words.set("and", "or", "but", "me", "i", "with", "to");

    /** Schwartz-Hearst: can the short form's letters be found, in order, in the words before the bracket? */
    private boolean longFormBefore(Sentence s, int bracket, String key) {
        String sf = letters(key);
        int maxWords = Math.min(sf.length() + 5, sf.length() * 2 + 1);
        List<String> words = new ArrayList<>();
        for (int k = bracket - 1; k >= 0 && words.size() < maxWords; k--) {
            String w = s.token(k).lower();
            if (w.equals("(") || w.equals(")") || w.equals(".") || w.equals(";")) break;
            words.add(0, w);
            // a long form does not open with "and" or "me": "me and Steve Ellis (ASL)" holds a, s and l, but names a person
            if (w.charAt(0) == sf.charAt(0) && !LINKING_WORDS.contains(w) && matchesBackwards(sf, String.join(" ", words))) return true;
        }
        Acronym a = lexicon.find(key);
        if (a != null) {
            String lf = String.join(" ", words).replace('-', ' ');
            String exp = a.expansion().toLowerCase(Locale.ROOT).replace('-', ' ');
            return lf.endsWith(exp);
        }
        return false;
    }

    static boolean matchesBackwards(String sf, String lf) {
        int l = lf.length() - 1;
        for (int si = sf.length() - 1; si >= 0; si--) {
            char c = sf.charAt(si);
            while (l >= 0) {
                char x = lf.charAt(l);
                boolean wordStart = l == 0 || !Character.isLetterOrDigit(lf.charAt(l - 1));
                if (x == c && (si > 0 || wordStart)) break;
                l--;
            }
            if (l < 0) return false;
            l--;
        }
        return true;
    }
}
