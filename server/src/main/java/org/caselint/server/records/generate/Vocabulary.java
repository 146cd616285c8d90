package org.caselint.server.records.generate;

import java.util.List;

/**
 * The invented names, places and organisations the {@link RecordGenerator} draws from. Every name here is
 * made up by combining common first names and surnames; none is meant to be a real person. Immutable.
 */
final class Vocabulary {
    private Vocabulary() { }

    static final List<String> BOYS = List.of("Jayden", "Tyler", "Kai", "Leo", "Mason", "Oliver", "Harley", "Riley",
            "Alfie", "Logan", "Reuben", "Ethan", "Noah", "Archie", "Callum", "Dylan", "Finley", "Jack", "Kian",
            "Lewis", "Max", "Owen", "Ryan", "Theo", "Zac", "Ayaan", "Ibrahim", "Tomasz", "Kacper", "Jamal",
            "Bradley", "Connor", "Declan", "Elliot", "Frankie", "Harvey", "Isaac", "Jenson", "Lucas", "Reggie");
    static final List<String> GIRLS = List.of("Ruby", "Kayla", "Amelia", "Mia", "Lily", "Ella", "Grace", "Freya",
            "Poppy", "Isla", "Evie", "Sophie", "Chloe", "Leah", "Maisie", "Aisha", "Zara", "Amira", "Nadia",
            "Jessica", "Tia", "Skye", "Demi", "Lacey", "Millie", "Paige", "Holly", "Kelsey", "Maya", "Olivia",
            "Harper", "Layla", "Esme", "Bethany", "Darcie", "Hollie", "Jasmine", "Keira", "Nevaeh", "Willow");
    static final List<String> WOMEN = List.of("Chantelle", "Donna", "Leanne", "Kerry", "Gemma", "Stacey", "Natalie",
            "Michelle", "Samantha", "Lisa", "Emma", "Joanne", "Claire", "Hayley", "Kirsty", "Amanda", "Rachel",
            "Nicola", "Shannon", "Jade", "Farah", "Shazia", "Agnieszka", "Precious", "Tracey", "Becky", "Louise");
    static final List<String> MEN = List.of("Darren", "Wayne", "Craig", "Lee", "Jason", "Dean", "Stuart", "Gary",
            "Paul", "Mark", "Scott", "Carl", "Ricky", "Shane", "Imran", "Tariq", "Piotr", "Marcus", "Jermaine",
            "Kevin", "Steven", "Andrew", "Neil", "Jamie", "Liam", "Danny", "Robert");
    static final List<String> SURNAMES = List.of("Smith", "Clarke", "Hughes", "Walsh", "Turner", "Bennett", "Marsh",
            "Holt", "Price", "Pearson", "Fletcher", "Kaur", "Begum", "Hussain", "Nowak", "Kowalski", "Okafor",
            "Mensah", "Campbell", "Doyle", "Harrison", "Atkinson", "Barker", "Cartwright", "Dawson", "Ellis",
            "Gill", "Hartley", "Iqbal", "Jennings", "Kemp", "Lowe", "Moss", "Naylor", "O'Neill", "Parkin",
            "Quinn", "Riley", "Shaw", "Thorpe", "Varley", "Whitfield", "Yates", "Ahmed", "Brennan", "Cooke");
    static final List<String> STAFF_FIRST = List.of("Sarah", "James", "Helen", "Priya", "Tom", "Kate", "Daniel",
            "Rebecca", "Mohammed", "Laura", "Chris", "Fiona", "Sam", "Joanna", "Adebayo", "Hannah", "Matthew",
            "Sian", "Gareth", "Naomi", "Ruth", "Ben", "Anita", "Graham", "Charlotte", "Yusuf", "Alison", "Peter",
            "Lucy", "Rachel", "Oliver", "Zoe", "Martin", "Eleanor", "Kwame", "Bethan", "Harriet", "Simon");
    static final List<String> STAFF_SURNAMES = List.of("Collins", "Fairbairn", "Greenwood", "Hollis", "Lambert",
            "Mercer", "Newbold", "Ormerod", "Pickering", "Rowntree", "Sutcliffe", "Tennant", "Underwood", "Wardle",
            "Ashworth", "Brook", "Crowther", "Dyson", "Eastwood", "Firth", "Gledhill", "Haigh", "Ibbotson", "Jagger",
            "Kershaw", "Lister", "Midgley", "Nuttall", "Oldroyd", "Priestley", "Redfern", "Stansfield");

    static final List<String> TEAMS = List.of("Assessment Team 1", "Assessment Team 2", "Assessment Team 3",
            "Child in Need Team North", "Child in Need Team South", "Child Protection Team East",
            "Child Protection Team West", "Children in Care Team", "Early Help Team", "Disabled Children's Team",
            "Leaving Care Team", "Fostering Team");
    /** Teams whose recording habits include far more unsupported "aggressive" (the pattern an audit should find). */
    static final List<String> AGGRESSIVE_TEAMS = List.of("Assessment Team 2", "Child Protection Team West");

    static final List<String> SCHOOLS = List.of("Brookside Primary School", "Hillside Primary School",
            "St Anne's Catholic Primary", "Moorfield Academy", "Castle Vale Primary", "Riverside Infant School",
            "Oakwood High School", "Greenbank Community School", "Northgate Academy", "Millbrook Junior School",
            "Larkfield Primary", "Westholme High School");
    static final List<String> NURSERIES = List.of("Little Acorns Nursery", "Sunflower Day Nursery",
            "Rainbow Children's Centre", "Busy Bees Playgroup");
    static final List<String> TEACHER_ROLES = List.of("class teacher", "head teacher",
            "designated safeguarding lead", "pastoral lead", "head of year", "learning mentor", "SENCo");
    static final List<String> HEALTH_ROLES = List.of("health visitor", "school nurse", "GP", "paediatrician");
    static final List<String> FAMILY_CENTRES = List.of("Elm Road Family Centre", "Bridge Street Family Centre",
            "The Meadows Family Hub");
    static final List<String> TOYS = List.of("Lego", "a jigsaw", "some dolls", "toy cars", "play dough",
            "a colouring book", "the tablet", "some building blocks", "a toy kitchen", "a football");
    static final List<String> LIKES = List.of("football", "drawing", "swimming", "dancing", "Minecraft",
            "going to the park", "baking with nan", "riding my bike", "playing with my cousins", "reading");
}
