package org.caselint.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.caselint.learn.SentenceClassifier;
import org.caselint.lexicon.Entry;
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
 * Flags second-hand information with no named source (Tees 6; Enfield §7, Accuracy): hedges ("apparently"),
 * agentless passives ("it was reported"), vague sources ("neighbours say") and unsourced history ("has a history
 * of"), driven by {@code missing-source.json}. A sentence that names who said or recorded it ("Mum told me",
 * "the police log of 3 May records"), or what the writer saw or heard, is not flagged; nor is a cue inside a
 * quotation or under negation.
 */
public final class MissingSourceCheck implements Check {
    public static final String RULE_ID = "missing-source";
    static final String MODEL_MESSAGE = "This reads as information you did not witness, with no source. Say who told "
            + "you or which record it comes from, and when; or make clear you saw or heard it yourself.";

    /**
     * How sure the classifier must be to flag a sentence the rules usually leave alone; its finding is then marked
     * {@code model-confident}, and stays beside a fact-opinion finding on the same sentence.
     */
    static final double CONFIDENT = 0.70;
    /**
     * Below this probability the classifier overrules a rule's guess that the writer did not witness an event (0.05
     * until session 17; 0.10 did better on two blocks of writers the models had not read: see models/trained/README.md).
     */
    static final double DOUBT = 0.10;

    private final PhraseMatcher matcher;
    private final Rule rule;
    private final SentenceClassifier model;
    /** The lexicon's hedge entry, whose message and standards a heard clause shares. */
    private final Entry hedge;
    /** The lexicon's agentless-passive entry, whose message and standards a dated line's bare "Reported that" shares. */
    private final Entry agentless;

    /** Rules only. */
    public MissingSourceCheck(PhraseLexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * Rules, backed up by a trained sentence classifier (may be null): a sentence the rules leave alone is
     * flagged when the classifier is confident.
     */
    public MissingSourceCheck(PhraseLexicon lexicon, SentenceClassifier model) {
        this.model = model;
        this.matcher = new PhraseMatcher(lexicon);
        this.hedge = lexicon.terms().stream().map(Term::entry).filter(e -> e.id().equals("hedge")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("missing-source lexicon has no 'hedge' entry"));
        this.agentless = lexicon.terms().stream().map(Term::entry).filter(e -> e.id().equals("agentless-passive")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("missing-source lexicon has no 'agentless-passive' entry"));
        this.rule = Spans.rule(RULE_ID, Category.MISSING_SOURCE, Severity.WARNING,
                "Information the writer did not witness, recorded without saying who it came from.",
                lexicon.terms().stream().map(Term::entry).toList(), List.of(), List.of());
    }

    /**
     * Times outside the visit, each a kind of its own; an event told with one of them happened where the writer
     * was not ("Dad hit Mum last weekend", "He was excluded twice this year").
     */
    private static final List<String> ELSEWHERE_TIMES = List.of(
            // days and parts of the week: "on Monday", "over the weekend", "most nights"
            "(?:on|on the|last|this|over the|at the|most) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|night|nights|week|month|year|term|summer|holidays?)",
            // the past in general: "yesterday", "previously", "three weeks ago"
            "yesterday|previously|in the past|recently|(?:\\d+|a|two|three|four|several|many|few) (?:days?|weeks?|months?|years?) ago",
            // months and seasons: "in March", "since the summer"
            "(?:in|since|during) (?:january|february|march|april|may|june|july|august|september|october|november|december|the summer|the holidays)",
            "last (?:night|week|weekend|month|year|term|summer|christmas|time)|for over|since (?:he|she|they|dad|mum|his|her)",
            "this (?:year|term|month|half[ -]term)|last half[ -]term|(?:in|since|during) (?:19|20)\\d\\d",
            // earlier people and places: "to her previous social worker", "at his last school"
            "(?:with|to|by|towards) (?:the |his |her |their )?(?:previous|former|past) (?:social )?workers?",
            "(?:numerous|a number of) times",
            "(?:his|her|their|the) (?:previous|last|former) (?:placement|foster (?:placement|carers?)|children's home|school|partner)",
            "(?:of )?(?:the|his|her|their) last (?:\\w+ ){0,3}?(?:sessions|appointments|meetings|visits|weeks|months|years)",
            // a life before: "from 2019", "during her pregnancy", "as a child"
            "from (?:19|20)\\d\\d|during (?:the|her|his) pregnancy|as a (?:child|baby|toddler|teenager)",
            // since a point the writer names: "since my last visit", "since Christmas"
            "since (?:the |my |our )?last (?:visit|supervision|review|meeting|session|conference)",
            "since (?:christmas|easter|half term|half-term|the new year|the start of term|the summer)",
            // counts over a period: "4 times in", "in the last six weeks", "twice before", "on other occasions"
            "\\d+ times in|in the (?:last|past) (?:\\w+ )?(?:days|weeks|months|years)",
            "(?:once|twice|\\w+ times) before|on (?:several|a number of|numerous|many|two|three|four|five|other) occasions");
    private static final Pattern ELSEWHERE_TIME = Pattern.compile("\\b(?:" + String.join("|", ELSEWHERE_TIMES) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /** A month, written out or cut short ("June", "Sept"), for the date patterns below. */
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";
    /**
     * "2020: Dad moved out ...", "June 2021: Tyler excluded ...", "14/03/2022 - police called ...", "06/2021 - DV
     * incident ...", "Nov 23 - Dad arrested ...", "Autumn 2022: ...": a line of a chronology, whose date (with its
     * year, or a month and a two-figure year) puts the event before the record was written.
     */
    private static final Pattern CHRONOLOGY_ENTRY = Pattern.compile(
            "^\\s*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + MONTH + "\\.?\\s+|(?:early|mid|late|spring|summer|autumn|winter)[- ]?\\s*)?"
            + "(?:19|20)\\d\\d\\s*[:\\u2013-]|^\\s*(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}/(?:19|20)\\d\\d)\\s*[:\\u2013-]"
            + "|^\\s*" + MONTH + "\\.?\\s+\\d\\d\\s*[:\\u2013-]", Pattern.CASE_INSENSITIVE);

    /** A chronology line that states an event with a verb, finite or not ("2020: DA incident, Dad arrested"). */
    private static boolean chronologyEvent(Sentence s) {
        if (!CHRONOLOGY_ENTRY.matcher(s.text()).find()) return false;
        for (Token t : s.tokens()) if (t.posIs("VERB") || t.posIs("AUX")) return true;
        return false;
    }

    /** "No previous involvement", "No previous FPN issued to this family": the agency's own check of its records. */
    private static final Pattern NO_RECORD = Pattern.compile("\\W*(?:there (?:have|has) been |there (?:were|was) )?no (?:previous|prior)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Appointments missed and exclusions, counted from the clinic's or the school's record ("has had 3 DNAs", "the fourth
     * DNA"), and stays or sessions a service gave ("has had two family time sessions").
     */
    private static final String COUNTED_RECORDS = "\\b\\d+ (?:DNAs?|FTEs?|fixed[- ]term exclusions?)\\b|\\b(?:second|third|fourth|fifth|sixth) (?:DNA|FTE)\\b"
            // stays and sessions the service provided, counted from its own record: "has had 9 overnight stays this quarter"
            + "|\\b(?:has|have|had) had (?:\\d+|two|three|four|five|six) (?:overnight |family time |supervised )?(?:stays?|overnights|sessions|short breaks)\\b";
    private static final Pattern COUNTED_RECORD = Pattern.compile(COUNTED_RECORDS, Pattern.CASE_INSENSITIVE);
    /**
     * Appointments or sessions counted as kept or missed ("has missed 4 of the last 6 appointments", "the third missed
     * visit this month", "has been brought to seven of his nine appointments"): usually the writer's own service's
     * attendance record. In the tuning notes 24 of 176 such sentences are labelled missing-source.
     */
    private static final Pattern ATTENDANCE_COUNT = Pattern.compile("\\b(?:missed|attended|DNA'?d|cancelled|been brought to"
            + "|not brought to|did not attend|not attended)\\s+(?:\\w+\\s+){0,3}?(?:\\d+|two|three|four|five|six|seven|eight|nine"
            + "|ten|all|most|any|none|both|several|half)\\b(?:\\s+[\\w'-]+){0,5}?\\s+(?:appointments|sessions|visits|groups"
            + "|clinics|meetings)\\b|\\b(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) missed (?:appointment|visit"
            + "|session|contact)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTENDANCE_FIGURE = Pattern.compile("(?:"
            + "\\battend\\w*\\b.*\\b(?:\\d+ (?:out )?of (?:\\w+ )?\\d+|\\d+(?:\\.\\d+)? ?%)"
            + "|\\blate (?:for school )?\\d+ times\\b|\\b\\d+ (?:unauthori[sz]ed )?(?:absences|lates)\\b"
            + "|" + COUNTED_RECORDS + ")", Pattern.CASE_INSENSITIVE);

    private static final Pattern MISSING_EPISODE = Pattern.compile("\\b(?:was|were|being) missing (?:for|from|on|overnight|between|until|since)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEVERAL_TIMES = Pattern.compile("\\b(?:several|many) times\\b", Pattern.CASE_INSENSITIVE);
    /** A clock time: "22:00", "11.45pm", "at 9am". */
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}[:.]\\d\\d\\b|\\b\\d{1,2} ?(?:am|pm)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> PAST_BE = Words.set("was", "were");
    private static final Set<String> HAVE_OR_BE = Words.set("have", "be");
    private static final Set<String> FIRST_PERSON = Words.set("i", "me", "my", "we", "us", "our", "i'm", "i've", "myself",
            "you", "your");
    private static final Set<String> NOT_EVENTS = Words.set("will", "can", "plan", "agreed", "agree", "want", "wish", "hope",
            "like", "would", "should", "could", "might", "may", "going", "next", "tomorrow", "planned", "due", "keen");

    /** "what she likes", "as he wants": the words before a wish verb that make it a free hand, not a plan. */
    private static final Set<String> FREE_CHOICE = Words.set("what", "whatever", "as", "whenever", "wherever");

    /** Words of plans and wishes that are verbs only as verbs: "a CP plan" and "has been going missing" are events. */
    private static final Set<String> VERB_ONLY = Words.set("want", "wish", "hope", "like", "agree", "agreed", "going");

    private static boolean notEvent(Sentence s, Token t) {
        String l = t.lower();
        String lemma = t.lemma() == null ? l : t.lemma();
        if (!NOT_EVENTS.contains(l) && !NOT_EVENTS.contains(lemma)) return false;
        if (l.equals("may") && t.text().equals("May") && !(t.posIs("AUX") || t.posIs("VERB"))) return false; // the month
        if (!VERB_ONLY.contains(l) && !VERB_ONLY.contains(lemma)) return true;
        if (!(t.posIs("VERB") || t.posIs("AUX"))) return false;
        // "lets her do what she likes", "comes and goes as he wants": whose wishes are let rule, not a plan
        Token b1 = s.near(t, -1);
        Token b2 = s.near(t, -2);
        if (b2 != null && b1 != null && b1.posIs("PRON") && FREE_CHOICE.contains(b2.lower())) return false;
        if (l.equals("going")) {
            Token nx = s.near(t, 1);
            return nx != null && nx.lower().equals("to");
        }
        return true;
    }

    /**
     * A plain statement of an event elsewhere or in the past, which the writer cannot have witnessed
     * ("Dad hit Mum last weekend", "He was excluded twice this year"): a time outside the visit, no first
     * person and no quotation. Called only for sentences with a finite verb (or a dated chronology line, {@code
     * chronology}) and no source, as are the patterns below.
     */
    private Finding unwitnessedEvent(Document doc, Sentence s, boolean chronology) {
        if (s.tokens().size() < 4) return null;
        java.util.regex.Matcher m = ELSEWHERE_TIME.matcher(s.text());
        boolean perfect = hasPerfect(s);
        // "has changed several times" spans time up to now; "cried several times" may be during the visit
        boolean elsewhere = chronology || (perfect && SEVERAL_TIMES.matcher(s.text()).find());
        while (!elsewhere && m.find()) {
            // "the same clothes as yesterday", "more than last week": a comparison, not a time the event happened
            String before = s.text().substring(Math.max(0, m.start() - 5), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (before.endsWith("as ") || before.endsWith("than ")) continue;
            // "18 today, down from 24 in March": an earlier figure to compare with, not an event
            String lead = s.text().substring(Math.max(0, m.start() - 25), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (lead.matches(".*\\b(?:down|up) from \\S+ $")) continue;
            // "has been NEET since she left college", "has attended every session since January": a state up to now
            // that the worker follows, not a single event elsewhere
            if (perfect && m.group().toLowerCase(java.util.Locale.ROOT).startsWith("since")) continue;
            elsewhere = true;
            break;
        }
        if (!elsewhere) return null;
        if (professionalSubject(s)) return null;
        if (staffInvolved(s)) return null;
        // "absconded at 22:00 and was returned at 03:30", "was reported missing at 21:40": timed to the minute, the
        // event is told from a log (the home's, the police's) or by someone who was there, not passed on as hearsay
        if (CLOCK_TIME.matcher(s.text()).find()) return null;
        // "Jamal was missing on Wednesday for six hours": a missing episode, the subject of the record and logged
        // with the police, is told as the case's own fact ("has been missing twice this month" is history and stays)
        if (MISSING_EPISODE.matcher(s.text()).find()) return null;
        Token verb = null;
        Token first = s.token(0);
        if (first != null && first.lower().equals("to") && s.token(1) != null && s.token(1).posIs("VERB")) return null; // "To see how ..."
        for (Token t : s.tokens()) {
            if (FIRST_PERSON.contains(t.lower())) return null;
            if (doc.quoteAt(t.start()) != null) return null;
            if (verb == null && t.posIs("VERB")) verb = t;
            if (RESIDENCE.contains(t.lemma()) && t.posIs("VERB") && !(t.lemma().equals("attend") && !attendsSchool(s, t))) return null; // "where they have lived since April"
        }
        // "There were several call-outs last month": an event told by "there was/were"
        if (verb == null && first != null && first.lower().startsWith("there") && s.token(1) != null && s.token(1).posIs("AUX")) verb = s.token(1);
        // "Marcus was hostile to staff last night": a past state at a time outside the visit
        if (verb == null) for (Token t : s.tokens()) if (t.posIs("AUX") && PAST_BE.contains(t.lower())) { verb = t; break; }
        if (verb == null) return null;
        // "He had no missing episodes in May", "There were no call-outs last month": a count of none, from the record
        Token object = s.near(verb, 1);
        if (object != null && object.lower().equals("no") && HAVE_OR_BE.contains(verb.lemma())) return null;
        // "Bobby has attended 4 out of 15 sessions this half term", "late 23 times this term": a figure from the register
        if (ATTENDANCE_FIGURE.matcher(s.text()).find()) return null;
        // "Ahmad turns 18 in April": a present-tense fact about the calendar, not an event the writer missed
        if (verb.posIs("VERB") && verb.lower().endsWith("s") && !verb.lower().equals(verb.lemma()) && !hasPastAuxiliary(s)) return null;
        for (Token t : s.tokens()) {
            if (notEvent(s, t)) return null; // plans and wishes are not events
        }
        return Spans.wholeSentence(doc, s, rule,
                "This reports something you did not see, with no source. Say who told you, when, and how they know.",
                "unwitnessed-event");
    }

    private static final Set<String> MEETINGS = Words.set("meeting", "visit", "review", "session", "conference",
            "discussion", "appointment", "call", "supervision", "assessment", "panel", "hearing");

    /**
     * "The family time ... took place on Saturday", "Discussion held on Monday following ...": a sentence about a
     * meeting or visit, which the writer records as its organiser or attender, not an event elsewhere.
     */
    private static boolean meetingSubject(Sentence s) {
        for (Token t : s.tokens()) {
            if ((t.posIs("VERB") || t.posIs("AUX")) && !t.lower().equals("held")) return false;
            String l = t.lemmaOrLower();
            Token nx = s.near(t, 1);
            if (MEETINGS.contains(l) && (t.posIs("NOUN") || t.posIs("PROPN")) && !(nx != null && nx.text().equals("-"))) return true;
            if (l.equals("time") && s.near(t, -1) != null
                    && s.near(t, -1).lower().equals("family")) return true;
        }
        return false;
    }

    /** "Visited Mason at the unit on Saturday", "Spoke to Mum by phone": the writer's own action, subject left out. */
    private static boolean writersOwnAction(Sentence s) {
        int i = 0;
        Token t = s.token(0);
        if (t != null && t.posIs("PUNCT")) t = s.token(++i);
        if (t == null) return false;
        // "Met with parents ...", "Spoke to Dad": the tagger often takes a capitalised opening verb for a name;
        // "Met Police attended" is the police
        Token next = s.token(i + 1);
        boolean metPolice = t.lower().equals("met") && next != null && next.posIs("PROPN") && Character.isUpperCase(next.text().charAt(0));
        if (SUBJECTLESS_ACTS.contains(t.lower()) && !metPolice) return true;
        // "Visited Mason", "Rang Jasmine", "Raise NRM at the meeting": the writer's own act or action point
        if (t.posIs("VERB") && Character.isUpperCase(t.text().charAt(0)) && !t.lower().endsWith("ing") && !HEARSAY_PARTICIPLES.contains(t.lower())
                && !(t.lower().endsWith("s") && !t.lower().equals(t.lemma())) && !auxiliaryAfter(s, i)) return true;
        // "Day staff please make sure ...": an instruction
        for (int k = i; k < Math.min(s.tokens().size(), i + 4); k++) if (s.token(k).lower().equals("please")) return true;
        // "PPN received from police", "Referral sent to MASH": a record of the writer's own paperwork
        Token v = s.token(i + 1);
        if (v != null && !t.posIs("PRON") && ADMIN.contains(v.lower())) return true;
        Token v2 = s.token(i + 2);
        if (v2 != null && !t.posIs("PRON") && t.posIs("NOUN") && v.posIs("NOUN") && ADMIN.contains(v2.lower())) return true;
        return actionPoint(s);
    }

    /**
     * "On Saturday she baked a cake with staff": in a home's log, what a young person did with staff is the home's
     * own record, kept by the staff who were there ("was hostile to the night staff last night" is still hearsay).
     */
    private static boolean staffInvolved(Sentence s) {
        return WITH_STAFF.matcher(s.text()).find();
    }

    private static final Pattern WITH_STAFF = Pattern.compile("\\bwith\\s+staff\\b", Pattern.CASE_INSENSITIVE);

    /** Past-tense verbs a note opens with when the writer leaves themselves out ("Met with ...", "Spoke to ..."). */
    private static final Set<String> SUBJECTLESS_ACTS = Words.set("met", "spoke", "visited", "rang", "phoned", "telephoned",
            "called", "emailed", "texted", "saw", "discussed", "completed", "observed",
            // "Explained gifts are not allowed ...", "Advised Mum that ...": what the writer told someone
            "explained", "advised", "agreed", "informed", "reminded", "asked", "reassured", "encouraged", "offered", "suggested");

    private static final Set<String> WRITER = Words.set("i", "we", "i've", "we've", "i'd", "we'd", "i'm");

    private static final Set<String> WRITERS_ACTS = Words.set("find", "see", "notice", "observe", "watch", "visit", "meet",
            "speak", "talk", "go", "take", "arrive", "sit", "play", "check", "count", "give", "read", "ask", "help", "drive",
            "walk", "attend", "bring", "make", "put", "leave", "knock", "ring", "phone", "call", "text", "email", "collect",
            "cook", "show", "look", "smell", "spend", "stay", "wait", "explain", "agree", "offer", "record", "write");

    /**
     * A sentence whose subject is the writer doing or perceiving something ("I found ...", "We went ..."), not
     * "I've been told ..." or "I am concerned that ...", whose content may still be second-hand.
     */
    private static boolean writerLed(Sentence s) {
        int i = 0;
        Token t = s.token(0);
        if (t != null && (t.posIs("PUNCT") || t.posIs("ADV") || t.posIs("CCONJ"))) t = s.token(++i);
        if (t == null || !WRITER.contains(t.lower())) return false;
        for (int k = i + 1; k < Math.min(s.tokens().size(), i + 5); k++) {
            Token v = s.token(k);
            if (v.posIs("AUX") || v.posIs("ADV") || v.posIs("PART")) continue;
            return v.posIs("VERB") && WRITERS_ACTS.contains(v.lemmaOrLower());
        }
        return false;
    }

    /** "School to attend core group meetings", "Mum, Kelly Foster, to be told of the decision": who is to do what next. */
    private static boolean actionPoint(Sentence s) {
        for (int k = 1; k < Math.min(s.tokens().size() - 1, 9); k++) {
            Token t = s.token(k);
            if (t.posIs("VERB") || t.posIs("AUX")) return false;
            if (t.lower().equals("to") && t.posIs("PART")) {
                Token v = s.token(k + 1);
                Token subject = s.token(k - 1);
                return (v.posIs("VERB") || v.posIs("AUX")) && !subject.posIs("ADJ") && !subject.posIs("ADV");
            }
        }
        return false;
    }

    /** "Contact with Dad has been suspended": the opening word is a noun after all. */
    private static boolean auxiliaryAfter(Sentence s, int i) {
        for (int k = i + 1; k < s.tokens().size(); k++) if (s.token(k).posIs("AUX")) return true;
        return false;
    }

    /** "Known to be using", "Thought to be staying": an agentless passive with its subject left out, not the writer's act. */
    private static final Set<String> HEARSAY_PARTICIPLES = Words.set("known", "thought", "believed", "said", "reported",
            "seen", "understood", "alleged", "rumoured", "suspected", "described", "considered", "regarded", "deemed", "felt", "heard");

    private static final Set<String> ADMIN = Words.set("received", "sent", "completed", "made", "held", "booked",
            "arranged", "emailed", "uploaded", "updated", "closed", "opened", "done", "undertaken", "submitted", "requested",
            "chased", "logged", "forwarded", "posted", "passed");

    /**
     * "The case was stepped down to Early Help in November", "Case is open as CIN", "Kayla has been NEET since
     * February": where the child or family stands with services now is the agency's own record, not hearsay
     * ("were open to social care in Leicester in 2019" is history and stays).
     */
    private static final java.util.regex.Pattern CASE_STATUS = java.util.regex.Pattern.compile(
            "\\b(?:stepped (?:down|up)|(?:is|are|remains?|has been|have been) (?:open|allocated) (?:to|as|since)|"
            + "(?:was|were) made subject to|(?:is|are|has been|have been|remains?) (?:NEET|accommodated under|(?:subject to|on) an? (?:child protection|CP|CIN|child in need) plan"
            + "|(?:an? )?looked[ -]after(?: child)?|in (?:local authority )?care|an? child in care))\\b"
            + "|\\baccount (?:is|was) that\\b", java.util.regex.Pattern.CASE_INSENSITIVE); // "The parents' account is that ...": whose account it is names the source

    /**
     * "Isla has a learning disability and autism", "Callum has epilepsy": a child's condition, in the present
     * tense, is a fact of the case held on file; when and by whom it was diagnosed is history ("was diagnosed
     * with ADHD last year", a lexicon entry).
     */
    private static final Pattern DIAGNOSIS = Pattern.compile("\\b(?:has|have) (?:a |an )?(?:(?:mild|moderate|severe|"
            + "profound|complex|diagnosed|known|life-limiting|rare|genetic) )*(?:diagnosis of|learning disabilit|autism|adhd|asd|"
            + "epilepsy|cerebral palsy|down'?s? syndrome|global developmental delay|sickle cell|diabetes|asthma|"
            + "hearing impairment|visual impairment|physical disabilit|chromosom)", Pattern.CASE_INSENSITIVE);

    /** A condition of the child, not of a parent ("Mum has a learning disability" is something someone told). */
    private static boolean childsCondition(Sentence s) {
        // "has a diagnosis of EUPD and was under the CMHT until last year": the history beside it is still hearsay
        if (!DIAGNOSIS.matcher(s.text()).find() || ELSEWHERE_TIME.matcher(s.text()).find()) return false;
        for (Token t : s.tokens()) {
            if (t.posIs("VERB") || t.posIs("AUX")) break;
            String l = t.lower().endsWith("'s") ? t.lower().substring(0, t.lower().length() - 2) : t.lower();
            if (FAMILY.contains(l)) return false;
        }
        return true;
    }

    private static final java.util.regex.Pattern NO_CONCERNS = java.util.regex.Pattern.compile(
            "\\bno (?:further |other |new |current |significant |ongoing )?(?:concerns?|worries|issues)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    private static final Set<String> VAGUE_PEOPLE = Words.set("neighbour", "neighbours", "people", "someone", "somebody",
            "everyone", "everybody", "others", "professionals", "agencies", "locals", "residents");
    private static final Set<String> VAGUE_VERBS = Words.set("complain", "worried", "concerned", "raise", "mention",
            "report", "say", "tell", "claim", "allege", "think", "believe", "suspect", "describe");

    /** "Neighbours have complained about noise", "People are worried about him": a report from nobody in particular. */
    private Finding vagueSubjectReport(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 1; i < toks.size(); i++) {
            Token v = toks.get(i);
            String l = v.lemmaOrLower();
            if (!(VAGUE_VERBS.contains(l) || VAGUE_VERBS.contains(v.lower())) || !(v.posIs("VERB") || v.posIs("ADJ"))) continue;
            int k = i - 1;
            while (k >= 0 && (toks.get(k).posIs("AUX") || toks.get(k).posIs("ADV") || toks.get(k).lower().equals("been"))) k--;
            if (k >= 0 && !VAGUE_PEOPLE.contains(toks.get(k).lower())) k = Attribution.beforePlace(toks, k);
            if (k < 0 || !VAGUE_PEOPLE.contains(toks.get(k).lower())) continue;
            if (doc.quoteAt(toks.get(k).start()) != null) continue;
            return Spans.fromTokens(doc, s, k, i + 1, rule, "'" + toks.get(k).text() + "' does not say who. Name the "
                    + "person who told you, or say how you know.", "vague-source");
        }
        return null;
    }

    /** Reports whose subject a log line may leave out: "Reported that ...", "Alleged that ...", "Said to be ...". */
    private static final Set<String> BARE_REPORTS = Words.set("reported", "reports", "alleged", "said", "believed",
            "thought", "suspected", "claimed", "rumoured", "understood", "heard");
    private static final Pattern DATE_PART = Pattern.compile("[/.:-]?\\d[\\d/.:-]*(?:am|pm|st|nd|rd|th|hrs)?", Pattern.CASE_INSENSITIVE);
    /** The nouns of "Reports of shouting from the flat", "Allegations of ...": reports by nobody named. */
    private static final Set<String> REPORT_NOUNS = Words.set("reports", "allegations", "rumours");

    /**
     * "14/08 - Reported that YP had been smoking cannabis in his bedroom", "25/01 - Reports that mum has been posting
     * about the carers", "Sat - Said to be staying with friends": a dated line of a log or chronology that opens with
     * a report and leaves out who made it. The date starts a new entry, so no one named on an earlier line made it;
     * an undated "Reported that ..." may leave out a speaker named just before ("Mum rang. Reported that ...") and is
     * left to the classifier. A report with its own agent ("Reported by school that ...") opens with "by", not "that".
     */
    private Finding datedBareReport(Document doc, Sentence s) {
        int i = 0;
        boolean dated = false;
        while (i < Math.min(s.tokens().size(), 6)) {
            Token t = s.token(i);
            // "14/08/23", "10.30am"; the tokenizer may cut "14/08" into "14" and "/08"
            boolean date = DATE_PART.matcher(t.text()).matches() || Words.CALENDAR.contains(t.lower().replace(".", ""));
            boolean mark = t.text().codePoints().noneMatch(Character::isLetterOrDigit); // "-", "\u2013", ":"
            if (!date && !(dated && (mark || t.lower().equals("am") || t.lower().equals("pm")))) break;
            dated |= date;
            i++;
        }
        Token report = s.token(i);
        Token next = s.token(i + 1);
        Token after = s.token(i + 2);
        if (!dated || report == null || next == null || doc.quoteAt(report.start()) != null) return null;
        String w = report.lower();
        String n = next.lower();
        boolean bare = BARE_REPORTS.contains(w) && n.equals("that");
        if (bare || (REPORT_NOUNS.contains(w) && (n.equals("of") || n.equals("that")))) {
            return Spans.fromEntry(doc, s, i, i + 2, rule, agentless);
        }
        if (BARE_REPORTS.contains(w) && n.equals("to") && after != null && HAVE_OR_BE.contains(after.lower())) {
            return Spans.fromEntry(doc, s, i, i + 3, rule, agentless); // "Said to be"
        }
        return null;
    }

    /** Finite forms that open a clause of its own after "heard": "I heard mum and dad have split up". */
    private static final Set<String> FINITE_AUX = Words.set("is", "are", "was", "were", "has", "have", "had", "'s", "'re",
            "will", "would", "can", "could", "may", "might", "should", "must", "does", "do", "did", "isn't", "aren't",
            "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "can't", "couldn't", "doesn't", "didn't");
    /** Subject pronouns: after "heard" they open a clause ("I heard he left"), where "him" would be heard doing it. */
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they", "it", "there");
    /** The writer as the one who heard: the tokenizer keeps "I've" and "we've" whole (one token, tagged PRON+AUX). */
    private static final Set<String> HEARERS = Words.set("i", "we", "i've", "we've");
    /** Words a noun phrase between "heard" and its clause's verb may hold: "mum and dad", "her older brother". */
    private static final Set<String> PHRASE_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "PART", "CCONJ");

    /**
     * "I heard mum and dad have split up", "I have heard she is back in touch with her birth mum": what the writer heard
     * said, a clause with its own finite verb after "heard", is hearsay that names nobody. What the writer heard happen
     * ("I heard her say 'juice'", "I heard Kai crying", "I heard the window go") is their own observation, and "heard
     * from" names a source.
     */
    private Finding heardSaid(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 2 < toks.size(); i++) {
            Token v = toks.get(i);
            if (!v.lower().equals("heard")) continue;
            int k = i - 1;
            while (k > 0 && (toks.get(k).posIs("ADV") || PERFECT_AUX.contains(toks.get(k).lower()) || toks.get(k).lower().equals("had"))) k--;
            if (!HEARERS.contains(toks.get(k).lower())) continue;
            if (doc.quoteAt(v.start()) != null) continue;
            Token next = toks.get(i + 1);
            boolean clause;
            if (next.lower().equals("that")) {
                Token after = toks.get(i + 2);
                clause = !pointingThat(s, i + 1) && (after.posIs("DET") || after.posIs("NOUN") || after.posIs("PROPN") || after.posIs("PRON"));
            } else if (SUBJECT_PRONOUNS.contains(next.lower())) {
                Token verb = toks.get(i + 2);
                clause = verb.posIs("AUX") || verb.posIs("VERB") && !verb.lower().endsWith("ing");
            } else {
                int j = i + 1;
                while (j < toks.size() && j < i + 6 && PHRASE_TAGS.stream().anyMatch(toks.get(j)::posIs)
                        && !FINITE_AUX.contains(toks.get(j).lower())) j++;
                Token verb = j < toks.size() ? toks.get(j) : null;
                // an auxiliary only: in "I heard crackling sounds in his chest" the tagger takes "sounds" for a verb
                clause = j > i + 1 && verb != null && FINITE_AUX.contains(verb.lower());
            }
            if (!clause) continue;
            return Spans.fromEntry(doc, s, k, i + 1, rule, hedge);
        }
        return null;
    }

    private static final Set<String> SCHOOLS = Words.set("school", "nursery", "college", "class", "classes",
            "playgroup", "pre-school", "preschool", "university", "sixth", "academy", "primary", "secondary");

    /** "attends Hillside Primary" is a case fact; "did not attend three appointments" is an event. */
    private static boolean attendsSchool(Sentence s, Token verb) {
        int at = s.position(verb);
        for (int k = at + 1; k < Math.min(s.tokens().size(), at + 5); k++) {
            Token t = s.token(k);
            if (SCHOOLS.contains(t.lower()) || (t.posIs("PROPN") && Character.isUpperCase(t.text().charAt(0)))) return true;
        }
        return false;
    }

    private static final Set<String> PROFESSIONALS = Words.set("teacher", "nurse", "worker", "officer", "officers",
            "doctor", "gp", "midwife", "visitor", "senco", "dsl", "iro", "manager", "keyworker", "paramedics", "consultant",
            "therapist", "physiotherapist", "paediatrician", "psychologist", "dietitian", "dietician", "audiologist", "counsellor");

    /**
     * "The class teacher did a three houses activity with Zainab last week", "The school nurse saw her on Monday":
     * what a professional did in their own work, which the record takes from them as a matter of course.
     */
    private static boolean professionalSubject(Sentence s) {
        for (Token t : s.tokens()) {
            String l = t.lower().replace(".", "");
            if (t.posIs("VERB") || t.posIs("AUX")) return false;
            if (PROFESSIONALS.contains(l)) return true;
        }
        return false;
    }

    private static final Set<String> PERFECT_AUX = Words.set("has", "have", "'s", "'ve");
    private static final Set<String> PAST_AUX = Words.set("was", "were", "had", "has", "have", "did");
    private static final Set<String> CONDITIONS = Words.set("if", "whether", "until", "unless");

    private static boolean hasPerfect(Sentence s) {
        for (Token t : s.tokens()) if (t.posIs("AUX") && PERFECT_AUX.contains(t.lower())) return true;
        return false;
    }

    private static boolean hasPastAuxiliary(Sentence s) {
        for (Token t : s.tokens()) if (t.posIs("AUX") && PAST_AUX.contains(t.lower())) return true;
        return false;
    }

    /** Where and with whom a child lives is a fact of the case, known from the file, not an unwitnessed event. */
    private static final Set<String> RESIDENCE = Words.set("live", "reside", "stay", "care", "foster", "place", "attend", "settle");
    private static final Set<String> HAVE = Words.set("has", "have", "had", "'s", "'ve", "hasn't", "haven't");
    private static final java.util.regex.Pattern HABIT = java.util.regex.Pattern.compile(
            "\\b(?:regularly|routinely|habitually|most (?:days|nights|evenings|mornings|weekends|afternoons)"
            + "|every (?:day|night|evening|morning|weekend)|each (?:night|weekend|morning)|all the time"
            + "|(?:until|till|til) all hours|in and out of|at all hours|on a daily basis|night after night"
            + "|most of (?:his|her|their|the) (?:days|nights|time|evenings|weekends)|always|never"
            + "|(?:is|are|'s|'re) still (?!waiting|living|staying|attending|settling|settled)\\w+ing|(?:has|have) still|still (?:lives|uses|drinks|sees|goes|comes|takes|lets|leaves|gets|hangs)"
            + "|keeps (?:on )?\\w+ing|(?:has|have|had) been(?: \\w+){0,3} for (?:a while|some time|a long time|ages)"
            + "|for (?:years|months|weeks|ages|most of (?:his|her|their) life)"
            + "|(?<!(?:got|get|gets|is|are|was|were|be|been|well|'s) )used to (?!be\\b)\\w+)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Set<String> PERCEIVED = Words.set("seen", "spotted", "observed", "noticed", "overheard",
            "heard", "noted", "witnessed", "caught", "found");

    /**
     * Who the sentence is about, if it opens with someone other than the writer: a name, a family word, a
     * third-person pronoun or a noun phrase about people ("Mum", "Leah", "She", "The children", "Mum's partner").
     */
    private static boolean thirdPartySubject(Sentence s) {
        Token t = s.token(0);
        if (t == null) return false;
        if (t.posIs("PUNCT") && s.token(1) != null) t = s.token(1);
        if (FIRST_PERSON.contains(t.lower()) || Words.set("it", "there", "this", "that", "these", "those").contains(t.lower())) return false;
        return t.posIs("PROPN") || t.posIs("PRON") || t.posIs("NOUN") || t.posIs("DET") || "PERSON".equals(t.ner());
    }

    /** About someone else, with no writer, no quotation, no plan or wish: shared by the patterns below. */
    private boolean plainThirdPartyStatement(Document doc, Sentence s) {
        if (s.tokens().size() < 4 || !thirdPartySubject(s) || writerOrQuoteIn(doc, s)) return false;
        for (Token t : s.tokens()) if (notEvent(s, t)) return false;
        return true;
    }

    /** Does the writer speak in the sentence ("I", "we", "my"), or is any of it a quotation? */
    private static boolean writerOrQuoteIn(Document doc, Sentence s) {
        for (Token t : s.tokens()) if (FIRST_PERSON.contains(t.lower()) || doc.quoteAt(t.start()) != null) return true;
        return false;
    }

    /**
     * Something someone "has been doing" ("Dad has been drinking again", "She has been sending images to boys
     * at school"): an ongoing activity away from the visit, which the writer cannot have watched.
     */
    private Finding ongoingActivity(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!HAVE.contains(toks.get(i).lower())) continue;
            if (relative(toks, i)) continue; // "..., which he has been practising"
            int k = i + 1;
            if (toks.get(k).posIs("ADV")) k++;
            if (k + 1 >= toks.size() || !toks.get(k).lower().equals("been")) continue;
            Token v = toks.get(k + 1);
            if (!v.lower().endsWith("ing") || !(v.posIs("VERB"))) continue;
            if (RESIDENCE.contains(v.lemma())) return null; // "has been living with his carers since May": a case fact
            if (!plainThirdPartyStatement(doc, s)) return null;
            return Spans.wholeSentence(doc, s, rule, "This says what someone has been doing, which you did not see, "
                    + "with no source. Say who told you or which record it comes from.", "unwitnessed-ongoing");
        }
        return null;
    }

    /** "two overnight stays a month", "three sessions a week": an arrangement made for the child, at a set rate. */
    private static final Pattern ARRANGEMENT = Pattern.compile("\\b(?:\\d+|one|two|three|four|five|six|weekly|monthly) (?:\\w+ )?"
            + "(?:stays?|sessions?|visits?|appointments?|calls?|contacts?|short breaks?) (?:a|per|each|every) (?:week|fortnight|month|term)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> RELATIVES = Words.set("which", "who", "that", "whom", "where");

    private static boolean relative(List<Token> toks, int i) {
        if (i > 0 && RELATIVES.contains(toks.get(i - 1).lower())) return true;
        return i > 1 && toks.get(i - 1).posIs("PRON") && RELATIVES.contains(toks.get(i - 2).lower());
    }

    /**
     * A habit stated as fact ("The children are regularly left alone at night", "Mum sleeps until lunchtime most
     * days"): a pattern of life that no single visit shows, with no source.
     */
    private Finding habit(Document doc, Sentence s) {
        if (!HABIT.matcher(s.text()).find() || !plainThirdPartyStatement(doc, s)) return null;
        return Spans.wholeSentence(doc, s, rule, "This states a habit or pattern as fact, with no source. Say who "
                + "told you, or which record shows it, and over what time.", "unsourced-habit");
    }

    /**
     * "He was seen getting into a car", "Dad was noted to smell of alcohol": something perceived, with no one
     * named as the person who saw or noted it.
     */
    private Finding agentlessPerception(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        for (int i = 1; i + 1 < toks.size(); i++) {
            Token v = toks.get(i);
            if (!PERCEIVED.contains(v.lower()) || !Attribution.BE.contains(toks.get(i - 1).lower())) continue;
            Token next = toks.get(i + 1);
            boolean complement = next.lower().equals("to") || (next.lower().endsWith("ing") && next.posIs("VERB"))
                    || Words.set("with", "outside", "near", "leaving", "entering", "going").contains(next.lower());
            if (!complement) continue;
            for (int k = i + 1; k < toks.size(); k++) if (toks.get(k).lower().equals("by")) return null;
            if (!plainThirdPartyStatement(doc, s)) return null;
            return Spans.wholeSentence(doc, s, rule, "'" + toks.get(i - 1).text() + " " + v.text() + "' does not say "
                    + "who saw it. Name who saw or noted it, and when.", "agentless-perception");
        }
        return null;
    }

    private static final Set<String> FAMILY = Words.set("mum", "dad", "mother", "father", "husband", "wife", "partner",
            "carer", "carers", "parents", "parent", "grandmother", "grandfather", "nan", "nana", "grandad", "boyfriend",
            "girlfriend", "stepdad", "stepmum", "stepfather", "stepmother", "family", "ex-partner", "uncle", "aunt");
    private static final Set<String> STATIVE = Words.set("be", "have", "like", "love", "want", "wish", "feel", "know",
            "think", "need", "hope", "seem", "appear", "look", "say", "tell", "live", "see", "understand", "agree", "believe",
            "mean", "enjoy", "prefer", "remain", "continue", "work", "attend", "plan", "intend", "accept", "ask");

    private static final Set<String> CERTAINLY = Words.set("clearly", "obviously", "evidently", "plainly", "definitely", "surely");
    private static final Set<String> DO_FORMS = Words.set("does", "doesn't", "do", "don't");

    /**
     * "Mum lets him stay up till midnight", "Her husband does not allow her out": what a parent or carer does at
     * home, as a habit in the present tense, which no visit shows on its own.
     */
    private Finding familyHabit(Document doc, Sentence s) {
        List<Token> toks = s.tokens();
        int i = familySubject(s);
        if (i < 0) return null;
        Token v = toks.size() > i + 1 ? toks.get(i + 1) : null;
        if (v != null && v.posIs("ADV")) {
            // "Mum clearly prioritises her partner": an opinion (fact-opinion), not a report of a habit
            if (CERTAINLY.contains(v.lower())) return null;
            v = toks.size() > i + 2 ? toks.get(i + 2) : null;
        }
        if (v == null) return null;
        boolean present;
        Token after = s.near(v, 1);
        if ((v.lower().equals("is") || v.lower().equals("'s")) && after != null && after.lower().equals("working")) {
            // "Dad is working away": the same pattern of life as "Dad works away"
            v = after;
            present = true;
        } else if (DO_FORMS.contains(v.lower())) {
            Token n = after;
            if (n != null && n.lower().equals("not")) n = s.near(n, 1);
            if (n == null || !n.posIs("VERB")) return null;
            v = n;
            present = true;
        } else {
            present = v.posIs("VERB") && v.lower().endsWith("s") && !v.lower().equals(v.lemma());
        }
        if (!present || (STATIVE.contains(v.lemma()) && !shiftWork(s, v)) || !plainThirdPartyStatement(doc, s)) return null;
        return Spans.wholeSentence(doc, s, rule, "This states what someone does at home as a habit, with no source. "
                + "Say who told you, or what you saw and when.", "unsourced-habit");
    }

    /** When someone works, not where: "works nights", "works away", "works long hours". */
    private static final Set<String> SHIFTS = Words.set("nights", "away", "long", "shifts", "lates", "weekends", "offshore", "abroad");

    /**
     * "Dad works nights", "Mum works long hours": who is at home and when, a pattern of family life the writer
     * was told or read; not "Mum works at the school", a plain fact of the case.
     */
    private static boolean shiftWork(Sentence s, Token v) {
        if (!v.lemma().equals("work")) return false;
        Token n = s.near(v, 1);
        return n != null && SHIFTS.contains(n.lower());
    }

    private static final String NUMBER = "two|three|four|five|six|seven|eight|nine|ten|\\d+";
    private static final Pattern COUNTED_HISTORY = Pattern.compile("\\b(?:has|have) (?:also |previously |already )?had "
            + "(?:previous|prior|several|multiple|many|numerous|repeated|" + NUMBER + ")\\b"
            + "|\\b(?:was|were|has been|have been) (?:a|an|one|several|multiple|" + NUMBER + ") "
            + "(?:previous|prior|earlier) (?:referrals?|involvement|concerns?|incidents?|reports?|allegations?|investigations?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Dad has had previous warnings for leaving the girls alone", "The family has had multiple referrals for
     * neglect", "There was a previous referral about bruising": past events counted up, which come from a record or
     * from someone, neither named. Only for a sentence about someone else with no writer in it ("I checked our
     * records: there has been one previous referral" names where it comes from).
     */
    private Finding countedHistory(Document doc, Sentence s) {
        // "has had 9 unauthorised absences this term": a figure from the register, as in unwitnessedEvent
        if (!COUNTED_HISTORY.matcher(s.text()).find() || ATTENDANCE_FIGURE.matcher(s.text()).find()) return null;
        boolean there = s.token(0) != null && s.token(0).lower().equals("there");
        if (there ? writerOrQuoteIn(doc, s) : !plainThirdPartyStatement(doc, s)) return null;
        return Spans.wholeSentence(doc, s, rule, "This counts up past events with no source. Say which record shows them, "
                + "or who told you, and when.", "counted-history");
    }

    /**
     * Where the sentence's subject ends when it opens with a parent, carer or relative ("Mum", "His mum, Lisa
     * Walsh,", "The father"): the index of its last token, or -1 when it opens with anyone else.
     */
    private static int familySubject(Sentence s) {
        List<Token> toks = s.tokens();
        int i = 0;
        if (toks.isEmpty()) return -1;
        if (Words.set("her", "his", "their", "the").contains(toks.get(0).lower())) i = 1;
        if (i >= toks.size()) return -1;
        String subj = toks.get(i).lower();
        if (subj.endsWith("'s")) subj = subj.substring(0, subj.length() - 2);
        if (!FAMILY.contains(subj)) return -1;
        if (toks.size() > i + 2 && toks.get(i + 1).text().equals(",")) {
            // "His mum, Lisa Walsh, lets him ...": step over the name in apposition
            int close = -1;
            for (int k = i + 2; k < Math.min(toks.size(), i + 8); k++) if (toks.get(k).text().equals(",")) { close = k; break; }
            if (close < 0) return -1;
            i = close;
        }
        return i;
    }

    private static final Pattern PARENTS_HEALTH = Pattern.compile("^,?\\s*(?:also\\s+)?(?:has|had|have|suffers|suffered|"
            + "has been)\\b[^.;:]{0,40}?\\b(?:mental health|depression|depressed|anxiety|bipolar|ptsd|"
            + "personality disorder|eupd|psychosis|psychotic|schizophreni\\w*|learning disabilit\\w*|ld|"
            + "medication|methadone)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Mum has mental health issues", "Her dad, Lee Ward, has LD and struggles to read": a parent's or relative's
     * health, which the writer knows only from someone or from a record, with neither named. A child's own
     * condition on file is another matter ({@link #childsCondition}).
     */
    private Finding familyHealth(Document doc, Sentence s) {
        int i = familySubject(s);
        if (i < 0 || i + 1 >= s.tokens().size()) return null;
        String rest = doc.normalized().substring(s.token(i + 1).start(), s.end());
        if (!PARENTS_HEALTH.matcher(rest).find() || !plainThirdPartyStatement(doc, s)) return null;
        return Spans.wholeSentence(doc, s, rule, "This states someone's health as fact, with no source. Say who told "
                + "you (them, their GP, a letter), and when.", "unsourced-health");
    }

    private static boolean conditional(Sentence s, int at) {
        for (int k = 0; k < at; k++) if (CONDITIONS.contains(s.token(k).lower())) return true;
        return false;
    }

    private static boolean reportedMissing(Sentence s, int to) {
        if (!"report".equals(s.token(to - 1).lemma())) return false;
        for (int k = to; k < Math.min(s.tokens().size(), to + 4); k++) if (s.token(k).lower().equals("missing")) return true;
        return false;
    }

    /** Cues that stay unsourced even in a reported account, unless the source is named before them. */
    private static final Set<String> INCIDENT_PASSIVES = Words.set("arrested", "excluded", "charged");
    private static final Set<String> SIMPLE_BE = Words.set("was", "were", "is", "are", "being", "be", "got", "get");
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b"
            + "|\\b" + MONTH + " (?:\\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\\d\\d)\\b"
            + "|\\b\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "He was arrested with another lad", "Kyle was excluded for the rest of the day": in the simple past with no
     * time outside the visit, an arrest or exclusion is the incident the note is about, told in its course; it is
     * history to be sourced when dated ("was arrested last month", "in August", "on 2 Feb") or in the perfect
     * ("has been arrested").
     */
    private static boolean currentEvent(Sentence s, PhraseMatcher.Match m) {
        if (!m.term().entry().id().equals("unsourced-history")) return false;
        Token first = s.token(m.from());
        Token verb = s.token(m.to() - 1);
        if (!SIMPLE_BE.contains(first.lower()) || verb == null || !INCIDENT_PASSIVES.contains(verb.lower())) return false;
        String text = s.text();
        return !ELSEWHERE_TIME.matcher(text).find() && !DATE.matcher(text).find() && !CHRONOLOGY_ENTRY.matcher(text).find();
    }

    /**
     * "Ollie was admitted 12 days ago with dehydration", "Freddie was brought in last night by mum", "was discharged
     * from SCBU at 2 weeks old": a stay in hospital is on the hospital's record, like a birth ("was discharged by
     * CAMHS for not attending" is a service's decision and stays).
     */
    private static final String HOSPITAL = "(?:the )?(?:hospital|ward|scbu|nicu|picu|a&e|ed|emergency department|special care baby unit|"
            + "\\p{Lu}\\w+ (?:hospital|ward|infirmary))";
    private static final Pattern HOSPITAL_STAY = Pattern.compile("\\b(?:admitted|brought in|(?:being|been) treated (?:for|on|in)|"
            + "discharged from " + HOSPITAL + "|(?:came|come|went|gone|got|returned) home from " + HOSPITAL
            + "|(?:has|have|had) been (?:in|on) " + HOSPITAL + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> BIRTH_VERBS = Words.set("be", "bear", "born", "spend", "weigh", "give", "diagnose");

    /**
     * "2016 - Freya born at St Luke's Hospital", "Mason was born at 36 weeks and spent three weeks on the neonatal
     * unit", "Kayla gave birth to a boy on Wednesday": a birth is on record, not hearsay; a sentence with any other event in it is judged as usual.
     */
    private static boolean birth(Sentence s) {
        boolean born = false;
        for (Token t : s.tokens()) {
            if (t.lower().equals("born")) born = true;
            else if (t.lower().equals("birth") && s.near(t, -1) != null && "give".equals(s.near(t, -1).lemma())) born = true;
            else if ((t.posIs("VERB") || t.posIs("AUX")) && !BIRTH_VERBS.contains(t.lemmaOrLower())) return false;
        }
        return born;
    }

    /**
     * A log kept by the people the child lives with: a children's home's daily log or shift handover, a foster
     * carer's diary, a family centre's night record. What happened in the home during the period it covers was seen
     * by the writer or the staff on shift, whose record it is; only what happened elsewhere or before stays hearsay.
     * Known from the note's kind, or from its first line when it has none ("Daily log - Kestrel House").
     */
    private static final Pattern CARE_LOG = Pattern.compile("\\b(?:(?:daily|night|nightly|shift|weekly|monthly|carer'?s?|diary|"
            + "short break|transport|residential)\\s+(?:stay\\s+)?(?:log|record|records|recordings?|notes?|diary|summary|report)|log|diary|handover|shift)\\b",
            Pattern.CASE_INSENSITIVE);

    private static boolean careLog(Document doc) {
        return doc.memo("MissingSourceCheck.careLog", d -> {
            String kind = d.note() == null ? null : d.note().kind();
            if (kind != null && !kind.isBlank()) return CARE_LOG.matcher(kind).find();
            List<Sentence> all = d.sentences();
            if (all.isEmpty()) return false;
            String title = all.get(0).text().strip(); // a title line: short, no full stop
            return (all.get(0).isHeading() || (all.get(0).tokens().size() <= 10 && !title.endsWith(".")))
                    && CARE_LOG.matcher(title).find();
        });
    }

    /**
     * In a care log, the cues that a sentence tells of something away from the home or before the period the log
     * covers: school, family time, the police, a friend's house, online; an earlier placement, a year, "again".
     */
    private static final Pattern AWAY = Pattern.compile("\\b(?:school|college|nursery|work|contact|family time|"
            + "(?:mum|dad|mother|father|nan|nana|gran|grandma|grandad|aunt|auntie|uncle|friend|boyfriend|girlfriend)'s|"
            + "boyfriend|girlfriend|police|officers?|hospital|a&e|arrested|found|located|court|town|park|shop|shops|"
            + "online|snapchat|instagram|tiktok|facebook|previous|previously|before|ago|used to|history|again|since|"
            // what is done out of sight: exploitation, drugs; and what someone saw with no one named
            + "groom\\w*|exploit\\w*|cannabis|weed|drugs|(?:was|were|been) (?:seen|spotted|heard)|"
            + "last (?:month|year|placement|home|school)|(?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);

    /** Not about a parent or relative (who lives elsewhere), and no cue of anywhere or any time outside the log. */
    private static boolean happenedInTheHome(Sentence s) {
        return familySubject(s) < 0 && !RELATIVE_SUBJECT.matcher(s.text()).lookingAt() && !AWAY.matcher(s.text()).find();
    }

    /** "Her little brother", "His older sister": a relative, with a word of age or size before the kinship word. */
    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?:his|her|their)\\s+(?:little|big|older|younger|"
            + "baby|eldest|youngest|twin)\\s+(?:brother|sister|siblings?)\\b", Pattern.CASE_INSENSITIVE);

    /** Who "known to" may name when it is the writer's own service: "known to us", "known to our project since 2022". */
    private static final Set<String> OWN_SERVICE = Words.set("us", "me", "our", "my", "this");
    private static final Set<String> SERVICE_WORDS = Words.set("project", "service", "team");

    /**
     * "Tegan has been known to our project since 2022", "both already known to us": the writer's own service's
     * record, not a reputation (in the tuning notes 7 such sentences are not labelled, 1 is: "well known to the
     * service", a phrase of its own).
     */
    private static boolean knownToUs(Sentence s, PhraseMatcher.Match m) {
        for (int k = m.from(); k < m.to(); k++) {
            Token next = s.token(k + 1);
            if (!s.token(k).lower().equals("known") || next == null || !next.lower().equals("to")) continue;
            Token who = s.token(k + 2);
            if (who == null) return false;
            if (OWN_SERVICE.contains(who.lower())) return true;
            Token after = s.token(k + 3);
            return who.lower().equals("the") && after != null && SERVICE_WORDS.contains(after.lower())
                    && (s.token(k - 1) == null || !s.token(k - 1).lower().equals("well"));
        }
        return false;
    }

    /** The match holds "known to" and is negated: "is not known to children's services", "not previously known to". */
    private static boolean notKnown(Sentence s, PhraseMatcher.Match m) {
        for (int k = m.from(); k < m.to(); k++) {
            Token next = s.token(k + 1);
            if (s.token(k).lower().equals("known") && next != null && next.lower().equals("to")) return Words.negated(s, k, 3);
        }
        return false;
    }

    /**
     * What the agency or a service holds on record rather than what anyone told the writer: a case status, the
     * child's condition, an arrangement, a birth, a hospital stay, a counted record, "no previous involvement".
     */
    private static boolean onRecord(Sentence s) {
        String text = s.text();
        return CASE_STATUS.matcher(text).find() || childsCondition(s) || ARRANGEMENT.matcher(text).find() || birth(s)
                || HOSPITAL_STAY.matcher(text).find() || COUNTED_RECORD.matcher(text).find() || ATTENDANCE_COUNT.matcher(text).find()
                || NO_RECORD.matcher(text).lookingAt();
    }

    /** The rules that guess from a plain statement's shape that the writer was not there. */
    private static final Set<String> GUESSES = Set.of("unwitnessed-event", "unwitnessed-ongoing", "unsourced-habit",
            "counted-history", "unsourced-health");

    private static final Set<String> HEDGES = Set.of("hedge", "vague-source", "passive-to");

    @Override public Rule rule() { return rule; }

    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES); }

    @Override
    public List<Finding> check(Document doc) {
        List<Finding> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            List<PhraseMatcher.Match> ms = matcher.find(s);
            if (ms.isEmpty()) {
                Finding told = heardSaid(doc, s); // "I heard ...", "14/08 - Reported that ...": no one said who told
                if (told == null) told = datedBareReport(doc, s);
                if (told != null) {
                    out.add(told);
                    continue;
                }
                // a named source clears the sentence, as does "no concerns" and the writer's own account ("I visited",
                // "We talked about ..."): no rule or classifier applies
                if (Attribution.sourced(s) || NO_CONCERNS.matcher(s.text()).find() || writersOwnAction(s) || writerLed(s)) continue;
                // a title line, a visit's purpose, a case status, a counted record ...: these usually state no
                // second-hand event, so the rules leave them alone and only a very confident classifier flags one
                boolean chronology = chronologyEvent(s);
                if (!(Words.finite(s) || chronology) || Words.purpose(s) || meetingSubject(s) || onRecord(s)) {
                    Finding f = Spans.modelFinding(doc, s, model, rule, MODEL_MESSAGE, CONFIDENT, false);
                    if (f != null) out.add(f);
                    continue;
                }
                Finding f = vagueSubjectReport(doc, s);
                // in a care log, what happened in the home is the staff's own record: no event, activity or habit rule
                boolean inTheHome = careLog(doc) && happenedInTheHome(s);
                if (f == null && !inTheHome) {
                    f = unwitnessedEvent(doc, s, chronology);
                    if (f == null) f = ongoingActivity(doc, s);
                    if (f == null) f = habit(doc, s);
                }
                if (f == null) f = agentlessPerception(doc, s);
                if (f == null) f = familyHabit(doc, s);
                if (f == null) f = countedHistory(doc, s);
                if (f == null) f = familyHealth(doc, s);
                // these rules guess from the sentence's shape that the writer was not there; the classifier, which
                // has read the whole sentence and its neighbours, overrules a guess it finds very unlikely
                if (f != null && GUESSES.contains(f.term()) && Spans.modelDoubts(doc, s, model, DOUBT)) {
                    f = agentlessPerception(doc, s); // "was seen" still names no one who saw it
                } else if (f == null) {
                    f = Spans.modelFinding(doc, s, model, rule, MODEL_MESSAGE, CONFIDENT, !inTheHome);
                }
                if (f != null) out.add(f);
                continue;
            }
            boolean sourced = Attribution.sourced(s);
            for (PhraseMatcher.Match m : ms) {
                Token first = s.token(m.from());
                Token last = s.token(m.to() - 1);
                if (doc.quoteAt(first.start()) != null) continue;
                // "word is" and "word on the street" are rumour; "his words were", "had words on the landing" are not
                if (first.lower().equals("words")) continue;
                boolean hedge = HEDGES.contains(m.term().entry().id());
                // a hedge inside someone's reported account is theirs; a source named only after it does not cover it
                if (sourced && (!hedge || (Attribution.sourcedBefore(s, m.from()) && !turnsAway(s, m.from())))
                        && !unsourcedPassive(s, m)) continue;
                if (hedge && bareAppearance(s, m.to())) continue;
                if (!hedge && Words.negated(s, m.from(), 1)) continue;
                // "was reported as a missing person by his father": the agent names the source of this very report
                if (m.term().entry().id().equals("passive-to") && Attribution.agentAfter(s, m.to() - 1)) continue;
                // "is not known to children's services": no record found, the agency's own check, not a reputation
                if (notKnown(s, m) || knownToUs(s, m)) continue;
                if (reportedMissing(s, m.to())) continue; // "staff reported both girls missing to police": an action, not hearsay
                if (!hedge && conditional(s, m.from())) continue; // "will let me know if anyone is charged"
                if (currentEvent(s, m)) continue;
                if (concernsOfTheAgent(s, m)) continue;
                if (s.token(m.to() - 1).lower().equals("that") && pointingThat(s, m.to() - 1)) continue;
                out.add(Spans.fromEntry(doc, s, m.from(), m.to(), rule, m.term().entry()));
                break; // one finding per sentence is enough to say what to fix
            }
        }
        return out;
    }

    /**
     * "It was reported that Dexter threw a stone at a car and the driver called police": who spoke in the reported
     * clause does not say who reported it. An agentless passive is sourced by a source named before it or by its own
     * agent ("it was reported to me by his teacher"), not by one inside what was reported.
     */
    private static boolean unsourcedPassive(Sentence s, PhraseMatcher.Match m) {
        if (!PASSIVES.contains(m.term().entry().id())) return false;
        return !Attribution.sourcedBefore(s, m.from()) && !Attribution.agentAfter(s, m.to() - 1);
    }

    private static final Set<String> PASSIVES = Set.of("agentless-passive", "concerns-raised");

    /** What someone sends with their concerns: "a referral from", "a call from". */
    private static final Set<String> SENT = Words.set("referral", "refer", "receive", "call", "email", "information", "report",
            "notification", "contact", "message", "letter");

    private static String lemma(Token t) {
        return t.lemmaOrLower();
    }

    /**
     * "I heard that part of their conversation myself": the "that" at {@code i} points at a thing heard (a noun, then
     * "of", another preposition or the end), it opens no clause of what someone said.
     */
    private static boolean pointingThat(Sentence s, int i) {
        Token noun = s.token(i + 1);
        Token then = s.token(i + 2);
        return noun != null && noun.posIs("NOUN") && (then == null || then.posIs("ADP") || then.posIs("PUNCT"));
    }

    private static final Set<String> NOT_AN_AGENT = Words.set("then", "now", "which", "that", "itself", "chance", "far");

    /** "Referred by HOY following concerns about low attendance": the concerns are those of whoever acted on them. */
    private static boolean concernsOfTheAgent(Sentence s, PhraseMatcher.Match m) {
        if (!m.term().entry().id().equals("following-concerns")) return false;
        for (int k = 0; k + 1 < m.from(); k++) {
            Token by = s.token(k);
            Token who = s.token(k + 1);
            // "Referred by HOY following ...", "Referral received from HV following ...": the agent's or sender's concerns
            boolean sender = by.lower().equals("from") && ((k > 0 && SENT.contains(s.token(k - 1).lemmaOrLower()))
                    || (k > 1 && SENT.contains(s.token(k - 2).lemmaOrLower())));
            if (!(by.lower().equals("by") || sender) || !Character.isLetter(who.text().charAt(0)) || NOT_AN_AGENT.contains(who.lower())) continue;
            Token next = s.token(k + 2);
            if (next != null && (next.lower().equals("time") || next.lower().equals("end"))) continue; // "by the time"
            return true;
        }
        return false;
    }

    private static final Set<String> CONTRASTS = Words.set("but", "however", "although", "though", "whereas", ";");

    /**
     * "Dad said mum was at work, but mum is known to be a heavy drinker": after "but" the writer speaks again, and a
     * source named before the turn does not cover a hedge after it, unless a reporting or perception verb or the writer
     * after the turn takes it up again ("but her teacher told me she is apparently ...", "but I have no information").
     */
    private static boolean turnsAway(Sentence s, int from) {
        for (int k = from - 1; k > 0; k--) {
            if (!CONTRASTS.contains(s.token(k).lower())) continue;
            if (!Attribution.sourcedBefore(s, k)) return false;
            for (int j = k + 1; j < from; j++) {
                Token t = s.token(j);
                String l = t.lemmaOrLower();
                if (Attribution.REPORTING.contains(l) || Attribution.PERCEPTION.contains(l) || FIRST_PERSON.contains(t.lower())) return false;
            }
            return true;
        }
        return false;
    }

    /** "pointed to the tiger each time it appeared": "it appeared" with nothing after it hedges nothing. */
    private static boolean bareAppearance(Sentence s, int to) {
        Token last = s.token(to - 1);
        if (last == null || !(last.lower().startsWith("appear") || last.lower().startsWith("seem"))) return false;
        Token nx = s.token(to);
        return nx == null || AFTER_BARE_APPEARANCE.contains(nx.lower());
    }

    private static final Set<String> AFTER_BARE_APPEARANCE = Words.set(".", "!", "?", "and", "or", "on", "in", "at", "again");
}
