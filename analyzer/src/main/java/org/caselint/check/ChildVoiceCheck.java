package org.caselint.check;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.caselint.model.Document;
import org.caselint.model.Layer;
import org.caselint.model.Note;
import org.caselint.model.Quote;
import org.caselint.model.Sentence;
import org.caselint.model.Token;
import org.caselint.report.Category;
import org.caselint.report.Finding;
import org.caselint.report.Severity;

/**
 * Note level: flags a note that records work with or about the child but none of the child's own views, wishes,
 * feelings or words, and gives no reason (Tees 4 and 16; Wandsworth; Enfield appendix 1). The child's voice is a
 * quotation of theirs, reported speech or feeling ("Jayden told me he likes school", "Jayden wants to..."), or a
 * "child's views" section with content. For a baby, or a child who does not speak, recorded observations of how
 * they responded, played or settled, or a communication aid, count as their voice.
 *
 * <p>Whose words a quotation or a "she said" is depends on who the pronoun stands for. {@link #resolve} is a small
 * rule-based resolver: the last person named before the pronoun in its sentence (not a name inside a quotation;
 * an owner such as "Tyreese's weight" only when no one else is named; "offered him ... but he" is the object, not
 * the named person), else the same pronoun opening the previous sentence, else that sentence's first person
 * (unless it also has "him"/"her", which cannot be its subject). The child's own pronoun is learnt from mentions
 * where the child is the subject ({@link #subjectPronoun}).
 */
public final class ChildVoiceCheck implements Check {
    public static final String RULE_ID = "child-voice-missing";

    private static final Set<String> VOICE_VERBS = Words.set("say", "tell", "explain", "ask", "share", "describe",
            "write", "sign", "want", "like", "love", "hate", "enjoy", "feel", "wish", "worry", "prefer",
            "choose", "agree", "disagree", "reply", "answer", "mention", "talk", "speak", "express", "state",
            "request", "complain", "disclose", "add", "report", "comment", "laugh", "shrug", "nod", "smile",
            "type", "point", "draw", "rate", "score", "dislike", "wishes", "hope", "think", "believe",
            "confirm", "deny", "admit", "insist", "show", "choose", "pick", "whisper", "shout",
            "scream", "say", "mumble", "giggle", "call", "repeat", "answer", "text", "message", "identify", "rank",
            "circle", "place", "put");
    private static final Set<String> OBSERVED_VERBS = Words.set("smile", "babble", "coo", "settle", "respond", "reach",
            "cry", "laugh", "play", "feed", "sleep", "look", "giggle", "crawl", "point", "sign", "vocalise",
            "vocalize", "watch", "explore", "grab", "hold", "cuddle", "snuggle", "wriggle", "kick", "turn", "track",
            "follow", "seek", "sit", "walk", "toddle", "stand", "take", "bang", "clap", "wave", "lead", "pull",
            "rock", "flap", "hum", "sing", "move", "eat", "drink", "calm", "relax", "react", "engage", "interact",
            "lean", "nuzzle", "fuss", "grizzle", "whimper", "soothe", "make", "appear", "seem", "stop", "go",
            "fall", "wake", "rub", "stroke", "squeal", "shriek", "babbling", "chuckle", "gurgle", "mouth",
            "use", "press", "tap", "choose", "hand", "give", "push", "throw", "run", "lie", "lay", "rest", "bring",
            "hug", "kiss", "climb", "roll", "babble", "explore", "show", "lift", "stretch", "listen");
    private static final Pattern NON_VERBAL = Pattern.compile("non-verbal|nonverbal|non verbal|does not speak|"
            // a child telling you things without words: leading you by the hand, a noise of their own, a card to use
            + "(?:takes|took|taking) (?:my|our|her|his|staff's) hand and (?:leads|led|leading|pulls|pulled)|"
            + "(?:his|her|their) (?:happy|excited|upset|cross) (?:noise|noises|sound|sounds)|"
            + "(?:his|her|their) ['\u2018\u2019\"]\\w+['\u2018\u2019\"] card\\b|\\b(?:break|help|choice|feelings?|emotions?|symbol|finished|now and next) cards?\\b|"
            + "flapp(?:ed|ing|s) (?:his|her|their) (?:hands|arms)|"
            + "doesn't speak|no speech|pre-verbal|preverbal|makaton|pecs|communication aid|communication device|"
            + "eye-gaze|eye gaze|talker|signs? to communicate|uses signs|sign language|bsl|symbols|spoken words|"
            + "picture cards?|objects of reference|does not talk|doesn't talk|no words|not yet talking|gestures to|"
            + "(?:does not|doesn't|did not|didn't|cannot|can't) use (?:any )?(?:words|speech)|no (?:spoken|verbal) (?:language|communication)|"
            + "(?:very )?(?:limited|little) (?:speech|language)|has (?:only )?a few words|communication (?:app|book|board)|"
            + "\\baac\\b|\\bvocali[sz](?:ed|es|ing|ation)?\\b(?! (?:that|his|her|their))|speech (?:and language )?delay|delayed speech|"
            + "(?:uses|has|says) (?:about |around |only |roughly )?\\d+ words", Pattern.CASE_INSENSITIVE);
    /**
     * A reason the child's views are not in the note: the child was not there (asleep, at school, in hospital, not
     * at home), could not or would not talk (declined, refused, too young), or "not seen" with its reason
     * ("because", "as", "due to"). "I did not see Chloe" on its own states a gap; it gives no reason.
     */
    private static final Pattern WHERE_CHILD_WAS = Pattern.compile("\\b(?:was|were|is|are|being)\\s+(?:\\w+ly\\s+)?(?:fast\\s+)?asleep|"
            + "\\b(?:was|were|is|are)\\s+(?:still\\s+)?(?:at|in)\\s+(?:school|nursery|college|work|hospital|respite|contact|theatre|bed|the bath|class|lessons?|a lesson)|"
            + "\\b(?:was|were|is|are)\\s+(?:unwell|ill|poorly|away|on holiday|out\\b(?!\\s+of)|missing|not (?:at home|home|in|present|there|available))|"
            // "Ruby was not part of this call": the conversation did not include the child
            + "\\b(?:was|were|is|are)\\s+not\\s+(?:part of|included in|on) (?:this|the|today's) (?:call|meeting|conversation|discussion)|"
            + "(?:was|were) (?:staying|out) with", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile("too young|(?:declined|refused|did not want|didn't want|did not wish|didn't wish) to (?:\\w+ ){0,2}?"
            + "(?:speak|talk|see|meet|engage|answer|come|join|be |open|sit|stay|share|discuss|say|tell|leave|get up|send|attend|take part)|"
            + "(?:chose|chooses|has chosen|had chosen|decided|has decided) not to (?:attend|come|join|take part|speak|talk|meet|see|engage|send)|"
            + "(?:would not|wouldn't) (?:speak|talk|come|see|engage|answer|open)(?!\\s+(?:about|to me about))|"
            + "\\b(?:so|therefore) (?:i|we) (?:did not|didn't|could not|couldn't|was unable to|were unable to|was not able to|were not able to|have not|haven't) "
            + "(?:see|speak|talk|meet|hear|get|gain|seek|obtain|ascertain|gather|record)|"
            // "did not attend because he was sitting a mock exam": the child was not at the meeting, and why
            + "(?:did not|didn't|could not|couldn't|was unable to|was not able to) (?:attend|join|come to)(?: (?:the|this|today's) (?:meeting|review|session|visit|conference))? (?:because|as|due to)\\b|"
            + "\\bso (?:his|her|their|the child's|the young person's) (?:views|wishes)|"
            + "not been seen by (?:anyone|any|us|me|the|our|his|her)\\b[^.]{0,60}?since|"
            + "(?:not|n't|unable to|could not|couldn't)\\s+(?:yet\\s+)?(?:be\\s+|been able to\\s+|able to\\s+)?(?:seen|see|spoken|speak|talk|hear from|ascertain|gather|obtain)\\w*(?!\\s+(?:a|an|the|any)\\b)[^.]{0,80}?"
            + "(?:because|as|since|due to|owing to|who was|while|when (?:he|she|they) (?:was|were))", Pattern.CASE_INSENSITIVE);
    /**
     * "Kayden was asleep upstairs at the time", "was in bed when officers arrived": where the child was during an
     * incident someone else attended, not why the writer could not hear from them.
     */
    private static final Pattern INCIDENT_TIME = Pattern.compile("\\bat the time\\b|\\bduring the (?:incident|argument|fight|row)\\b|"
            + "\\bwhen (?:the )?(?:officers|police|paramedics|the ambulance) (?:arrived|attended|came)\\b|\\basleep throughout\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern HABITUALLY = Pattern.compile("\\b(?:most|every|each) (?:nights?|evenings?|days?|weekends?)\\b|"
            + "\\buntil late\\b|\\b(?:often|always|regularly|usually)\\b", Pattern.CASE_INSENSITIVE);

    /** A visit that did not get in: "There was no answer", "nobody was home", "could not gain access". */
    private static final Pattern NO_ACCESS = Pattern.compile("\\bno (?:answer|reply) (?:at|from|when)\\b|there was no (?:answer|reply)\\b|"
            + "\\b(?:nobody|no one|no-one) (?:was )?(?:at home|home|in|answered)\\b|(?:could not|couldn't|unable to|did not|didn't) "
            + "(?:gain|get) access\\b|no access to the (?:home|house|flat|property)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEWS_SECTION = Pattern.compile("\\bviews?\\b|\\bvoice|wishes|feelings|what .* said|"
            + "in (his|her|their) (own )?words|direct work", Pattern.CASE_INSENSITIVE);

    private final Rule rule;

    public ChildVoiceCheck() {
        this.rule = new Rule(RULE_ID, Category.CHILD_VOICE, Severity.WARNING,
                "The note does not record what the child said, felt or wanted, or why that could not be recorded.",
                Category.CHILD_VOICE.standards(),
                List.of("I visited Mum at home. The flat was tidy and there was food in the fridge. We discussed the plan."),
                List.of("I visited Jayden at home. Jayden told me he likes his new school and wants to join the football club."));
    }

    @Override public Rule rule() { return rule; }
    @Override public Set<Layer> requires() { return Set.of(Layer.LEMMA, Layer.QUOTES, Layer.SECTIONS); }

    @Override
    public List<Finding> check(Document doc) {
        // a sentence or two is an extract, not a record of work with the child: too little to judge
        if (doc.tokens().size() < 15 || doc.sentences().size() < 3) return List.of();
        Set<String> names = subjectNames(doc);
        boolean observable = observationCounts(doc);
        String pronoun = subjectPronoun(doc, names);
        if (hasVoice(doc, names, pronoun, observable)) return List.of();
        if (NO_ACCESS.matcher(doc.normalized()).find()) return List.of(); // the visit did not happen: that is the reason
        for (Sentence s : doc.sentences()) {
            String text = doc.normalized().substring(s.start(), s.end());
            java.util.regex.Matcher where = WHERE_CHILD_WAS.matcher(text);
            while (where.find()) {
                // "Tyler is out until late most nights": a habit, not where he was when the writer came
                if (childIsSubject(s, s.start() + where.start(), names, pronoun) && !INCIDENT_TIME.matcher(text).find()
                        && !HABITUALLY.matcher(text).find()) return List.of();
            }
            if (REASON.matcher(text).find() && aboutChild(s, names, pronoun) && (names.isEmpty() || !onlyByPronoun(doc, s, names))) return List.of();
        }
        // a guessed subject may be wrong, and a message naming the wrong person misleads: "the child" is always right
        String who = names.isEmpty() || doc.subjectGuessed() ? "the child" : displayName(doc);
        String add = observable
                ? "Add what you observed of " + who + ": how they responded, played, settled, or what they showed you."
                : "Add what " + who + " said, felt or wanted, in their own words where you can, or say why you could not find out.";
        return List.of(Finding.note(RULE_ID, Category.CHILD_VOICE,
                "The note does not record " + who + "'s views, wishes or feelings. " + add,
                List.of(), rule.severity(), rule.standards()));
    }

    private static String displayName(Document doc) {
        String n = doc.note().subject().name().strip();
        int sp = n.indexOf(' ');
        return sp > 0 ? n.substring(0, sp) : n;
    }

    private static Set<String> subjectNames(Document doc) {
        Set<String> s = new HashSet<>();
        Note n = doc.note();
        if (n.subject() != null && n.subject().name() != null) {
            String first = n.subject().name().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
            if (first.length() > 1) s.add(first);
            int dash = first.indexOf('-');
            if (dash > 1) s.add(first.substring(0, dash)); // "Lily - Mae": the tokenizer still splits some at the hyphen
            s.addAll(Words.nicknames(doc)); // "Oliver (Ollie) Brennan"
            // a short form used in the note: "Nate" for Nathaniel, "Alex" for Alexander
            Set<String> family = new HashSet<>();
            for (String f : n.family()) for (String part : f.toLowerCase(Locale.ROOT).split("[\\s-]+")) family.add(part);
            if (first.length() >= 4) {
                for (Token t : doc.tokens()) {
                    String l = stripPossessive(t.lower());
                    if (t.posIs("PROPN") && l.length() >= 3 && l.length() < first.length() && first.startsWith(l.substring(0, 3))
                            && !family.contains(l) && Character.isUpperCase(t.text().charAt(0))
                            && !Words.CALENDAR.contains(l)) s.add(l);
                }
            }
        }
        return s;
    }

    /** Babies and children who do not speak: observations of them are their voice. */
    private static boolean observationCounts(Document doc) {
        Note n = doc.note();
        if (n.subject() != null && n.subject().age() != null && n.subject().age() <= 2) return true;
        return NON_VERBAL.matcher(doc.normalized()).find();
    }

    /** Does the sentence speak of the child: their name, their pronoun, or "child", "baby", "young person"? */
    private static final Set<String> CHILD_NOUNS = Words.set("child", "baby", "children");
    /** "did not know Kai was out": what someone knew, not where the child was. */
    private static final Set<String> KNOWING = Words.set("know", "realise", "realize", "notice", "aware");

    /**
     * "Kai was asleep", "Mum said he was at school": the child is named (not as an owner, "Kai's mum") in the
     * clause before where someone was; in "Mum, Tracey Whitfield, was asleep when officers arrived" it is Mum.
     */
    private static boolean childIsSubject(Sentence s, int at, Set<String> names, String pronoun) {
        if (names.isEmpty()) return true;
        for (int k = s.tokens().size() - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (t.start() >= at) continue;
            String l = t.lower();
            if (l.equals(",") || l.equals(";") || l.equals("when") || l.equals("because") || l.equals("but")) return false;
            if ((names.contains(l) || l.equals(pronoun) || CHILD_NOUNS.contains(l))
                    && !(s.near(t, 1) != null && s.near(t, 1).lower().equals("'s"))) {
                Token before = s.near(t, -1); // "did not know Kai was out": what someone knew, not where Kai was
                return before == null || !KNOWING.contains(before.lemmaOrLower());
            }
        }
        return false;
    }

    /** "Baby subject to a plan, ICPC held in March", "when Mum held him": the verb right after someone else is theirs. */
    private static boolean otherSubject(Token before, Set<String> names, String pronoun) {
        if (before == null || !(before.posIs("NOUN") || before.posIs("PROPN") || before.posIs("PRON"))) return false;
        String l = stripPossessive(before.lower());
        return !names.contains(l) && !l.equals(pronoun) && !CHILD_WORDS.contains(l);
    }

    /** "Harper (6 weeks) brought in by parents": a passive with its agent, done to the child, not by them. */
    private static boolean agentFollows(Sentence s, int k) {
        Token v = s.token(k);
        if (v.lower().equals(v.lemma())) return false; // a base or present form: "bring", "brings"
        // "brought in by parents", "brought to A&E by parents": the agent after a place it was done to them in
        for (int j = k + 1; j <= k + 4 && s.token(j) != null; j++) {
            Token t = s.token(j);
            if (t.lower().equals("by")) return true;
            if (t.posIs("PUNCT") || t.posIs("PRON") || t.posIs("AUX") || t.posIs("CCONJ")) return false;
        }
        return false;
    }

    private static final Set<String> VIEW_WORDS = Words.set("view", "views", "wish", "wishes", "words", "feelings", "voice");

    /** "Mason's views were not sought", "... were not included": the words after say the views are missing. */
    private static boolean gapStated(Sentence s, int from) {
        for (int k = from; k < s.tokens().size() && k < from + 5; k++) {
            Token t = s.token(k);
            Token nx = s.token(k + 1);
            // "Poppy's wishes and feelings were not gathered": the pair names one thing
            if (t.posIs("CCONJ") && k == from && nx != null && VIEW_WORDS.contains(nx.lower())) continue;
            if (t.text().equals(":") || t.text().equals(",") || t.posIs("CCONJ")) return false;
            if (t.lower().equals("not") || t.lower().endsWith("n't") || t.lower().equals("unknown")) return true;
            // "Nadia's views to be gathered at the visit", "must be sought before the conference": still to get
            if (STILL_TO.contains(t.lower()) && nx != null && nx.lower().equals("be") && s.token(k + 2) != null
                    && GETTING.contains(s.token(k + 2).lemmaOrLower())) return true;
        }
        return false;
    }

    private static final Set<String> STILL_TO = Words.set("to", "must", "should", "will", "shall");

    /** Someone of the child's, named after the child's name: "Leon's mother", "Kai's carer", "Ava's teacher". */
    private static final Set<String> THEIR_PEOPLE = Words.set("carer", "carers", "parent", "parents", "teacher", "worker",
            "social", "school", "family", "keyworker", "nurse", "partner");

    /**
     * Does the sentence speak of the child (the reason it gives is theirs)? "Leon's mother was unable to attend because
     * of work" speaks of his mother: the child's name as the owner of a family member or carer does not count.
     */
    private static boolean aboutChild(Sentence s, Set<String> names, String pronoun) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            String l = stripPossessive(t.lower());
            Token owned = t.lower().endsWith("'s") ? s.token(i + 1)
                    : s.token(i + 1) != null && s.token(i + 1).lower().equals("'s") ? s.token(i + 2) : null;
            if (owned != null && names.contains(l) && (Words.sexOf(owned.lower()) != null || THEIR_PEOPLE.contains(owned.lower()))) continue;
            if (names.contains(l) || l.equals(pronoun) || Words.set("child", "children", "baby", "views", "child's",
                    "children's", "yp", "toddler", "infant").contains(l)) return true;
            if (l.equals("young") && s.near(t, 1) != null) return true;
        }
        return names.isEmpty();
    }

    /**
     * The child's pronoun, learnt from the note: he or she, whichever follows mentions of the child's name more
     * often; null when the note does not say.
     */
    static String subjectPronoun(Document doc, Set<String> names) {
        if (names.isEmpty()) return null;
        String same = countPronouns(doc, names, true);
        if (same != null) return same;
        String near = countPronouns(doc, names, false);
        return near != null ? near : sentenceOpeners(doc, names);
    }

    /**
     * The pronoun that opens a sentence after a sentence whose first person named is the child ("Reece has lived
     * with Linda and Steve for three years. He told me ..."): the preferred reading of a sentence-initial pronoun
     * is the previous sentence's subject.
     */
    private static String sentenceOpeners(Document doc, Set<String> names) {
        int he = 0;
        int she = 0;
        Sentence before = null;
        for (Sentence s : doc.sentences()) {
            if (before != null && !before.isHeading() && !s.tokens().isEmpty() && firstPersonIsChild(doc, before, names)) {
                String l = s.tokens().get(0).lower();
                if (l.equals("he")) he++;
                if (l.equals("she")) she++;
            }
            before = s;
        }
        if (he == she) return null;
        return he > she ? "he" : "she";
    }

    private static boolean firstPersonIsChild(Document doc, Sentence s, Set<String> names) {
        // "She said Ben came home ...": the subject is the pronoun, whoever it stands for
        if (!s.tokens().isEmpty() && THIRD_PERSON.contains(s.tokens().get(0).lower())) return false;
        for (Token t : s.tokens()) {
            Boolean who = personIn(doc, s, t, names);
            if (who != null) return who;
        }
        return false;
    }

    /** As {@link #person}, but "Ryan's mum" is the mum, not Ryan. */
    private static Boolean personIn(Document doc, Sentence s, Token t, Set<String> names) {
        if (doc.quoteAt(t.start()) != null) return null; // "it's me and Mummy": a name inside a quotation is not an antecedent
        Boolean who = person(t, names);
        // "Emma's ED has relapsed since Harry was born, per her dietitian": a first name from the family list is a
        // parent, carer or sibling, whoever the tagger takes it for
        if (who == null && familyFirstName(doc, stripPossessive(t.lower()), names)) return Boolean.FALSE;
        if (Boolean.FALSE.equals(who) && restOfChildsName(s, t, names)) return Boolean.TRUE;
        if (Boolean.TRUE.equals(who) && t.lower().endsWith("'s")) {
            Token nx = s.near(t, 1);
            if (nx != null && ADULTS.contains(nx.lower())) return Boolean.FALSE;
        }
        return who;
    }

    /** Is another person (a name, "Nan", "the teacher") named before this mention of the child in its sentence? */
    private static boolean someoneElseFirst(Document doc, Token at, Set<String> names) {
        Sentence s = doc.sentenceAt(at.start());
        if (s == null) return false;
        for (Token t : s.tokens()) {
            if (t.start() >= at.start()) return false;
            if (Boolean.FALSE.equals(personIn(doc, s, t, names))) return true;
        }
        return false;
    }

    private static boolean familyFirstName(Document doc, String word, Set<String> names) {
        if (names.contains(word) || word.length() < 2) return false;
        return doc.memo("ChildVoiceCheck.familyFirstNames", ChildVoiceCheck::familyFirstNames).contains(word);
    }

    /** The first names in the note's {@code family} list, lower-cased, worked out once per note. */
    private static Set<String> familyFirstNames(Document doc) {
        Set<String> out = new HashSet<>();
        for (String f : doc.note().family()) out.add(f.strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
        return out;
    }

    /** "her coat", "his new school": a pronoun before a noun (or its adjective or number) is possessive. */
    private static boolean beforeNoun(Token next) {
        return next != null && (next.posIs("NOUN") || next.posIs("ADJ") || next.posIs("NUM"));
    }

    /** "Mae" of "Lily-Mae", "Porter" of "Lily-Mae Porter": a name straight after the child's own. */
    private static boolean restOfChildsName(Sentence s, Token t, Set<String> names) {
        int i = s.position(t);
        Token before = s.token(i - 1);
        if (before != null && before.text().equals("-")) before = s.token(i - 2);
        return before != null && !before.lower().endsWith("'s") && names.contains(stripPossessive(before.lower()));
    }

    private static String countPronouns(Document doc, Set<String> names, boolean sameSentence) {
        int he = 0;
        int she = 0;
        List<Token> toks = doc.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (!names.contains(stripPossessive(toks.get(i).lower()))) continue;
            // "Nan has said she can no longer have Dylan because of her health": the child is not the subject
            // here, and the pronouns after the name are the subject's
            if (someoneElseFirst(doc, toks.get(i), names)) continue;
            for (int k = i + 1; k < Math.min(toks.size(), i + 40); k++) {
                String l = toks.get(k).lower();
                if (sameSentence && (l.equals(".") || l.equals("?") || l.equals("!"))) break; // the next sentence may be about someone else
                // another person's name ends the search; an acronym ("Reece's PEP shows he ...") does not
                if (toks.get(k).posIs("PROPN") && !names.contains(stripPossessive(l)) && !Words.isAllCaps(toks.get(k).text())) break;
                if (ADULTS.contains(stripPossessive(l))) break; // "Ryan's mum ... she": the pronoun is the mum's
                // subject "he"/"she" and possessive "his"/"her + noun" say who the child is; "ran to her" is
                // someone else (the mum the child ran to)
                boolean possessive = beforeNoun(k + 1 < toks.size() ? toks.get(k + 1) : null);
                if (l.equals("he") || (l.equals("his") && possessive)) { he++; break; }
                if (l.equals("she") || (l.equals("her") && possessive)) { she++; break; }
                if (l.equals("him") || l.equals("her")) break;
            }
        }
        if (he == she) return null;
        return he > she ? "he" : "she";
    }

    private static boolean hasVoice(Document doc, Set<String> names, String pronoun, boolean observable) {
        boolean knowSubject = !names.isEmpty();
        Integer age = doc.note().subject() == null ? null : doc.note().subject().age();
        boolean baby = age != null && age <= 2;
        for (Quote q : doc.quotes()) {
            if (q.end() - q.start() < 4) continue;
            if (knowSubject && saidByChild(doc, q, names, pronoun)) return true;
            if (q.speaker() == null) {
                if (!knowSubject) return true;
                continue;
            }
            String sp = q.speaker().toLowerCase(Locale.ROOT);
            if (names.contains(sp) || sp.equals("pt") || (!knowSubject && !sp.equals("mum") && !sp.equals("dad"))) return true;
            if (sp.equals("he") || sp.equals("she")) {
                Token at = speakerToken(doc, q, sp);
                if (at != null && childPronoun(doc, at, names, pronoun)) return true;
            }
        }
        for (Sentence s : doc.sentences()) {
            if (s.isHeading()) continue;
            if (s.section() != null && childsViewsSection(s.section(), names) && s.tokens().size() > 3
                    && !s.text().toLowerCase(Locale.ROOT).contains("not seen")) return true;
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                String w = stripPossessive(t.lower());
                // "Pt said ...": a clinical record's patient is its subject; "Baby settled ...": so is a baby subject
                if (knowSubject && baby && w.equals("baby") && babyActs(s, i)) return true;
                boolean subj = knowSubject ? names.contains(w) || w.equals("pt")
                        : t.posIs("PROPN") && !t.lower().equals("mum") && !t.lower().equals("dad");
                boolean byPronoun = childPronoun(doc, t, names, pronoun);
                if (!subj && !byPronoun) continue;
                if (t.lower().endsWith("'s")) {
                    // "Jayden's views", "Jayden's wishes and feelings are..."; not "I should record Tyler's views"
                    Token nx = s.token(i + 1);
                    if (nx != null && VIEW_WORDS.contains(nx.lower())
                            && !gapStated(s, i + 2) && !viewsToGet(s, i)) return true;
                    continue;
                }
                // "Lisa will visit to see Kai and talk about ...", "talking to Oscar about daddy": the child is the object,
                // and the verbs after are someone else's, unless "who" makes the child their subject
                if (objectOfVerb(s, i) && !whoFollows(s, i)) continue;
                for (int k = i + 1; k < Math.min(toks.size(), i + (observable ? 14 : 5)); k++) {
                    Token v = toks.get(k);
                    String lemma = v.lemmaOrLower();
                    // a new clause or someone's quoted words: what follows is not said of the child
                    if (v.text().equals(";") || doc.quoteAt(v.start()) != null) break;
                    if (!(v.posIs("VERB") || v.posIs("AUX") || v.posIs("NOUN"))) continue;
                    // a noun is the child's word only as the tagger's misreading of the verb right after the name
                    // ("Jayden says"); not "on report", "Snapchat messages", "her call time"
                    if (v.posIs("NOUN") && k > i + 1) continue;
                    // "described as withdrawn", "looked after child": a description or a status, not what the child did
                    Token nx = s.token(k + 1);
                    if (nx != null && (nx.lower().equals("as") || (lemma.equals("look") && nx.lower().equals("after")))) break;
                    if (VOICE_VERBS.contains(lemma)) {
                        if (Attribution.passiveAt(s, k) && !lemma.equals("ask")) break;
                        // "Kyra reported missing", "reported absent": a log's shorthand for "was reported", not her report
                        if (lemma.equals("report") && nx != null && REPORTED_AS.contains(nx.lower())) break;
                        if (!saysSomething(s, k, lemma)) break;
                        return true;
                    }
                    Token to = s.token(k - 1);
                    boolean infinitive = to != null && to.lower().equals("to"); // "Mum wants Zara to go to her friend"
                    if (observable && v.posIs("VERB") && OBSERVED_VERBS.contains(lemma) && !Attribution.passiveAt(s, k) && !infinitive
                            && !agentFollows(s, k) && !otherSubject(to, names, pronoun)) return true;
                    if (v.posIs("VERB") && !v.posIs("AUX") && !observable) {
                        // "he came down saying he could not sleep", "ran in asking for his mum": what the child said as
                        // they did something
                        if (sayingAfter(s, k)) return true;
                        break;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> REPORTED_AS = Words.set("missing", "absent", "lost", "as");

    private static final Set<String> ANY_BABY = Words.set("a", "another", "any", "other", "no");

    private static final Set<String> GETTING = Words.set("record", "get", "gather", "seek", "obtain", "ascertain", "capture",
            "hear", "include", "find", "ensure", "explore");

    /** "I should record Tyler's views", "asked me to get Ashton's views": views still to be gathered, not recorded. */
    private static boolean viewsToGet(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            Token t = s.token(k);
            if (GETTING.contains(t.lemmaOrLower())) return true;
        }
        return false;
    }

    /**
     * "to see Kai", "talking to Oscar", "visit Kai": the name right after a verb or "to" is its object; not after a
     * verb of saying or seeing, whose clause it opens ("Mr Clark said Leah told her teacher ...", "saw Kai playing").
     */
    private static boolean objectOfVerb(Sentence s, int i) {
        Token before = s.token(i - 1);
        if (before == null) return false;
        if (before.lower().equals("to") || before.lower().equals("with")) return true;
        String lemma = before.lemmaOrLower();
        Token to = s.token(i - 2); // "to see Kai": a visit, not what someone saw Kai do
        boolean perceived = Attribution.PERCEPTION.contains(lemma) && (to == null || !to.lower().equals("to"));
        return before.posIs("VERB") && !Attribution.REPORTING.contains(lemma) && !perceived && !KNOWING.contains(lemma);
    }

    /** "I spoke to Kai, who said ...": the child is the subject of what follows. */
    private static boolean whoFollows(Sentence s, int i) {
        for (int k = i + 1; k <= i + 2 && s.token(k) != null; k++) if (s.token(k).lower().equals("who")) return true;
        return false;
    }

    /** What is done to a baby rather than by them: "Baby taken to gran", "Baby weighed", "Baby not to be discharged". */
    private static final Set<String> DONE_TO = Words.set("take", "bring", "discharge", "admit", "place", "move", "return",
            "remove", "leave", "see", "examine", "weigh", "check", "give", "put", "keep", "transfer", "convey", "find", "be", "have");

    /**
     * "Baby alert, crying, consolable by dad", "On arrival baby pink and settled in mum's arms": in a note about a baby,
     * "baby" names the child, and the first verb after it is what they did; not "baby room", "a baby who cannot roll",
     * or a verb that says what was done to them.
     */
    private static boolean babyActs(Sentence s, int i) {
        Token next = s.token(i + 1);
        if (next == null || next.posIs("PROPN")) return false;
        Token before = s.token(i - 1); // "a neighbour heard a baby crying": any baby, heard by someone else
        if (before != null && ANY_BABY.contains(before.lower())) return false;
        Token after = s.token(i + 2);
        // "the baby room shows ...": "baby" qualifies the noun that is the subject
        if (next.posIs("NOUN") && !next.lower().endsWith("ing") && after != null && (after.posIs("VERB") || after.posIs("AUX"))) return false;
        for (int k = i + 1; k < Math.min(s.tokens().size(), i + 6); k++) {
            Token v = s.token(k);
            // the tagger reads shorthand ("Baby crying when I arrived") as a noun
            boolean ing = v.posIs("NOUN") && v.lower().endsWith("ing") && v.lower().length() > 5;
            if (!v.posIs("VERB") && !v.posIs("AUX") && !ing) continue;
            String lemma = ing ? observedStem(v.lower()) : v.lemmaOrLower();
            Token to = s.token(k - 1); // "Plan is for baby to go to foster carers": a plan, not what the baby did
            return !v.posIs("AUX") && OBSERVED_VERBS.contains(lemma) && !DONE_TO.contains(lemma) && !Words.negated(s, k, 3)
                    && !to.lower().equals("to") && !Attribution.passiveAt(s, k) && !agentFollows(s, k);
        }
        return false;
    }

    /** "crying" to "cry", "smiling" to "smile", "sitting" to "sit": the observed verb an -ing word comes from, or the word. */
    private static String observedStem(String w) {
        String base = w.substring(0, w.length() - 3);
        if (OBSERVED_VERBS.contains(base)) return base;
        if (OBSERVED_VERBS.contains(base + "e")) return base + "e";
        if (base.length() > 2 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                && OBSERVED_VERBS.contains(base.substring(0, base.length() - 1))) return base.substring(0, base.length() - 1);
        return w;
    }

    /** Words that are voice only with what was said: "shouted that ...", not "shouted at Dean"; "placed a card", not "placed in isolation". */
    private static final Set<String> LOUD = Words.set("shout", "scream", "yell");
    private static final Set<String> PUT = Words.set("place", "put");

    /** Verbs of telling that, negated, say the child did not speak ("would not tell him where she had been"). */
    private static final Set<String> TELLING = Words.set("say", "tell", "explain", "share", "describe", "disclose", "talk",
            "speak", "answer", "reply", "mention");

    /** What a child shares that is theirs to tell: "shared that ...", "shared her worries"; not "shares a room with mum". */
    private static final Set<String> SHARED_WORDS = Words.set("views", "feelings", "worries", "wishes", "thoughts", "story",
            "news", "fears", "concerns", "ideas", "experience", "experiences");
    /** Words that open what was shared: "shared that ...", "shared how ...". */
    private static final Set<String> SHARE_OPENERS = Words.set("that", "how", "what", "why", "when", ":");
    private static final Set<String> MAYBE = Words.set("will", "might", "may", "could", "won't", "wo", "'ll");
    /** Adverbs that make what follows the writer's inference about the child: "clearly wants", "obviously doesn't like". */
    private static final Set<String> INFERENCE = Words.set("clearly", "obviously", "evidently", "probably", "apparently",
            "presumably", "undoubtedly", "seemingly", "likely");

    private static final Set<String> SAYING = Words.set("saying", "asking", "telling", "explaining", "shouting", "crying");

    /**
     * A participle of saying a few words after the verb at {@code k}, with something said after it: "came down saying he
     * could not sleep", "ran in asking for mum", "went off shouting that it was not fair"; not "was seen crying".
     */
    private static boolean sayingAfter(Sentence s, int k) {
        for (int j = k + 1; j < s.tokens().size() && j <= k + 4; j++) {
            Token t = s.token(j);
            if (SAYING.contains(t.lower())) {
                Token nx = s.token(j + 1);
                if (nx == null) return false;
                if (t.lower().equals("shouting") || t.lower().equals("crying")) return nx.lower().equals("that") || Words.isQuoteMark(nx.text());
                return !nx.text().equals(".");
            }
            if (t.posIs("VERB") || t.posIs("AUX") || t.text().equals(",") || t.text().equals(";")) return false;
        }
        return false;
    }

    /** The sex of the child's given name when it is almost always one sex's (first-names.json), worked out once per note. */
    private static java.util.Optional<Character> childsSex(Document doc) {
        Note.Subject subject = doc.note().subject();
        if (subject == null || subject.name() == null || subject.name().isBlank()) return java.util.Optional.empty();
        return java.util.Optional.ofNullable(org.caselint.lexicon.FirstNames.sexOf(subject.name().strip().split("\\s+")[0]));
    }

    /** "May" of "Ellie-May", "Will" of "Mary-Will": a capitalised word joined by a hyphen to the word before it. */
    private static boolean partOfName(Sentence s, int i) {
        Token t = s.token(i);
        Token dash = s.token(i - 1);
        return t != null && Character.isUpperCase(t.text().charAt(0)) && dash != null && dash.text().equals("-");
    }

    private static boolean saysSomething(Sentence s, int k, String lemma) {
        Token nx = s.token(k + 1);
        Token before = s.token(k - 1);
        if (TELLING.contains(lemma) && Words.negated(s, k, 3)) return false;
        // "Pat doubts Demi will agree": a guess at what the child might say, not what they said
        // (not "Ellie-May told me": the end of a hyphenated name, not the modal "may")
        if (before != null && MAYBE.contains(before.lower()) && !partOfName(s, k - 1)) return false;
        // "arrange a visit to Amira and mum, request PNC printout": the writer's next action, not the child's
        if (before != null && before.text().equals(",") && s.token(k).lower().equals(lemma)) return false;
        // "Mason clearly wants more time at home", "obviously doesn't want to be here": the writer's inference, not the child's word
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            Token b = s.token(j);
            if (INFERENCE.contains(b.lower())) return false;
            if (!(b.posIs("AUX") || b.posIs("PART") || b.posIs("ADV"))) break;
        }
        // "Ava admitted Fri with bronchiolitis", "admitted to the ward": taken into hospital, not owning up to something
        if (lemma.equals("admit")) {
            if (nx == null) return false;
            Token n2 = s.token(k + 2);
            return nx.lower().equals("that") || nx.posIs("PRON") || nx.posIs("VERB") || nx.text().equals(":") || Words.isQuoteMark(nx.text())
                    || (nx.lower().equals("to") && n2 != null && n2.posIs("VERB"));
        }
        // "a boy called Callum": naming someone
        if (lemma.equals("call") && nx != null && Character.isUpperCase(nx.text().charAt(0))) return false;
        if (lemma.equals("share")) {
            if (nx == null) return false;
            Token n2 = s.token(k + 2);
            return SHARE_OPENERS.contains(nx.lower())
                    || (n2 != null && SHARED_WORDS.contains(n2.lower())) || SHARED_WORDS.contains(nx.lower());
        }
        if (LOUD.contains(lemma)) return nx != null && (nx.lower().equals("that") || nx.text().equals(":"));
        // "placed a card on the sad face", "put the happy face": an object; not "puts herself at risk", "placed since March"
        if (PUT.contains(lemma)) return nx != null && (nx.posIs("DET") || nx.posIs("NOUN") || nx.posIs("NUM") || nx.posIs("ADJ")
                || (nx.posIs("PRON") && !nx.lower().endsWith("self") && !nx.lower().endsWith("selves")));
        return true;
    }

    private static final Pattern ADULT_SECTION = Pattern.compile("\\b(?:mum|mother|dad|father|parents?|carers?|tm|manager|"
            + "worker|professionals?|school|police|my|social worker|family|agency|agencies|nan|gran|grandparents?)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Jayden's views", "Voice of the child", "Wishes and feelings": not "TM view", "Mum's views", "Professional views". */
    private static boolean childsViewsSection(String section, Set<String> names) {
        if (!VIEWS_SECTION.matcher(section).find()) return false;
        String l = section.toLowerCase(Locale.ROOT);
        for (String n : names) if (l.contains(n)) return true;
        if (l.contains("child") || l.contains("young person") || l.contains("yp")) return true;
        return !ADULT_SECTION.matcher(section).find();
    }

    private static final Set<String> ADULTS = Words.set("mum", "mother", "dad", "father", "carer", "carers", "nan",
            "nana", "grandmother", "grandma", "grandad", "grandfather", "teacher", "worker", "partner", "boyfriend",
            "girlfriend", "aunt", "auntie", "uncle", "stepdad", "stepmum", "mummy", "daddy", "parent", "parents",
            "officer", "nurse", "doctor", "visitor", "manager", "registrar", "midwife", "landlord", "neighbour");

    /**
     * Is the person this pronoun most likely stands for the child? The last person named before it in the same
     * sentence; failing that, the first person named in the sentence before (its subject: "Reece has lived with
     * Linda and Steve for three years. He told me ..." is Reece); failing that, yes.
     */
    private static boolean lastPersonIsChild(Document doc, Token at, Set<String> names) {
        if (names.isEmpty()) return true;
        return !Boolean.FALSE.equals(resolve(doc, at, names));
    }

    /**
     * "Mrs Heaney said Jodie was crying and had told her, "Nobody likes me"": the verb of saying just before the
     * quotation, and the person named before that verb, is the child.
     */
    private static boolean saidByChild(Document doc, Quote q, Set<String> names, String pronoun) {
        Sentence s = doc.sentenceAt(q.start());
        if (s == null) return false;
        List<Token> toks = s.tokens();
        int verb = -1;
        for (int i = toks.size() - 1; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.start() >= q.start()) continue;
            if (verb < 0) {
                String lemma = t.lemmaOrLower();
                if ((t.posIs("VERB") || t.posIs("AUX")) && VOICE_VERBS.contains(lemma)) verb = i;
                else if (q.start() - t.end() > 25) return false; // the verb must introduce the quotation
                continue;
            }
            if ((t.lower().equals("he") || t.lower().equals("she")) && clauseSubject(s, i)) {
                // "... for Lily-Mae: she clung to Kerry's leg and said": the pronoun is the speaker
                if (pronoun != null && !pronoun.equals(t.lower())) return false;
                Boolean who = resolve(doc, t, names);
                if (who != null) return who;
                continue;
            }
            if (notSubject(s, i)) continue; // "Lily clung to Kerry's leg and said ...": Lily speaks, not Kerry
            if (person(t, names) != null && restOfChildsName(s, t, names)) continue; // judged at its first part
            Boolean who = personIn(doc, s, t, names);
            if (who != null) return who;
        }
        return false;
    }

    /** A possessive ("Kerry's leg") or the object of a preposition ("ran to Kerry"). */
    private static boolean notSubject(Sentence s, int i) {
        Token t = s.tokens().get(i);
        if (t.lower().endsWith("'s")) return true;
        Token before = i > 0 ? s.tokens().get(i - 1) : null;
        return before != null && before.posIs("ADP");
    }

    /** A pronoun that opens a clause: at the start, or after punctuation or "and"/"but". */
    private static boolean clauseSubject(Sentence s, int i) {
        Token before = i > 0 ? s.tokens().get(i - 1) : null;
        return before == null || before.posIs("PUNCT") || before.posIs("CCONJ");
    }

    /** The speaker's pronoun next to a quotation: the last one before it in its sentence, else the first after it. */
    private static Token speakerToken(Document doc, Quote q, String sp) {
        Sentence s = doc.sentenceAt(q.start());
        if (s == null) return null;
        Token found = null;
        for (Token t : s.tokens()) {
            if (!t.lower().equals(sp)) continue;
            if (t.start() < q.start()) found = t;
            else if (found == null && t.start() >= q.end()) return t;
        }
        return found;
    }

    /** Who a pronoun at this token stands for: TRUE the child, FALSE someone else, null when the text does not say. */
    private static Boolean resolve(Document doc, Token at, Set<String> names) {
        return resolve(doc, at, names, 3);
    }

    private static Boolean resolve(Document doc, Token at, Set<String> names, int depth) {
        Sentence here = doc.sentenceAt(at.start());
        if (here == null) return null;
        Boolean inSentence = null;
        Boolean owner = null; // "the nurse raised Tyreese's weight: she ...": an owner only when no one else is named
        String object = at.lower().equals("he") ? "him" : at.lower().equals("she") ? "her" : null;
        boolean unknown = false;
        for (Token t : here.tokens()) {
            if (t.start() >= at.start()) break;
            // "Sam and I offered him the trampoline but he didn't want it": "him" is not Sam, and "he" is "him"
            if (Boolean.FALSE.equals(inSentence) && t.lower().equals(object) && !beforeNoun(here.near(t, 1))) {
                inSentence = null;
                unknown = true;
            }
            Boolean who = personIn(doc, here, t, names);
            if (who == null || (Boolean.FALSE.equals(who) && otherSex(doc, t, at))) continue;
            if (Boolean.TRUE.equals(who) && t.lower().endsWith("'s")) owner = who;
            else inSentence = who;
        }
        if (inSentence != null) return inSentence;
        if (owner != null) return owner;
        if (unknown) return null;
        Sentence before = doc.previous(here);
        if (before == null || before.isHeading()) return null;
        Token opener = before.tokens().isEmpty() ? null : before.tokens().get(0);
        if (opener != null && opener.lower().equals(at.lower()) && at.start() == here.tokens().get(0).start()) {
            // "She said Ben came home late. She also said ...": the same pronoun opening two sentences is one person
            return depth > 0 ? resolve(doc, opener, names, depth - 1) : null;
        }
        for (Token t : before.tokens()) {
            Boolean who = personIn(doc, before, t, names);
            // "I saw Rachel change his nappy. He cried ...": Rachel is a woman, so "He" is not her
            if (who == null || (Boolean.FALSE.equals(who) && otherSex(doc, t, at))) continue;
            // "Jodie drove round but couldn't find him. He turned up at 2am": "him" is not Jodie, and "He" is "him"
            if (Boolean.FALSE.equals(who) && object != null) {
                for (Token o : before.tokens()) if (o.start() > t.start() && o.lower().equals(object)) return null;
            }
            return who;
        }
        return null;
    }

    /**
     * A "he" or "she" that stands for the child: the child's pronoun, with the child named shortly before and no one
     * else in between; or, when the note never shows the child's pronoun, a pronoun that the text resolves to the child.
     */
    private static boolean childPronoun(Document doc, Token t, Set<String> names, String pronoun) {
        String l = t.lower();
        if (!l.equals("he") && !l.equals("she")) return false;
        if (names.isEmpty()) return l.equals(pronoun);
        if (!subjectRecentlyNamed(doc, t.start(), names)) return false;
        if (l.equals(pronoun)) return lastPersonIsChild(doc, t, names);
        // a note that never shows the child's pronoun: not "she" for a Harvey
        if (pronoun == null) {
            Character sex = doc.memo("ChildVoiceCheck.childsSex", ChildVoiceCheck::childsSex).orElse(null);
            if (sex != null && sex != (l.equals("he") ? 'm' : 'f')) return false;
        }
        return pronoun == null && Boolean.TRUE.equals(resolve(doc, t, names));
    }

    /**
     * Is the person at {@code t} plainly of the other sex from the pronoun at {@code pronoun}? Known from the word
     * itself ("Mum", "Dad") or from how the note introduces the name: a title ("Mrs Shah") or a relation next to it
     * ("his mother, Rachel Fenwick", "Rachel (mum)", "Dad Craig").
     */
    private static boolean otherSex(Document doc, Token t, Token pronoun) {
        String p = pronoun.lower();
        if (!p.equals("he") && !p.equals("she")) return false;
        String w = stripPossessive(t.lower());
        Character sex = Words.sexOf(w);
        if (sex == null) sex = doc.memo("ChildVoiceCheck.sexes", ChildVoiceCheck::sexes).get(w);
        // failing the note's own words, a given name that is almost always one sex's: "Helen", "Mark"
        if (sex == null && Character.isUpperCase(t.text().charAt(0))) sex = org.caselint.lexicon.FirstNames.sexOf(w);
        return sex != null && sex != (p.equals("he") ? 'm' : 'f');
    }

    /** The names the note introduces with a word that says their sex, lower-cased, to 'f' or 'm' (not both). */
    private static java.util.Map<String, Character> sexes(Document doc) {
        java.util.Map<String, Character> out = new java.util.HashMap<>();
        Set<String> both = new java.util.HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).lower();
                Character sex = Words.sexOf(w);
                if (sex == null) continue;
                // the name just after ("his mother, Rachel", "Mrs Shah", "Dad Craig") or just before in brackets ("Rachel (mum)")
                int k = i + 1;
                if (k < toks.size() && toks.get(k).text().equals(",")) k++;
                Token after = k < toks.size() ? toks.get(k) : null;
                Token before = i >= 2 && toks.get(i - 1).text().equals("(") ? toks.get(i - 2) : null;
                for (Token n : new Token[] {after, before}) {
                    if (n == null || !n.posIs("PROPN") || !Character.isUpperCase(n.text().charAt(0))) continue;
                    String name = stripPossessive(n.lower());
                    Character had = out.putIfAbsent(name, sex);
                    if (had != null && !had.equals(sex)) both.add(name);
                }
            }
        }
        for (String n : both) out.remove(n);
        return out;
    }

    /** TRUE for the child's name, FALSE for another person (a name, "mum", "the teacher"), null for neither. */
    private static Boolean person(Token t, Set<String> names) {
        String l = stripPossessive(t.lower());
        if (names.contains(l)) return Boolean.TRUE;
        if (ADULTS.contains(l) && !t.lower().endsWith("'s")) return Boolean.FALSE; // "Mum", tagged a name or not
        if (t.posIs("PROPN") && Character.isUpperCase(t.text().charAt(0)) && !Words.isAllCaps(t.text())
                && !Words.CALENDAR.contains(l) && ("PERSON".equals(t.ner()) || !t.lower().endsWith("'s"))) {
            return "PERSON".equals(t.ner()) ? Boolean.FALSE : null;
        }
        if (ADULTS.contains(l) && !t.lower().endsWith("'s")) return Boolean.FALSE;
        return null;
    }

    private static final Set<String> CHILD_WORDS = Words.set("child", "children", "baby", "views", "yp", "toddler", "infant", "young");
    private static final Set<String> THIRD_PERSON = Words.set("he", "she", "they", "him", "her", "them");

    /** The sentence speaks of the child only through a pronoun, which may be someone else's. */
    private static boolean onlyByPronoun(Document doc, Sentence s, Set<String> names) {
        for (Token t : s.tokens()) {
            String l = stripPossessive(t.lower());
            if (names.contains(l) || CHILD_WORDS.contains(l)) return false;
        }
        for (Token t : s.tokens()) {
            if (THIRD_PERSON.contains(t.lower())) return !lastPersonIsChild(doc, t, names);
        }
        return false;
    }

    /** A token as a name: without a possessive, and without the hyphen the tokenizer leaves on "Ava-" of "Ava-Rose". */
    private static String stripPossessive(String w) {
        String x = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
        return x.length() > 2 && x.endsWith("-") ? x.substring(0, x.length() - 1) : x;
    }

    /** Was the subject named within the 800 characters before this offset? */
    private static boolean subjectRecentlyNamed(Document doc, int offset, Set<String> names) {
        if (names.isEmpty()) return true;
        String before = doc.normalized().substring(Math.max(0, offset - 800), offset).toLowerCase(Locale.ROOT);
        for (String n : names) if (before.contains(n)) return true;
        return false;
    }
}
