package org.caselint.check;

import java.util.ArrayList;
import java.util.HashMap;
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
            "residents", "housemates",
            "baby", "toddler", "teenager", "youngster", "young", "lad", "co-defendant", "mate", "mates", "bestie",
            "bff", "playmate", "child's", "year", "grandson", "granddaughter", "nephew", "niece", "son", "daughter",
            "codefendant", "yp", "cyp", "grandchildren", "grandchild", "grandkids", "schoolboy", "schoolgirl", "babies", "teenagers", "youngsters", "lads");
    /** "Marcus and I drove": the words that may come between a name and the verb it is the subject of. */
    private static final Set<String> BEFORE_DRIVE = Words.set("and", "i", "we", ",", "then", "later");
    /** "Jo Smith from the YOT", "the boy of 12", "described Kieran as a good lad": prepositions an appositive may hold. */
    private static final Set<String> ROLE_PREPOSITIONS = Words.set("from", "of", "as");
    private static final Set<String> PARENT_WORDS = Words.set("mum", "dad", "parents", "mother", "father");

    /** "Poppy's mum", "Aaron's teacher": the people and places only a child has; their owner is a child. */
    private static final Set<String> CHILDS_OWN = Words.set("mum", "mother", "dad", "father", "parents", "mummy",
            "daddy", "nan", "carer", "carers", "school", "class", "teacher", "worker", "keyworker");
    /** Sons and daughters: after {@link #CARERS_OWN}, children of the foster home, not the child's siblings. */
    private static final Set<String> OFFSPRING = Words.set("son", "daughter", "sons", "daughters", "grandson", "granddaughter");
    /** The carers' possessive before a son or daughter: "the foster carer's son", "her carers' daughter". */
    private static final Set<String> CARERS_OWN = Words.set("carer's", "carers'", "carers's", "carer'");
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
            "director", "coordinator", "shift", "co-ordinator", "caseworker", "therapist", "counsellor", "psychologist",
            "gran", "granny", "grandpa", "adviser", "advisor", "pa", "grandparent", "nanna", "ex", "godmother", "leader",
            "godfather", "step-dad", "step-mum", "hv", "sw", "fsw", "ssw", "cpn", "ewo", "rsw", "cwo", "man", "men", "male",
            "males", "woman", "women", "adult", "adults", "volunteer", "volunteers", "iv", "steward", "caretaker", "cleaner",
            "receptionist", "vicar", "imam", "rabbi", "verger", "lifeguard", "instructor", "dentist", "clinician",
            "consultant", "registrar", "chef", "aunts", "uncles", "aunties", "grandparents"); // not "cook", "driver", "warden", "priest": surnames too ("Tommy Cook")
    /** A job written as one word ending in a role: "playworker", "youthworker", "caseworkers". */
    private static boolean roleWord(String l) {
        return l.length() > 7 && (l.endsWith("worker") || l.endsWith("officer") || l.endsWith("workers") || l.endsWith("officers"));
    }

    private static final Pattern AGE = Pattern.compile("\\s*\\(\\s*(?:both\\s+|all\\s+)?(?:aged\\s*)?(\\d{1,2})\\s*(?:yrs?|years?)?\\s*[),]");
    private static final Pattern AGED = Pattern.compile("^['\u2019\u201d\"]?,?\\s*(?:who\\s+(?:is|was)\\s+|is\\s+|aged\\s+|age\\s+)(\\d{1,2})\\b");
    private static final Pattern AGE_COMMA = Pattern.compile("^,\\s*(?:both\\s+|all\\s+)?(?:aged\\s+)?(\\d{1,2})\\s*(?:[,;)]|\\.(?!\\d))");
    /** "Tia Roberts and Lacey-Jo Hammond, both 14", "Reece Donnelly and Harley Shaw (both 16)": one age for a list of names. */
    private static final Pattern LIST_AGE = Pattern.compile("^(?:,?\\s*(?:and\\s+)?\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)?){1,3}"
            + "(?:,\\s*|\\s*\\(\\s*)(?:both|all)\\s+(?:aged\\s+)?(\\d{1,2})\\b");
    /** "who she thinks is about 22", "aged about 15", "in his twenties". */
    private static final Pattern AGE_APPROX = Pattern.compile("^['\u2019\u201d\"]?,?\\s*(?:who\\s+(?:\\w+\\s+){0,2}(?:is|was)\\s+"
            + "(?:about|around|roughly|approximately|maybe|possibly)?\\s*|(?:aged|age)\\s+(?:about|around)\\s+|\\(?(?:about|around)\\s+)(\\d{1,2})\\b");
    private static final Pattern ADULT_DECADE = Pattern.compile("^,?\\s*(?:who\\s+(?:\\w+\\s+){0,2}(?:is|was)\\s+)?(?:in\\s+(?:his|her|their)\\s+"
            + "(?:twenties|thirties|forties|fifties|sixties|20s|30s|40s|50s|60s)|(?:a|an)\\s+(?:adult|man|woman|grown))", Pattern.CASE_INSENSITIVE);
    private static final Set<String> ANIMALS = Words.set("dog", "dogs", "cat", "cats", "puppy", "kitten", "pet",
            "pets", "hamster", "rabbit", "horse", "pony", "budgie", "parrot", "tortoise", "guinea", "fish", "snake");
    /**
     * What children do with or to each other: a name in such a sentence, never placed as an adult, sibling or
     * family member anywhere in the note, is taken as another child ("he pushed Harry off the climbing frame",
     * "smoking weed with Callum in the park", "Demi and Skye went to a party").
     */
    private static final Set<String> PEER_CONTEXT = Words.set("playground", "park", "party", "parties", "weed",
            "cannabis", "spliff", "vape", "vapes", "vaping", "fight", "fought", "fighting", "pushed", "punched",
            "kicked", "slapped", "poked", "bully", "bullied", "bullying", "playtime", "football", "xbox", "playstation",
            "fortnite", "brownies", "scouts", "cubs", "sleepover", "absconded", "absconding", "lunchtime", "break-time", "breaktime",
            "detention", "climbing", "snapchat", "tiktok", "instagram", "skate", "bmx", "trampoline", "swings",
"teasing", "teased", "threw", "thrown", "shoplifting", "nicked", "stole", "stolen", "sneaked", "snuck",
            "offence", "robbery", "co-accused", "picking", "picked", "mates", "messaging", "messaged", "ruler",
            "stones", "cartoons", "scooter", "sweets", "toys", "barges", "wind", "winds", "winding", "names", "sandpit", "splashed",
            "snatched", "hide-and-seek", "teddy", "teddies", "sandcastle", "sandcastles", "meltdown", "tantrum",
            "tantrums", "homework", "skipping", "tig", "hopscotch", "marbles", "lunchboxes", "lunchbox",
            "lunchtimes", "playtimes", "breaktimes");
    /** Toys a young child names: "his teddy, Barnaby", "the doll was called 'Rosie'". */
    private static final Set<String> TOYS = Words.set("doll", "dolls", "teddy", "teddies", "bear", "toy", "puppet",
            "dolly", "bunny");
    /** Only naming words between the thing at {@code k} and the name at {@code first}: "teddy, Barnaby", "doll called Rosie". */
    private static boolean namesTheThing(List<Token> toks, int k, int first) {
        for (int j = k + 1; j < first; j++) {
            String w = toks.get(j).lower();
            if (!(w.equals(",") || Words.isQuoteMark(w) || NAMING.contains(w) || w.equals("was") || w.equals("is"))) return false;
        }
        return true;
    }
    /** ", another young person", ", the other lad there": an appositive that says the name before it is another child's. */
    private static final Pattern ANOTHER_CHILD_AFTER = Pattern.compile("['\u2019]?s?,\\s+(?:another|the\\s+other|one\\s+of\\s+the\\s+other)\\s+"
            + "(?:young\\s+person|young\\s+people|child|children|pupil|pupils|yp|cyp|resident|residents|lad|lads|girl|girls|boy|boys"
            + "|baby|babies|toddler|toddlers|teenager|teenagers|kid|kids"
            + "|patient|looked[- ]after\\s+child)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * "Harvey in his class", "Chloe in her year": a pupil of the child's own class or year group; "Aiden Cook from the
     * junior club", "Tia from the under-16s": a member of a group only children belong to.
     */
    private static final Pattern IN_CHILDS_GROUP = Pattern.compile("\\s+(?:(?:in|from)\\s+(?:his|her|their|the\\s+same)\\s+(?:class|year|year\\s+group|form|tutor\\s+group)"
            + "|(?:in|from|at)\\s+(?:the|our|his|her|their)\\s+(?:juniors|junior\\s+(?:club|section|squad|team|group|session|class)|under[- ]?\\d{1,2}s|u\\d{1,2}s))\\b",
            Pattern.CASE_INSENSITIVE);
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
        Set<String> siblings = new HashSet<>();
        Set<String> peerContext = new HashSet<>();
        Set<String> attendees = new HashSet<>(); // named in a list of who was present, with nothing saying a child
        Map<String, String> why = new HashMap<>(); // what made each name a child, for the message
        Set<String> placeUses = new HashSet<>(); // "in Fenwick", "drove her to Fenwick": used as a place
        Set<String> personUses = new HashSet<>(); // "Fenwick's mum", "Fenwick said": used as a person
        boolean childSubject = doc.note().subject() == null || doc.note().subject().age() == null
                || doc.note().subject().age() < 18;
        String subject = subjectFirstName(doc);
        Set<String> wordsOnly = wordsOnly(doc);
        for (PersonMention p : candidates(doc, subject)) {
            String first = firstName(p.name());
            if (titled(doc, p)) { // "Mrs Ahmed", "DC Harris": an adult, and so is "Dean" after "Mr Dean Pryce"
                if (first != null) adults.add(first.toLowerCase(Locale.ROOT));
                continue;
            }
            String[] words = p.name().strip().split("\\s+");
            if (words.length > 1 && ADULT_CUES.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) continue; // "Isaac's dad"
            if (institution(doc, p, words)) { // "St Anne's Primary", "Hillcrest Academy": a place, not a person
                String place = firstName(p.name());
                if (place != null) placeUses.add(place.toLowerCase(Locale.ROOT)); // "likes Larkfield" after "Larkfield House"
                continue;
            }
            if (first == null) continue;
            String key = first.toLowerCase(Locale.ROOT);
            if (exclude.contains(key) || exclude.contains(p.name().toLowerCase(Locale.ROOT)) || Words.CALENDAR.contains(key)
                    || BRANDS.contains(key)) continue;
            if (COMMON.contains(key) || ADULT_CUES.contains(key) || CHILD_CUES.contains(key)) continue; // "Neighbours have been complaining"
            // "Vape confiscated." where the note also says "a vape": a word capitalised by where it stands, not a name
            if (words.length == 1 && wordsOnly.contains(key)) continue;
            if (secondWordIsSubject(p, subject)) continue;
            mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(new int[] {p.start(), p.end()});
            Sentence s = doc.sentences().get(p.sentenceIndex());
            switch (placeOrPerson(s, p)) {
                case 1 -> placeUses.add(key);
                case -1 -> personUses.add(key);
                default -> { }
            }
            Cue cue = cue(doc, s, p, exclude);
            if (cue == Cue.CHILD) {
                children.add(key);
                why.putIfAbsent(key, NAMED_AS_CHILD);
            }
            else if (cue == Cue.ADULT) adults.add(key);
            else if (cue == Cue.SIBLING) siblings.add(key);
            else if (cue == Cue.OTHER) adults.add(key); // an animal, an organisation: never flagged
            else if (ATTENDANCE.matcher(s.text()).lookingAt()) attendees.add(key);
            else if (childSubject && (peerContext(s) || withSubject(s, p, subject) || outWithSubject(s, p, subject, doc))) peerContext.add(key);
        }
        placeUses.removeAll(personUses);
        adults.addAll(placeUses); // a town or a county, never flagged
        for (String key : peerContext) {
            if (!adults.contains(key) && !siblings.contains(key) && !attendees.contains(key)) {
                children.add(key);
                why.putIfAbsent(key, WITH_CHILD);
            }
        }
        // NER tags a name in one sentence and misses it in the next ("with Jade.", "Jade's older brother"): once a
        // name is another child's, every capitalised use of it is
        for (String key : children) {
            if (siblings.contains(key) || adults.contains(key) || exclude.contains(key)) continue;
            List<int[]> known = mentions.get(key);
            for (Token t : doc.tokens()) {
                String w = withoutPossessive(t.text());
                if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.toLowerCase(Locale.ROOT).equals(key)) continue;
                boolean covered = known.stream().anyMatch(m -> m[0] <= t.start() && t.start() < m[1]);
                if (!covered) known.add(new int[] {t.start(), t.start() + w.length()});
            }
            known.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        List<Finding> out = new ArrayList<>();
        for (String key : children) {
            if (siblings.contains(key) || adults.contains(key) || exclude.contains(key)) continue;
            for (int[] m : mentions.get(key)) {
                String name = doc.text().substring(m[0], m[1]);
                out.add(Finding.span(RULE_ID, Category.THIRD_PARTY_CHILD, doc.text(), m[0], m[1],
                        "'" + name + "' seems to be another child: " + why.get(key) + ". Other children should not be "
                                + "named in this child's record: use initials or a role (\"another pupil\", \"a friend\").",
                        List.of(name.charAt(0) + ".", "another child", "a friend"), rule.severity(), rule.standards(),
                        "named-child"));
            }
        }
        return out;
    }

    private enum Cue { CHILD, ADULT, SIBLING, OTHER, NONE }

    /**
     * "at CGL", "from the Routes Out project" right after a name: the organisation the person works for. Not a
     * pupil referral unit ("Kai from the PRU"), whose pupils are children.
     */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile("\\s+(?:at|from)\\s+(?:the\\s+)?(?:(?!PRU\\b|AP\\b|SEN\\b)\\p{Lu}{2,}\\b(?!\\s*\\d)"
            + "|(?:\\p{Lu}[\\p{L}'-]*\\s+){1,4}(?:project|service|services|team|charity|agency|trust|partnership|programme)\\b)");

    /** "Poppy's" or "Poppy 's": the name's last token ends in the possessive, or the next token is one (tokens are read from the normalised text, with straight apostrophes). */
    private static boolean possessive(Token lastTok, Token next) {
        return lastTok.lower().endsWith("'s") || (next != null && next.lower().equals("'s"));
    }

    /**
     * Verbs whose "in" takes a person: "confided in Ellie". Any other "in" before a name puts a place there ("lives in
     * Fenwick"); "near", "into", "towards", "round" are said of people too ("not near Ryan", "bumped into Tyler").
     */
    private static final Set<String> IN_A_PERSON = Words.set("confide", "believe", "trust", "interest", "interested");
    private static final Set<String> STREETS = Set.of("Lane", "Road", "Street", "Avenue", "Close", "Drive", "Way", "Crescent",
            "Grove", "Terrace", "Walk", "Mews", "Rise", "Row", "Parade", "Gardens", "Place", "Square");
    /** Not "to" or "from": "talked to Sophie Lane". */
    private static final Set<String> ON_A_STREET = Words.set("on", "off", "along", "down", "up", "near", "at", "in", "into");
    /** Going somewhere that is a place, not a person: "goes to Fenwick", "drive Harvey to Fenwick" (not "ran to Tyler"). */
    private static final Set<String> MOTION = Words.set("go", "drive", "move", "travel", "fly", "relocate");

    /**
     * How this mention uses the name: 1 as a place ("in Fenwick", "goes to Fenwick", "the Ashton office", "on Mill
     * Lane"), -1 as a person (possessive, or the subject of the verb after it), 0 neither. A name used as
     * a place and never as a person is a town or a county that NER took for a person.
     */
    private static int placeOrPerson(Sentence s, PersonMention p) {
        List<Token> toks = s.tokens();
        int[] span = tokens(toks, p);
        if (span == null) return 0;
        int first = span[0];
        int last = span[1];
        Token lastTok = toks.get(last);
        Token next = s.token(last + 1);
        if (possessive(lastTok, next)) return -1;
        Token prev = first > 0 ? toks.get(first - 1) : null;
        // "the park on Mill Lane", "the bus shelter on Carr Lane was smashed", "at Carr Lane community garden": a street,
        // not "Sophie Lane"; before the verb after it, which would make it a person
        boolean street = (STREETS.contains(lastTok.text()) && last > first) || (next != null && STREETS.contains(next.text()));
        if (street && prev != null && ON_A_STREET.contains(prev.lower())) return 1;
        if (next != null && (next.posIs("VERB") || next.posIs("AUX")) && Character.isLowerCase(next.text().charAt(0))) return -1;
        if (prev == null) return 0;
        if (prev.lower().equals("in") && !(first >= 2 && IN_A_PERSON.contains(toks.get(first - 2).lemmaOrLower()))) return 1;
        // "the Ashton office": a name after "the" is a place's or an organisation's
        if (prev.lower().equals("the") && first == last && next != null && Character.isLowerCase(next.text().charAt(0))
                && (next.posIs("NOUN") || next.lower().endsWith("'s"))) return 1;
        if (prev.lower().equals("to")) { // not "from": "moved away from Kai"
            for (int k = first - 2; k >= 0 && k >= first - 4; k--) {
                Token t = toks.get(k);
                if (t.posIs("VERB")) return MOTION.contains(t.lemmaOrLower()) ? 1 : 0;
            }
        }
        return 0;
    }

    /**
     * A list of who was there ("Present: ...", "Attendees: ...", "Staff involved: ..."): the professionals and the family
     * at a meeting or an incident. A name in it with no age or other child cue is not taken for a child because of
     * what children do elsewhere in the note (1,096 such tuning lines unlabelled, the 4 labelled give an age).
     */
    private static final Pattern ATTENDANCE = Pattern.compile("\\W*(?:present|attendees|attending|in attendance|also present"
            + "|those present|staff (?:involved|present|on shift|on duty))\\s*[:\u2013\u2014-]", Pattern.CASE_INSENSITIVE);

    private static final Set<String> INSTITUTIONS = Words.set("primary", "academy", "school", "college", "nursery",
            "high", "infants", "juniors", "centre", "hospital", "surgery", "house", "lodge", "unit");

    /** "St Anne's Primary", "Hillcrest Academy", "Oak Lodge": a school, a church or a home named after a person or place. */
    private static boolean institution(Document doc, PersonMention p, String[] words) {
        if (INSTITUTIONS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return true;
        if (words[0].equalsIgnoreCase("st") || words[0].equalsIgnoreCase("st.")) return true;
        String before = doc.text().substring(Math.max(0, p.start() - 4), p.start());
        if (before.matches("(?s).*\\b[Ss]t\\.?\\s+$")) return true; // NER left out the "St"
        java.util.regex.Matcher m = NEXT_WORD.matcher(doc.text()).region(p.end(), doc.text().length());
        if (!m.lookingAt()) return false;
        String next = m.group(1);
        if (next.equalsIgnoreCase("basket") || next.equalsIgnoreCase("baskets")) return true; // a Moses basket: a thing
        return INSTITUTIONS.contains(next.toLowerCase(Locale.ROOT)) && Character.isUpperCase(next.charAt(0));
    }

    private static final Pattern NEXT_WORD = Pattern.compile("(?:['\u2019]s)?\\s+(\\p{L}+)");

    /** What made a name another child, for the finding's message. */
    private static final String NAMED_AS_CHILD = "the words around it (an age, a year group, or a word such as 'friend' or 'pupil') say so";
    private static final String WITH_CHILD = "it is named with the child in what children do together, and nowhere as an adult or relative";

    /** Words that NER sometimes takes for a name at the start of a sentence. */
    private static final Set<String> COMMON = Words.set("neighbours", "neighbour", "people", "everyone", "nobody",
            "someone", "staff", "police", "school", "nursery", "college", "ward", "health", "services", "agencies",
            // apps and games NER takes for people: "a boy she met on TikTok"
            "tiktok", "snapchat", "instagram", "whatsapp", "facebook", "youtube", "roblox", "fortnite", "discord",
            "telegram", "xbox", "playstation", "minecraft", "twitch", "messenger", "omegle", "kik", "twitter");

    private static final Pattern HANGING_OUT = Pattern.compile("\\b(?:hanging|hangs|hung|hang)\\s+(?:around|round|about|out)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the carers' 15-year-old son", "Seren, a 12 year old": an age in the words next to the name. */
    private static final Pattern YEAR_OLD = Pattern.compile("\\b(\\d{1,2})[- ]year[- ]old\\b", Pattern.CASE_INSENSITIVE);

    /** "her foster carer's adult son, " before the name: a grown-up child of someone else. */
    private static final Pattern ADULT_CHILD_BEFORE = Pattern.compile("\\b(?:adult|grown[- ]up)\\s+(?:son|daughter|stepson"
            + "|stepdaughter|child|nephew|niece|grandson|granddaughter)s?,?\\s+$", Pattern.CASE_INSENSITIVE);
    /** "an adult using the name '", "a man called " before the name. */
    private static final Pattern NAMED_ADULT = Pattern.compile("\\b(?:man|male|adult|woman|female)\\s+(?:called|named|known as"
            + "|using the name|by the name(?: of)?)\\s+['\"]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGE_BEFORE = Pattern.compile("\\b(\\d{1,2})[- ]year[- ]olds?(?:\\s+(?:man|woman|male|female|men|women"
            + "|males|females|boy|girl|boys|girls|lad|lads|adult|teenager|youth|boyfriend|girlfriend|partner))?,?\\s+"
            + "(?:(?:called|named|known as)\\s+)?$", Pattern.CASE_INSENSITIVE);

    /** "Tyler-Jay from his old school", "Jaden from caravan 12": someone the child knows from where children are. */
    private static final Pattern FROM_CHILDS_PLACE = Pattern.compile("\\bfrom\\s+(?:his|her|their|the|my)?\\s*(?:old\\s+|new\\s+|same\\s+)?"
            + "(?:school|class|year|college|nursery|unit|home|children's home|estate|caravan|scouts|brownies|club|youth club"
            + "|bay\\s+\\d+|bed\\s+\\d+)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "Reece and Jordan started arguing", "The group is Connor, Mikey and Kyle": a name in a list joined by "and"
     * with the subject's own name, as someone doing the same thing.
     */
    private static boolean withSubject(Sentence s, PersonMention p, String subject) {
        if (subject == null) return false;
        List<Token> toks = s.tokens();
        int at = tokenAt(toks, p.start());
        if (at < 0) return false;
        // the list must be joined by "and": "Connor, Mikey and Kyle", not "When I asked about Ysgol Bryn Coch, Cerys said"
        boolean and = false;
        for (int k = at + 1; k < toks.size() && k < at + 8; k++) {
            Token t = toks.get(k);
            if (t.lower().equals("and") || t.lower().equals("&")) { and = true; break; }
            if (!(t.text().equals(",") || (t.posIs("PROPN") && Character.isUpperCase(t.text().charAt(0))))) break;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            boolean joined = and;
            for (int k = at + dir, steps = 0; k >= 0 && k < toks.size() && steps < 6; k += dir, steps++) {
                Token t = toks.get(k);
                String l = t.lower().endsWith("'s") ? t.lower().substring(0, t.lower().length() - 2) : t.lower();
                if (l.equals(subject)) return joined && !t.lower().endsWith("'s");
                if (l.equals("and") || l.equals("&")) { joined = true; continue; }
                if (t.text().equals(",") || (t.posIs("PROPN") && Character.isUpperCase(t.text().charAt(0)))) continue;
                break;
            }
        }
        return false;
    }

    /**
     * "Tyrese had been arrested on Brook Street with Jordan Pike", "Zak was stopped outside the shop with Dylan
     * Frost": a name after "with" in a sentence about what the child (aged 10 or over) did away from home.
     */
    private static boolean outWithSubject(Sentence s, PersonMention p, String subject, Document doc) {
        Integer age = doc.note().subject() == null ? null : doc.note().subject().age();
        if (subject == null || age == null || age < 10) return false;
        List<Token> toks = s.tokens();
        int at = tokenAt(toks, p.start());
        if (at < 1) return false;
        int k = at - 1;
        while (k > 0 && (toks.get(k).text().equals(",") || toks.get(k).lower().equals("and")
                || (toks.get(k).posIs("PROPN") && Character.isUpperCase(toks.get(k).text().charAt(0))))) k--;
        if (!toks.get(k).lower().equals("with")) return false;
        boolean subjectFirst = false;
        boolean outing = false;
        for (int i = 0; i < k; i++) {
            Token t = toks.get(i);
            // "Liam left with ...", "He left ...", "At 19:10 he left the unit with ...": the child, or a pronoun before anyone else is named
            if (t.lower().equals(subject) || (HE_SHE.contains(t.lower()) && !namedBefore(toks, i))) subjectFirst = true;
            if (OUTINGS.contains(t.lemmaOrLower())) outing = true;
        }
        Token beforeWith = k > 0 ? toks.get(k - 1) : null; // "He was with Reece Butterworth"
        if (beforeWith != null && "be".equals(beforeWith.lemma())) outing = true;
        return subjectFirst && outing;
    }

    private static final Set<String> HE_SHE = Words.set("he", "she");

    /** Verbs a backward search from a name may cross: "her best friend is Aisha", "a boy called Callum", "one of the boys was called Harvey". */
    private static final Set<String> VERBS_BEFORE_NAME = Words.set("is", "was", "called", "named", "including", "known");

    /** "it is Kyle who ...", "that is Dean": a subject before "is" that points at the name without saying who it is. */
    private static final Set<String> CLEFT_SUBJECTS = Words.set("it", "this", "that", "what", "who", "which");

    /** Is a person named, or a family word used, before token {@code i}? */
    private static boolean namedBefore(List<Token> toks, int i) {
        for (int k = 0; k < i; k++) {
            Token t = toks.get(k);
            if ((t.posIs("PROPN") && Character.isUpperCase(t.text().charAt(0))) || PARENTS.contains(t.lower())) return true;
        }
        return false;
    }

    private static final Set<String> OUTINGS = Words.set("arrest", "stop", "search", "see", "find", "catch", "spot",
            "hang", "spend", "go", "walk", "ride", "rob", "fight", "smoke", "run", "leave", "return", "play", "sit");

    private static boolean peerContext(Sentence s) {
        // a heading or title line ("Home visit - Riverside Caravan Park, Bramthwaite") says nothing about people
        if (s.isHeading() || !Words.finite(s)) return false;
        for (Token t : s.tokens()) {
            if (PEER_CONTEXT.contains(t.lower())) return true;
            // "He bit Jayden-Lee", "was bitten by another child": not "a bit scared"
            if (BITING.contains(t.lower()) && t.posIs("VERB")) return true;
        }
        return HANGING_OUT.matcher(s.text()).find() || FROM_CHILDS_PLACE.matcher(s.text()).find()
                || SCHOOL_DAY.matcher(s.text()).find() || PEERS.matcher(s.text()).find() || PLAY_AREA.matcher(s.text()).find();
    }

    /** Where young children play together in a nursery or a group: "at the sand tray with Mia and Oscar". */
    private static final Pattern PLAY_AREA = Pattern.compile("\\b(?:(?:sand|water)\\s+tray|play[- ]?dough|home\\s+corner|book\\s+corner"
            + "|mud\\s+kitchen|construction\\s+area|messy\\s+play|soft\\s+play|ball\\s+pit|role[- ]play\\s+area)\\b", Pattern.CASE_INSENSITIVE);
    /** What a child does with other children: "fell out with Ava and Lexi", "sits next to Bethany", "plays mostly with Alfie". */
    private static final Pattern PEERS = Pattern.compile("\\b(?:(?:fell|fallen|falling|falls|fall)\\s+out\\s+with|(?:fall|falling)[- ]?outs?\\s+with"
            + "|(?:sits|sitting|sat|sit)\\s+next\\s+to|(?:plays|played|playing)\\s+(?:\\w+\\s+)?with)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> BITING = Words.set("bit", "bitten", "biting", "bites");

    /** "sits with Chloe at break", "off task with Kieran": the parts of a school day that children share. */
    private static final Pattern SCHOOL_DAY = Pattern.compile("\\b(?:(?:at|during|over)\\s+(?:morning\\s+|afternoon\\s+)?break"
            + "|break\\s+times?|off[- ]task"
            // where pupils are together: "an incident with Ellie-Mae in the lunch hall", "in the dinner queue"
            + "|in\\s+the\\s+(?:lunch|dinner)\\s+(?:hall|queue|line)|in\\s+the\\s+(?:canteen|school\\s*yard)"
            // only a pupil is excluded from school: "a group including Kayleigh, who was permanently excluded"
            + "|(?:permanently|temporarily)\\s+excluded|fixed[- ]term\\s+exclusion)\\b", Pattern.CASE_INSENSITIVE);

    /** NER mentions, plus a capitalised word right after a child cue that NER missed ("friend Kacey"). */
    private static List<PersonMention> candidates(Document doc, String subject) {
        List<PersonMention> out = new ArrayList<>(doc.persons());
        Set<Integer> starts = new HashSet<>();
        for (PersonMention p : out) starts.add(p.start());
        for (Sentence s : doc.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (starts.contains(t.start()) || !t.posIs("PROPN") || t.text().length() < 2
                        || !Character.isUpperCase(t.text().charAt(0)) || Words.isAllCaps(t.text())) continue;
                if (out.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end())) continue; // "Dean" of "Holly Dean"
                String after = doc.normalized().substring(t.end(), Math.min(doc.text().length(), t.end() + 30));
                if (AGE.matcher(after).lookingAt() || AGED.matcher(after).find() || AGE_COMMA.matcher(after).lookingAt()
                        || ANOTHER_CHILD_AFTER.matcher(after).lookingAt() || IN_CHILDS_GROUP.matcher(after).lookingAt()) {
                    out.add(new PersonMention(t.start(), t.end(), t.text(), s.index()));
                    starts.add(t.start());
                }
            }
            // "threw a ball at Sophie Lane's face ... Sophie had a red cheek": NER tags a first name in one sentence and
            // misses the full name, possessive, in another; a first name it tagged elsewhere, followed by a surname
            for (int i = 0; i + 1 < toks.size(); i++) {
                Token t = toks.get(i);
                Token surname = toks.get(i + 1);
                if (starts.contains(t.start()) || t.text().length() < 2 || !Character.isUpperCase(t.text().charAt(0))
                        || Words.isAllCaps(t.text()) || !t.posIs("PROPN") || !surname.posIs("PROPN")
                        || !Character.isUpperCase(surname.text().charAt(0)) || Words.isAllCaps(surname.text())) continue;
                String w = withoutPossessive(t.text());
                if (w.length() < 2 || !taggedFirstNames(doc).contains(w)) continue;
                if (out.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end())) continue;
                out.add(new PersonMention(t.start(), t.start() + w.length(), w, s.index()));
                starts.add(t.start());
            }
            // "Isla's parents have complained": NER often misses a possessive name; the owner of a parent is a child
            for (int i = 0; i + 1 < toks.size(); i++) {
                Token t = toks.get(i);
                boolean split = toks.get(i + 1).lower().equals("'s");
                Token owned = split ? s.token(i + 2) : toks.get(i + 1);
                if (starts.contains(t.start()) || !(split ? t.posIs("PROPN") : t.lower().endsWith("'s")) // POS may say ADJ
                        || !Character.isUpperCase(t.text().charAt(0)) || Words.isAllCaps(t.text()) || owned == null
                        || !PARENT_WORDS.contains(owned.lower())) continue;
                String name = split ? t.text() : t.text().substring(0, t.text().length() - 2);
                if (name.length() < 2 || out.stream().anyMatch(m -> m.start() <= t.start() && t.start() < m.end())) continue;
                out.add(new PersonMention(t.start(), t.start() + name.length(), name, s.index()));
                starts.add(t.start());
            }
            // "Reece and Jordan Mills started arguing": a capitalised word joined by "and" to the child's name,
            // which NER may have taken for a place
            for (int i = 0; subject != null && i + 2 < toks.size(); i++) {
                boolean forward = toks.get(i).lower().equals(subject) && toks.get(i + 1).lower().equals("and");
                boolean backward = toks.get(i + 1).lower().equals("and") && toks.get(i + 2).lower().equals(subject);
                Token t = forward ? toks.get(i + 2) : backward ? toks.get(i) : null;
                if (t == null || starts.contains(t.start()) || !t.posIs("PROPN") || t.text().length() < 2
                        || !Character.isUpperCase(t.text().charAt(0)) || Words.isAllCaps(t.text()) || t.lower().endsWith("'s")) continue;
                if (backward && i > 0 && toks.get(i - 1).posIs("PROPN")) continue; // "Mr Reid and Reece": a titled adult, left to NER
                out.add(new PersonMention(t.start(), t.end(), t.text(), s.index()));
                starts.add(t.start());
            }
            for (int i = 1; i < toks.size(); i++) {
                Token t = toks.get(i);
                Token prev = toks.get(i - 1);
                if (prev.text().equals(",") && i >= 2) {
                    prev = toks.get(i - 2);
                    // "a girl from her year group, Shannon Price": the child word a few words back
                    if (!CHILD_CUES.contains(prev.lower())) prev = cueBefore(toks, i - 1);
                }
                if (prev != null && NAMING.contains(prev.lower())) prev = cueBefore(toks, i - 1); // "a new friend called Amber"
                if (prev == null || !CHILD_CUES.contains(prev.lower()) || starts.contains(t.start())) continue;
                // "Child Exploitation panel", "Young Carers": a capitalised child word is part of a title, not a cue
                if (!Character.isLowerCase(prev.text().charAt(0))) continue;
                if (t.text().length() < 2 || !Character.isUpperCase(t.text().charAt(0)) || Words.isAllCaps(t.text())) continue;
                if (!(t.posIs("PROPN") || t.posIs("NOUN"))) continue;
                String name = t.text().endsWith("'s") ? t.text().substring(0, t.text().length() - 2) : t.text();
                out.add(new PersonMention(t.start(), t.start() + name.length(), name, s.index()));
                starts.add(t.start());
            }
        }
        return out;
    }

    /** "Sophie's" or "Sophie’s" without its possessive ending, as written. */
    private static String withoutPossessive(String text) {
        return text.endsWith("'s") || text.endsWith("\u2019s") ? text.substring(0, text.length() - 2) : text;
    }

    /** The first words of the names NER tagged in the note, as written ("Sophie" of "Sophie Lane"). */
    private static Set<String> taggedFirstNames(Document doc) {
        return doc.memo("third-party-child.tagged-first-names", d -> {
            Set<String> names = new HashSet<>();
            for (PersonMention p : d.persons()) {
                String w = p.name().strip().split("\\s+")[0];
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Words.isAllCaps(w)) names.add(w);
            }
            return names;
        });
    }

    private static final Set<String> NAMING = Words.set("called", "named");
    /** "her friend Tia, whose mum ...", "another girl, Kacey, which staff sorted out": a clause about something else. */
    private static final Set<String> APPOSITIVE_ENDS = Words.set("that", "whose", "which", "where", "when");

    /**
     * "a boy from Year 8 called Jordan", "a new friend named Amber", "a girl from her year group, Shannon": the child
     * word a few words before "called" or the comma at {@code naming}, or null when a verb, a clause break or an
     * adult or sibling word comes first.
     */
    private static Token cueBefore(List<Token> toks, int naming) {
        for (int k = naming - 1; k >= Math.max(0, naming - 5); k--) {
            Token t = toks.get(k);
            // the child word must head its phrase: "a girl from her class", not "the child development clinic"
            Token nx = k + 1 < toks.size() ? toks.get(k + 1) : null;
            if (CHILD_CUES.contains(t.lower()) && !t.lower().equals("year") && !t.lower().equals("young")) {
                return nx != null && nx.posIs("NOUN") ? null : t;
            }
            // "another young person in the home, Kayla": the phrase heads with "person" after "young" or "other"
            if ((t.lower().equals("person") || t.lower().equals("people")) && k > 0
                    && Words.set("young", "other").contains(toks.get(k - 1).lower())) return toks.get(k - 1);
            if (t.posIs("VERB") || t.posIs("AUX") || t.text().equals(",") || t.text().equals(";")
                    || ADULT_CUES.contains(t.lower()) || SIBLING_CUES.contains(t.lower())) return null;
        }
        return null;
    }

    /**
     * Shops, restaurants, toys and charities named after a person, which NER takes for one ("at McDonald's", "a Lego
     * set", "Barnardo's"); only those that are not also children's first names.
     */
    private static final Set<String> BRANDS = Set.of("mcdonald", "mcdonalds", "mcdonald's", "nando", "nandos", "nando's",
            "barnardo", "barnardos", "barnardo's", "lego", "sainsbury", "sainsburys", "sainsbury's", "morrisons", "greggs",
            "domino", "dominos", "domino's", "wetherspoon", "wetherspoons", "tesco", "asda", "aldi", "lidl", "primark",
            "argos", "smyths", "hobbycraft", "matalan", "wendy's");

    /** The subject's and the family's names, and the words that are never a child's name. */
    private static Set<String> excludedNames(Document doc) {
        Set<String> ex = new HashSet<>();
        Note n = doc.note();
        if (n.subject() != null && n.subject().name() != null) addName(ex, n.subject().name());
        ex.addAll(Words.nicknames(doc)); // "Oliver (Ollie) Brennan"
        for (String f : n.family()) addName(ex, f);
        ex.addAll(Set.of("mum", "dad", "mummy", "daddy", "mam", "nan", "nanna", "grandma", "grandad", "god", "christmas",
                "easter"));
        return ex;
    }

    private static void addName(Set<String> ex, String name) {
        for (String part : name.split("[\\s-]+")) if (part.length() > 1) ex.add(part.toLowerCase(Locale.ROOT).replace("'s", ""));
        for (String part : name.split("\\s+")) if (part.length() > 1) ex.add(part.toLowerCase(Locale.ROOT).replace("'s", ""));
        ex.add(name.toLowerCase(Locale.ROOT));
    }

    /** Is the mention (or the word before it) a title, or part of a capitalised name of an organisation? */
    private static boolean titled(Document doc, PersonMention p) {
        String first = p.name().split("\\s+")[0].toLowerCase(Locale.ROOT).replace(".", "");
        if (Words.TITLES.contains(first) || KIN_TITLES.contains(first)) return true;
        Sentence s = doc.sentences().get(p.sentenceIndex());
        Token prev = null;
        for (Token t : s.tokens()) {
            if (t.start() >= p.start()) break;
            prev = t;
        }
        // "St Anne's Primary", "Ferrisford Community Hospital": a capitalised run ending in a place word is a place
        int end = tokenAt(s.tokens(), p.end());
        for (int k = end; k >= 0 && k < s.tokens().size() && k < end + 3; k++) {
            Token t = s.tokens().get(k);
            if (PLACE_WORDS.contains(t.text())) return true;
            if (!(Character.isUpperCase(t.text().charAt(0)) || t.lower().equals("'s"))) break;
        }
        if (prev == null) return false;
        String pl = prev.lower().replace(".", "");
        if (Words.TITLES.contains(pl) || KIN_TITLES.contains(pl)) return true;
        // "Child Protection", "Child Abuse Investigation Team": a capitalised word that is not a name before it
        return prev.end() + 1 == p.start() && Character.isUpperCase(prev.text().charAt(0)) && !"PERSON".equals(prev.ner())
                && !prev.posIs("PROPN") && prev.index() > s.tokens().get(0).index();
    }

    /** Family titles written before a name, always an adult's: "Auntie Li", "Uncle Dev". */
    private static final Set<String> KIN_TITLES = Words.set("auntie", "aunty", "aunt", "uncle", "nana", "nanny", "grandma", "grandad");

    /** The last word of a school's, a hospital's or a street's name: "St Anne's Primary", "Ferrisford Community Hospital". */
    private static final Set<String> PLACE_WORDS = Set.of("Primary", "School", "Academy", "College", "Nursery", "High",
            "Infants", "Juniors", "Junior", "Infant", "Hospital", "Centre", "Center", "Clinic", "Surgery", "Practice",
            "Road", "Avenue", "Estate", "Lodge", "Trust", "Council", "Unit", "Park", "Street", "Gardens", "Crescent",
            "Square", "Library", "Church", "Mosque", "Temple", "Gurdwara", "Synagogue");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?\\s?){1,3}");

    private static String firstName(String name) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length == 0) return null;
        if (INITIALS.matcher(name.strip()).matches()) return null; // "L.W.", "J. P.": initials are fine
        // "Ava-" when the tokenizer cuts "Ava-Rose" at its hyphen: the name is the part before it
        String f = parts[0].replaceAll("[^\\p{L}'-]", "").replaceAll("^[-']+|[-']+$", "");
        if (f.length() < 2) return null; // initials are fine
        if (f.length() == 2 && f.charAt(1) == '.') return null;
        return f;
    }

    /** The subject's first name in lower case, or null when the note does not give one. */
    private static String subjectFirstName(Document doc) {
        Note n = doc.note();
        if (n.subject() == null || n.subject().name() == null || n.subject().name().isBlank()) return null;
        return n.subject().name().strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    }

    /** The indexes of the first and last tokens that start inside the mention, or null. */
    private static int[] tokens(List<Token> toks, PersonMention p) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= p.start() && toks.get(i).start() < p.end()) {
                if (first < 0) first = i;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** The index of the first token at or after this offset, or -1. */
    private static int tokenAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) if (toks.get(i).start() >= offset) return i;
        return -1;
    }

    /** "Met Harvey": NER took the verb before the child's name into the mention. */
    private static boolean secondWordIsSubject(PersonMention p, String subject) {
        String[] parts = p.name().strip().split("\\s+");
        return subject != null && parts.length >= 2 && parts[1].equalsIgnoreCase(subject);
    }

    private static final Set<String> WRITER = Words.set("myself", "me", "i");

    /**
     * "with myself and Sarah Quinn", "Sarah and I", "Sarah and myself": someone joined with the writer in what they
     * did is a colleague, an adult; not inside a quotation, where "me" is whoever speaks ("... me and Ethan ...").
     */
    private static boolean withTheWriter(Document doc, List<Token> toks, int first, int last) {
        if (doc.quoteAt(toks.get(first).start()) != null) return false;
        Token before = first >= 2 ? toks.get(first - 1) : null;
        if (before != null && before.lower().equals("and") && WRITER.contains(toks.get(first - 2).lower())) return true;
        Token after = last + 2 < toks.size() ? toks.get(last + 1) : null;
        return after != null && after.lower().equals("and") && WRITER.contains(toks.get(last + 2).lower());
    }

    /** Up to {@code n} characters of the note right before the name ("her 24 year old boyfriend, "). */
    private static String textBefore(Document doc, PersonMention p, int n) {
        return doc.normalized().substring(Math.max(0, p.start() - n), p.start());
    }

    /** Up to {@code n} characters of the note right after the name (", aged 11, "). */
    private static String textAfter(Document doc, PersonMention p, int n) {
        return doc.normalized().substring(p.end(), Math.min(doc.text().length(), p.end() + n));
    }

    /**
     * The age the note gives beside this mention, or null: just before the name ("another 16-year-old, Kai Brennan", "a
     * 15-year-old called Reuben Hale"), for a list of names ("Tia and Lacey-Jo, both 14"), or right after it ("Tyler
     * (8)", "Callum Price, aged 16", "Kyle, 14,", "Leah, who is 15", "who she thinks is about 22"). Shared with
     * {@link SubjectGuess}, which takes the guessed child's age from the same words.
     */
    static Integer statedAge(Document doc, PersonMention p) {
        var before = AGE_BEFORE.matcher(textBefore(doc, p, 30));
        if (before.find()) return Integer.valueOf(before.group(1));
        var listAge = LIST_AGE.matcher(textAfter(doc, p, 70));
        if (listAge.find()) return Integer.valueOf(listAge.group(1));
        String after = textAfter(doc, p, 40);
        for (Pattern pat : List.of(AGE, AGE_COMMA, AGED, AGE_APPROX)) {
            var m = pat.matcher(after);
            if (pat == AGED || pat == AGE_APPROX ? m.find() : m.lookingAt()) return Integer.valueOf(m.group(1));
        }
        return null;
    }

    /** What the words around this mention say about the person: child, adult, sibling or nothing. */
    private static Cue cue(Document doc, Sentence s, PersonMention p, Set<String> subjectAndFamily) {
        List<Token> toks = s.tokens();
        int[] span = tokens(toks, p);
        if (span == null) return Cue.NONE;
        int first = span[0];
        int last = span[1];
        Token lastTok = toks.get(last);
        Token next = s.token(last + 1);
        // "Poppy's mother", "Aaron's mum": the owner of a parent is a child; "Leah's brother" says nothing of Leah
        boolean possessive = possessive(lastTok, next);
        if (possessive) {
            Token owned = lastTok.lower().endsWith("'s") ? next : s.token(last + 2);
            if (owned != null && owned.lower().equals("social")) owned = s.near(owned, 1); // "Ellie's social worker"
            if (owned != null && CHILDS_OWN.contains(owned.lower())) return Cue.CHILD;
        }
        if (withTheWriter(doc, toks, first, last)) return Cue.ADULT;
        // "a call from Jo at CGL", "Lydia Ng from the Routes Out project": someone who works for an organisation
        if (!possessive && ORGANISATION_AFTER.matcher(textAfter(doc, p, 60)).lookingAt()) return Cue.ADULT;
        // "her foster carer's adult son, Liam Carr": a grown-up child of someone else is an adult
        if (ADULT_CHILD_BEFORE.matcher(textBefore(doc, p, 30)).find()) return Cue.ADULT;
        // "Marcus and I drove round", "Sian drove him back": a driver is an adult
        for (int k = last + 1; k < Math.min(toks.size(), last + 5); k++) {
            Token t = toks.get(k);
            if ("drive".equals(t.lemma()) && t.posIs("VERB")) return Cue.ADULT;
            if (!(BEFORE_DRIVE.contains(t.lower()) || t.posIs("PROPN"))) break;
        }
        Token verb = first > 0 ? toks.get(first - 1) : null;
        if (verb != null && "play".equals(verb.lemma()) && verb.posIs("VERB")) return Cue.OTHER; // "they played Uno": a game
        // words before the name, back to the previous verb: "his friend Aaron", "another pupil, Jake",
        // "an older boy from the year above, Lewis", "her best friend is Aisha", "friends, e.g. Grace and Maisie"
        Cue before = Cue.NONE;
        boolean quoted = false;
        boolean coordinated = false; // "his foster carer and Kian": a singular role before "and" names the other person
        boolean afterIs = false; // "her best friend is Aisha", "his best friend there is called Kofi"
        for (int k = first - 1; k >= Math.max(0, first - 7) && before == Cue.NONE; k--) {
            Token t = toks.get(k);
            String l = t.lower().replace(".", "");
            // "a risk to the children herself, it is Kyle who is the risk": "it is" before a name says nothing of who he is
            if (afterIs && CLEFT_SUBJECTS.contains(l)) break;
            afterIs = l.equals("is") && (t.posIs("VERB") || t.posIs("AUX"));
            if (t.posIs("CCONJ")) coordinated = true;
            if (l.equals(")")) { // "her Personal Adviser (PA), Dan Keane": step over the bracket
                int open = k - 1;
                while (open > 0 && open > k - 6 && !toks.get(open).text().equals("(")) open--;
                if (toks.get(open).text().equals("(")) { k = open; continue; }
            }
            if (l.equals("(") && k > 0) { // "Staff (Dean Holt and Amy Shore)": the word before the bracket says who
                String role = toks.get(k - 1).lower();
                String role2 = k > 1 ? toks.get(k - 2).lower() : ""; // "key person (Amy Dunn)": a two-word role
                if (ADULT_CUES.contains(role) || (role.equals("person") && ADULT_CUES.contains(role2))) before = Cue.ADULT;
                else if (SIBLING_CUES.contains(role)) before = Cue.SIBLING;
                break;
            }
            if (l.equals(":")) { // "Staff present: me and Sam Okafor", "Staff on shift: Jo, Sam": a list of adults
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    String w = toks.get(j).lower();
                    if (ADULT_CUES.contains(w) || w.equals("professionals") || w.equals("attendees")) { before = Cue.ADULT; break; }
                }
                break;
            }
            if (Words.isQuoteMark(t.text())) {
                // "the older male known as 'Jay'": a name put in quotes, not words someone said
                if (!(k > 0 && Words.set("as", "called", "named", "nicknamed").contains(toks.get(k - 1).lower()))) quoted = true;
                continue;
            }
            if (l.equals(")") || l.equals("(") || l.equals(";")) break;
            if (Character.isUpperCase(t.text().charAt(0)) && k > 0 && !ADULT_CUES.contains(l)) continue; // "Child Abuse Team"
            if (ANIMALS.contains(l)) return Cue.OTHER; // "a dog called Bruno"
            if (TOYS.contains(l) && namesTheThing(toks, k, first)) return Cue.OTHER; // "his teddy, Barnaby", "the doll was called 'Rosie'"
            // "the foster carer's son Pete", "her carers' daughter, Tia": a child of the foster home, not the child's sibling
            if (OFFSPRING.contains(l) && k > 0 && CARERS_OWN.contains(toks.get(k - 1).lower().replace('\u2019', '\'')) && !quoted) {
                before = Cue.CHILD;
                break;
            }
            if (SIBLING_CUES.contains(l)) {
                Token b = s.token(k - 1);
                before = b != null && (b.lower().equals("foster") || othersPossessive(b, subjectAndFamily)) ? Cue.CHILD : Cue.SIBLING;
                break;
            }
            // "one of our playworkers, Bev Adeyemi", "one of our youth workers, Kerry Lyons"
            if (ADULT_CUES.contains(l) || l.equals("colleague") || roleWord(l) || l.equals("workers")) {
                // "told staff 'Callum started it'": the hearer, not Callum's role; "staff Jo and Sam" names both
                if (!quoted && !(coordinated && !l.endsWith("s") && !l.equals("staff"))) before = Cue.ADULT;
                break;
            }
            if (CHILD_CUES.contains(l) && !l.equals("young") && !l.equals("year")) {
                if ((l.equals("boyfriend") || l.equals("girlfriend")) && adultsPartner(doc, toks, k)) { before = Cue.ADULT; break; }
                if (l.equals("friend") && babysParent(doc, toks, k)) { before = Cue.ADULT; break; }
                boolean adultsOwn = false;
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    Token b = s.token(j);
                    if (Words.set("mum's", "dad's", "mummy's", "daddy's", "mother's", "father's", "partner's", "nan's",
                            "carer's", "grandma's", "aunt's", "uncle's").contains(b.lower())) adultsOwn = true;
                    if (!b.posIs("ADJ") && !b.posIs("ADV") && !b.lower().endsWith("'s")) break;
                }
                if (adultsOwn) { before = Cue.ADULT; break; }
                { before = Cue.CHILD; break; }
            }
            if ((l.equals("young") || l.equals("other")) && s.token(k + 1) != null
                    && Words.set("person", "people", "yp", "child", "pupil").contains(s.token(k + 1).lower())) { before = Cue.CHILD; break; }
            if (l.equals("yp") || l.equals("cyp")) { before = Cue.CHILD; break; }
            if ((t.posIs("VERB") || t.posIs("AUX")) && !VERBS_BEFORE_NAME.contains(l)) break;
            // "one of the boys was Ethan", "was called Harvey"; not "he was with Jordan": "was" only right before the name
            if (l.equals("was") && k + 1 < first && !NAMING.contains(toks.get(k + 1).lower())) break;
        }
        if (before == Cue.NONE && amongChildren(toks, first)) before = Cue.CHILD;
        if (before == Cue.SIBLING) return Cue.SIBLING;
        Integer age = statedAge(doc, p);
        if (age != null) return age < 18 ? Cue.CHILD : Cue.ADULT;
        String after = textAfter(doc, p, 40);
        if (ADULT_DECADE.matcher(after).find()) return Cue.ADULT;
        // "an adult using the name 'Jay'", "a man called Dee": named as an adult, when no age says otherwise
        if (NAMED_ADULT.matcher(textBefore(doc, p, 40)).find()) return Cue.ADULT;
        if (before == Cue.ADULT) return Cue.ADULT; // "Detective Constable Lee Hamilton, Child Exploitation Team"
        if (!possessive && IN_CHILDS_GROUP.matcher(after).lookingAt()) return Cue.CHILD; // "a phone belonging to Harvey in his class"
        // an appositive with an age: "Chidi, the carers' 15-year-old son," / "Ethan, a 12-year-old from next door"
        var yo = YEAR_OLD.matcher(after);
        if (!possessive && yo.find() && yo.start() < 30 && after.substring(0, yo.start()).strip().startsWith(",")) {
            return Integer.parseInt(yo.group(1)) < 18 ? Cue.CHILD : Cue.ADULT;
        }
        // a role in brackets after the name: "Dawn Hughes (registered manager)", "Tia (other resident)"
        if (!possessive && next != null && next.text().equals("(")) {
            for (int k = last + 2; k < Math.min(toks.size(), last + 8) && !toks.get(k).text().equals(")"); k++) {
                String l = toks.get(k).lower();
                if (ADULT_CUES.contains(l) || roleWord(l)) return Cue.ADULT;
                if (SIBLING_CUES.contains(l)) return Cue.SIBLING;
                if (CHILD_CUES.contains(l) && !l.equals("young")) return Cue.CHILD;
            }
        }
        // an appositive after the name: "Mason, a classmate," / "Jordan (other yp)" / "Kai, who is Skye's cousin"
        for (int k = last + 1; !possessive && k < Math.min(toks.size(), last + 7); k++) {
            String l = toks.get(k).lower();
            boolean word = Character.isLowerCase(toks.get(k).text().charAt(0)); // the tagger calls "YOT" SCONJ
            // a new clause or a preposition ends the appositive: "her friend Layla that mum ...", "by Isla about his dad"
            if (APPOSITIVE_ENDS.contains(l) || (word && (toks.get(k).posIs("SCONJ")
                    || (toks.get(k).posIs("ADP") && !ROLE_PREPOSITIONS.contains(l))))) break;
            if (k > last + 1 && Character.isUpperCase(toks.get(k).text().charAt(0)) && !ADULT_CUES.contains(l)
                    && !toks.get(k - 1).text().equals(",")) continue; // "..., Child Exploitation Team": an organisation
            if (SIBLING_CUES.contains(l)) {
                Token b = s.token(k - 1);
                return b != null && (b.lower().equals("foster") || othersPossessive(b, subjectAndFamily)) ? Cue.CHILD : Cue.SIBLING;
            }
            if (ADULT_CUES.contains(l) || l.equals("colleague") || roleWord(l)) return Cue.ADULT;
            if (l.equals("student") && s.token(k + 1) != null && ADULT_CUES.contains(s.token(k + 1).lower())) return Cue.ADULT; // "student social worker"
            if (CHILD_CUES.contains(l) && !l.equals("young") && !l.equals("year")) {
                return roleFollows(toks, k) ? Cue.ADULT : Cue.CHILD; // "Bernadette Kelly, children in care nurse"
            }
            if (l.equals("yp") || l.equals("cyp") || (l.equals("young") && s.token(k + 1) != null
                    && Words.set("person", "people").contains(s.token(k + 1).lower()))) return Cue.CHILD;
            if (l.endsWith("'s") && k > last + 1 && s.token(k + 1) != null && ADULT_CUES.contains(s.token(k + 1).lower())
                    && toks.get(k - 1).text().equals(",")) return Cue.ADULT; // "Kelly Ambrose, Marcus's worker at ..."
            if (l.endsWith("'s") && k > last + 1 && s.token(k + 1) != null && Words.set("son", "daughter", "grandson",
                    "granddaughter", "nephew", "niece", "child").contains(s.token(k + 1).lower())
                    && !subjectAndFamily.contains(l.substring(0, l.length() - 2))) return Cue.CHILD; // "Connor, Mandy's son,"
            if (toks.get(k).posIs("AUX") && !l.equals("is") && !toks.get(k - 1).lower().equals("who")) break; // "Marcus was rude to night staff"
            // "Mark is her mum's boyfriend", "Wayne Tidy, mum's partner,": a parent's partner is an adult
            if (PARENTS.contains(l) && l.endsWith("'s") && s.token(k + 1) != null
                    && PARTNERS.contains(s.token(k + 1).lower())) return Cue.ADULT;
            boolean contraction = l.equals("'s") && toks.get(k - 1).posIs("PRON"); // "Lola, she's my mate"
            boolean titleWord = Character.isUpperCase(toks.get(k).text().charAt(0)); // "Rachel Dunmore, Registered Manager"
            if ((toks.get(k).posIs("VERB") && !l.equals("is") && !titleWord) || l.equals(";") || toks.get(k).posIs("CCONJ")
                    || (l.endsWith("'s") && k > last + 1 && !contraction)) break; // "Poppy, and Poppy's mum": the mum is not Poppy
        }
        if (before != Cue.NONE) return before;
        // "another child", "in Year 4" close to the name in the same sentence
        for (int k = Math.max(0, first - 8); k < Math.min(toks.size(), last + 8); k++) {
            String l = toks.get(k).lower();
            Token nx = s.token(k + 1);
            if ((l.equals("another") || l.equals("other")) && nx != null
                    && OTHER_CHILDREN.contains(nx.lower()) && !hasAdultCueNear(toks, first)) return Cue.CHILD;
        }
        if (YEAR_GROUP.matcher(s.text()).find() && !hasAdultCueNear(toks, first)) {
            var m = YEAR_GROUP.matcher(s.text());
            while (m.find()) {
                int off = s.start() + m.start();
                if (Math.abs(off - p.start()) < 40 && Integer.parseInt(m.group(1)) <= 13) return Cue.CHILD;
            }
        }
        return Cue.NONE;
    }

    /** The words after "another" or "other" that make a name near them a child's: "another pupil", "other toddler". */
    private static final Set<String> OTHER_CHILDREN = Words.set("child", "pupil", "young", "boy", "girl", "children", "pupils",
            "yp", "resident", "baby", "toddler");
    private static final Set<String> PARTNERS = Words.set("boyfriend", "girlfriend", "partner", "husband", "wife",
            "fiancé", "fiance", "fiancée", "fiancee", "ex", "ex-partner", "new");
    private static final Set<String> PARENTS = Words.set("mum", "mother", "dad", "father", "mum's", "mother's", "dad's",
            "father's", "carer", "gran", "nan", "grandmother", "aunt", "auntie", "uncle");

    /**
     * "Mum left with her boyfriend Shane": the boyfriend of a parent named earlier in the sentence, or of anyone when
     * the subject is too young to have one.
     */
    private static boolean adultsPartner(Document doc, List<Token> toks, int k) {
        Integer age = doc.note().subject() == null ? null : doc.note().subject().age();
        if (age != null && age < 12) return true;
        for (int j = k - 1; j >= 0 && j >= k - 12; j--) if (PARENTS.contains(toks.get(j).lower())) return true;
        return false;
    }

    /** "Mum wants Zara to go to her friend Rubina" in a baby's record: a parent named before, so the parent's friend. */
    private static boolean babysParent(Document doc, List<Token> toks, int k) {
        Integer age = doc.note().subject() == null ? null : doc.note().subject().age();
        if (age == null || age > 2 || k == 0 || !Words.set("her", "his", "their").contains(toks.get(k - 1).lower())) return false;
        for (int j = k - 2; j >= 0 && j >= k - 14; j--) if (PARENTS.contains(toks.get(j).lower())) return true;
        return false;
    }

    private static final Set<String> SINGLING_OUT = Words.set("especially", "esp", "particularly", "including", "mainly", "mostly");
    private static final Set<String> CHILDREN_GROUPS = Words.set("girls", "boys", "lads", "kids", "children", "pupils",
            "friends", "mates", "peers", "classmates", "students");

    /**
     * "the other girls will laugh, especially Ruby and Amelia", "six other lads, including Marcus Bell": a name singled
     * out of a group of children named a few words before.
     */
    private static boolean amongChildren(List<Token> toks, int first) {
        int k = first - 1;
        while (k >= 0 && (toks.get(k).posIs("PROPN") || toks.get(k).text().equals(",") || toks.get(k).lower().equals("and"))) k--;
        if (k < 1 || !SINGLING_OUT.contains(toks.get(k).lower()) || !toks.get(k - 1).text().equals(",")) return false;
        for (int j = k - 2; j >= 0 && j >= k - 10; j--) {
            String l = toks.get(j).lower();
            if (CHILDREN_GROUPS.contains(l)) return true;
            if (l.equals(";") || l.equals(".") || ADULT_CUES.contains(l)) return false;
        }
        return false;
    }

    /** "Poppy's brother": a possessive naming someone other than the subject or their family. */
    private static boolean othersPossessive(Token b, Set<String> subjectAndFamily) {
        String l = b.lower();
        if (!l.endsWith("'s") || l.startsWith("his") || l.startsWith("her")) return false;
        return !subjectAndFamily.contains(l.substring(0, l.length() - 2));
    }

    /** "children in care nurse", "young people's worker": a child word that only qualifies an adult's role. */
    private static boolean roleFollows(List<Token> toks, int k) {
        for (int j = k + 1; j < toks.size() && j <= k + 4; j++) {
            Token t = toks.get(j);
            if (ADULT_CUES.contains(t.lower())) return true;
            if (t.text().equals(",") || t.posIs("VERB") || t.posIs("AUX") || t.posIs("PROPN")) return false;
        }
        return false;
    }

    /**
     * Words the note writes in lower case and capitalises only at the start of a sentence or list item ("a vape",
     * "Vape confiscated."): ordinary words, whatever the tagger makes of the capital. A name capitalised anywhere
     * else ("with Will") is not one of them.
     */
    private static Set<String> wordsOnly(Document doc) {
        Set<String> lower = new HashSet<>();
        Set<String> midCapital = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            boolean first = true;
            for (Token t : s.tokens()) {
                char c = t.text().charAt(0);
                if (!Character.isLetterOrDigit(c)) continue;
                if (Character.isLowerCase(c)) lower.add(t.text());
                else if (!first) midCapital.add(t.text().toLowerCase(Locale.ROOT));
                first = false;
            }
        }
        lower.removeAll(midCapital);
        return lower;
    }

    private static boolean hasAdultCueNear(List<Token> toks, int first) {
        for (int k = Math.max(0, first - 3); k < Math.min(toks.size(), first + 4); k++) {
            if (ADULT_CUES.contains(toks.get(k).lower().replace(".", ""))) return true;
        }
        return false;
    }
}
