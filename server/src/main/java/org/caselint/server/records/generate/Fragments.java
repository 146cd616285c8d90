package org.caselint.server.records.generate;

import java.util.List;

/**
 * Sentence templates the {@link RecordGenerator} builds notes from, grouped by what they do for (or against) the
 * recording standards. Placeholders: {C} child's first name, {CF} full name, {he} {He} {him} {his} {His} the
 * child's pronouns, {M}/{MF} mother, {D}/{DF} father, {S} a sibling, {F} another child (not a sibling),
 * {Fi} that child's initial, {SCH} school, {T} a teacher, {TR} the teacher's role, {HP} a health professional,
 * {HR} their role, {FC} family centre, {CARER} foster carer, {TIME}, {DATE}, {NEXT}, {TOY}, {LIKE}, {Q} a quote.
 */
final class Fragments {
    private Fragments() { }

    static final List<String> PURPOSE_GOOD = List.of(
            "To see {C} at home and talk with {M} about how things have been since my last visit.",
            "To see {C} on {his} own and find out how {he} feels about the changes at home.",
            "To follow up what the school told me about {C}'s attendance and agree a plan with {M}.",
            "To see {C} and {M} together and check how the new bedtime routine is going.",
            "To talk with {C} about what {he} would like to happen with seeing {D}.");
    static final List<String> PURPOSE_ACRONYM = List.of(
            "CIN visit to see {C} and review the plan.",
            "Visit as part of the CP plan.",
            "Visit to complete direct work ahead of the ICPC.",
            "Home visit following the MASH referral.",
            "Visit to update the C&F assessment.");
    static final List<String> PURPOSE_ACRONYM_EXPLAINED = List.of(
            "Child in Need (CIN) visit to see {C} and review the plan.",
            "Visit as part of {C}'s child protection (CP) plan.",
            "Home visit following the referral from the Multi-Agency Safeguarding Hub (MASH).");
    static final List<String> PURPOSE_JARGON = List.of(
            "Statutory visit to see {C} in placement.",
            "To assess whether {M} is engaging with the plan.",
            "To check whether the threshold is still met.");

    static final List<String> OBS_GOOD = List.of(
            "{C} was playing with {TOY} in the front room when I arrived and showed me what {he} had made.",
            "{C} was dressed in clean clothes and was eating toast at the kitchen table.",
            "{C} answered the door with {M} and took me upstairs to see {his} bedroom, which had a bed, a wardrobe and posters on the wall.",
            "{C} sat next to {M} on the sofa and leaned against her for most of the visit.",
            "I saw a bruise about the size of a 10p coin on {C}'s left forearm; {M} said {he} had fallen off the trampoline on Sunday.",
            "{C} was in {his} school uniform and had just come in from school; {he} said hello and went to get a drink.",
            "{C} was watching cartoons when I arrived and turned the television off when {M} asked {him} to.");
    static final List<String> OBS_BABY = List.of(
            "{C} was lying on a playmat in the front room, wearing a clean sleepsuit.",
            "When {M} spoke to {him}, {C} turned {his} head towards her voice and kicked {his} legs.",
            "At {TIME} {C} began to cry; {M} picked {him} up and rocked {him}, and {he} settled within about a minute.",
            "{C} held eye contact with {M} and smiled twice during the visit.");
    static final List<String> FAMILY_TIME_GOOD = List.of(
            "{C} ran to {M} when she came in and they hugged.",
            "{C} and {M} played a board game together; {M} let {him} win and they both laughed.",
            "{M} brought sandwiches and crisps, and {C} ate them sitting on her knee.",
            "{C} showed {M} a drawing {he} had done at school and she said she would put it on the fridge.",
            "When it was time to leave {C} held on to {M}'s coat and cried; {M} told {him} she would see {him} next week.");
    static final List<String> PHONE_PARENT = List.of(
            "{M} said {C} had been sick overnight and would not be at school today.",
            "{M} said she had been to the housing office and they had offered her a two-bedroom flat.",
            "{M} asked if the family time on Saturday could be moved to the afternoon.",
            "{M} said she was worried about money since her hours at work were cut.");
    static final List<String> OBS_POOR = List.of(
            "{C} presented as happy.",
            "{C} presented well and was appropriately dressed.",
            "{C} was fine.",
            "{C} appeared settled.");

    static final List<String> HOME_GOOD = List.of(
            "The kitchen had food in the cupboards and the fridge, and the dishes had been washed.",
            "The front room was tidy; there was a basket of clean washing on the sofa.",
            "There was a strong smell of cigarette smoke in the front room and several full ashtrays on the table.",
            "The home was cold; {M} said the gas meter had run out the day before.",
            "There were dirty plates on the kitchen floor and a bin bag of rubbish by the back door.");
    static final List<String> HOME_JUDGEMENTAL = List.of(
            "The home was chaotic.",
            "The house was filthy.",
            "The house was dirty and {C} looked unkempt.",
            "Home conditions were chaotic as usual.");
    static final List<String> HOME_SUPPORTED = List.of(
            "The home was chaotic: the television was on loud, two dogs were barking and {M} had to shout over the noise to be heard.",
            "The kitchen was dirty; there were plates with old food on the worktops and the floor was sticky.");

    static final List<String> PARENT_GOOD = List.of(
            "{M} answered my questions and showed me the letter from the housing office.",
            "{M} said she was worried about money since her hours at work were cut.",
            "{M} told me she has been taking {C} to school every day this week and showed me the attendance text from the school.",
            "{D} was at home and joined us for the last ten minutes; he asked when the next meeting would be.",
            "{M} said she felt \"tired but OK\" and that her sister comes round most afternoons to help.");
    /** Unsupported "aggressive": what an audit should find, used far more by some teams and authors. */
    static final List<String> AGGRESSIVE_UNSUPPORTED = List.of(
            "{M} was aggressive throughout the visit.",
            "{D} was very aggressive towards me.",
            "{D} was aggressive and I ended the visit early.",
            "{M} became aggressive when the school was mentioned.",
            "{D} has a history of being aggressive with professionals.",
            "{M} was verbally aggressive on the phone.",
            "{D} was aggressive and intimidating.",
            "Both parents were aggressive.");
    static final List<String> AGGRESSIVE_SUPPORTED = List.of(
            "{D} became aggressive when I asked about the police call-out: he stood up, shouted that I was \"poking my nose in\" and slammed the door behind him.",
            "{M} was aggressive towards me. She stood in the doorway, pointed her finger at my face and shouted that she would not let me in.",
            "{D} raised his voice and swore at me when I mentioned the school's concerns; he then asked me to leave.");
    static final List<String> JUDGEMENTAL_UNSUPPORTED = List.of(
            "{M} was hostile and uncooperative.",
            "{D} was evasive when asked about his drinking.",
            "{M} was defensive and difficult.",
            "{D} was confrontational.",
            "{M} was manipulative during the conversation.",
            "{C} was disruptive and attention-seeking.",
            "{M} was volatile.",
            "{D} was rude and obstructive.");

    static final List<String> JARGON = List.of(
            "{C} has contact with {D} every Saturday at {FC}.",
            "The placement continues to meet {C}'s needs.",
            "{M} has not been engaging with the plan.",
            "There are concerns about disguised compliance.",
            "Respite was discussed.",
            "The case will be stepped down to Early Help.",
            "{M} was non-compliant with the written agreement.",
            "{C} presented as withdrawn.");
    static final List<String> PLAIN = List.of(
            "{C} sees {D} every Saturday at {FC}; a family support worker stays with them for the two hours.",
            "{C} goes to stay with {his} aunt one weekend a month so that {M} can have a break.",
            "{M} did not go to the parenting course on Tuesday or Thursday; she told me she forgot.",
            "{M} has been to four of the six parenting sessions.");

    static final List<String> SOURCED = List.of(
            "{T}, {C}'s {TR} at {SCH}, told me {C}'s attendance this term is 84% and that {he} has been late on six mornings.",
            "{M} told me that {D} has moved back in with his mother.",
            "The police log of {DATE} records a call from a neighbour about shouting at the address.",
            "{HP}, the {HR}, told me {C} has been weighed and is gaining weight as expected.",
            "{T} at {SCH} emailed me on {DATE} to say {C} had come to school hungry twice this week.",
            "{M} said {D} rang her on Friday night and shouted at her down the phone.");
    static final List<String> UNSOURCED = List.of(
            "Dad has been drinking heavily again.",
            "Apparently {M} has a new partner.",
            "It was reported that {D} hit {M} last week.",
            "Concerns have been raised about {C}'s school attendance.",
            "{M} is known to use cannabis.",
            "There have been reports of shouting at the address.",
            "It is believed that {D} is staying at the house most nights.");

    static final List<String> VOICE = List.of(
            "{C} told me \"{Q}\".",
            "{C} said {he} likes {LIKE} and wants to do more of it.",
            "When I asked {C} about home, {he} said \"it's alright, but mum gets sad sometimes\".",
            "{C} said {he} misses {D} and would like to see him more.",
            "{C} told me {he} feels safe at home and that {M} makes {his} packed lunch every day.",
            "{C} said {he} does not want to go to the family centre any more because \"it's boring there\".",
            "I asked {C} what {he} would change at home; {he} said {he} wants {his} own bedroom.");
    static final List<String> QUOTES = List.of(
            "I like my new bedroom because it is blue", "I don't like it when mum and dad shout",
            "I want to stay at my school", "my teacher is nice to me", "can I see my dad at the weekend?",
            "I'm happy here", "I get scared at night sometimes");
    static final List<String> VOICE_BABY = List.of(
            "{C} smiled and reached for {M} when she came back into the room.",
            "{C} babbled and kicked {his} legs when {M} talked to {him}.",
            "{C} fed well from {his} bottle and fell asleep in {M}'s arms.");

    static final List<String> OTHER_CHILD = List.of(
            "{C} said {F} from {his} class had been unkind to {him} at lunchtime.",
            "{C} and {F} were sent home after a fight in the playground.",
            "{C} was playing outside with {F}, who lives next door.",
            "{C} told me {he} had been to {F}'s birthday party at the weekend.");
    static final List<String> OTHER_CHILD_INITIAL = List.of(
            "{C} said another pupil, {Fi}., had taken {his} coat.",
            "{C} said a friend from school had been to tea.");
    static final List<String> SIBLING = List.of(
            "{S} was at home too and was playing on the tablet.",
            "{C} and {S} were drawing together at the table.",
            "{S} was at nursery during the visit.");

    static final List<String> OPINION_AS_FACT = List.of(
            "{M} clearly doesn't care about the children.",
            "{M} is obviously not coping.",
            "It is evident that {D} is the main risk to the children.",
            "{D} is a bad influence on {C}.",
            "{M} is clearly putting her relationship before the children.");
    static final List<String> OPINION_SUPPORTED = List.of(
            "In my view {M} is struggling to cope at the moment, because there was no food in the kitchen and she told me she had not slept for two nights.",
            "My professional opinion is that {C} is safe at home for now: {he} was clean, had eaten, and told me {he} feels safe.",
            "I think the new routine is helping, because {C} has been on time for school every day this week.");

    static final List<String> ACRONYM_UNEXPLAINED = List.of(
            "The TAC meeting is booked for {NEXT}.",
            "{C}'s EHCP is being reviewed.",
            "The IRO has asked for an update before the LAC review.",
            "An SDQ will be completed before the review.",
            "A referral to CAMHS has been made.",
            "S47 enquiries are ongoing.",
            "The PEP meeting is on {NEXT}.",
            "PLO letters were sent on {DATE}.",
            "The case will be discussed at the next RCPC.");
    static final List<String> ACRONYM_EXPLAINED = List.of(
            "The Team Around the Child (TAC) meeting is booked for {NEXT}.",
            "{C}'s Education, Health and Care Plan (EHCP) is being reviewed.",
            "A referral has been made to the Child and Adolescent Mental Health Service (CAMHS).",
            "The Independent Reviewing Officer (IRO) has asked for an update before {C}'s review.");

    static final List<String> PLAN = List.of(
            "I will visit again on {NEXT}.",
            "I will ask the school for {C}'s attendance figures before the next meeting.",
            "{M} will ring the housing office on Monday and let me know what they say.",
            "I will speak to {D} by phone before the review.",
            "I will see {C} at school on {NEXT} so {he} can talk to me without {M} there.",
            "I will send {M} a copy of the plan in writing, as she asked.");
}
