package org.caselint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caselint.lexicon.JudgementalLexicon;
import org.caselint.lexicon.JudgementalLexicon.Label;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Quote;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Flags labelling words (aggressive, hostile, chaotic, unkempt...) that the note does not support with what was
 * actually seen or heard in the same or the next sentence (Coventry: "'aggressive' must be supported by
 * evidence"). Not flagged: a negated label ("no concerns about aggression"), a label inside a quotation of
 * someone's own words, or a label of a thing ("an aggressive dog"). Labels marked {@code personOnly} are
 * flagged only when they describe a person, their behaviour or their home; a label's {@code notAfter} and
 * {@code notBefore} words mark another sense ("emotionally abusive", "an abusive relationship").
 */
public final class JudgementalCheck implements Check {
    public static final String RULE_ID = "judgemental-unsupported";

    /** Nouns a label can describe and still be about a person, their behaviour or their home. */
    static final Set<String> PERSON_NOUNS = Words.set(
            "mum", "mother", "dad", "father", "parent", "carer", "partner", "man", "woman", "boy", "girl", "child",
            "teenager", "baby", "toddler", "brother", "sister", "sibling", "grandmother", "grandfather", "nan",
            "nana", "grandma", "grandad", "grandparent", "aunt", "uncle", "family", "household", "home", "house",
            "flat", "property", "room", "bedroom", "kitchen", "bathroom", "behaviour", "manner", "attitude", "tone",
            "language", "response", "reaction", "outburst", "conduct", "presentation", "approach", "stance", "mood",
            "lifestyle", "parenting", "person", "individual", "pupil", "student", "youngster", "lad", "people",
            "stepfather", "stepmother", "stepdad", "stepmum", "foster", "appearance", "clothes", "clothing", "hair",
            "way", "demeanour", "comment", "comments", "remark", "message", "messages", "text", "texts", "gesture",
            "gestures", "relationship", "relationships", "interaction", "interactions", "engagement", "boyfriend", "girlfriend", "husband", "wife", "ex", "ex-partner", "stepson",
            "stepdaughter", "cousin", "niece", "nephew", "grandson", "granddaughter", "landlord", "tenant", "resident",
            "conversation", "discussion", "chat", "joke", "jokes", "remarks", "character", "kid", "kids", "youngsters",
            "environment", "conditions", "condition", "state", "living", "one", "teen", "adolescent", "son",
            "daughter", "friend", "friends", "group", "moods", "episode", "episodes", "incident", "incidents",
            "phone", "call", "visitor", "neighbour", "staff", "worker", "client", "service", "user", "lady",
            "gentleman", "guy", "youth", "self", "caravan", "trailer", "bungalow", "hostel");
    /** A word for a person, their behaviour or their home, by lemma or as written ("kids", "clothes"). */
    private static boolean personNoun(Token t) {
        return PERSON_NOUNS.contains(t.lemma()) || PERSON_NOUNS.contains(t.lower());
    }

    private static final Set<String> COPULAS = Words.set("be", "seem", "appear", "become", "get", "remain", "sound",
            "look", "act", "behave", "come", "grow", "feel", "turn", "stay", "arrive", "return");
    private static final Set<String> PERSON_PRONOUNS = Words.set("he", "she", "they", "i", "we", "you", "him", "her",
            "them", "himself", "herself", "themselves", "who", "mum", "dad");

    private record Candidate(Label label, List<String> form) { }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
    private final Set<String> verbs;
    private final Set<String> perception;
    private final Set<String> nouns;
    private final List<List<String>> phrases = new ArrayList<>();
    private final Rule rule;

    public JudgementalCheck(JudgementalLexicon lexicon) {
        List<String> flag = new ArrayList<>();
        List<String> pass = new ArrayList<>();
        for (Label l : lexicon.labels()) {
            for (List<String> f : l.forms()) {
                String first = f.get(0);
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(new Candidate(l, f));
                // a hyphenated form can reach the tokenizer split at any hyphen, with the hyphen on either side:
                // "attention -seeking", "unco- operative", "non-co- operative"
                for (int dash = first.indexOf('-'); dash > 0; dash = first.indexOf('-', dash + 1)) {
                    byFirstWord.computeIfAbsent(first.substring(0, dash), k -> new ArrayList<>()).add(new Candidate(l, f));
                    byFirstWord.computeIfAbsent(first.substring(0, dash + 1), k -> new ArrayList<>()).add(new Candidate(l, f));
                }
            }
            flag.addAll(l.entry().flag());
            pass.addAll(l.entry().pass());
        }
        byFirstWord.values().forEach(x -> x.sort((a, b) -> b.form().size() - a.form().size()));
        this.verbs = lexicon.evidence("verbs");
        this.perception = lexicon.evidence("perception");
        this.nouns = lexicon.evidence("nouns");
        for (String p : lexicon.evidence("phrases")) phrases.add(List.of(p.split("\\s+")));
        this.rule = new Rule(RULE_ID, Category.JUDGEMENTAL, Severity.WARNING,
                "A judgemental or labelling word that is not supported by a description of what was seen or heard.",
                Category.JUDGEMENTAL.standards(), flag, pass);
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        Set<String> names = noteNames(doc);
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.token(i);
                for (Candidate c : byFirstWord.getOrDefault(t.lower(), List.of())) {
                    int n = Words.match(c.form(), s, i, false);
                    if (n == 0) continue;
                    if (!otherSense(c.label(), s, i, n) && flagged(doc, names, s, i, n, c.label())) out.add(Spans.fromEntry(doc, s, i, i + n, rule, c.label().entry()));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** The words right before or after the form give it another sense: "emotionally abusive", "abusive relationship". */
    private static boolean otherSense(Label label, Sentence s, int i, int n) {
        for (List<String> p : label.notAfter()) if (Words.endsBefore(p, s, i)) return true;
        for (List<String> p : label.notBefore()) if (Words.match(p, s, i + n, true) > 0) return true;
        return false;
    }

    private boolean flagged(Document doc, Set<String> names, Sentence s, int i, int n, Label label) {
        Token t = s.token(i);
        if (doc.quoteAt(t.start()) != null) return false;
        if (Words.negated(s, i, 6)) return false;
        if (selfReport(s, i)) return false;
        Boolean person = aboutPerson(s, i, n, names, label.describesState());
        // a word that is only ever said of people ("attention-seeking", "rude") labels them even when its grammatical
        // subject is their act: "Her self-harm is attention-seeking", "This was attention-seeking"
        if (Boolean.FALSE.equals(person) && (label.personOnly() || !predicateOfAnAct(s, i))) return false;
        if (label.personOnly() && person == null) return false;
        boolean state = label.describesState();
        boolean refusalLabel = REFUSAL_LABELS.contains(label.entry().id());
        if (describesObservation(doc, s, i, i + n, state, refusalLabel)) return false;
        Sentence next = doc.next(s);
        return next == null || next.isHeading() || !continues(s, next)
                || !describesObservation(doc, next, -1, -1, state, true, ANSWERING.matcher(s.text()).find());
    }

    private static final Set<String> SELF_REPORT_VERBS = Words.set("say", "tell", "admit", "explain", "describe",
            "accept", "acknowledge", "agree", "apologise", "apologize", "recognise", "recognize", "feel", "think");

    /** "Mum told me she had been dishonest": the person's own account of themselves, not the writer's label. */
    private static boolean selfReport(Sentence s, int i) {
        // "the older boys called him a thug", "his teacher called him insolent": name-calling reported as theirs
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            Token v = s.token(k);
            if (v.posIs("VERB") && v.lemma().equals("call") && !firstPersonBefore(s, k)) return true;
            if (!(v.posIs("PRON") || v.posIs("DET") || v.posIs("PROPN"))) break;
        }
        // "his friends call him a leader", "she sees herself as a fighter": someone else's words, reported as theirs.
        // Not "describe": "School describe her as unkempt" records the label with nothing seen, and writers label it
        // (in the tuning notes 13 such sentences are labelled and 3 are not)
        Token as = s.token(i - 1);
        if (as != null && as.lower().equals("as")) {
            for (int k = i - 2; k >= 1 && k >= i - 6; k--) {
                Token v = s.token(k);
                if (v.posIs("VERB") && NAMING_VERBS.contains(v.lemma())
                        && !Attribution.passiveAt(s, k) && !firstPersonBefore(s, k)) return true;
            }
        }
        for (int k = i - 1; k >= 1 && k >= i - 8; k--) {
            Token t = s.token(k);
            if (t.text().equals(".") || t.text().equals(";")) return false;
            if ((t.lower().equals("she") || t.lower().equals("he") || t.lower().equals("they")) ) {
                for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                    Token v = s.token(j);
                    // "Mr Patel said she is disruptive": the teller is a man, so "she" is someone else, labelled by him
                    if (v.posIs("VERB") && SELF_REPORT_VERBS.contains(v.lemma())) return !otherTeller(s, j, t.lower());
                }
            }
        }
        return false;
    }

    private static final Set<String> GROUP_TELLERS = Words.set("officers", "police", "staff", "teachers", "school",
            "nursery", "neighbours", "professionals", "paramedics", "carers", "workers", "they", "we", "i", "everyone");

    /**
     * Is the teller before the reporting verb at {@code verb} plainly someone other than {@code pronoun}: of the other
     * sex ("Mr Patel said she"), or several people, or the writer ("Officers felt she", "I think he")?
     */
    private static boolean otherTeller(Sentence s, int verb, String pronoun) {
        if (pronoun.equals("they")) return false;
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String w = s.token(k).lower();
            if (w.endsWith("'s")) return false; // "Mr Patel's view": not the teller
            // "Officers felt she was neglectful", "We thought he was lazy": many tellers, or the writer, label one other person
            if (GROUP_TELLERS.contains(w)) return true;
            Character sex = w.equals("he") ? Character.valueOf('m') : w.equals("she") ? Character.valueOf('f') : Words.sexOf(w);
            if (sex != null) return sex != (pronoun.equals("she") ? 'f' : 'm');
        }
        return false;
    }

    /** What a person did, as the subject of a label: "this", "her self-harm", "the overdose", "his claims". */
    private static final Set<String> ACTS = Words.set("this", "that", "it", "self-harm", "self-harming", "cutting",
            "overdose", "crying", "screaming", "tantrum", "tantrums", "disclosure", "allegation", "allegations", "claim",
            "claims", "complaint", "complaints", "story", "stories", "absconding", "harm");

    /**
     * The label is the predicate of an act ("This was largely attention-seeking", "Her self-harm is attention-seeking"):
     * the act is the person's, so a word only ever said of people still labels them.
     */
    private static boolean predicateOfAnAct(Sentence s, int i) {
        int k = i - 1;
        while (k > 0 && s.token(k).posIs("ADV")) k--;
        Token v = s.token(k);
        Token subject = s.token(k - 1);
        return v != null && k < i && COPULAS.contains(v.lemma()) && subject != null && ACTS.contains(subject.lower());
    }

    /**
     * TRUE when the label describes a person, their behaviour or home; FALSE when it describes a thing
     * ("an aggressive dog", "the traffic was chaotic"); null when the words do not say.
     */
    private static Boolean aboutPerson(Sentence s, int i, int n, Set<String> names, boolean state) {
        Token t = s.token(i);
        Token after = s.token(i + n);
        if (after != null && after.posIs("NOUN") && !t.posIs("ADJ") && !TIMES.contains(after.lower()) && !personNoun(after)) {
            return Boolean.FALSE; // "spoilt milk" tagged as a noun compound
        }
        if (after != null && after.posIs("NOUN") && personNoun(after)) {
            return Boolean.TRUE; // "attention-seeking behaviour", "a hostile man"
        }
        if (t.posIs("ADJ") && after != null && (after.posIs("NOUN") || after.posIs("PROPN"))) {
            return personNoun(after) || "PERSON".equals(after.ner());
        }
        // predicative: "<subject> was/seemed/became <label>"
        int reach = 6;
        for (int k = i - 1; k >= 0 && k >= i - reach; k--) {
            Token x = s.token(k);
            if (x.lower().equals("but")) reach = 10;
            // "He is a lovely lad but very immature": a coordinated predicate shares the verb before it
            if (Words.CLAUSE_BREAKS.contains(x.lower()) && !x.lower().equals("-") && !x.lower().equals("but")) break;
            // "excluded twice for being rude and defiant", "a history of being volatile": the gerund's subject is
            // the person the sentence is about, whatever noun comes before the preposition
            if (x.lower().equals("being") && k > 0 && (s.token(k - 1).posIs("ADP") || s.token(k - 1).posIs("SCONJ"))) return Boolean.TRUE;
            if (COPULAS.contains(x.lemma()) || x.lower().endsWith("'s") || x.lower().endsWith("'re")) {
                if (x.lower().endsWith("'s") || x.lower().endsWith("'re")) {
                    return x.lower().startsWith("it") || x.lower().startsWith("that") ? Boolean.FALSE : Boolean.TRUE;
                }
                // a log line with no subject, "Looked unkempt again today.", "12/03 - Seemed evasive": the person the
                // record is about
                if (noWordsBefore(s, k)) return Boolean.TRUE;
                // the word right before the verb decides "The dog was", "The traffic was"; further back, look
                // for the person: "Dad arrived 20 minutes late and was hostile"
                for (int j = k - 1; j >= 0 && j >= k - 12; j--) {
                    Token subj = s.token(j);
                    if (names.contains(subj.lower())) return Boolean.TRUE; // "Tyreese is disruptive" with Tyreese tagged as a noun
                    if (subj.posIs("PROPN") || "PERSON".equals(subj.ner()) || PERSON_PRONOUNS.contains(subj.lower())) return Boolean.TRUE;
                    if (subj.posIs("NOUN")) {
                        boolean person = personNoun(subj) || (state && HOME_LIFE.contains(subj.lemma()));
                        if (person) return Boolean.TRUE;
                        boolean coordinated = s.token(k - 1) != null && s.token(k - 1).posIs("CCONJ");
                        if (j >= k - 2 && !coordinated) return Boolean.FALSE;
                    }
                    if (j == k - 1 && (subj.lower().equals("it") || subj.lower().equals("this") || subj.lower().equals("that"))) return Boolean.FALSE;
                    // "Mum, Lisa Price, was", "Mum (Lisa Brennan) was": an appositive or bracket is part of the subject
                    // "Tyler came in on time but was unkempt": a predicate coordinated by "but"/"and" shares the subject
                    // "is a bright girl but can be moody", "engaged at first but has been resistant": over the
                    // auxiliaries between the conjunction and the verb
                    boolean sharedSubject = COORDINATORS.contains(subj.lower()) && onlyAuxiliaries(s, j + 1, k);
                    if (Words.CLAUSE_BREAKS.contains(subj.lower()) && !APPOSITION_MARKS.contains(subj.lower())
                            && !sharedSubject) break;
                }
                return null;
            }
        }
        if (t.posIs("NOUN")) return Boolean.TRUE; // aggression, hostility
        if ((t.posIs("VERB") || t.posIs("ADV")) && after != null) {
            // "manipulated the clay", "smelly cheese": the word is about the thing that follows
            Token obj = after.posIs("DET") ? s.token(i + n + 1) : after;
            if (obj != null && obj.posIs("NOUN") && !personNoun(obj) && !obj.posIs("PRON")) return Boolean.FALSE;
        }
        if (t.posIs("VERB") || t.posIs("ADV")) return Boolean.TRUE; // manipulating, aggressively
        // "being difficult", "described as hostile", "a hostile and angry man"
        int b = i - 1;
        // "presented as very hostile", "presents as angry and oppositional": over adverbs and coordinated adjectives
        while (b > 0 && (s.token(b).posIs("ADV") || s.token(b).posIs("ADJ") || s.token(b).posIs("CCONJ") || s.token(b).text().equals(","))) b--;
        Token before = s.token(b);
        if (before != null && (before.lower().equals("being") || before.lower().equals("as"))) return Boolean.TRUE;
        // a note's shorthand with no verb: "Dad rude and difficult with staff", "Jade very hostile this morning",
        // "Dad (Tom Bishop) hostile throughout", "Flat chaotic as usual": the person or home opens the clause
        if (before != null && before.text().equals(")")) {
            while (b > 0 && !s.token(b).text().equals("(")) b--;
            before = s.token(--b);
        }
        if (before != null && b < i && (before.posIs("PROPN") || "PERSON".equals(before.ner()) || names.contains(before.lower())
                || (before.posIs("NOUN") && personNoun(before)))
                && opensClause(s, b)) return Boolean.TRUE;
        return null;
    }

    private static final Set<String> COORDINATORS = Words.set("but", "and");
    /** Verbs that report someone else's words for a person: "his friends call him a leader", "sees herself as". */
    private static final Set<String> NAMING_VERBS = Words.set("call", "label", "see");
    /** Marks that join an appositive or a bracket to the subject: "Mum, Lisa Price, was", "Mum (Lisa Brennan) was". */
    private static final Set<String> APPOSITION_MARKS = Words.set("-", ",", "(", ")");
    /** Subjects of a next sentence that carry on with the same person or scene: a pronoun, "there". */
    private static final Set<String> CONTINUING_SUBJECTS = Words.set("he", "she", "they", "i", "we", "there", "his", "her",
            "their", "him", "them");
    /** Words before a reporting verb that make it a clause about saying ("when she says", "was told"), not a description. */
    private static final Set<String> NOT_A_DESCRIPTION_AFTER = Words.set("when", "being", "was", "were", "if", "have", "has",
            "had", "to");
    /** Prepositions before an evidence verb that make it a reason or a topic ("excluded for hitting"), not something seen. */
    private static final Set<String> REASON_PREPOSITIONS = Words.set("for", "of", "about", "from");

    /** Whether no word comes before token k: it opens the sentence, or follows only a date or a bullet. */
    private static boolean noWordsBefore(Sentence s, int k) {
        for (int j = 0; j < k; j++) if (Character.isLetter(s.token(j).text().charAt(0))) return false;
        return true;
    }

    /** Whether every token in [from, to) is an auxiliary or an adverb: "but (can) be", "and (has) (always) been". */
    private static boolean onlyAuxiliaries(Sentence s, int from, int to) {
        for (int j = from; j < to; j++) if (!s.token(j).posIs("AUX") && !s.token(j).posIs("ADV")) return false;
        return true;
    }

    /** Whether the word at {@code b} opens a clause: first in the sentence, or after a date, a stop, a comma or "and". */
    private static boolean opensClause(Sentence s, int b) {
        if (b == 0) return true;
        Token p = s.token(b - 1);
        return p.posIs("PUNCT") || p.posIs("CCONJ") || p.posIs("NUM") || CLAUSE_OPENERS.contains(p.text());
    }

    private static final Set<String> CLAUSE_OPENERS = Words.set(":", ";", "-", "–", ",");

    /**
     * The life of a home, which a label of a state ("chaotic", "filthy") describes as it does the home itself: "Home life
     * is chaotic", "The home situation remains chaotic", "Bedtimes are chaotic" (13 of 13 such tuning sentences labelled).
     */
    private static final Set<String> HOME_LIFE = Words.set("situation", "life", "circumstances", "routine", "bedtime",
            "morning", "upbringing", "childhood", "history", "set-up", "setup");

    /** "feral today", "rude this morning": a time after the label is not the thing it describes. */
    private static final Set<String> TIMES = Words.set("today", "tonight", "yesterday", "morning", "afternoon",
            "evening", "night", "week", "weekend", "lately", "recently");

    /** The names the note gives for the child and the family, lower-case, by part (the tagger may call a rare name a noun). */
    private static Set<String> noteNames(Document doc) {
        Set<String> out = new java.util.HashSet<>();
        org.caselint.model.Note n = doc.note();
        if (n.subject() != null && n.subject().name() != null) out.addAll(List.of(n.subject().name().toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        for (String f : n.family()) out.addAll(List.of(f.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
        return out;
    }

    /**
     * Does the next sentence go on about the same person or scene ("He shouted...", "There were...", "I saw..."),
     * rather than someone else ("Lacey said...")?
     */
    private static boolean continues(Sentence s, Sentence next) {
        Token a = subject(next);
        if (a == null) return false;
        if (CONTINUING_SUBJECTS.contains(a.lower())) return true;
        Token b = subject(s);
        return b != null && b.lower().equals(a.lower());
    }

    /** The first name or pronoun of a sentence, standing in for its subject. */
    private static Token subject(Sentence s) {
        int words = 0;
        for (Token t : s.tokens()) {
            if (t.isWord() && ++words > 4) return null; // "Will ring the HV and ask her": "her" is not the subject
            if (t.posIs("PROPN") || t.posIs("PRON") || t.lower().equals("there")) return t;
            if (t.posIs("NOUN") && personNoun(t)) return t;
        }
        return null;
    }

    private static Token firstWord(Sentence s) {
        for (Token t : s.tokens()) if (Character.isLetterOrDigit(t.text().charAt(0))) return t;
        return null;
    }

    /**
     * Whether the sentence describes what was seen or heard: a quotation, a perception verb (saw, heard), an
     * observable action (shouted, threw, slammed), a concrete sign (rubbish, mould) or "for example".
     * Tokens in [skipFrom, skipTo) (the label itself) are not counted.
     */
    private static final Set<String> SUBORDINATORS = Words.set("whatever", "if", "unless", "whether", "what", "when");
    private static final Set<String> SAID_NOTHING = Words.set("nothing", "little", "anything");
    private static final Set<String> WALK_OFF = Words.set("out", "off", "away", "over", "towards", "toward", "up");
    private static final Set<String> NOT = Words.set("not", "n't");
    private static final Set<String> STATIVE = Words.set("want", "like", "think", "know", "feel", "care", "seem", "mind");

    /** Reporting verbs are evidence only as a description after the label: "was hostile and said ...". */
    private static final Set<String> REPORTING = Words.set("say", "tell", "call", "text", "ring", "repeat", "ask", "talk");

    private static boolean reportsWhatWasHeard(Sentence s, int k, int labelEnd) {
        if (labelEnd >= 0 && k < labelEnd) return false; // "Mr Gill said Poppy can be lazy"
        // in the next sentence, what was said is evidence when it is quoted (counted above) or is name-calling
        // ("She called me a liar"): "She said she works Tuesdays" describes nothing about how she behaved.
        // In the label's own sentence, after it, it describes the behaviour: "was defensive and kept saying ..."
        if (labelEnd < 0) {
            Token obj = s.token(k + 1);
            if (s.token(k).lemma().equals("talk") && obj != null && obj.lower().equals("over")) return true; // interrupting
            if (!s.token(k).lemma().equals("call") || obj == null) return false;
            if (!obj.posIs("PRON") && !nameCalling(s, k)) return false;
        }
        Token prev = s.token(k - 1);
        if (prev != null && NOT_A_DESCRIPTION_AFTER.contains(prev.lower())) return false;
        // "whatever he tells his social worker", "if she says": a clause about saying, not a description of it
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (SUBORDINATORS.contains(s.token(j).lower())) return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (Attribution.VAGUE.contains(s.token(j).lower())) return false; // "neighbours said"
        }
        Token next = s.token(k + 1);
        // "dad said nothing", "tells each professional what they want to hear": no description of what was heard
        if (next != null && SAID_NOTHING.contains(next.lower())) return false;
        Token v = s.token(k);
        if (v.lower().endsWith("s") && !v.lower().equals(v.lemma())) return false;
        return next != null && !next.text().equals(".") && !next.text().equals(",");
    }

    /** "called the social worker a liar", "called her \"a liar\"": a name after the person called. */
    private static boolean nameCalling(Sentence s, int k) {
        for (int j = k + 2; j <= k + 5 && s.token(j) != null; j++) {
            Token t = s.token(j);
            if (Words.isQuoteMark(t.text())) return true;
            if ((t.lower().equals("a") || t.lower().equals("an")) && s.token(j + 1) != null && s.token(j + 1).posIs("NOUN")) return true;
            if (t.text().equals(",") || t.posIs("VERB")) return false;
        }
        return false;
    }

    private static boolean future(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String l = s.token(j).lower();
            if (l.equals("will") || l.equals("would") || l.equals("to") || l.equals("'ll") || l.equals("shall")) return true;
        }
        return false;
    }

    /** "Will ring the HV", "to ring": a plan, not something that happened. */
    private static boolean planned(Sentence s, int k) {
        Token prev = s.token(k - 1);
        if (prev != null && prev.lower().equals("to")) return true;
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            String l = s.token(j).lower();
            if (l.equals("will") || l.equals("'ll") || l.equals("shall")) return true;
        }
        return false;
    }

    private static boolean firstPersonBefore(Sentence s, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String l = s.token(j).lower();
            if (l.equals("i") || l.equals("we")) return true;
        }
        return false;
    }

    /** "I saw Grace on her own", "I saw him at school": seeing someone, not seeing them do something. */
    private static boolean metSomeone(Sentence s, int k) {
        Token who = s.token(k + 1);
        Token then = s.token(k + 2);
        if (who == null || !(who.posIs("PROPN") || who.posIs("PRON"))) return false;
        return then == null || then.posIs("ADP") || then.posIs("PUNCT") || then.posIs("ADV");
    }

    /** "raised his voice", "raising her voice at staff": a voice raised, the only raising that describes behaviour. */
    private static boolean raisedVoice(Sentence s, int k) {
        for (int j = k + 1; j <= k + 2 && s.token(j) != null; j++) if (s.token(j).lemma().equals("voice")) return true;
        return false;
    }

    /** "came in on time but was unkempt": what was seen before a "but" is set against the label, not evidence for it. */
    private static boolean contrasted(Sentence s, int k, int label) {
        for (int j = k + 1; j < label; j++) if (s.token(j).lower().equals("but")) return true;
        return false;
    }

    /**
     * Labels a refusal is evidence for: "was uncooperative and would not give his address". For other labels a
     * refusal in the same sentence is not what was seen of them: "was hostile and refused to let me upstairs".
     */
    private static final Set<String> REFUSAL_LABELS = Words.set("uncooperative", "difficult", "resistant", "evasive",
            "obstructive", "defiant", "unhelpful", "stubborn");

    private boolean describesObservation(Document doc, Sentence s, int skipFrom, int skipTo, boolean state, boolean refusals) {
        return describesObservation(doc, s, skipFrom, skipTo, state, refusals, false);
    }

    /**
     * "Was evasive when I asked where he had been", "Her conversation with Lacey was inappropriate": a label of how
     * someone answered or talked, which the words quoted in the next sentence show. Other labels ("was rude
     * throughout") are not shown by whatever the person said next ("He said he doesn't like his teacher ...").
     */
    private static final java.util.regex.Pattern ANSWERING = java.util.regex.Pattern.compile("\\bwhen (?:i|we|asked|questioned|"
            + "challenged|spoken to|pressed)\\b|\\b(?:conversation|interaction|comments?|spoke|talked|language|answers?|replies|responses?)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private boolean describesObservation(Document doc, Sentence s, int skipFrom, int skipTo, boolean state, boolean refusals,
                                         boolean quotedAnswer) {
        // a quotation of what was said is a description; a single quoted word ("out", 'fine') is not
        List<Token> toks = s.tokens();
        // what someone said in the next sentence is not evidence of a state ("Her room is filthy. She said she would
        // tidy it 'if I feel like it'"); it can be of how they behaved towards others ("rude", "defensive")
        boolean quotesCount = skipTo >= 0 || (!state && quotedAnswer);
        for (Quote q : quotesCount ? doc.quotes() : List.<Quote>of()) {
            if (q.start() >= s.start() && q.end() <= s.end() + 1
                    && doc.text().substring(q.start(), Math.min(q.end(), doc.text().length())).strip().split("\\s+").length >= 3) return true;
        }
        for (int k = 0; k < toks.size(); k++) {
            if (k >= skipFrom && k < skipTo) continue;
            Token x = toks.get(k);
            String lemma = x.lemmaOrLower();
            if (perception.contains(lemma) && (x.posIs("VERB") || x.posIs("AUX")) && firstPersonBefore(s, k)
                    && !x.lower().equals(lemma) && !future(s, k) && !(skipTo < 0 && metSomeone(s, k))) return true;
            if (lemma.equals("walk") && !(s.token(k + 1) != null && WALK_OFF.contains(s.token(k + 1).lower()))) continue;
            if (lemma.equals("raise") && !raisedVoice(s, k)) continue; // "when school raised the absences": a topic, not a voice
            // "plays staff off against each other", "winds the other girls up": a habit in the present is another
            // claim about the person, not a description of something seen
            boolean habit = x.lower().endsWith("s") && !x.lower().equals(lemma) && !x.lower().endsWith("ss");
            if (verbs.contains(lemma) && x.posIs("VERB") && !habit && !Words.negated(s, k, 2) && !Attribution.passiveAt(s, k) && !planned(s, k)
                    && !contrasted(s, k, skipFrom)
                    && !firstPersonBefore(s, k) && !(REPORTING.contains(lemma) && !reportsWhatWasHeard(s, k, skipTo))
                    && !(k > 0 && REASON_PREPOSITIONS.contains(s.token(k - 1).lower()))) return true;
            if (state && nouns.contains(lemma) && x.posIs("NOUN") && k >= skipTo) return true;
            if (skipTo >= 0 && k >= skipTo) {
                for (List<String> p : phrases) if (Words.match(p, s, k, false) > 0) return true;
            }
        }
        // "was uncooperative and would not give his address": a refusal after the label is what was seen
        if (skipTo > 0 && refusals) {
            for (int k = skipTo; k + 2 < toks.size(); k++) {
                String l = toks.get(k).lower();
                if ((l.equals("would") || l.equals("did")) && NOT.contains(toks.get(k + 1).lower())
                        && toks.get(k + 2).posIs("VERB") && !STATIVE.contains(toks.get(k + 2).lemma())) return true;
            }
        }
        // "He became aggressive: he shouted..." - a colon after the label introduces the description
        if (skipTo > 0) {
            for (int k = skipTo; k < toks.size() - 2; k++) if (toks.get(k).text().equals(":")) return true;
        }
        return false;
    }
}
