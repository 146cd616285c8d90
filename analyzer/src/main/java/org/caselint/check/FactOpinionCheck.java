package org.caselint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.caselint.learn.SentenceClassifier;
import org.caselint.lexicon.PhraseLexicon;
import org.caselint.lexicon.PhraseLexicon.Term;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags opinion or inference stated as fact (Tees 6; Enfield appendix 1; Coventry): certainty words
 * ("clearly", "obviously"), "it is evident that", sweeping statements ("doesn't care"), driven by
 * {@code fact-opinion.json}, and characterisations of a person ("Jayden is a troubled boy"). Not flagged when the
 * writer owns the opinion ("In my view ..., because ..."), when it is someone else's reported view, or inside a
 * quotation.
 */
public final class FactOpinionCheck implements Check {
    public static final String RULE_ID = "fact-opinion";
    public static final String CHARACTERISATION = "characterisation";
    static final String MODEL_MESSAGE = "This reads as opinion or inference written as fact. Separate what you saw "
            + "and heard from what you think, and give your view as yours with its evidence (\"In my view ..., because ...\").";

    private final PhraseMatcher matcher;
    private final Rule rule;
    private final SentenceClassifier model;

    /** Rules only. */
    public FactOpinionCheck(PhraseLexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * Rules, backed up by a trained sentence classifier (may be null): a sentence the rules leave alone is
     * flagged when the classifier is confident.
     */
    public FactOpinionCheck(PhraseLexicon lexicon, SentenceClassifier model) {
        this.model = model;
        this.matcher = new PhraseMatcher(lexicon);
        this.rule = Spans.rule(RULE_ID, Category.FACT_OPINION, Severity.WARNING,
                "Opinion or inference written as fact, without being owned or without its evidence.",
                lexicon.terms().stream().map(Term::entry).toList(), List.of("Jayden is a troubled boy."),
                List.of("Jayden is a nine-year-old boy who lives with his mum."));
    }

    @Override public Rule rule() { return rule; }

    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            if (Attribution.ownedOpinion(s) || Words.purpose(s)) continue;
            Finding f = null;
            boolean cleared = false;
            for (PhraseMatcher.Match m : matcher.find(s)) {
                Token first = s.token(m.from());
                Token last = s.token(m.to() - 1);
                if (doc.quoteAt(first.start()) != null) continue;
                if (reportedView(s, m.from()) || framedAsQuestion(s, m.from()) || evidenceFollows(s, m.to())
                        || mannerAdverb(s, m) || declinedToAttend(s, m) || scheduled(s, m) || ruledOut(s, m.from())) continue;
                if (practicalRisk(s, m)) {
                    cleared = true; // the classifier would only echo the phrase the rule has just cleared
                    continue;
                }
                f = Spans.fromEntry(doc, s, m.from(), m.to(), rule, m.term().entry());
                break;
            }
            if (f == null) f = characterisation(doc, s);
            if (f == null) f = tooToJudgement(doc, s);
            if (f == null) f = stateAsFact(doc, s);
            // someone else's reported view ("The teacher said Jessica is clearly being bullied") is theirs, not
            // the writer's opinion as fact: the classifier is not asked
            if (f == null && !cleared && !Attribution.sourced(s) && !HEARSAY.matcher(s.text()).find()) f = Spans.modelFinding(doc, s, model, rule, MODEL_MESSAGE);
            if (f != null) out.add(f);
        }
        return out;
    }

    /** Hearsay marked as such ("by all accounts", "apparently") is someone else's claim (missing-source), not the writer's opinion. */
    private static final java.util.regex.Pattern HEARSAY = java.util.regex.Pattern.compile(
            "\\b(?:apparently|allegedly|reportedly|supposedly|rumoured|by all accounts)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> FRAMES = Words.set("whether", "concern", "concerns", "worried", "concerned", "fear",
            "fears", "feared", "possibility", "question", "if", "ask", "asked", "asking", "wondered", "aim", "aims",
            "goal", "ensure", "until");

    /** "Meeting held due to concerns Kayden is at risk", "to find out whether a child is at risk": a question, not a claim. */
    private static boolean framedAsQuestion(Sentence s, int at) {
        for (int k = 0; k < at; k++) {
            if (FRAMES.contains(s.token(k).lower())) return true;
            // "to see how the plan is working", "to check how she is coping": what the writer will find out
            if (k > 0 && s.token(k).lower().equals("how") && LOOK_INTO.contains(s.token(k - 1).lemma())) return true;
        }
        return false;
    }

    private static final Set<String> LOOK_INTO = Words.set("see", "check", "find", "review", "discuss", "look",
            "understand", "explore", "ask", "monitor", "assess");
    private static final Set<String> ATTENDING = Words.set("attend", "come", "join", "go", "take", "speak", "meet", "be");

    /**
     * "Ethan chose not to come to the meeting but completed his form": a decision the child made and made known,
     * not a motive the writer reads into someone ("she is choosing not to help herself").
     */
    private static boolean declinedToAttend(Sentence s, PhraseMatcher.Match m) {
        Token last = s.token(m.to() - 1);
        Token v = s.token(m.to());
        if (!last.lower().equals("to") || v == null || !"choose".equals(s.token(m.from()).lemma())) return false;
        return ATTENDING.contains(v.lemmaOrLower());
    }

    private static final Set<String> THINGS_AT_RISK = Words.set("place", "tenancy", "bursary", "job",
            "course", "apprenticeship", "school", "college", "arrangement", "funding", "benefits", "flat", "accommodation");
    private static final Set<String> PRACTICAL_PASSIVES = Words.set("evicted", "excluded", "prosecuted", "sanctioned");
    private static final Set<String> PRACTICAL_LOSSES = Words.set("losing", "loss", "eviction",
            "being", "exclusion", "ending", "closure", "sanction", "sanctions", "prosecution");

    /**
     * "Her college place is at risk", "at risk of losing his bursary", "at risk of eviction": a practical consequence
     * the writer can point to (a warning letter, a notice), not a judgement about harm to a person.
     */
    private static boolean practicalRisk(Sentence s, PhraseMatcher.Match m) {
        Token last = s.token(m.to() - 1);
        if (!last.lower().equals("risk")) return false;
        Token subject = s.token(m.from() - 1);
        if (subject != null && THINGS_AT_RISK.contains(subject.lower())) return true;
        Token of = s.token(m.to());
        Token what = s.token(m.to() + 1);
        if (of == null || what == null || !of.lower().equals("of")) return false;
        if (what.lower().equals("being")) {
            Token v = s.token(m.to() + 2);
            return v != null && PRACTICAL_PASSIVES.contains(v.lower());
        }
        return PRACTICAL_LOSSES.contains(what.lower());
    }

    /** "The review is due to take place in March": a date in the diary, not a cause ("is due to the lack of ..."). */
    private static boolean scheduled(Sentence s, PhraseMatcher.Match m) {
        Token last = s.token(m.to() - 1);
        Token next = s.token(m.to());
        if (!last.lower().equals("to") || !s.token(m.to() - 2).lower().equals("due")) return false;
        return next == null || next.posIs("VERB") || next.posIs("AUX");
    }

    private static final Set<String> MANNER = Words.set("clearly", "plainly");

    /**
     * "answered my questions clearly", "spoke quietly but clearly": at the end of a clause whose verb it describes,
     * "clearly" says how something was done, not that a judgement is certain.
     */
    private static boolean mannerAdverb(Sentence s, PhraseMatcher.Match m) {
        if (m.to() - m.from() != 1 || !MANNER.contains(s.token(m.from()).lower())) return false;
        Token next = s.token(m.to());
        if (next != null && !next.posIs("PUNCT") && !next.posIs("CCONJ") && !next.posIs("ADP")) return false;
        Token prev = s.token(m.from() - 1);
        Token before = s.token(m.from() - 2);
        if (prev != null && prev.posIs("CCONJ") && before != null && before.posIs("ADV")) return true; // "quietly but clearly"
        for (int k = m.from() - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (t.posIs("CCONJ") || t.text().equals(",") || t.text().equals(";")) return false;
            if (t.posIs("VERB") && !Words.set("be", "seem", "appear", "look", "become").contains(t.lemma())) return true;
        }
        return false;
    }

    /** "Daniel was out of control: he swore at Kayden ...", "clearly close, because ...": the evidence is given. */
    private static boolean evidenceFollows(Sentence s, int after) {
        for (int k = after; k < s.tokens().size(); k++) {
            String l = s.token(k).lower();
            if (l.equals(":") || reasonGiven(s, k)) return true;
        }
        return false;
    }

    /** "because she ..." gives the writer's reason; "because of the phone call" only names a cause, which is the inference. */
    private static boolean reasonGiven(Sentence s, int k) {
        Token n = s.token(k + 1);
        return s.token(k).lower().equals("because") && (n == null || !n.lower().equals("of"));
    }

    /** "The teacher said Jessica is clearly being bullied": someone else's view, reported as theirs. */
    private static boolean reportedView(Sentence s, int at) {
        for (int k = at - 1; k >= 0; k--) {
            Token t = s.token(k);
            String l = t.lemmaOrLower();
            // "Mum says he fell, but this is not consistent with the injury": after "but this" the writer speaks
            if (t.lower().equals("but") && k + 1 < at && WRITER_RESUMES.contains(s.token(k + 1).lower())) return false;
            // "Dr Okonkwo's view is that this is highly likely to be ...", "her assessment is that": whose view it is
            if (VIEWS.contains(l) && k > 0 && (OWNERS.contains(s.token(k - 1).lower()) || s.token(k - 1).lower().endsWith("'s")
                    || s.token(k - 1).lower().endsWith("\u2019s"))) return true;
            if (t.posIs("VERB") && Set.of("say", "tell", "feel", "think", "believe", "describe", "report", "state",
                    "explain", "worry", "agree", "accept", "admit", "acknowledge", "inform", "reassure").contains(l)
                    && !Attribution.passiveAt(s, k)) return true;
            if ("know".equals(l) && letBefore(s, k)) return true; // "I will let Dad know she is safe": what will be passed on

        }
        return false;
    }

    private static final Set<String> WHEN = Words.set("when", "whenever");
    private static final Set<String> VIEWS = Words.set("view", "opinion", "assessment", "belief", "impression", "understanding");
    /** Whose view: someone named ("Dr Okonkwo's") or a third person; not "my view", which the writer owns (and must evidence). */
    private static final Set<String> OWNERS = Words.set("'s", "his", "her", "their");

    /** "I have found nothing to suggest Priya is unsafe", "no evidence that she is at risk": a claim the writer rules out. */
    private static final java.util.regex.Pattern RULED_OUT = java.util.regex.Pattern.compile(
            "\\b(?:nothing to (?:suggest|indicate|show)|no (?:evidence|indication|sign|suggestion)s? (?:that|to suggest|of))\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private static boolean ruledOut(Sentence s, int at) {
        java.util.regex.Matcher m = RULED_OUT.matcher(s.text());
        return m.find() && s.start() + m.start() < s.token(at).start();
    }

    /** After "but", the words that start the writer's own clause: "but this is not consistent with ...". */
    private static final Set<String> WRITER_RESUMES = Words.set("this", "that", "these", "it", "i", "the");

    private static boolean letBefore(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) if ("let".equals(s.token(j).lemma())) return true;
        return false;
    }

    private static final Set<String> STATES = Words.set("safe", "unsafe", "happy", "unhappy",
            "neglected", "loved", "unloved", "thriving", "vulnerable", "damaged", "traumatised", "traumatized",
            "depressed", "exploited", "groomed", "secure", "insecure", "protective", "unprotective", "overwhelmed",
            "manipulative", "controlling", "jealous");
    private static final Set<String> EVIDENCE = Words.set("because", "as", "since", "given", "evidenced", "shown",
            "for", "when", ":", "including", "such");

    /** "because", "as shown by", "for example"; not "for weeks" or "since May", which only say how long. */
    private static boolean evidenceWord(Sentence s, int j) {
        String l = s.token(j).lower();
        if (!EVIDENCE.contains(l)) return false;
        Token next = s.token(j + 1);
        if (l.equals("for")) return next != null && Words.set("example", "instance").contains(next.lower());
        if (l.equals("because")) return reasonGiven(s, j);
        if (l.equals("since")) return next == null || !(next.posIs("NUM") || next.posIs("PROPN") || next.posIs("DET")
                || Words.CALENDAR.contains(next.lower()));
        return true;
    }

    /**
     * "The children are happy and safe", "Ava is safe with her": a person's inner state or safety, stated in
     * the present tense as a fact, with no evidence in the sentence.
     */
    private Finding stateAsFact(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size() - 1; i++) {
            Token be = toks.get(i);
            if (!(be.lower().equals("is") || be.lower().equals("are") || be.lower().equals("'s") || be.lower().equals("'re"))) continue;
            Token subj = toks.get(i - 1);
            // "he hums and claps when he is happy": what he does in that state, not a claim that he is in it
            if (i >= 2 && WHEN.contains(toks.get(i - 2).lower())) continue;
            boolean person = subj.posIs("PROPN") || "PERSON".equals(subj.ner()) || Words.set("he", "she", "they").contains(subj.lower())
                    || (subj.posIs("NOUN") && JudgementalCheck.PERSON_NOUNS.contains(subj.lemma()) && !Words.set("home", "house", "flat",
                    "room", "bedroom", "kitchen", "environment").contains(subj.lemma()));
            if (!person) continue;
            int k = i + 1;
            while (k < toks.size() && (toks.get(k).posIs("ADV") && !toks.get(k).lower().equals("not"))) k++;
            if (k >= toks.size() || !STATES.contains(toks.get(k).lower())) continue;
            Token after = s.token(k + 1);
            // "happy for Connor to stay", "unhappy about the way ...": willingness or an attitude someone has told of
            if (after != null && Words.set("for", "to", "about", "with", "that").contains(after.lower())) continue;
            for (int j = k + 1; j < toks.size(); j++) if (evidenceWord(s, j)) return null;
            Token adj = toks.get(k);
            if (doc.quoteAt(adj.start()) != null || reportedView(s, i) || framedAsQuestion(s, i) || ruledOut(s, i)) return null;
            String matched = doc.text().substring(subj.start(), adj.end());
            return Finding.span(RULE_ID, Category.FACT_OPINION, doc.text(), subj.start(), adj.end(),
                    "'" + matched + "' states how someone is, or how safe they are, as a fact. Say what you saw and heard "
                            + "that shows it, and give your view as yours.",
                    List.of(), rule.severity(), rule.standards(), "state-as-fact");
        }
        return null;
    }

    private static final Set<String> PRESENT_BE = Words.set("is", "are", "'s", "'re");
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they");
    private static final Set<String> PLAIN_LIMITS = Words.set("young", "little", "small", "ill", "unwell", "poorly",
            "far", "late", "early", "big", "heavy", "hot", "cold", "dark", "short", "long", "old", "many", "much");

    /**
     * "Mum is too wrapped up in her new relationship to notice Lily's needs", "Dad is too proud to accept help": what
     * someone cannot do, put down to them as fact. "She is too young to give her views" states a plain limit.
     */
    private Finding tooToJudgement(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 3 < toks.size(); i++) {
            Token be = toks.get(i);
            if (!PRESENT_BE.contains(be.lower()) || !toks.get(i + 1).lower().equals("too")) continue;
            Token subj = toks.get(i - 1);
            boolean person = subj.posIs("PROPN") || "PERSON".equals(subj.ner()) || SUBJECT_PRONOUNS.contains(subj.lower())
                    || JudgementalCheck.PERSON_NOUNS.contains(subj.lemma());
            if (!person || PLAIN_LIMITS.contains(toks.get(i + 2).lower())) continue;
            for (int k = i + 3; k < Math.min(toks.size() - 1, i + 10); k++) {
                Token to = toks.get(k);
                Token v = toks.get(k + 1);
                // "to notice" (the tagger may call it a noun), not "to the school"
                if (!to.lower().equals("to") || !Character.isLowerCase(v.text().charAt(0)) || v.posIs("DET") || v.posIs("PRON")
                        || v.posIs("NUM") || v.posIs("ADJ") || v.posIs("ADP")) continue;
                if (doc.quoteAt(be.start()) != null || reportedView(s, i) || framedAsQuestion(s, i)) return null;
                for (int j = k + 2; j < toks.size(); j++) if (evidenceWord(s, j)) return null;
                Token verb = toks.get(k + 1);
                String matched = doc.text().substring(toks.get(i + 1).start(), verb.end());
                return Finding.span(RULE_ID, Category.FACT_OPINION, doc.text(), toks.get(i + 1).start(), verb.end(),
                        "'" + matched + "' puts down what someone cannot do to who they are, as a fact. Say what you saw "
                                + "and heard, and give your view as yours, with its evidence.",
                        List.of(), rule.severity(), rule.standards(), "too-to");
            }
        }
        return null;
    }

    /** "X is a troubled young man", "They are excellent foster carers": a person summed up in a label. */
    private Finding characterisation(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < toks.size() - 2; i++) {
            Token be = toks.get(i);
            if (!(be.lower().equals("is") || be.lower().equals("are") || be.lower().equals("'s"))) continue;
            int k = i + 1;
            if (k < toks.size() && (toks.get(k).lower().equals("a") || toks.get(k).lower().equals("an"))) k++;
            int adjStart = k;
            int adjs = 0;
            while (k < toks.size() && (toks.get(k).posIs("ADJ") || toks.get(k).posIs("ADV") || toks.get(k).text().equals(",")
                    || (toks.get(k).lower().equals("and") && adjs > 0 && k + 1 < toks.size() && (toks.get(k + 1).posIs("ADJ") || toks.get(k + 1).posIs("ADV")))
                    || toks.get(k).text().equals("-") || (toks.get(k).posIs("VERB") && toks.get(k).lower().endsWith("ed"))
                    || (k > adjStart && Words.set("foster", "kinship", "birth").contains(toks.get(k).lower())
                        && k + 1 < toks.size() && toks.get(k + 1).posIs("NOUN")))) {
                if (toks.get(k).posIs("ADJ") || STATES.contains(toks.get(k).lower())) adjs++; // "a neglected child"
                k++;
            }
            if (adjs == 0 || k >= toks.size()) continue;
            Token noun = toks.get(k);
            if (!noun.posIs("NOUN")) continue;
            if (!JudgementalCheck.PERSON_NOUNS.contains(noun.lemma()) && !Set.of("carer", "influence", "man", "woman",
                    "boy", "girl", "mother", "father", "parent", "child", "lad", "kid").contains(noun.lemma())) continue;
            if (Set.of("family", "home", "house", "flat", "room", "bedroom", "kitchen", "way", "one", "group",
                    "phone", "call", "service", "user", "student", "pupil").contains(noun.lemma())) continue;
            // age and plain descriptions are facts: "a nine-year-old boy", "a British man", "a single parent"
            Token adj = toks.get(adjStart);
            boolean evaluative = false;
            for (int j = adjStart; j < k; j++) {
                Token a = toks.get(j);
                if ((a.posIs("ADJ") || STATES.contains(a.lower())) && !a.lower().matches(".*\\d.*|.*-old|single|young|little|new|first|second|only|"
                        + "older|younger|eldest|oldest|youngest|british|white|black|asian|local|same|other|main|"
                        + "current|former|previous|lone|birth|foster|kinship|male|female|teenage|adult|disabled|"
                        + "deaf|blind|autistic|unaccompanied|allocated|named|primary|secondary|full-time|part-time|"
                        + "sole|big|tall|small|"
                        // what anyone would see of a child's manner: "a smiley baby", "a chatty, confident child"
                        + "smiley|chatty|talkative|sociable|curious|active|lively|quiet|shy|confident|settled|content|cheerful")) {
                    evaluative = true;
                }
            }
            if (!evaluative) continue;
            // "Isabelle is a pleasant little girl according to school": the view is the school's
            if (doc.quoteAt(adj.start()) != null || reportedView(s, i) || s.text().toLowerCase(java.util.Locale.ROOT).contains("according to")) return null;
            String matched = doc.text().substring(adj.start(), noun.end());
            return Finding.span(RULE_ID, Category.FACT_OPINION, doc.text(), adj.start(), noun.end(),
                    "'" + matched + "' sums a person up in a label and states it as fact. Describe what you saw and "
                            + "heard, and give your view as yours, with its evidence.",
                    List.of(), rule.severity(), rule.standards(), CHARACTERISATION);
        }
        return null;
    }
}
