package org.caselint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.caselint.model.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shapes of second-hand information, opinion, other children and the child's voice that notes by writers the
 * checks were not developed on use, each with a well-written counterpart that must pass. Rules only (no trained
 * classifier), so a row fails when the rule behind it breaks. Each row: passage; category; flagged (| between;
 * empty for none); subject; subject's age.
 */
class GeneralisationTest {

    private static List<String> flagged(String text, String category, String subject, int age) {
        Note n = Note.of("gen", text.replace("\\n", "\n"));
        if (!subject.isEmpty()) n = n.withSubject(new Note.Subject(subject, null, age));
        return Shared.rulesOnly().lint(n).findings().stream().filter(f -> f.category().id().equals(category))
                .map(f -> f.isNoteLevel() ? "(note)" : f.text()).toList();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        // missing-source: what someone has been doing, habits, perception with no one who saw it, more hedges
        "She has been sending explicit images to boys at school.; missing-source; She has been sending explicit images to boys at school; ; 0",
        "Jordan has been living with his foster carers for four months.; missing-source; ; ; 0",
        // missing-source: appointments counted as kept or missed are the service's own record; a parent's drinking is not
        "Hannah has missed 4 of the last 6 appointments.; missing-source; ; Hannah Reid; 6",
        "He has been brought to seven of his nine appointments.; missing-source; ; Hannah Reid; 6",
        "Mum told me she has been sending him to school without breakfast.; missing-source; ; ; 0",
        "The children are regularly left on their own at night.; missing-source; The children are regularly left on their own at night; ; 0",
        "Jayden said he plays football every weekend.; missing-source; ; ; 0",
        "He was seen getting into a silver car outside the shop.; missing-source; He was seen getting into a silver car outside the shop; ; 0",
        "He was seen getting into a silver car by PC Ward.; missing-source; ; ; 0",
        // missing-source: what the writer heard said is hearsay, what they heard happen is theirs
        "I heard his mum and dad have split up.; missing-source; I heard; ; 0",
        "I heard he left the flat on Friday.; missing-source; I heard; ; 0",
        "I heard that part of their conversation myself.; missing-source; ; ; 0",
        "I heard that dad was arrested on Friday.; missing-source; I heard that; ; 0",
        "At 1am I heard music coming from his room and knocked on his door.; missing-source; ; ; 0",
        "I heard him tell his sister that he was scared.; missing-source; ; ; 0",
        // missing-source: the writer's own service's record is not a reputation; "known to police" is
        "Tegan has been known to our project since 2022.; missing-source; ; ; 0",
        "Reece has been open to us since January for cannabis use.; missing-source; ; ; 0",
        "Her boyfriend is known to police.; missing-source; is known to; ; 0",
        // missing-source: a line of agency checks labelled with the agency it comes from
        "Agency checks:\\nPolice - Kieran has a previous caution for assault.\\nSchool - attendance 92%.; missing-source; ; ; 0",
        "Agency checks:\\nKieran has a previous caution for assault.; missing-source; previous caution; ; 0",
        "Agency checks:\\nCllr Okoro - the family were rehoused in 2023 after a fire.\\nDCI Shah: Kieran has a previous caution.; missing-source; ; ; 0",
        // missing-source: who speaks inside what was reported does not say who reported it
        "It was reported that he threw a stone at a car and the driver called police.; missing-source; It was reported; ; 0",
        "It was reported to me by his teacher that he threw a stone at a car.; missing-source; ; ; 0",
        // missing-source: a dated log line that opens with a report leaves out who made it; one with its agent does not
        "Chronology\\n14/08/23 \u2013 Reported that YP had been smoking cannabis in his bedroom.; missing-source; Reported that; ; 0",
        "25/01 - Reports that mum has been posting about the carers on Facebook.; missing-source; Reports that; ; 0",
        "Sat 9 Nov: Said to be staying with friends in Leeds.; missing-source; Said to be; ; 0",
        "12/03 - Reported by Mrs Grant (DSL) that Tom had a bruise on his arm.; missing-source; ; ; 0",
        "12/03 - Reported Tom missing to police at 23:10.; missing-source; ; ; 0",
        "14/08 - Mum said that Tom had been sick overnight.; missing-source; ; ; 0",
        "Concerns were raised by the school nurse that he was hungry and his mum said she had no money.; missing-source; ; ; 0",
        "Bailey unsettled over the weekend per carers.; missing-source; ; ; 0",
        "The case was stepped down to Early Help in November.; missing-source; ; ; 0",
        "Concerns shared by the school: Mia was late 22 times this term.; missing-source; ; ; 0",
        "The placement continues to meet her needs and she is settled.; missing-source; ; ; 0",
        "Police notification\\nPC Ward rang at 23:10. Jake was arrested with another boy on suspicion of shoplifting.; missing-source; ; ; 0",
        "Kyle was excluded for the rest of the day after throwing a chair in the classroom.; missing-source; ; ; 0",
        // missing-source: a passive report with its "is" left out names no one; police called out to a place is an event,
        // not a call to the writer; "Mum called to say" still is one
        "09/07 - Mum reported to be drinking in her flat.; missing-source; reported to be; ; 0",
        "Mum reported that she has stopped drinking.; missing-source; ; ; 0",
        "Report to be sent to the social worker within 20 working days.; missing-source; ; ; 0",
        "02/09 - TA Kerry Nolan alleged to have bought alcohol for students.; missing-source; alleged to have; ; 0",
        "May 2023: Re-referral after police called to the flat, Dad punched a hole in the door.; missing-source; May 2023: Re-referral after police called to the flat, Dad punched a hole in the door; ; 0",
        "Mum called to say Kai had gone to bed early.; missing-source; ; ; 0",
        "PC Hill told me police were called to the address after a disturbance.; missing-source; ; ; 0",
        "He was arrested last month for possession with intent to supply.; missing-source; was arrested; ; 0",
        "Dad was arrested on 2 Feb for assaulting Mum.; missing-source; was arrested; ; 0",
        "He has been arrested for shoplifting.; missing-source; has been arrested; ; 0",
        "Marcus was hostile to the night staff last night.; missing-source; Marcus was hostile to the night staff last night; ; 0",
        "His previous foster placement ended after a row with the carers.; missing-source; His previous foster placement ended after a row with the carers; ; 0",
        "Her AUDIT score today was 18, down from 24 in March.; missing-source; ; ; 0",
        "Jake has been sent out of lessons three times this half term.; missing-source; Jake has been sent out of lessons three times this half term; ; 0",
        "Bobby has attended 12 out of 15 nursery sessions this half term.; missing-source; ; ; 0",
        "Dad has been missing his probation appointments for some time.; missing-source; Dad has been missing his probation appointments for some time; ; 0",
        "Elis ran to his mum and she held him for a long time.; missing-source; ; ; 0",
        "Their account of the injury has changed several times.; missing-source; Their account of the injury has changed several times; ; 0",
        "Chronology\\n2020: Dad moved out but kept turning up at the house drunk.; missing-source; 2020: Dad moved out but kept turning up at the house drunk; ; 0",
        "Chronology\\nJune 2021: Tyler excluded for five days for hitting a teaching assistant.; missing-source; June 2021: Tyler excluded for five days for hitting a teaching assistant; ; 0",
        "Chronology\\n14/03/2022: Police attended after a 999 call from the neighbour, Mrs Hart.; missing-source; ; ; 0",
        "Chronology\\nSept 2021: Stepped down to early help.; missing-source; ; ; 0",
        // the same chronology with the date written as month and year, a two-figure year, or a season
        "Chronology\\n06/2021: Mum's new partner moved in with the family.; missing-source; 06/2021: Mum's new partner moved in with the family; ; 0",
        "Chronology\\nNov 23 - Dad arrested after a fight outside the pub.; missing-source; Nov 23 - Dad arrested after a fight outside the pub; ; 0",
        "Chronology\\nAutumn 2022: Dad moved back in and the arguments started again.; missing-source; Autumn 2022: Dad moved back in and the arguments started again; ; 0",
        "Chronology\\n06/2021: Police attended after a 999 call from the neighbour, Mrs Hart.; missing-source; ; ; 0",
        // whose concerns: none said, or those of whoever acted on them
        "Isla was accommodated at six weeks old following concerns about neglect.; missing-source; following concerns about; ; 0",
        "12/09 - Referred by HOY following concerns about low attendance (78%).; missing-source; ; ; 0",
        "03/02 - Referral received from the health visitor following concerns about mum's drug use.; missing-source; ; ; 0",
        "YOT worker (Dave) states Kyle has been excluded from school for the third time this term.; missing-source; ; ; 0",
        "Isla moved from her mum's care following concerns about neglect.; missing-source; following concerns about; ; 0",
        "Kayla has been NEET since she left college in February.; missing-source; ; ; 0",
        "The parents' account is that Harvey fell off the sofa on Tuesday evening.; missing-source; ; ; 0",
        "The family were open to social care in Leicester in 2019 after Dad hit Mum.; missing-source; The family were open to social care in Leicester in 2019 after Dad hit Mum; ; 0",
        "He showed me a scratch on his wrist and said pupil C. grabbed him yesterday.; missing-source; ; ; 0",
        "Kayden was last seen by Sian at 18:30 heading towards the bus station.; missing-source; ; ; 0",
        "Kayden was last seen at 18:30 near the bus station.; missing-source; was last seen; ; 0",
        "It has been suggested that the school changed his timetable without telling him.; missing-source; It has been suggested; ; 0",
        "The children are regularly left on their own three nights per week.; missing-source; The children are regularly left on their own three nights per week; ; 0",
        "By all accounts he has been fighting at school this term.; missing-source; By all accounts; ; 0",
        "It's been said that he owes money to an older lad called Jamal.; missing-source; It's been said; ; 0",
        "At 1.20am I heard music coming from his room.; missing-source; ; ; 0",
        "Joint visit with PC Marsh following the incident at the weekend.; missing-source; ; ; 0",
        "Night staff said he tried to leave on the walk back from the shop.; missing-source; ; ; 0",
        "Her husband does not allow her to leave the house without him.; missing-source; Her husband does not allow her to leave the house without him; ; 0",
        "Mum clearly prioritises her partner over the baby.; missing-source; ; ; 0",
        "There were several police call-outs to the address last month.; missing-source; There were several police call-outs to the address last month; ; 0",
        "The session took place at the foster home where Ms Nguyen and Minh have lived since April.; missing-source; ; ; 0",
        "To see how Kiera and her family are managing since moving into the caravan in October.; missing-source; ; ; 0",
        // fact-opinion: capacity, risk and causes stated as fact, evaluative idioms
        "Mum will never be able to meet the children's needs.; fact-opinion; will never be able to; ; 0",
        "His attendance is 54% and he is at risk of losing his bursary.; fact-opinion; ; ; 0",
        "Her college place is at risk.; fact-opinion; ; ; 0",
        "Maya chose not to come to her review but sent a drawing for the chair.; fact-opinion; ; ; 0",
        "She is choosing not to help herself.; fact-opinion; choosing not to; ; 0",
        "I will ring Mum on Friday to check how the new bedtime routine is working.; fact-opinion; ; ; 0",
        // "at risk" on its own is left to the classifier: writers mark it as opinion about half the time, as often not
        "The placement is at risk of breaking down.; fact-opinion; ; ; 0",
        "Mum poses a risk to the baby.; fact-opinion; poses a risk; ; 0",
        "In my assessment the carers are coping well, because the children were clean and fed at each visit.; fact-opinion; ; ; 0",
        "His sleep is poor, which is why he is late for school.; fact-opinion; which is why; ; 0",
        // "because of X" names a cause (the inference itself); "because she ..." gives the reason
        "He was clearly upset because of the phone call with his dad.; fact-opinion; clearly; ; 0",
        "He was clearly upset because he cried and said he missed his dad.; fact-opinion; ; ; 0",
        "Mum told me this is because the bus was late.; fact-opinion; ; ; 0",
        "He was calm and answered my questions clearly.; fact-opinion; ; ; 0",
        "She spoke quietly but clearly about the move.; fact-opinion; ; ; 0",
        "Mum clearly prioritises her phone over the baby.; fact-opinion; clearly; ; 0",
        "Mr Holt asked what had caused the earlier absences.; fact-opinion; ; ; 0",
        "I will let Dad know she is safe.; fact-opinion; ; ; 0",
        "Mum is depressed and has not left the flat for weeks.; fact-opinion; Mum is depressed; ; 0",
        "Grandad is not fit to be looking after a five-year-old.; fact-opinion; is not fit to; ; 0",
        "Ava is a neglected child.; fact-opinion; neglected child; ; 0",
        "Lynne is happy for Connor to stay until the summer.; fact-opinion; ; ; 0",
        "The aim is that within three months her parents can show that she is consistently safe.; fact-opinion; ; ; 0",
        "Shannon turned up 40 minutes late, which says it all.; fact-opinion; which says it all; ; 0",
        // third-party-child: a son or daughter of the foster carers is another child in the home; with an adult's age,
        // or as a parent's son (a half-sibling), not
        "Visit to Kai at his foster home. The foster carer's son Pete played football with Kai in the garden.; third-party-child; Pete; Kai Hill; 9",
        "Visit to Kai at his foster home. The foster carer's son Pete (24) drove us to the park.; third-party-child; ; Kai Hill; 9",
        "Visit to Kai at home. Mum's son Jack was at school.; third-party-child; ; Kai Hill; 9",
        // where pupils are together, and who "was" one of the boys
        "Connor is on a reduced timetable following the incident with Jake Morris in the dinner hall.; third-party-child; Jake Morris; Connor Hill; 12",
        "He said one of the older boys was called Harvey Nolan and he had only met them that week.; third-party-child; Harvey Nolan; Rhys Evans; 14",
        // third-party-child: peer activity, an age in an appositive; months, pets and adults are not children
        "I visited Marcus at home. He said he pushed Harry Stevens off the climbing frame.; third-party-child; Harry Stevens; Marcus Reid; 9",
        "Strategy meeting about Jordan. He has been linked to Reece Donnelly and Harley Shaw (both 16), who were arrested last month.; third-party-child; Reece Donnelly|Harley Shaw; Jordan Price; 15",
        "Observations of Ava-Rose: she was awake on a play mat and reached for her mum when I sat down.; third-party-child; ; Ava-Rose Clarke; 0",
        "Home visit to Jade Clarke and her daughter Ava-Rose Clarke (7 months). Ava-Rose was sitting on a play mat.; third-party-child; ; Ava-Rose Clarke; 0",
        "He had a falling out with Chidi, the carers' 15-year-old son, at the weekend.; third-party-child; Chidi; Tyler Whitehouse; 13",
        // third-party-child: a job written as one word, a role's initials in brackets, and who was present are adults
        "Reece Hardy (playworker) saw the push and separated them. Kai then swore at Reece and kicked the fence.; third-party-child; ; Kai Benson; 9",
        "At 7pm Jordan called Darren (RSW) a muppet and threw his charger across the lounge.; third-party-child; ; Jordan Price; 15",
        "Present: Sam Harper (police), Nadia Shah (intermediary).\\nOliver lined up toy buses and hummed when Nadia joined in. When Nadia showed him a picture of the minibus, he pushed it away.; third-party-child; ; Oliver Grant; 11",
        "Sophie has been missing four times, each time with her 24 year old boyfriend, Liam. Liam is known to police.; third-party-child; ; Sophie Reid; 15",
        "Sophie has been missing four times, each time with her 15 year old boyfriend, Liam.; third-party-child; Liam; Sophie Reid; 15",
        "Mum reported that an adult using the name \"Jay\" had been messaging Leo on a gaming app. He told me Jay had said he was 15 and sent him game credit.; third-party-child; ; Leo Fairbairn; 12",
        "The foster carer's adult son Pete looked after Kai on Sunday and they played football.; third-party-child; ; Kai Benson; 9",
        "Present: Oliver, his mum and his friend Kai (7).\\nOliver and Kai played with the buses.; third-party-child; Kai|Kai; Oliver Grant; 11",
        // third-party-child: a shop named after a person, and a police community support officer, are nobody's child
        "After the park we went to McDonald's and he had a Happy Meal.; third-party-child; ; Kian Ward; 7",
        "PCSO Platt rang about an incident at the park last night.; third-party-child; ; Kieran Walsh; 16",
        "Mollie showed me the baby clothes and the Moses basket she has bought.; third-party-child; ; Ruby Lane; 0",
        "He told me Callum Reid from his old school has been messaging him.; third-party-child; Callum Reid; Tyler Whitehouse; 13",
        "Home visit – Riverside Caravan Park, Bramthwaite; third-party-child; ; Tyler Whitehouse; 13",
        "Incident record – 22 October, 6.45pm.; third-party-child; ; Tyler Whitehouse; 13",
        "The carers, Julie and Craig, have a dog called Bruno.; third-party-child; ; Tyler Whitehouse; 13",
        "She said the car belonged to 'a mate's cousin called Ty', who she thinks is about 22.; third-party-child; ; Kayla Price; 15",
        // missing-source: vague subjects, hedges, the writer's own visits and meetings, recent sessions
        "Neighbours have complained to the council about shouting from the flat.; missing-source; Neighbours have complained; ; 0",
        "Mrs Patel, who lives next door, told me neighbours have complained about shouting.; missing-source; ; ; 0",
        "From what I hear he has been sleeping at a friend's most nights.; missing-source; From what I hear; ; 0",
        "Visited Amir at his foster home on Tuesday afternoon.; missing-source; ; ; 0",
        "Mr Cole has missed three of his last five family time sessions.; missing-source; Mr Cole has missed three of his last five family time sessions; ; 0",
        "The review took place at the family centre on Monday morning.; missing-source; ; ; 0",
        "Mum has a history of complaining about every school the children go to.; missing-source; has a history; ; 0",
        // missing-source: staff are a source (the tuning notes' writers flagged "staff say" 4 times in 17); action points
        // and the writer's paperwork are not events
        "Staff say she has had lots of visitors late at night.; missing-source; ; ; 0",
        "Email from Heron Lodge about the weekend. Staff report he refused to come in for tea on Saturday.; missing-source; ; ; 0",
        "Brookfield staff say he has settled on his overnight stays.; missing-source; ; ; 0",
        "College to send the attendance figures every Friday and continue to monitor.; missing-source; ; ; 0",
        "Dad, Sean Platt, to be told of the outcome by his solicitor.; missing-source; ; ; 0",
        "Health assessment done at the clinic on Monday.; missing-source; ; ; 0",
        // child-voice: whose pronoun it is; a visit with no answer is a reason
        "Police notification received about an argument at the home on Saturday night. Officers attended at 23:50. Kayden was asleep upstairs at the time. No injuries.; child-voice; (note); Kayden Marsh; 4",
        "I visited at 8pm to see Kayden and his mum. Mum and I talked about the plan in the kitchen. Kayden was asleep upstairs, so I will see him on Monday.; child-voice; ; Kayden Marsh; 4",
        "I visited Leo at school. Miss Fox said his reading is improving. Leo's wishes and feelings were not gathered for this meeting.; child-voice; (note); Leo Hart; 8",
        // child-voice: the child as the object of someone else's verb, a noun that is no word of theirs, a description,
        // views still to be gathered, and a child not part of the call
        "Phone call with Lisa, Kai's social worker. Lisa will visit on Thursday to see Kai and talk about the court date. Mum has been told.; child-voice; (note); Kai Bell; 9",
        "Phone call from school. Kyle is now on report and has had two exclusions this term. Mum was informed.; child-voice; (note); Kyle Bell; 13",
        "Email from school about attendance. School report attendance now 78%, Patrick described as withdrawn. Meeting booked for Friday.; child-voice; (note); Patrick Ward; 11",
        "Supervision with my manager. She advised I should record Tyler's views before the next review. Next supervision in a month.; child-voice; (note); Tyler Moss; 12",
        "Call with Mark about the weekend arrangements. Elsie was not part of this call. I will see her with Mark at his flat on Tuesday.; child-voice; ; Elsie Ward; 7",
        "I visited Leo at school. Mr Clark said Leo told his teacher he wants to join the football club. His reading is improving.; child-voice; ; Leo Hart; 8",
        // child-voice: a clinical record's "Pt" is the child; in a note about a baby, what "baby" did is their voice, what
        // was done to them or planned for them is not
        "Called to a fall at home at 14:10. Pt sitting on the sofa with mum. Pt said it hurts when she moves her wrist. Conveyed to hospital with mum.; child-voice; ; Mia Cole; 6",
        "Called to a fall at home at 14:10. Pt sitting on the sofa with mum. Mum said she fell off the trampoline. Conveyed to hospital with mum.; child-voice; (note); Mia Cole; 6",
        "Home visit to Ava and her mum at 10am. Baby crying when I arrived, then settled in mum's arms and fed well. The flat was warm and clean.; child-voice; ; Ava Cole; 0",
        "Planning meeting at the hospital at 10am. Plan is for baby to go to foster carers from hospital. Baby taken to the ward for checks. Mum agreed to the plan.; child-voice; (note); Ava Cole; 0",
        // child-voice: sharing a room, a boy called by name, a guess at what the child will say, the writer's next
        // action and a habit of being out are not the child's voice or a reason it is missing
        "Agency check with housing. Mr Rudd said there is one room with a double bed which Dylan shares with mum. Dylan is not attending school.; child-voice; (note); Dylan Farrant; 14",
        "Call from grandad Winston. He said Tyrese and a boy called Callum were caught throwing stones at cars on Saturday. I advised Winston to separate the boys at gaming times.; child-voice; (note); Tyrese Campbell; 13",
        "Call with Pat about the plan. Pat doubts Demi will agree to the move. We agreed to meet next week.; child-voice; (note); Demi Shaw; 12",
        "Call from PC Hargreaves about Amira and the shoplifting. Agreed to complete the assessment. Action: arrange a visit to Amira and mum, request PNC printout.; child-voice; (note); Amira Siddiqui; 14",
        "Call with mum about the review. Staff have reported that Tyler is out until late most nights. Mum said she wants Tyler home.; child-voice; (note); Tyler Brannigan; 14",
        "I visited Dylan at home. Dylan shared that he misses his old school and wants to go back.; child-voice; ; Dylan Farrant; 14",
        "Supervision about Reece. Agreed a home visit on Friday with his key worker. Reece has not been seen by anyone from our team since 2 September, so his views could not be gathered.; child-voice; ; Reece Doyle; 16",
        "Call with Dr Naylor. She said Jayden has not been seen at the surgery since 2022. She will write to Mum about an asthma review.; child-voice; (note); Jayden Pickering; 14",
        "Phone call from Grace's mum. She said the carer had cut Grace's hair without asking her. She shouted, called me a \"useless cow\" and put the phone down.; child-voice; (note); Grace Obi; 13",
        "Visit to Leo. Leo has lived with Sue and Pete Hall for two years. He told me he wants to stay with them until he is grown up.; child-voice; ; Leo Grant; 12",
        "Home visit. There was no answer at the door and the curtains were closed. I left a card asking Mum to ring me.; child-voice; ; Tia Moss; 6",
        "Police notification. Kai was brought home by officers at midnight. Mum was asleep when officers arrived and did not know Kai was out. I will visit on Monday.; child-voice; (note); Kai Webb; 15",
        "Home visit at 7pm. Kai was asleep when I arrived, so Mum and I talked in the kitchen about the school meeting.; child-voice; ; Kai Webb; 15",
        // a reason is the child's only when it is about the child: "Leon's mother" could not come, not Leon
        "Short break review at Oak House with the unit manager. Leon's mother was unable to attend because of work. The manager said the two nights a month are working well.; child-voice; (note); Leon Fraser; 12",
        // "reported missing" is a log's passive, "puts herself at risk" and "placed since" put nothing: none is the child's voice
        "Out of hours call from the police. Kyra reported missing at 21:00 by her foster carer. Found by police at 23:00 in the park and taken back to placement.; child-voice; (note); Kyra Lee; 14",
        "Call from the foster carer at 01:20. Ioana came back at 01:00 smelling of alcohol. Ioana puts herself at risk when she goes out with older men. Advised the carer to pass the phone details to the police.; child-voice; (note); Ioana Marin; 17",
        "Foster carer annual review, section on Nia Campbell, placed since March 2021. The carers have completed their training and their approval continues. Next review in twelve months.; child-voice; (note); Nia Campbell; 9",
        "Direct work with Kai today using the feelings cards. Kai placed a card on the sad face when we talked about contact. We agreed to meet again next week.; child-voice; ; Kai Webb; 9",
        // a baby brought in by someone else is done to, not doing
        "Contact from the hospital safeguarding nurse. Noah brought to A&E by parents at 02:00 with a burn to his right hand. Parents say it happened on the oven door. Strategy discussion requested.; child-voice; (note); Noah Bennett; 1",
        "File review. Theo remains with his grandmother. The last visit to Theo is outside the required timescale. Email sent to the manager.; child-voice; (note); Theo Lamb; 3",
        "School meeting with Mum. Mrs Lord said Mason has come on well with his reading. Mason's views were not sought for this meeting.; child-voice; (note); Mason Lee; 6",
        "Call from the ward at 2am. Harper (6 weeks) brought in by parents with a high temperature. Dad became abusive with security.; child-voice; (note); Harper Wilde; 0",
        // child-voice: the writer's inference about what the child wants is not their voice; a hospital admission is
        // not the child admitting something
        "Supervision about Mason. Mason went missing from the short break home on Saturday. Mason clearly wants more time at home.; child-voice; (note); Mason Clarke; 15",
        "Ward round note. Ava admitted Friday with bronchiolitis, on high flow oxygen. Mum is staying on the ward.; child-voice; (note); Ava Lee; 0",
        "Visit to Mason at the short break home. Mason admitted that he left by the side door because he wanted to go home.; child-voice; ; Mason Clarke; 15",
        "Call from the ward. Baby girl born at 01:12 to Ms Kowalska. Baby subject to a pre-birth plan, conference held in March. Father asked to leave by security.; child-voice; (note); Baby Kowalska; 0",
        "Home visit. Harper held my finger and smiled when Mum sang to her.; child-voice; ; Harper Wilde; 0",
        "Viability visit to Ms Lacatus. She told me she is willing to care for Denisa. I have not yet seen Denisa with her because Denisa had chickenpox. I will observe them together next week.; child-voice; ; Denisa Pop; 3",
        // third-party-child: a name joined to the child's, a role in brackets, a parent's boyfriend, an organisation
        "Ruby and Kayla Morris started arguing over the remote in the lounge.; third-party-child; Kayla Morris; Ruby Finch; 14",
        "Mum left the ward with her boyfriend Shane Kirby at 7pm.; third-party-child; ; Ava Kirk; 0",
        "Supervision with Dawn Hughes (registered manager) about the plan for Summer.; third-party-child; ; Summer Lee; 15",
        "Present: Detective Constable Lee Hamilton, Child Exploitation Team, and me.; third-party-child; ; Ella Smith; 14",
        // third-party-child: staff in brackets, a worker named by role, initials, a game, a parent's friend, lists with one age
        "Night staff (Gary Pike and Lorna Hale) checked on Sam every fifteen minutes.; third-party-child; ; Sam Todd; 14",
        "Phone call with Fiona Grant, Sam's worker at the Youth Justice Service.; third-party-child; ; Sam Todd; 14",
        "A girl in her class (initials K.M.) pulled her hair.; third-party-child; ; Ruby Finch; 9",
        // third-party-child: someone joined with the writer is a colleague; inside a quotation "me" is the speaker
        // third-party-child: the parts of a school day children share, and biting, place a name among children
        "Mia now sits with Chloe Benson at break.; third-party-child; Chloe Benson; Mia Hart; 9",
        "Mia was off task and talking to Kieran at the back.; third-party-child; Kieran; Mia Hart; 9",
        "He bit Jayden-Lee on Tuesday.; third-party-child; Jayden-Lee; Ryan Cole; 3",
        "Sam (staff) took Mia outside at break.; third-party-child; ; Mia Hart; 9",
        "Mia said she was a bit scared and is watching a film with Nana.; third-party-child; ; Mia Hart; 9",
        // third-party-child: a school named after a saint or a place is not a child; volunteers and stewards are adults;
        // a role word that is also a surname does not make a name an adult's
        "Direct work session: Poppy Evans, Year 6, St Anne's Primary\\nPoppy drew her family.; third-party-child; ; Poppy Evans; 10",
        "One of our volunteers, Mark Denton, sent Evie a friend request.; third-party-child; ; Evie Lane; 14",
        "He poked Ethan Walsh with a pencil during the input.; third-party-child; Ethan Walsh; Riley Cole; 7",
        "Tommy Cook pushed him in the playground.; third-party-child; Tommy Cook; Riley Cole; 7",
        "Mason went to the park with myself and Sarah Quinn. Mason sat in the back with Sarah and played football with Sarah.; third-party-child; ; Mason Reid; 14",
        "Sam Okafor and I checked the park and the shop.; third-party-child; ; Mason Reid; 14",
        "He said, \"Nobody at school likes me and Ethan always gets me in trouble.\" His friend Ethan sits next to him.; third-party-child; Ethan|Ethan; Mason Reid; 9",
        "After tea they played Jenga and Ruby won twice.; third-party-child; ; Ruby Finch; 9",
        "Mum would like Ava to stay with her friend Donna over the weekend.; third-party-child; ; Ava Kirk; 1",
        "She was with Tamsin Lowe and Holly Dean, both 13, when the police found them.; third-party-child; Tamsin Lowe|Holly Dean; Ruby Finch; 14",
        "He was with Reece Nolan until midnight.; third-party-child; Reece Nolan; Kai Bell; 15",
        "He was with his uncle, Reece Nolan, until midnight.; third-party-child; ; Kai Bell; 15",
        "Staff on shift: me and Lorna Pike. Lorna took Ruby to the park after tea.; third-party-child; ; Ruby Finch; 9",
        "Ruby had a tantrum at bedtime and threw Kayla's teddy across the room.; third-party-child; Kayla; Ruby Finch; 7",
        "Nia told her friend Maisie that dad sleeps all day.; third-party-child; Maisie; Nia Rowe; 10",
        "Callie was found at the house of a friend, Jade Turner. She will have planned this with Jade. Jade's older brother is known to police.; third-party-child; Jade Turner|Jade|Jade; Callie Morgan; 10",
        "He told Marcus he was going out. Marcus and I drove round the retail park but did not find him.; third-party-child; ; Kayden Moss; 15",
        "Written by Rachel Dunmore, Registered Manager, from the daily logs and an email from her school.; third-party-child; ; Ellie Shaw; 14",
        "She has friends, e.g. Grace Oyelaran and Maisie Dunn, who help her catch up with work.; third-party-child; Grace Oyelaran|Maisie Dunn; Aoife Byrne; 12",
        "He argued with another resident, Owen Platt, over the remote. Zac told staff 'Owen started it'.; third-party-child; Owen Platt|Owen; Zac Hale; 13",
        "Two other residents, Jess Lowe and Remi Diaz, were moved to the office.; third-party-child; Jess Lowe|Remi Diaz; Zac Hale; 13",
        "Priya's parents have complained to the school about Leon.; third-party-child; Priya; Leon Shaw; 9",
        "He said he was teased by Harvey and Isla Moss about his dad.; third-party-child; Harvey|Isla Moss; Leon Shaw; 9",
        "Joint visit with Sarah Collins, HV. Sarah weighed him and he kicked his legs when she talked to him.; third-party-child; ; Theo Lamb; 0",
        "Spoke with Ruth Kerr, children in care nurse, about his health assessment.; third-party-child; ; Theo Lamb; 12",
        "Freddie told his teacher, \"Daddy says he will throw me on the trampoline.\"; third-party-child; ; Freddie Cole; 5",
        // missing-source: a long hug is one event, not a habit
        "Family time at the centre. Ruby ran to her dad and hugged him for a long time.; missing-source; ; ; 0",
        // judgemental: arriving is not evidence, nor is a habit of telling; talking about something is
        "Mum is not protective and the relationship is toxic.; judgemental; toxic; ; 0",
        "Dad was not rude or hostile when I arrived.; judgemental; ; ; 0",
        // judgemental: someone else's label, reported with nothing they saw, is still a label on the record
        "School describe her as unkempt.; judgemental; unkempt; ; 0",
        "Mr Hale described Sam as defiant: in maths he put his head on the desk and would not lift it when asked.; judgemental; ; ; 0",
        "Kai was gobby with staff from the minute he walked through the door.; judgemental; gobby; ; 0",
        "He is sly and tells each professional what they want to hear.; judgemental; sly; ; 0",
        "Mum was inappropriate, talking to the girls about her new boyfriend and the court case.; judgemental; ; ; 0",
        // judgemental: a present habit after the label is another claim; meeting someone is not seeing what they did
        "Tyler is sly and plays the carers off against each other.; judgemental; sly; ; 0",
        "Leah was hostile at the start. I saw Leah on her own afterwards.; judgemental; hostile; ; 0",
        "Leah was hostile at the start. I saw her throw her phone at the door.; judgemental; ; ; 0",
        "Tyler came into breakfast club on time but was unkempt and quiet.; judgemental; unkempt; ; 0",
        "Mr Hale was argumentative. He talked over me and called the social worker \"a liar\".; judgemental; ; ; 0",
        "Mr Hale was argumentative. He said he works on Tuesdays.; judgemental; argumentative; ; 0",
        "Home conditions are poor and there is often no food in the house.; judgemental; ; ; 0",
        "Mum presented as very hostile throughout the visit.; judgemental; hostile; ; 0",
        "She was hostile and refused to let me see upstairs.; judgemental; hostile; ; 0",
        "He was uncooperative and would not give his address.; judgemental; ; ; 0",
        // child-voice: 'I did not see her' is a gap, not a reason; a reason clears it
        "Home visit to Mum. The kitchen was clean and there was food in the fridge. Chloe was upstairs but I did not see her.; child-voice; (note); Chloe Baxter; 10",
        "Home visit to Mum. The kitchen was clean and there was food in the fridge. Chloe was asleep, so I will see her at school on Friday.; child-voice; ; Chloe Baxter; 10",
        "Ryan's mum, Stacey, rang to rearrange family time. She said she works Tuesdays now. She told me she can only do Saturdays.; child-voice; (note); Ryan Fletcher; 9",
        "Visit to Nathaniel. Nate cooked pasta with me. He told me he wants to learn three more meals before he moves.; child-voice; ; Nathaniel Osei; 17",
        "Visit to the ward. Dr Patel told me Freddie was brought into hospital at 1am. Mum told me his leg got caught in the cot.; child-voice; (note); Freddie Cole; 0",
        // child-voice: who speaks a quotation or a pronoun; aids and sounds for a child who does not speak
        "Contact at the centre. Dad brought a cake. Goodbyes were hard for Rosie-Ann: she held on to Dad's coat and said 'I want to come with you'.; child-voice; ; Rosie-Ann Platt; 5",
        "Call from Josh's nan. Nan said she can no longer have Josh at weekends because of her back. She said she is exhausted. She asked for respite.; child-voice; (note); Josh Kerr; 11",
        "Call from his carer, Mrs Dunn. She said Kyle came home late with a torn jacket. She also said she found cigarettes in his bag.; child-voice; (note); Kyle Rowe; 14",
        "Review at school. Amira used her communication app throughout. She pressed 'happy' when her teacher showed her a photo of the swimming pool.; child-voice; ; Amira Khan; 12",
        "Visit to Jack at home. Jack was in his chair by the window. He vocalised and smiled when his carer sang to him.; child-voice; ; Jack Moore; 10",
        "Incident at break. Tom was in a fight with another pupil on the field. Tom placed in isolation for the afternoon. He shouted at staff on the way.; child-voice; (note); Tom Reid; 13",
        "Call with the social worker. Mum wants Lola to go to her friend's house for the weekend. The friend is not known to us.; child-voice; (note); Lola Green; 1",
        "Visit to Mum. Kai was at his dad's, so I did not see him today. I will visit him at his dad's on Friday.; child-voice; ; Kai Bell; 8",
        "Handover. Poppy had breakfast early. Apparently she was up crying in the night again. Mum did not ring.; child-voice; (note); Poppy Lane; 8",
        "Incident record. Theo was upset all morning and threw his cup. Jo and I offered him the garden but he said he wanted to stay inside.; child-voice; ; Theo Marsh; 9",
        "Police notification. Officers went to the flat at 23:10 after a call from a neighbour. Dad was arrested. Leo was asleep throughout, according to the log.; child-voice; (note); Leo Hart; 5",
        "Visit to school. At dinner time Lily played hopscotch with Erin and Kacey in the yard.; third-party-child; Erin|Kacey; Lily Shaw; 7",
        "Daily log: Alexander (Alfie) Shaw. Alfie had toast for breakfast. Alfie told me he wants to go swimming on Saturday.; third-party-child; ; Alexander Shaw; 9",
        "Daily log: Alexander (Alfie) Shaw. Alfie had toast for breakfast. Alfie told me he wants to go swimming on Saturday.; child-voice; ; Alexander Shaw; 9",
        // third-party-child: "a girl from her year group, Shannon" (NER may miss the name); a clinic's or hospital's name is not a child's
        "Nia told me that a girl from her year group, Roxy Bell, has been sending her messages.; third-party-child; Roxy; Nia Price; 13",
        "Health appointment - child development clinic, Ferrisford Community Hospital. Nia was weighed.; third-party-child; ; Nia Price; 2",
        "Nia said her friend's mum, Tracy Hope, picked them up from the park.; third-party-child; ; Nia Price; 13",
        // child-voice: a child who tells you things without words (leads you by the hand, a noise of their own) is heard through what you saw
        "Daily log. Jack woke at 2am. He came to our door, took my hand and led me to the kitchen, then pointed at the cereal cupboard. He went back to sleep at 3am.; child-voice; ; Jack Hart; 6",
        "Family time. Dad arrived late. On the way home Jack flapped his hands and made his happy noise when he saw the park. He ate all his tea.; child-voice; ; Jack Hart; 6",
        "Daily log. Jack woke at 2am and went back to sleep at 3am. He had cereal for breakfast. The school bus was late.; child-voice; (note); Jack Hart; 6",
        // judgemental: "arrived unkempt" describes the child as "was unkempt" does
        "Poppy arrived at nursery unkempt again.; judgemental; unkempt; Poppy Cole; 4",
        "Poppy arrived at nursery unkempt: her hair was matted and her coat was wet through.; judgemental; ; Poppy Cole; 4",
        // judgemental: words quoted in the next sentence do not show a state ("filthy"); they can show a manner ("rude")
        "Her room is filthy. She said she would tidy it tomorrow \"if I feel like it\".; judgemental; filthy; Amber Lowe; 16",
        "She was rude to me. She said \"get out of my room, you're not my mum\" and slammed the door.; judgemental; ; Amber Lowe; 16",
        // third-party-child: "which staff sorted out" is about the falling out, not the girl
        "There was a falling out between Nia and another girl, Kacey Bright, which staff sorted out.; third-party-child; Kacey Bright; Nia Price; 10",
        // child-voice: choosing not to attend, or not wanting to send views, is the child's own decision and a reason
        "Review meeting. Present: Mum, the carers and the school. Kayla was invited but chose not to attend. The plan was agreed.; child-voice; ; Kayla Brooks; 15",
        "Review meeting. Present: Mum, the carers and the school. Kayla did not want to send any views this time. The plan was agreed.; child-voice; ; Kayla Brooks; 15",
        "Review meeting. Present: Mum, the carers and the school. Mum declined to give a statement. The plan was agreed.; child-voice; (note); Kayla Brooks; 15",
        // child-voice: a pronoun of the other sex from the person just named is the child ("Rachel ... He cried"), and
        // a child who would not tell is not heard
        "Home visit to see Noah and his mother, Rachel Fenwick. I saw Rachel change his nappy. He cried during the change and calmed within a minute when she held him.; child-voice; ; Noah Fenwick; 0",
        "Home visit to see Noah and his father, Craig Fenwick. I saw Craig change his nappy. He said the night had been hard and he was tired.; child-voice; (note); Noah Fenwick; 0",
        "Call to Mr Sullivan about Mia. Mr Sullivan said Mia came home at 10am and went to bed. He said she would not tell him where she had been. I will visit on Thursday.; child-voice; (note); Mia Sullivan; 15",
        // child-voice: a hyphenated first name is the child's name; asleep and "so I was not able to hear his views", or
        // "did not attend because ...", is a reason; an adult's absence is not
        "Ward observation. I observed Ava-Rose with her mother between 2pm and 3pm today. Ava-Rose took the whole feed and settled to sleep in her mother's arms afterwards.; child-voice; ; Ava-Rose Mitchell; 0",
        "Home visit. Sami's father met me at the door. Sami was on the sofa under a blanket and we agreed not to wake him, so I was not able to hear his views today. Dad said the week had gone well.; child-voice; ; Sami Haddad; 14",
        "Family support meeting. Present: Mum, the pastoral lead and myself. Jordan did not attend because he was sitting a mock exam. Mum has engaged well with the sessions.; child-voice; ; Jordan Price; 15",
        "Family support meeting. Present: Jordan, the pastoral lead and myself. Mum did not attend because of work. The plan was agreed and school will update me.; child-voice; (note); Jordan Price; 15",
        // child-voice: "review" and "overview" headings are not a views section; views still to be gathered are not views
        "Incident review: Mason Clarke, 2 February\\nMason threw a chair in the lounge. Staff moved the other young people out.; child-voice; (note); Mason Clarke; 12",
        "Monthly review\\nOverview:\\nMason has settled well in the home and goes to school every day.; child-voice; (note); Mason Clarke; 12",
        "Kayden's views\\nHe wants to stay at Oak House and see his mum more.; child-voice; ; Kayden Ross; 12",
        "Strategy meeting. Nadia's views to be gathered at the visit on Monday. Police will speak to dad.; child-voice; (note); Nadia Ali; 10",
        "Strategy meeting. Ensure Kayden's wishes and feelings are recorded at the next visit. Police will speak to dad.; child-voice; (note); Kayden Ross; 12",
        "Review. Kayden's views were gathered by his advocate: he wants to stay at Oak House.; child-voice; ; Kayden Ross; 12",
        // "May" of a hyphenated name is not the modal "may" (session 27, from MD-MK)
        "Music lesson. Ruby-May told me that her flute is at her dad's house. She had no music with her.; child-voice; ; Ruby-May Lowe; 9",
        "Music lesson. Ruby-May may tell her teacher about the flute. She had no music with her.; child-voice; (note); Ruby-May Lowe; 9",
        // what the child said as they did something: "came down saying ..."; not crying alone
        "Night log. Jordan went to bed at 10pm. At 2am he came down saying he could not sleep.; child-voice; ; Jordan Ellis; 14",
        "Night log. Jordan went to bed at 10pm. At 2am he came down crying.; child-voice; (note); Jordan Ellis; 14",
        // "he" is not Helen: a given name that is almost always one sex's; "she" is not Harvey
        "Friday club. Oliver was argumentative. When Helen asked him to put the football away, he said, \"Why should I?\" and kicked it.; child-voice; ; Oliver Shaw; 13",
        "Counter note. Stacey Webb came in for her dose with Harvey (5) and another child, Mason. Stacey looked tired. She said she had been up all night.; child-voice; (note); Harvey Webb; 5",
        // third-party-child: "a friend called Amber" names a child like "a friend, Amber"; "whose mum" is someone else's
        "Nia said she has a new friend called Roxy and they sit together at lunch.; third-party-child; Roxy; Nia Price; 10",
        "He has been messaging a girl from Year 9 named Shauna Lake.; third-party-child; Shauna Lake; Kai Bell; 14",
        "Nia asked to sleep over at her friend Roxy's, whose dad rang me to check.; third-party-child; Roxy; Nia Price; 10",
        "Nia's teacher, a woman called Mrs Hale, met me at reception.; third-party-child; ; Nia Price; 10",
        // third-party-child: a school's name is not a child's; an age after a quoted name; who the child went out with
        "School visit: Nia Price (7), Year 2, St Anne's Primary. Nia showed me her reading book.; third-party-child; ; Nia Price; 7",
        "Nia told me her boyfriend \"Deano\" is 19.; third-party-child; ; Nia Price; 15",
        "At 22:40 she left the home with Kacey and did not say where she was going.; third-party-child; Kacey; Nia Price; 15",
        "At 22:40 Mum left the house with Gary.; third-party-child; ; Nia Price; 15",
        // missing-source: "by other parents" names nobody; "by the other parent" names someone
        "Concerns have been raised by other parents about her posts.; missing-source; Concerns have been raised; Ella Marsh; 12",
        "Concerns were raised by the other parent about the bruise.; missing-source; ; Ella Marsh; 12",
        // missing-source: a child's birth is on record; anything else in the line is judged as usual
        "Chronology\\n2016: Freya born at St Luke's Hospital.; missing-source; ; ; 0",
        "Chronology\\n2017: Freya born and Dad arrested two weeks later.; missing-source; 2017: Freya born and Dad arrested two weeks later; ; 0",
        // missing-source: "word is" is rumour; someone's words, or having words (an argument), are not
        "Word is that her dad is back in the area.; missing-source; Word is; Ella Marsh; 12",
        "Ella and Kacey had words on the landing at 7pm over the remote.; missing-source; ; Ella Marsh; 12",
        "Her words were \"I want to go home\" and she cried.; missing-source; ; Ella Marsh; 12",
        // missing-source: "a record", "a referral" that nobody is said to have written is history, not its source
        "Her uncle has a criminal record.; missing-source; a criminal record; Ella Marsh; 12",
        "Her uncle has a record for violence.; missing-source; has a record; Ella Marsh; 12",
        "The police log of 3 May records that her uncle was arrested.; missing-source; ; Ella Marsh; 12",
        "A referral from her school says that she has missed twelve days.; missing-source; ; Ella Marsh; 12",
        // missing-source: vague channels; the month May is not the modal; asking someone else is not a report to the writer
        "Information has come in that her brother is back in the area.; missing-source; Information has come in; Ella Marsh; 12",
        "Her dad has told others that he will take her to Poland.; missing-source; has told others; Ella Marsh; 12",
        "She went to a party in Leeds in May with two older boys.; missing-source; She went to a party in Leeds in May with two older boys; Ella Marsh; 12",
        "Her stepdad has been messaging her friends and asking them where she lives.; missing-source; Her stepdad has been messaging her friends and asking them where she lives; Ella Marsh; 12",
        "Mum asked me whether Kai could stay at his nan's this weekend.; missing-source; ; Kai Bell; 8",
        "He had no missing episodes in June, the first month this year without one.; missing-source; ; Kai Bell; 14",
        // missing-source: timed to the minute, an event is told from a log, not passed on; without a time it is hearsay
        "Ellis ran off from the home at 21:50 on Saturday and came back at 1.15am.; missing-source; ; Ellis Ward; 14",
        "Ellis ran off from the home on Saturday and was picked up in Bolton.; missing-source; Ellis ran off from the home on Saturday and was picked up in Bolton; Ellis Ward; 14",
        // missing-source: a child's condition on file, a single missing episode, an agent after "reported as ... by"
        "Noah has a severe learning disability and epilepsy.; missing-source; ; Noah Pike; 11",
        "Kira was missing for nine hours on Friday after she left college at noon.; missing-source; ; Kira Dale; 15",
        "Kira has been missing three times this month.; missing-source; Kira has been missing three times this month; Kira Dale; 15",
        "The flat was described as unsafe by the fire officer after his visit.; missing-source; ; Kira Dale; 15",
        // missing-source: a past habit ('used to'); replying to letters is not a report to the writer; a reply to the writer is
        "Her stepdad used to lock her in her room when she was little.; missing-source; Her stepdad used to lock her in her room when she was little; Kira Dale; 15",
        "Kira is used to getting the bus on her own.; missing-source; ; Kira Dale; 15",
        "Dad never replies to the school's letters.; missing-source; Dad never replies to the school's letters; Kira Dale; 15",
        "Dad replied that he never got the school's letters about the meeting last month.; missing-source; ; Kira Dale; 15",
        // missing-source: care status and the plan's arrangements are facts of the case
        "Amir has been a looked after child since April and is settled.; missing-source; ; Amir Shah; 9",
        "Amir has been having three sessions a week with the play therapist since January.; missing-source; ; Amir Shah; 9",
        // missing-source: letting a child do "what she likes" is a habit claim, not a wish
        "Her nan lets her do whatever she wants at weekends.; missing-source; Her nan lets her do whatever she wants at weekends; Amir Shah; 9",
        "Amir likes going to his nan's at weekends.; missing-source; ; Amir Shah; 9",
        "Daily log. On Sunday Amir made pancakes with staff and ate three.; missing-source; ; Amir Shah; 13",
        "Amir cried several times and held on to his carer's sleeve.; missing-source; ; Amir Shah; 4",
        "His mum's account of the burn has changed several times.; missing-source; His mum's account of the burn has changed several times; Amir Shah; 4",
        // missing-source: the writer's own act with the subject left out, which the tagger may read as a name; a birth
        "Met with parents Sara and Tom Kent in the family room to discuss Amir's fall on Sunday.; missing-source; ; Amir Kent; 2",
        "Spoke to Dad on Monday about the missed appointments.; missing-source; ; Amir Kent; 2",
        "Kayla gave birth to a baby girl on Wednesday night.; missing-source; ; Kayla Simms; 16",
        // missing-source: past events counted up ("has had previous warnings", "multiple previous referrals") with
        // nobody and no record named; a record the writer checked, a named teller or the register is a source
        "Dad has had previous warnings for leaving the girls on their own overnight.; missing-source; Dad has had previous warnings for leaving the girls on their own overnight; Amir Shah; 9",
        "The family has had multiple previous referrals for neglect.; missing-source; The family has had multiple previous referrals for neglect; Amir Shah; 9",
        "There was a previous referral about bruising.; missing-source; There was a previous referral about bruising; Amir Shah; 9",
        "I checked our records: there has been one previous referral, in 2022.; missing-source; ; Amir Shah; 9",
        "Mrs Shaw said Amir has had two nightmares this week.; missing-source; ; Amir Shah; 9",
        "Amir has had 9 unauthorised absences since half term.; missing-source; ; Amir Shah; 9",
        "Dad has had two referrals from the school.; missing-source; ; Amir Shah; 9",
        // third-party-child: an age in the plural before the names ("two other 15-year-olds, Kai Robinson and ...")
        "Amir was stopped by police with two other 15-year-olds, Kai Robinson and Marcus Doyle.; third-party-child; Kai Robinson; Amir Shah; 15",
        // third-party-child: an adult's age or "male"/"man" before a name, a name put in quotes after "known as", and a
        // capitalised child word in a title ("Child Exploitation panel") say it is no child
        "Police found Amir in a car with a 23-year-old man, Liam Carver, who has a caution for supplying cannabis.; third-party-child; ; Amir Shah; 15",
        "Amir is believed to be with the older male known as 'Jay' who hangs around the park.; third-party-child; ; Amir Shah; 15",
        "Child Exploitation panel - Amir Shah; third-party-child; ; Amir Shah; 15",
        "Amir was at the park with a 15-year-old boy called Kyle Dean.; third-party-child; Kyle Dean; Amir Shah; 15",
        // judgemental: a label another person gives is still a label; a person's account of themselves is not
        "Mr Patel said she is disruptive in most lessons.; judgemental; disruptive; Amir Shah; 9",
        "Mrs Hughes says he is disruptive in class.; judgemental; disruptive; Amir Shah; 9",
        "Mum told me she had been dishonest with the school.; judgemental; ; Amir Shah; 9",
        // missing-source: a parent's health stated as fact, or medication not being taken, with nobody named
        "Mum has LD and struggles to retain information.; missing-source; Mum has LD and struggles to retain information; Amir Shah; 9",
        "Her dad, Lee Ward, has mental health problems and is often in hospital.; missing-source; Her dad, Lee Ward, has mental health problems and is often in hospital; Amir Shah; 9",
        "Mum told me she has depression and sees her GP every month.; missing-source; ; Amir Shah; 9",
        "Amir has ADHD and is not taking his medication.; missing-source; not taking his medication; Amir Shah; 9",
        "Amir told me he is not taking his medication because it makes him feel sick.; missing-source; ; Amir Shah; 9",
        // missing-source: a child's condition on file is not hearsay, but history told beside it is
        "Amir has autism and a learning disability.; missing-source; ; Amir Shah; 9",
        "Amir has a diagnosis of autism and was under the community paediatrician until last year.; missing-source; Amir has a diagnosis of autism and was under the community paediatrician until last year; Amir Shah; 9",
        "Kayla gave birth on Wednesday and her boyfriend punched a nurse that night.; missing-source; Kayla gave birth on Wednesday and her boyfriend punched a nurse that night; Kayla Simms; 16",
        // missing-source: in a log kept where the child lives, what happened in the home that week is the staff's own
        // record; what happened elsewhere or before, or to a parent, stays second-hand; outside a log it is second-hand
        "Daily log - Kestrel House\\nJack was really destructive on Tuesday: he tipped the lounge shelves over.; missing-source; ; Jack Hale; 9",
        "Weekly summary\\nMaya has presented as low in mood this week and has spent long periods in her room.; missing-source; ; Maya Bell; 14",
        "Home visit\\nJack was really destructive on Tuesday: he tipped the lounge shelves over.; missing-source; Jack was really destructive on Tuesday: he tipped the lounge shelves over; Jack Hale; 9",
        "Daily log - Kestrel House\\nJack got into a fight at school on Tuesday.; missing-source; Jack got into a fight at school on Tuesday; Jack Hale; 9",
        "Shift handover\\nHis dad was drunk at the house on Saturday night.; missing-source; His dad was drunk at the house on Saturday night; Jack Hale; 9",
        "Night log\\nHer older sister was in a fight at the bus station on Friday.; missing-source; Her older sister was in a fight at the bus station on Friday; Maya Bell; 14",
        // missing-source: "not known to" an agency is the agency's own check of its records; "known to" is a reputation
        "Jamal is not currently known to children's services.; missing-source; ; Jamal Reid; 17",
        "Dad is not known to police but is known to social care in Leeds.; missing-source; is known to; Jamal Reid; 17",
        // judgemental: a label passed on by several tellers, or by the writer, is about someone else; a person's own account is not
        "Officers felt she was neglectful.; judgemental; neglectful; Mia Hall; 9",
        "I think he is lazy.; judgemental; lazy; Mia Hall; 9",
        "Mum told me she is lazy in the mornings.; judgemental; ; Mia Hall; 9",
        // judgemental: a label only ever said of people labels them when its subject is their act; "the dog" is not a person
        "Her self-harm is largely attention-seeking.; judgemental; attention-seeking; Mia Hall; 14",
        "This was attention-seeking following the cancelled family time.; judgemental; attention-seeking; Mia Hall; 14",
        "The dog was aggressive towards the postman.; judgemental; ; Mia Hall; 14",
        // judgemental: a negation does not reach over "and" into a new predicate; it does over "or"
        "He has no motivation and is lazy.; judgemental; lazy; Mia Hall; 14",
        "Dad did not shout or become aggressive.; judgemental; ; Mia Hall; 14",
        "There were no concerns about aggression or hostility.; judgemental; ; Mia Hall; 14",
        // judgemental: the next sentence's quotation shows a label of how someone answered, not any other label
        "Connor was sullen and rude throughout. He said he doesn't like his new maths teacher because \"she is always on at me\".; judgemental; sullen|rude; Connor Doyle; 14",
        "Tyrese was evasive when I asked where he had been. He said \"just out with mates, nowhere really\".; judgemental; ; Tyrese Hall; 15",
        // a log line with no subject is about the person the record is about (session 27, from LV-MC)
        "14/03 - Seemed hostile at pick-up.; judgemental; hostile; Kai Dunn; 8",
        "Looked unkempt again this morning.; judgemental; unkempt; Kai Dunn; 8",
        "Kai came in late with a real attitude.; judgemental; a real attitude; Kai Dunn; 14",
        // third-party-child: a two-word role before a name in brackets, a room leader in a nursery, are adults
        "Supervision with key person (Amy Dunn), child discussed: Mia Hall; third-party-child; ; Mia Hall; 3",
        "Mia laughed when Chloe Hart, baby room leader, blew raspberries.; third-party-child; ; Mia Hall; 1",
        "Monthly report - Ellis Booth - July\\nEllis now goes to the window every morning to watch the birds.; missing-source; ; Ellis Booth; 12",
        // missing-source: someone named who saw or noticed it is the source; a reporting verb the tagger reads as a
        // name ("GP states"); a hospital stay is on the hospital's record; a wish is not an event
        "Nursery staff noticed bruising to his left ear on Monday morning.; missing-source; ; Logan Hart; 3",
        "Mrs Ward has seen Leah being collected after school by a man in a silver car on two occasions.; missing-source; ; Leah Ward; 12",
        "Neighbours have seen a man coming and going from the flat at all hours.; missing-source; Neighbours have seen a man coming and going from the flat at all hours; Leah Ward; 12",
        "Dad has not seen the children since the summer and has been drinking heavily again.; missing-source; has been drinking heavily; Leah Ward; 12",
        "GP states Mum has missed three appointments since his last review.; missing-source; ; Ellis Kay; 4",
        "Ollie was admitted 12 days ago with dehydration and weight loss.; missing-source; ; Ollie Dean; 1",
        "Tyler was discharged by CAMHS last year for not attending.; missing-source; Tyler was discharged by CAMHS last year for not attending; Tyler Moss; 14",
        "The parents are keen for Aiden to start at Meadowbank School in September.; missing-source; ; Aiden Cole; 5",
        // missing-source: "also"/"already" between "is" and "known to"; what someone was seen doing is not their report
        "Tia is already known to the exploitation team.; missing-source; is already known to; Tia Moss; 14",
        // missing-source: a child on a plan now is the agency's record; missed appointments counted from the clinic's
        // record; a foster carer's weekly recording is a log kept where the child lives
        "Ethan has been on a CP plan for 9 months under neglect.; missing-source; ; Ethan Cole; 6",
        // missing-source: the agency's check of its records; "They told me" after the people are named, not "they say"
        "No previous FPN issued to this family within the last 3 years.; missing-source; ; Amelia Price; 9",
        "Explained that gifts are not allowed under the letterbox agreement since last year.; missing-source; ; Ruby Taylor; 6",
        "I spoke to the foster carers. They told me that Dad hit Mum last weekend.; missing-source; ; Esme Hart; 12",
        "They say Dad hit Mum last weekend.; missing-source; They say Dad hit Mum last weekend; Esme Hart; 12",
        "Demi was on a CP plan under neglect at age 9 and has been drinking heavily again.; missing-source; has been drinking heavily; Demi Shaw; 15",
        "This is the fourth DNA since February.; missing-source; ; Ethan Cole; 6",
        "Mason has had 9 overnight stays this quarter.; missing-source; ; Mason Reid; 11",
        "Weekly recording - Kai\\nKai and Jordan had a falling out over the Xbox on Saturday and Kai hit him.; missing-source; ; Kai Bell; 9",
        "Mum has been seen outside school telling other parents that Isabelle has epilepsy.; missing-source; Mum has been seen outside school telling other parents that Isabelle has epilepsy; Isabelle Moss; 4",
        "Her mother is being treated for burns on the adult unit.; missing-source; ; Poppy Adams; 2",
        "Esme came home from SCBU 3 weeks ago after treatment for withdrawal.; missing-source; ; Esme Hart; 0",
        "The occupational therapist arranged a wet room, which was fitted in June 2023.; missing-source; ; Ethan Cole; 12",
        // missing-source: when a parent works is a pattern of family life someone told the writer; where they work is not
        "Dad works nights and sleeps during the day.; missing-source; Dad works nights and sleeps during the day; Grace Hill; 1",
        "Dad is working away on the rigs.; missing-source; Dad is working away on the rigs; Grace Hill; 1",
        "Mum told me dad works nights.; missing-source; ; Grace Hill; 1",
        "His mum works at the school.; missing-source; ; Grace Hill; 1",
        // missing-source: a source named before "but" does not cover a hedge after it; the writer after "but" does
        "Dad said mum was at work, but mum is known to be a heavy drinker.; missing-source; is known to; Grace Hill; 1",
        "Mum told me she is fine, but her sister told me she is apparently drinking again.; missing-source; ; Grace Hill; 1",
        "I cannot check where he stayed, but I have no information suggesting he was at risk.; missing-source; ; Grace Hill; 1",
        // "it appeared" with nothing after it hedges nothing
        "He pointed to the tiger each time it appeared.; missing-source; ; Grace Hill; 1",
        "It appears that mum has moved out.; missing-source; It appears; Grace Hill; 1",
        // nobody in particular, wherever they were; a neighbour the place identifies is a source (session 27, from LV-MC)
        "Somebody outside the chip shop told me Dad is back in the area.; missing-source; Somebody outside the chip shop told; Grace Hill; 1",
        "The neighbour at number 4 told me she heard shouting last night.; missing-source; ; Grace Hill; 1",
        // third-party-child: a name given once with a title is an adult's everywhere in the note; a word the note also
        // writes in lower case, capitalised only at the start of a sentence, is not a name
        "She told me: \"Dean pushed my mum into the door last night.\" Leah explained that Dean is her mum's partner, Mr Dean Pryce.; third-party-child; ; Leah Pryce; 13",
        "Tyler was caught in the toilets with a vape. Vape confiscated and logged.; third-party-child; ; Tyler Moss; 14",
        // third-party-child: a singular role before "and" names the other person, not the one after it
        "Jordan arrived with his foster carer and Kian, another child from the placement, who waited in the car.; third-party-child; Kian; Jordan Bell; 9",
        "Jordan arrived with his foster carers Jo and Sam Hart.; third-party-child; ; Jordan Bell; 9",
        "Tyler was in the toilets with Will. Will said it was his vape and I will call his mum.; third-party-child; Will|Will; Tyler Moss; 14",
        // third-party-child: a full name NER missed where it tagged the first name elsewhere; faith teachers' titles; apps
        "He kicked over two chairs and threw a ball at Sophie Lane's face. Sophie had a red cheek.; third-party-child; Sophie Lane|Sophie; Callum Byrne; 9",
        "She said her brother Adam told her that Maulana Rashid had hit him with a ruler.; third-party-child; ; Aisha Khan; 10",
        "He had been held back by Ustadh Kamran for not doing his homework.; third-party-child; ; Bilal Ahmed; 11",
        "She has been sending pictures to a boy she met on TikTok.; third-party-child; ; Nadia Ali; 14",
        "She said the other girls will laugh at her hearing aids, especially Ruby and Amelia.; third-party-child; Ruby|Amelia; Leila Haddad; 12",
        "She said her teachers are kind, especially Mrs Cole and Mr Grant.; third-party-child; ; Leila Haddad; 12",
        "He was stabbed outside Hargate Park and feuds with the Hargate and Coldwell groups.; third-party-child; ; Marcus Reid; 16",
        // fact-opinion: a cause stated as fact; a date in the diary is not a cause; after "but this" the writer speaks
        "His temper at school is due to the arguments he sees at home.; fact-opinion; is due to; Kai Bell; 8",
        "The core group is due to meet on 4 June.; fact-opinion; ; Kai Bell; 8",
        "The hitting is learnt behaviour from his dad.; fact-opinion; learnt behaviour; Kai Bell; 8",
        // fact-opinion: a trait or state of mind put down as fact; what someone cannot do put down to who they are
        "Her stepdad is manipulative and lies to the school.; fact-opinion; stepdad is manipulative; Kai Bell; 8",
        "Mum is overwhelmed by the baby's crying at night.; fact-opinion; Mum is overwhelmed; Kai Bell; 8",
        "Dad is too caught up in his own problems to see what Kai needs.; fact-opinion; too caught up in his own problems to see; Kai Bell; 8",
        "Kai is too young to give his views in words, so I watched him play.; fact-opinion; ; Kai Bell; 2",
        "Mum told me she is too tired to take Kai to nursery this week.; fact-opinion; ; Kai Bell; 3",
        "Dad says Mia fell off the sofa, but this is not consistent with the bruising.; fact-opinion; is not consistent with; Mia Bell; 2",
        // fact-opinion: "is fine" is how someone is today, not a judgement; whose view it is; a state ruled out; a role;
        // what someone does when in a state
        "Ciaran is fine and went in as normal.; fact-opinion; ; Ciaran Doyle; 6",
        "Dr Okonkwo's view is that this is highly likely to be a head injury caused by shaking.; fact-opinion; ; Ava Cole; 0",
        "Isabelle is a pleasant little girl according to school.; fact-opinion; ; Isabelle Moss; 6",
        "I have found nothing to suggest Priya is unsafe at home.; fact-opinion; ; Priya Shah; 7",
        "Priya is unsafe at home.; fact-opinion; is unsafe; Priya Shah; 7",
        "Mum was taken to hospital and dad is now sole carer.; fact-opinion; ; Priya Shah; 7",
        "He hums and claps when he is happy.; fact-opinion; ; Ethan Cole; 8",
        // fact-opinion: a child's manner anyone would see is a description; a verdict on a person is still a label
        "Ruby-Mae is a smiley baby who babbles and reaches for her mum when she is upset.; fact-opinion; ; Ruby-Mae Hart; 0",
        "Jayden is a troubled boy.; fact-opinion; troubled boy; Jayden Smith; 9",
        // third-party-child: "it is Kyle" after "the children" says nothing of Kyle; "his best friend there is" does
        "Mum is not a risk to the children herself, it is Kyle who is the risk.; third-party-child; ; Maisie Clarke; 5",
        "He said he likes his school and his best friend there is called Kofi.; third-party-child; Kofi; Jayden Smith; 9",
        // third-party-child: a town, a county, a toy, an aunt and a chef are not children; pupils from the same home or bay are
        "Dad says the family are staying in Kent and Jack is going to school there.; third-party-child; ; Jack Price; 8",
        "Ellis told me he has been hanging around in Brackley on Friday nights, and his uncle will drive him to Brackley on Sundays instead.; third-party-child; ; Ellis Ward; 13",
        "Theo was in bed with his teddy, Alfie, and asked for another story.; third-party-child; ; Theo Lane; 4",
        "She told me the doll was called \"Molly\" and that Molly likes the swings.; third-party-child; ; Mia Hart; 5",
        "He said the best things about the unit are the pool table, the Xbox and Sam the chef.; third-party-child; ; Leon Ward; 14",
        "Mum gave me the names of two aunts, Carla and Denise Shaw.; third-party-child; ; Rosie Hart; 10",
        "Mia said she likes staying at Auntie Bev's flat because she can do her homework there.; third-party-child; ; Mia Hart; 10",
        "He told me he sits near Ryan at break and Ryan pushes him.; third-party-child; Ryan|Ryan; Kian Hart; 11",
        "Rhys and Connor from the same home visited him this evening.; third-party-child; Rhys|Connor; Liam Ward; 14",
        "Kayla (9) did some painting in the playroom with Mason from bay 4.; third-party-child; Mason; Kayla Reid; 9",
        "She spends time with a group including Shannon Price, who was permanently excluded last year.; third-party-child; Shannon Price; Demi Hart; 14",
        "Afternoon on the beach with my grandchildren, Oscar and Isla.; third-party-child; Oscar|Isla; Leo Hart; 7",
        // third-party-child: "another YP", "the other girl" after a name, an age in brackets with more after it; a worker "at CGL"
        "He got into a fight with Jordan, another YP here, over the TV remote.; third-party-child; Jordan; Liam Ward; 15",
        "Mrs Holt said Tia has been arguing at home with Jordan, the other girl in the placement, over the bathroom.; third-party-child; Jordan; Tia Hill; 10",
        "She started an argument with Shannon Reid (16, Flat 4) over a missing tin of formula.; third-party-child; Shannon Reid; Kacey Hill; 17",
        "Another young person in the home, Kayla, has been copying her behaviour.; third-party-child; Kayla; Skye Reid; 14",
        "Telephone call from Jo at CGL. Jo said Craig's dad has been picking up his script daily and I informed Jo that Craig plays football at lunchtime.; third-party-child; ; Craig Hill; 12",
        "Her interview is booked with Lydia Ng from the Routes Out project on 9 May, after the party at the weekend.; third-party-child; ; Megan Hill; 15",
        "At 10am Priya Dhillon and I took her to the park on Mill Lane.; third-party-child; ; Amy Hill; 8",
        // third-party-child: falling out with, sitting next to and playing with are what children do together; an adult's sister is not a child
        "Kacey said she has fallen out with Jade Morrow and they argue in the group chat.; third-party-child; Jade Morrow; Kacey Hill; 14",
        "Mr Lawal said she sits next to Maddie in maths and they help each other.; third-party-child; Maddie; Aisha Khan; 9",
        "He played nicely with Noor in the mud kitchen making soup.; third-party-child; Noor; Adam Hill; 4",
        "Mum said she fell out with her sister Joanne last year and they no longer speak.; third-party-child; ; Adam Hill; 4",
        "Dad said he sat next to Gary Dunn, his probation officer, at the meeting.; third-party-child; ; Adam Hill; 9",
        // third-party-child: "towards", "into" and "confided in" take people, not only places
        "In the playground he ran towards Tyler and pushed him over.; third-party-child; Tyler; Liam Ward; 9",
        "At break he bumped into Tyler on purpose and laughed.; third-party-child; Tyler; Liam Ward; 9",
        "She confided in Ellie at break that she was scared to go home.; third-party-child; Ellie; Amy Hill; 12",
        // third-party-child: the play areas of a nursery are shared with other children; a street after "on" or "at" is a place
        "Daniel was at the water tray with Mia and Oscar when I came in.; third-party-child; Mia|Oscar; Daniel Reid; 3",
        "The school said he took a phone belonging to Ethan in his class.; third-party-child; Ethan; Liam Ward; 11",
        "He said he had been sorting something out with Kieran Doyle from his form.; third-party-child; Kieran Doyle; Tyler Ward; 14",
        "He told me the bus shelter on Carr Lane was smashed by his mates. 6 hrs reparation at Carr Lane community garden to start next week.; third-party-child; ; Liam Ward; 15",
        // a group only children belong to, a falling-out; a parent's partner and a worker are adults (session 27, from LV-MC)
        "Please do not pair him with Callum Price from the under-14s.; third-party-child; Callum Price; Jordan Hale; 13",
        "Please keep her away from Maisie Holt in the juniors on Saturdays.; third-party-child; Maisie Holt; Ruby Lane; 9",
        "She has had a falling-out with Kacey Moore over a group chat.; third-party-child; Kacey Moore; Ella Burns; 12",
        "Ava told me Darren is her mum's partner and stays most nights. She said Darren threw a cup at the wall.; third-party-child; ; Ava Nowak; 7",
        "Ellis built a den in the book corner with Tom Briggs, one of our playworkers.; third-party-child; ; Ellis Ward; 6",
        "One of our youth workers, Kerry Lyons, played pool with him.; third-party-child; ; Ryan Cole; 14",
        "At the group she watched Isla, another toddler, stacking the bricks.; third-party-child; Isla; Poppy Hart; 2",
        "Kayla wants to complain about her sanction after she absconded with Jade Pearson on Saturday.; third-party-child; Jade Pearson; Kayla Moss; 14",
        // an independent visitor is an adult volunteer (session 27, from MD-MK)
        "Phone call from IV Sarah Nolan about Kai's last outing. Sarah said Kai had enjoyed the bowling and played pool with her.; third-party-child; ; Kai Dunn; 12",
        // acronym: a person's name in brackets after a short form says who holds the role, not what the letters mean
        "Discussed with TM (Sarah Gould) today.; acronym; TM; ; 0",
        "Call from DSL (Mrs Fran Keogh) about Leo.; acronym; DSL; ; 0",
        "His HbA1c was 72 at clinic.; acronym; HbA1c; ; 0",
        // a long form does not open with "and" or "me": the letters of ASL are in "and Sean Lowe", which explains nothing
        "Staff on the trip: me and Sean Lowe (ASL).; acronym; ASL; ; 0",
        "The CIN (Child in Need) plan was reviewed with Mum.; acronym; ; ; 0",
        // acronym: clinical and office shorthand, in lower case or capitalised only because it opens a line; a name is not
        "- 06/09: Wt 17.1kg, weighed in the medical room.; acronym; Wt; ; 0",
        "T/C to Dr Patel's surgery about Reece's cough.; acronym; T/C; ; 0",
        "She likes living with Aunty Rhi and Uncle Gareth.; acronym; ; ; 0",
        // short forms inside a token kept whole: at a slash, before a hyphen, before "'d"; a list of them is no shouting
        "Referral to the CSE/CCE panel.; acronym; CSE|CCE; ; 0",
        "Recommend ASF-funded therapy for Marcus.; acronym; ASF; ; 0",
        "He has DNA'd his last three appointments.; acronym; DNA; ; 0",
        "Present: MASH SW, police DAO, IDVA, HV.; acronym; MASH|SW|DAO|IDVA|HV; ; 0",
        "URGENT - PLEASE READ BEFORE THE VISIT.; acronym; ; ; 0",
        "He goes to the youth club on Friday and/or Saturday, 24/7 support is available.; acronym; ; ; 0",
        // jargon: "contact" the tagger reads as a verb is family time where a verb cannot stand; the verb is left alone
        "Contact to continue weekly at the family centre.; jargon; Contact; ; 0",
        "06/01 - Contact took place and went well.; jargon; Contact; ; 0",
        "Sophie has contact with her dad every Saturday.; jargon; contact; ; 0",
        "Mum does not want contact to increase.; jargon; contact; ; 0",
        "I will contact the school tomorrow.; jargon; ; ; 0",
        "Please contact me if anything changes.; jargon; ; ; 0",
        "Mum has contacted the school twice.; jargon; ; ; 0",
        "I asked Mum to contact the nursery.; jargon; ; ; 0"
    })
    void generalises(String text, String category, String expected, String subject, int age) {
        List<String> want = expected == null || expected.isBlank() ? List.of() : List.of(expected.split("\\|"));
        assertEquals(want, flagged(text, category, subject == null ? "" : subject, age));
    }

    @org.junit.jupiter.api.Test
    void aParentNamedInTheFamilyListIsNotTheChildsPronoun() {
        // "her dietitian" after "Emma's" is Emma's; so "She looked very thin" is not an observation of baby Harry
        String text = "Home visit. Emma's eating disorder has relapsed since Harry was born, per her dietitian. "
                + "She looked very thin and pale. Harry's bottles were made up in advance and left on the side.";
        Note n = Note.of("fam", text).withSubject(new Note.Subject("Harry Bell", null, 0));
        Note withFamily = new Note(n.id(), n.text(), n.subject(), List.of("Emma Bell"), n.author(), n.childId(), n.kind(),
                n.eventDate(), n.recordedDate(), n.restricted());
        List<String> cv = Shared.rulesOnly().lint(withFamily).findings().stream()
                .filter(f -> f.category().id().equals("child-voice")).map(f -> f.rule()).toList();
        assertEquals(1, cv.size());
    }

    @org.junit.jupiter.api.Test
    void otherChildFindingSaysWhatMadeItAChild() {
        Note n = Note.of("why", "Ruby played football with her friend Tyler at lunchtime. Ruby and Kayla started arguing over the remote.")
                .withSubject(new Note.Subject("Ruby Finch", null, 9));
        List<String> messages = Shared.rulesOnly().lint(n).findings().stream()
                .filter(f -> f.category().id().equals("third-party-child")).map(f -> f.message()).toList();
        assertEquals(2, messages.size());
        org.junit.jupiter.api.Assertions.assertTrue(messages.get(0).contains("'Tyler' seems to be another child: the words around it"), messages.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(messages.get(1).contains("'Kayla' seems to be another child: it is named with the child"), messages.get(1));
    }
}
