package org.caselint.check;

import java.util.List;
import java.util.Set;
import org.caselint.model.Sentence;
import org.caselint.model.Token;

/**
 * Who a sentence's information or opinion belongs to. Shared by the missing-source and fact-opinion checks:
 * a named source ("Mum told me", "Mrs Ahmed reported", "the police log records", "according to the school"),
 * the writer's own perception ("I saw", "I heard"), or an owned opinion ("In my view", "I think").
 */
final class Attribution {
    private Attribution() { }

    static final Set<String> REPORTING = Words.set("tell", "say", "report", "explain", "confirm", "disclose", "state",
            "inform", "describe", "share", "mention", "advise", "record", "write", "note", "add", "admit", "deny",
            "allege", "claim", "express", "raise", "text", "email", "e-mail", "complain", "recall", "remember",
            "acknowledge", "accept", "recount", "show", "indicate", "refer", "phone", "ring", "call", "ask",
            "agree", "feel", "think", "believe", "worry", "disclose", "reply", "answer", "insist", "suggest",
            "update", "document", "list", "detail", "mention", "highlight", "feedback", "clarify");
    static final Set<String> PERCEPTION = Words.set("see", "hear", "observe", "notice", "smell", "watch", "witness",
            "find", "count", "check");
    /** Subjects that do not identify anyone. */
    static final Set<String> VAGUE = Words.set("it", "neighbour", "neighbours", "people", "someone", "somebody",
            "everyone", "everybody", "others", "they", "rumour", "word", "there", "anyone", "concern", "concerns",
            "professional", "professionals", "agencies", "this", "that", "information", "intelligence", "which");
    static final Set<String> BE = Words.set("be", "is", "was", "were", "are", "been", "being", "'s", "am");
    static final Set<String> RECORDS = Words.set("record", "records", "log", "logs", "referral", "report", "chronology",
            "minutes", "letter", "email", "e-mail", "file", "assessment", "check", "checks", "notes", "plan",
            "statement", "summary", "history", "form", "message", "text", "screenshot", "result", "results",
            "certificate", "order", "judgment", "judgement", "transcript", "pnc", "survey", "scan", "x-ray", "x-rays", "examination");

    private static final Set<String> DOCUMENT_VERBS = Words.set("states", "records", "shows", "notes", "says",
            "confirms", "describes", "lists", "details", "stated", "recorded", "showed", "noted");

    /** Documents that are themselves a source when the sentence names them. */
    static final Set<String> SOURCE_DOCUMENTS = Words.set("notification", "referral", "log", "register", "minutes",
            "letter", "email", "e-mail", "pnc", "printout", "chronology", "transcript", "screenshot", "statement",
            "record", "records", "report", "check");

    /** "per week", "per cent": a rate, not "according to". */
    private static final Set<String> PER_UNITS = Words.set("cent", "week", "day", "month", "year", "hour", "night", "annum", "se");
    /** Words the tagger may not call prepositions before a gerund: "without telling him". */
    private static final Set<String> GERUND_PREPOSITIONS = Words.set("without", "before", "after", "by", "of", "about",
            "for", "from", "in", "on", "at", "into");
    /** Words that may stand between "was" and a participle: "was last seen", "was also told". */
    private static final Set<String> BEFORE_PARTICIPLE = Words.set("also", "not", "last", "first", "just");

    /**
     * "Police - Kieran has a previous caution for ABH", "CSC: previous CP plan for neglect in 2019", "Mum: says he
     * sleeps well": a line of agency checks or minutes labelled with the agency or person it comes from. Only agencies
     * and people: "Health:" or "Education:" in a review heads a topic, not a source.
     */
    private static final java.util.regex.Pattern SOURCE_LABEL = java.util.regex.Pattern.compile("^\\W*(?:"
            + "Police|CSC|Children's (?:services|social care)|Social care|GP|HV|Health visit(?:or|ing)|Probation|YOT"
            + "|Youth justice|CAMHS|Midwife|Midwifery|Adult (?:services|social care)|EDT|MASH|School nurse|Early help|DWP"
            + "|Mum|Dad|Mother|Father|(?:" + titles() + ") \\p{Lu}\\w+)\\s*[-\u2013\u2014:]\\s+\\S");

    /** {@link Words#TITLES} as a line opens with them: "Mr", "Cllr", and "PC", "DCI" in capitals. */
    private static String titles() {
        return Words.TITLES.stream().sorted()
                .flatMap(t -> java.util.stream.Stream.of(Character.toUpperCase(t.charAt(0)) + t.substring(1),
                        t.toUpperCase(java.util.Locale.ROOT)))
                .distinct().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    }

    /** Does the sentence name where its information comes from, or say the writer saw or heard it? */
    static boolean sourced(Sentence s) {
        return sourcedBefore(s, s.tokens().size());
    }

    /** Is a source named before token {@code end} ("Mum told me that Dad had allegedly...")? */
    static boolean sourcedBefore(Sentence s, int end) {
        if (SOURCE_LABEL.matcher(s.text()).find()) return true;
        for (int i = 0; i < Math.min(end, s.tokens().size()); i++) {
            Token t = s.token(i);
            String lemma = t.lemmaOrLower();
            // "Dave states ...", "YOT worker (Dave) states ...": the tagger takes the verb after a name for another name
            boolean mistagged = (t.posIs("PROPN") || t.posIs("NOUN")) && MISTAGGED_REPORTS.containsKey(t.lower()) && i > 0
                    && (s.token(i - 1).posIs("PROPN") || s.token(i - 1).posIs("NOUN") || s.token(i - 1).text().equals(")"));
            if (mistagged) lemma = MISTAGGED_REPORTS.get(t.lower());
            if (t.lower().equals("according") && next(s, i, "to") && !vagueAfter(s, i + 2)) return true;
            // "unsettled over the weekend per carers", "as per Mum": the note-taker's shorthand for "according to"
            if (t.lower().equals("per") && s.token(i + 1) != null && !s.token(i + 1).posIs("NUM")
                    && !PER_UNITS.contains(s.token(i + 1).lower())
                    && !vagueAfter(s, i + 1)) return true;
            // "the police notification", "the school register"; not "does not reply to school's letters"
            if (t.posIs("NOUN") && SOURCE_DOCUMENTS.contains(lemma) && !documentHandled(s, i) && !unnamedDocument(s, i)) return true;
            if ((t.posIs("VERB") || t.posIs("AUX") || t.posIs("NOUN") || mistagged) && (REPORTING.contains(lemma) || PERCEPTION.contains(lemma))) {
                if (raisedReport(s, i) || calledOut(s, i, lemma) || reducedSeen(s, i) || reducedDescribed(s, i)) continue;
                boolean passive = passiveAt(s, i);
                boolean agent = passive && agentAfter(s, i); // "reported by PC Lowe", "was last seen by Sian at 18:30"
                if (t.posIs("VERB") && agent) return true;
                if (naming(s, i, lemma) || !clauseAfter(s, i, lemma) || sharingThing(s, i, lemma) || gerundAfterPreposition(s, i) || contactingSomeoneElse(s, i, lemma)
                        || seenDoing(s, i)) continue;
                if (t.posIs("NOUN") && s.token(i + 1) != null && s.token(i + 1).text().equals("-")) continue; // "call-outs"
                if (passive) {
                    if (agent) return true;
                    continue;
                }
                if (t.posIs("NOUN") && !mistagged && (!REPORTING.contains(lemma) || unnamedDocument(s, i))) continue; // "has a record"
                if (identifiedSubjectBefore(s, i, PERCEPTION.contains(lemma))) return true;
            }
        }
        return false;
    }

    private static final Set<String> INDEFINITE = Words.set("a", "an", "no", "any", "several", "multiple", "many", "numerous");
    private static final Set<String> COUNTS = Words.set("several", "multiple", "many", "numerous", "repeated", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten");

    /**
     * "He has a criminal record", "a record for violence", "multiple previous referrals": a document with "a" or a
     * count and nobody or nothing said to have written it is something a person has, not a source; "a referral from the school" and "the police log" are.
     */
    private static boolean unnamedDocument(Sentence s, int i) {
        int k = i - 1;
        boolean counted = false; // "multiple previous referrals", "two referrals": a count of them, with no writer
        while (k >= 0 && (s.token(k).posIs("ADJ") || s.token(k).posIs("NOUN") || s.token(k).posIs("NUM"))) {
            if (COUNTS.contains(s.token(k).lower()) || smallNumber(s.token(k).text())) counted = true; // not "2023"
            k--;
        }
        if (!counted && (k < 0 || !INDEFINITE.contains(s.token(k).lower()))) return false;
        for (int j = i + 1; j < Math.min(s.tokens().size(), i + 4); j++) {
            String l = s.token(j).lower();
            if (l.equals("from") || l.equals("by")) return false;
        }
        return true;
    }

    /** "2", "12": a count written in one or two digits, not a year. */
    private static boolean smallNumber(String w) {
        return !w.isEmpty() && w.length() <= 2 && Character.isDigit(w.charAt(0)) && Character.isDigit(w.charAt(w.length() - 1));
    }

    private static final Set<String> HANDLING = Words.set("reply", "respond", "answer", "ignore", "open", "sign",
            "return", "post", "bin", "tear", "throw", "lose", "bother", "forget", "read");

    /** "does not reply to the school's letters", "has not signed the referral": something done with a document, not its word. */
    private static boolean documentHandled(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token t = s.token(k);
            String l = t.lemmaOrLower();
            if (t.posIs("VERB") || t.posIs("AUX")) return HANDLING.contains(l);
        }
        return false;
    }

    /** Participles that report nobody's word when "to be" or "to have" follows: "Mum reported to be drinking". */
    private static final Set<String> RAISING = Words.set("reported", "alleged", "believed", "thought", "rumoured", "suspected",
            "understood");

    /**
     * "Mum reported to be drinking in her flat", "Dad also thought to be using again": a passive report with its
     * "is" left out, which names no one who reported or thought it.
     */
    private static boolean raisedReport(Sentence s, int i) {
        Token to = s.token(i + 1);
        Token verb = s.token(i + 2);
        return RAISING.contains(s.token(i).lower()) && to != null && to.lower().equals("to") && verb != null
                && (verb.lower().equals("be") || verb.lower().equals("have"));
    }

    private static final Set<String> ASKING = Words.set("say", "tell", "ask", "let", "report", "speak", "talk", "check",
            "arrange", "confirm", "explain", "request", "complain", "see", "inform", "discuss", "update", "book", "cancel");

    /**
     * "Police called to the family home", "officers called to Mum's address": called out to a place, not a call
     * to the writer saying something ("Mum called to say ...").
     */
    private static boolean calledOut(Sentence s, int i, String lemma) {
        if (!s.token(i).lower().equals("called") || passiveAt(s, i)) return false;
        Token to = s.token(i + 1);
        Token what = s.token(i + 2);
        if (to == null || !to.lower().equals("to") || what == null) return false;
        String l = what.lemmaOrLower();
        return !ASKING.contains(l) && !what.posIs("VERB") && !what.posIs("AUX") && !what.lower().equals("me")
                && !what.lower().equals("us");
    }

    /** "Mum seen in town with Dad": a reduced passive, Mum is who was seen, not who saw. */
    private static boolean reducedSeen(Sentence s, int i) {
        // not "was seen", "has seen", "could have seen"
        return s.token(i).lower().equals("seen") && !passiveAt(s, i)
                && !verbGroupHas(s, i, t -> HAVE.contains(t.lower()) || t.posIs("AUX"));
    }

    /** What sharing reports: worries, views, news; not a room, a bed or sweets. */
    private static final Set<String> SHARED_WORDS = Words.set("worry", "concern", "view", "feeling", "information",
            "news", "story", "thought", "detail", "experience", "wish", "fear", "memory", "idea", "update", "disclosure",
            "picture", "screenshot", "message", "account", "plan", "hope", "that", "what", "how", "why", "when",
            "where", "who", "with", ":", "\"", "\u201c", "'");

    /**
     * "sharing a room", "shares the house with two men": sharing something with someone, not telling it. Sharing
     * reports only its words: "shared her worries", "shared that ...", "shared with me".
     */
    private static boolean sharingThing(Sentence s, int i, String lemma) {
        if (!lemma.equals("share")) return false;
        for (int k = i + 1; k < s.tokens().size() && k <= i + 4; k++) {
            Token t = s.token(k);
            String l = t.lemmaOrLower();
            if (SHARED_WORDS.contains(t.lower()) || SHARED_WORDS.contains(l)) return false;
            if (t.posIs("NOUN")) return true;
            if (t.posIs("VERB") || t.posIs("PUNCT")) return false;
        }
        return false;
    }

    /** "Kieran described as aggressive and defiant": a reduced passive; Kieran is who was described, not who described. */
    private static boolean reducedDescribed(Sentence s, int i) {
        Token as = s.token(i + 1);
        if (!DESCRIBED.contains(s.token(i).lower()) || as == null || !as.lower().equals("as")) return false;
        // not "was described as", "has described him as", "described as ... by her teacher"
        return !passiveAt(s, i) && !verbGroupHas(s, i, t -> HAVE.contains(t.lower())) && !agentAfter(s, i);
    }

    private static final Set<String> DESCRIBED = Words.set("described", "reported", "portrayed");

    /** "an older lad called Jamal": naming someone, not reporting what they said. */
    private static boolean naming(Sentence s, int i, String lemma) {
        if (!lemma.equals("call") && !lemma.equals("name")) return false;
        Token n = s.token(i + 1);
        return n != null && Character.isUpperCase(n.text().charAt(0));
    }

    /** "a history of complaining", "without telling anyone": a reporting verb as the object of a preposition reports nothing. */
    private static boolean gerundAfterPreposition(Sentence s, int i) {
        Token t = s.token(i);
        Token before = s.token(i - 1);
        return t.lower().endsWith("ing") && before != null && (before.posIs("ADP") || GERUND_PREPOSITIONS.contains(before.lower()));
    }

    /** "has been seen on the ward telling other parents ...": what someone was seen doing, not a report to the writer. */
    private static boolean seenDoing(Sentence s, int i) {
        if (!s.token(i).lower().endsWith("ing")) return false;
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            Token t = s.token(k);
            if (PERCEPTION.contains(t.lemma()) && passiveAt(s, k)) return true;
            if (t.posIs("VERB") || t.posIs("PUNCT")) return false;
        }
        return false;
    }

    private static final Set<String> CONTACT = Words.set("ring", "phone", "call", "text", "email", "e-mail", "message", "ask");
    private static final Set<String> OTHERS = Words.set("him", "her", "them", "each", "his", "their");

    /**
     * "Mum has been ringing her late at night", "asking her friends where she is": contacting or asking someone
     * else is an event, not a report to the writer.
     */
    private static boolean contactingSomeoneElse(Sentence s, int i, String lemma) {
        if (!CONTACT.contains(lemma)) return false;
        Token n = s.token(i + 1);
        return n != null && OTHERS.contains(n.lower());
    }

    /** Verbs that report only when a clause follows ("Mum accepted that..."), not with a plain object ("accepted the support"). */
    private static final Set<String> CLAUSAL = Words.set("accept", "acknowledge");

    /** Verbs that report only what is said back to the writer ("Mum replied that ...", "answered my questions"), not "does not reply to letters". */
    private static final Set<String> REPLIES = Words.set("reply", "answer");
    private static final Set<String> TO_WRITER = Words.set("that", ",", ":", "me", "us", "my", "our", "\"", "'", "\u201c", "\u2018");

    private static boolean clauseAfter(Sentence s, int i, String lemma) {
        if (REPLIES.contains(lemma)) {
            Token n = s.token(i + 1);
            if (n == null) return true; // "..., she replied."
            if (TO_WRITER.contains(n.lower())) return true;
            Token n2 = s.token(i + 2);
            return n.lower().equals("to") && n2 != null && TO_WRITER.contains(n2.lower());
        }
        if (!CLAUSAL.contains(lemma)) return true;
        Token n = s.token(i + 1);
        Token n2 = s.token(i + 2);
        if (n == null) return false;
        return n.lower().equals("that") || (n2 != null && (n2.posIs("VERB") || n2.posIs("AUX")));
    }

    /** "In my view", "I think", "my assessment is", "I am worried that": an opinion the writer owns. */
    static boolean ownedOpinion(Sentence s) {
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.token(i);
            String l = t.lower();
            if ((l.equals("my") || l.equals("our")) && s.token(i + 1) != null) {
                String n = s.token(i + 1).lower();
                String n2 = s.token(i + 2) == null ? "" : s.token(i + 2).lower();
                if (Set.of("view", "opinion", "assessment", "judgement", "judgment", "concern", "worry", "impression",
                        "understanding", "hypothesis", "analysis", "sense", "belief").contains(n)
                        || (n.equals("professional") && !n2.isEmpty())) return true;
            }
            if ((l.equals("i") || l.equals("we")) && s.token(i + 1) != null) {
                Token v = s.token(i + 1);
                Token v2 = s.token(i + 2);
                String lv = v.lemmaOrLower();
                if (Set.of("think", "believe", "feel", "consider", "assess", "judge", "suspect", "wonder", "worry",
                        "fear", "conclude", "hypothesise", "hypothesize", "suggest", "doubt").contains(lv)) return true;
                if (BE.contains(v.lower()) || v.lower().equals("am") || v.lower().equals("'m")) {
                    if (v2 != null && Set.of("worried", "concerned", "of", "unsure", "not").contains(v2.lower())) return true;
                }
            }
            if (l.equals("i'm") && s.token(i + 1) != null && Set.of("worried", "concerned").contains(s.token(i + 1).lower())) return true;
        }
        return false;
    }

    /** Is the verb at i in a passive ("was reported", "has been said")? */
    static boolean passiveAt(Sentence s, int i) {
        return verbGroupHas(s, i, t -> {
            String w = t.lower();
            return BE.contains(w) || w.equals("been") || w.equals("being") || w.equals("get") || w.equals("got");
        });
    }

    private static final Set<String> HAVE = Words.set("have", "has", "had", "'ve");

    /**
     * Does a word within three before token i, over adverbs and "also", "not", "last" ... ("was last seen", "has
     * also described"), satisfy {@code test}? The scan stops at the first other word: the participle's verb group ends there.
     */
    private static boolean verbGroupHas(Sentence s, int i, java.util.function.Predicate<Token> test) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token t = s.token(k);
            if (test.test(t)) return true;
            if (!t.posIs("ADV") && !BEFORE_PARTICIPLE.contains(t.lower())) return false;
        }
        return false;
    }

    /** "reported by PC Lowe", "raised by the school": a by-phrase naming the agent. */
    static boolean agentAfter(Sentence s, int i) {
        // "reported as a missing person by his father": the by-phrase may follow a short complement
        for (int k = i + 1; k < s.tokens().size() && k <= i + 6; k++) {
            Token t = s.token(k);
            if (t.lower().equals("by")) return !vagueAfter(s, k + 1);
            if (t.posIs("VERB") || t.posIs("AUX") || t.posIs("PUNCT") || t.posIs("CCONJ") || t.posIs("SCONJ")) return false;
        }
        return false;
    }

    /**
     * Words before a plural noun that leave the people unnamed: "Other parents have said", "Some staff say", "by various
     * professionals", "according to many neighbours" (not "the other parent", someone in particular).
     */
    private static final Set<String> VAGUE_DETERMINERS = Words.set("other", "some", "various", "several", "many", "unnamed",
            "anonymous", "unknown", "different");

    private static boolean vagueAfter(Sentence s, int k) {
        for (int j = k; j < s.tokens().size() && j <= k + 2; j++) {
            Token t = s.token(j);
            if (t.lower().equals("the") || t.lower().equals("a") || t.lower().equals("some") || t.lower().equals("several")) continue;
            // "by other parents", "by various professionals": nobody in particular; "by the other parent" is someone
            Token n = s.token(j + 1);
            if (VAGUE_DETERMINERS.contains(t.lower()) && n != null && n.posIs("NOUN") && !n.lower().equals(n.lemma())) return true;
            return VAGUE.contains(t.lower()) || VAGUE.contains(t.lemma());
        }
        return true;
    }

    private static boolean next(Sentence s, int i, String w) {
        Token t = s.token(i + 1);
        return t != null && t.lower().equals(w);
    }

    /** Perception that someone other than the writer can be the source of ("Dad saw ..."; not "found it hard", "watches TV"). */
    // not "witness": "Zofia has witnessed domestic abuse" says what happened to her, not who told the writer
    private static final Set<String> NAMED_PERCEPTION = Words.set("see", "hear", "notice", "observe");

    /**
     * "noticed bruising", "has seen Leah being collected", "saw Dad hit Mum": perception someone else can be the
     * source of; not "has not seen a dentist" (a fact about them) or "sees Dad alternate weekends" (a visit).
     */
    private static boolean namedPerception(Sentence s, int i) {
        Token v = s.token(i);
        if (!NAMED_PERCEPTION.contains(v.lemma()) || Words.negated(s, i, 3)) return false;
        // what they perceived follows: not "Good interaction observed throughout", whose subject is what was seen
        Token object = s.token(i + 1);
        if (object == null || !(object.posIs("DET") || object.posIs("NOUN") || object.posIs("PROPN") || object.posIs("PRON")
                || object.posIs("ADJ") || object.posIs("NUM") || object.posIs("SCONJ"))) return false;
        if (!v.lemma().equals("see")) return true;
        for (int k = i + 1; k < Math.min(s.tokens().size(), i + 5); k++) {
            Token t = s.token(k);
            if (t.posIs("VERB") || t.posIs("AUX")) return k > i + 1;
            if (!(t.posIs("PROPN") || t.posIs("NOUN") || t.posIs("PRON") || t.posIs("DET"))) return false;
        }
        return false;
    }

    /** The index of the last word before token i that is not an auxiliary, adverb or particle ("has also seen"). */
    private static int nearestWordBefore(Sentence s, int i) {
        int k = i - 1;
        while (k >= 0 && (s.token(k).posIs("AUX") || s.token(k).posIs("ADV") || s.token(k).posIs("PART"))) k--;
        return k;
    }

    /**
     * Reporting verbs in the third person that the tagger takes for a name or a noun after a capitalised subject
     * ("GP states ...", "School reports that ..."), with their lemma.
     */
    private static final java.util.Map<String, String> MISTAGGED_REPORTS = java.util.Map.ofEntries(
            java.util.Map.entry("states", "state"), java.util.Map.entry("reports", "report"), java.util.Map.entry("says", "say"),
            java.util.Map.entry("advises", "advise"), java.util.Map.entry("confirms", "confirm"), java.util.Map.entry("explains", "explain"),
            java.util.Map.entry("informs", "inform"), java.util.Map.entry("stated", "state"), java.util.Map.entry("advised", "advise"),
            java.util.Map.entry("confirmed", "confirm"), java.util.Map.entry("informed", "inform"));

    private static final Set<String> PAST_REPORTS = Words.set("said", "told", "reported", "explained", "advised", "confirmed",
            "described", "mentioned", "informed");

    /** Nobody in particular, wherever they were: "someone at the school gate", "people in the family". */
    private static final Set<String> NOBODY = Words.set("someone", "somebody", "people", "everyone", "everybody", "others");
    private static final Set<String> PLACE_PREPOSITIONS = Words.set("at", "in", "on", "from", "near", "round", "around", "outside");

    /**
     * "Someone at the school gate said", "People in the family say": the index of the vague subject before a short
     * phrase of place ending at {@code k}, or {@code k} when there is none. Not for "the neighbour at number 12", whom
     * the place identifies.
     */
    static int beforePlace(List<Token> toks, int k) {
        for (int j = k; j >= 1 && j >= k - 4; j--) {
            Token t = toks.get(j);
            if (PLACE_PREPOSITIONS.contains(t.lower())) return NOBODY.contains(toks.get(j - 1).lower()) ? j - 1 : k;
            if (!(t.posIs("NOUN") || t.posIs("DET") || t.posIs("ADJ") || t.posIs("PROPN"))) return k;
        }
        return k;
    }

    /** A person, role, agency or record as the subject just before the verb (not "it", not "neighbours"). */
    private static boolean identifiedSubjectBefore(Sentence s, int i, boolean perception) {
        // for "Mrs Ward has seen ...": the perceiver is the word just before the verb and its auxiliaries
        int perceiver = perception && namedPerception(s, i) ? nearestWordBefore(s, i) : -1;
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token t = s.token(k);
            String l = t.lower();
            if (l.equals(",") || l.equals(";") || l.equals(".")) {
                if (k < i - 1 && s.token(k + 1) != null && s.token(k + 1).posIs("VERB")) return false;
                continue; // "Mrs Ahmed, head teacher at Hillside, reported"
            }
            if (perception) {
                if (l.equals("i") || l.equals("we")) return true;
                // "Mrs Ward has seen Leah ...", "School saw a cut on his hand": someone named who saw it is the source
                if (k == perceiver && !VAGUE.contains(l) && !VAGUE.contains(t.lemma())
                        && (t.posIs("PROPN") || "PERSON".equals(t.ner()) || t.posIs("NOUN"))) return true;
                continue;
            }
            // "It states that ...", "It records ...": the document just named
            if (l.equals("it") && k == i - 1 && DOCUMENT_VERBS.contains(s.token(i).lower())) return true;
            // "They reported that ...", "They told me ...": people just named, telling the writer (not "they say")
            if (l.equals("they") && k == i - 1 && PAST_REPORTS.contains(s.token(i).lower())) return true;
            if (VAGUE.contains(l) || VAGUE.contains(t.lemma())) return false;
            // "Other parents have said", "Some staff say": nobody in particular
            // (not "the other parent", someone in particular)
            if (t.posIs("NOUN") && k > 0 && VAGUE_DETERMINERS.contains(s.token(k - 1).lower()) && !t.lower().equals(t.lemma())
                    && !(k > 1 && s.token(k - 2).lower().equals("the"))) return false;
            if (t.posIs("PROPN") || t.posIs("PRON") || "PERSON".equals(t.ner()) || l.equals("i") || l.equals("we")) return true;
            // "Someone at the school gate said": the place is not the source
            if (t.posIs("NOUN") && beforePlace(s.tokens(), k) != k) return false;
            if (t.posIs("NOUN")) return true; // "the school", "the teacher", "the police log"
        }
        return false;
    }
}
