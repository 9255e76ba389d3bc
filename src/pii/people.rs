//! Names of people: clients, family, partners and perpetrators, landlords.
//!
//! The name data says which words are given names and surnames; formation
//! patterns say when a word is used as a name: a title (Ms. Nguyễn), a
//! relationship word (her son Marcus, boyfriend Tyler), "named", "goes by",
//! given name + surname, "Last, First", an initial with a surname (J. Ramirez),
//! a nickname in quotes. Words that are also common words (Hope, Will, Brown)
//! need one of these; unknown words of any origin are caught after a strong
//! trigger. Capitals count as evidence only in a note written in mixed case.

use super::context::{phrase_at, with_ascii_lowercase, EndPhrases, Phrases, WordSet};
use super::names::{self, NameInfo};
use super::tokens::{fold_word, is_title, CaseMode, Doc, TokKind};
use super::{push_tokens, Cand, Kind};

mod slots;
pub(crate) use slots::propagate_common_names;

/// Words before a name that make the next word a person's name.
const STRONG_TRIGGERS: &[&str] = &[
    "oldest",
    "youngest",
    "eldest",
    "a.k.a.",
    "name:",
    "household:",
    "hoh:",
    "grandma",
    "grandpa",
    "nana",
    "papa",
    "baby mama",
    "baby momma",
    "aka",
    "a.k.a",
    "great-grandma",
    "great-grandpa",
    "tia",
    "abuela",
    "gramma",
    "child",
    "kid",
    "dad",
    "stepdad",
    "grandchild",
    "husband",
    "boyfriend",
    "girlfriend",
    "friend",
    "landlord",
    "named",
    "nicknamed",
    "ex-husband",
    "ex-boyfriend",
    "ex-girlfriend",
    "head of household",
    "kids' dad",
    "foster dad",
    "stepchild",
    "stepkid",
    "baby's dad",
    "granddad",
    "grandad",
    "auntie",
    "uncle",
    "niece",
    "name",
    "girl",
    "boy",
    "lady",
    "gal",
    "wife",
    "spouse",
    "fiance",
    "fiancee",
    "fiancée",
    "roommate",
    "roomie",
    "payee",
    "names are",
    "name only",
    "nickname",
    "street name",
    "ex-wife",
    "great uncle",
    "great-uncle",
    "ex-fiance",
    "bf",
    "gf",
    "plaintiff",
    "ex bf",
    "ex-bf",
    "ex gf",
    "ex-gf",
    "sibling",
    "youth",
    "hoh",
    "yth",
    "cl",
    "mom",
    "mum",
    "stepmom",
    "victim",
    "foster mom",
    "baby's mom",
    "kids' mom",
    "son",
    "stepson",
    "cousin",
    "grandson",
    "guardian",
    "twin",
    "children",
    "grandchildren",
    "godson",
    "newborn",
    "bro",
    "tio",
    "abuelo",
    "perp",
    "daughter",
    "toddler",
    "mother",
    "father",
    "stepmother",
    "stepfather",
    "stepdaughter",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "granddaughter",
    "partner",
    "baby's father",
    "baby's mother",
    "neighbor",
    "neighbour",
    "property manager",
    "employer",
    "coworker",
    "co-worker",
    "sponsor",
    "pastor",
    "perpetrator",
    "abuser",
    "offender",
    "godmother",
    "godfather",
    "lawyer",
    "counselor",
    "counsellor",
    "mr",
    "dr",
    "mister",
    "visitor",
    "dv perpetrator",
    "petitioner",
    "children's father",
    "owner",
    "stepbrother",
    "stepsister",
    "half-brother",
    "half-sister",
    "half brother",
    "half sister",
    "great-grandmother",
    "caregiver",
    "foster mother",
    "foster father",
    "children's mother",
    "stalker",
    "trafficker",
    "harasser",
    "ex-partner",
    "ex partner",
    "significant other",
    "goddaughter",
    "teenager",
    "sis",
    "boss",
    "name is",
    "name was",
    "known as",
    "kids",
    "sons",
    "daughters",
    "husband's",
    "wife's",
    "mrs",
    "ms",
    "miss",
    "siblings",
    "twins",
    "grandkids",
    "infant",
    "aunt",
    "therapist",
    "client",
    "patient",
    "tenant",
    "resident",
    "guest",
    "respondent",
    "defendant",
    "great aunt",
    "great-aunt",
    "foster parent",
    "co-parent",
    "coparent",
    "assailant",
    "nephew",
    "mother-in-law",
    "father-in-law",
    "sister-in-law",
    "brother-in-law",
    "son-in-law",
    "daughter-in-law",
    "ex",
    "mx",
    "baby",
    "aunty",
    "granny",
    "baby daddy",
    "landlady",
    "attorney",
    "goes by",
    "grandbaby",
    "hubby",
    "grammy",
    "fiancé",
    "ex-fiancé",
    "clt",
    "hh",
    "familia",
    "la familia",
    "classmate",
    "schoolmate",
    "cellmate",
    "bunkmate",
    "housemate",
    "teammate",
];

/// Strong triggers usually followed by a verb ("client reports"): in a note
/// without capitals, the next word must be in the name data.
const ROLE_NOUNS: &[&str] = &[
    "client",
    "patient",
    "tenant",
    "resident",
    "youth",
    "victim",
    "guest",
    "visitor",
    "hoh",
    "kids",
    "children",
    "cl",
    "clt",
    "hh",
    "yth",
    "owner",
    "siblings",
    "twins",
    "grandkids",
    "grandchildren",
];

/// Plural relationship words: a list of names may follow ("kids Tina, Junior, and Alik").
const PLURAL_TRIGGERS: &[&str] = &[
    "kids",
    "children",
    "sons",
    "daughters",
    "siblings",
    "twins",
    "grandkids",
    "grandchildren",
    "names are",
];

/// Staff and officials: the agency's own people and officers acting in their
/// role are not the client's PII, so a name right after one of these words is
/// left alone ("case manager Jenna", "Officer Daniels").
const STAFF_WORDS: &[&str] = &[
    "assessor",
    "ce assessor",
    "interpreter",
    "nurse",
    "rn",
    "volunteer",
    "entered by",
    "done by",
    "completed by",
    "presented by",
    "written by",
    "assessed by",
    "intake by",
    "case manager",
    "case mgr",
    "caseworker",
    "case worker",
    "social worker",
    "cm",
    "staff",
    "staff member",
    "facilitator",
    "presenter",
    "new hire",
    "trainer",
    "instructor",
    "staff user",
    "user is",
    "user",
    "coordinator",
    "supervisor",
    "outreach worker",
    "intake worker",
    "navigator",
    "advocate",
    "officer",
    "probation officer",
    "parole officer",
    "detective",
    "deputy",
    "sgt",
    "sergeant",
    "judge",
    "commissioner",
];

/// An unknown word ending like an English verb or adverb form.
fn looks_inflected(w: &str) -> bool {
    let l = w.as_bytes();
    let ends =
        |s: &str| l.len() >= s.len() && l[l.len() - s.len()..].eq_ignore_ascii_case(s.as_bytes());
    // Anatoly, Vitaly: Slavic names end in -oly and -aly; adverbs seldom do.
    let adverb = ends("ly") && !ends("oly") && !ends("aly");
    l.len() > 4 && (ends("ed") || ends("ing") || adverb || ends("tion"))
}

/// Weaker triggers: the next word must be in the name data too.
const WEAK_TRIGGERS: &[&str] = &[
    "cc",
    "called",
    "texted",
    "emailed",
    "visited",
    "contacted",
    "and",
    "told",
    "asked",
    "helped",
    "see",
    "drove",
    "dropped off",
    "met with",
    "spoke with",
    "talked with",
    "with",
    "from",
    "spoke to",
    "talked to",
    "to",
    "picked up",
    "per",
    "for",
    "left vm for",
    "about",
    "let",
    "saw",
    "by",
];

/// Verbs after a name: "Oksana reports", "Abdi stated".
const REPORT_VERBS: &[&str] = &[
    "reports",
    "reported",
    "states",
    "stated",
    "said",
    "says",
    "shared",
    "disclosed",
    "called",
    "came",
    "arrived",
    "left",
    "requested",
    "asked",
    "agreed",
    "declined",
    "denied",
    "presented",
    "missed",
    "attended",
    "completed",
    "signed",
    "returned",
    "moved",
    "lives",
    "stays",
    "is",
    "was",
    "has",
    "had",
    "will",
    "needs",
    "wants",
    "would",
    "and",
    "texted",
    "emailed",
    "explained",
    "indicated",
    "expressed",
    "admitted",
    "mentioned",
    "confirmed",
];

/// Actions done to or with a person: "Talked with Sione", "asked Tesfay",
/// "per Dawit", "left voicemail for Kowalczyk". A capitalized word the data
/// does not know, written mid-sentence right after one, is a name.
const PERSON_VERBS: &[&str] = &[
    "convo w/",
    "convo with",
    "chat w/",
    "chat with",
    "talked w/",
    "spoke w/",
    "checked in w/",
    "check-in w/",
    "followed up with",
    "follow up with",
    "follow-up with",
    "f/u with",
    "f/u w/",
    "text from",
    "call from",
    "message from",
    "voicemail from",
    "vm from",
    "note from",
    "intake with",
    "appt with",
    "appointment with",
    "meeting with",
    "session with",
    "visit with",
    "check-in with",
    "outreach to",
    "talked with",
    "spoke with",
    "met with",
    "worked with",
    "checked in with",
    "went with",
    "sat with",
    "talked to",
    "spoke to",
    "met",
    "asked",
    "told",
    "reminded",
    "took",
    "saw",
    "see",
    "called",
    "texted",
    "emailed",
    "visited",
    "helped",
    "drove",
    "per",
    "voicemail for",
    "vm for",
    "message for",
    "msg for",
    "left msg for",
    "a bed for",
    "picked up",
    "dropped off",
    "accompanied",
    "assisted",
    "encouraged",
    "phone call w/",
    "gave",
    "check on",
    "phoned",
    "messaged",
    "waited with",
    "walked with",
    "tried",
    "try",
    "reached",
    "contacted",
    "checked on",
    "fled from",
    "afraid of",
    "scared of",
    "abused by",
    "assaulted by",
    "threatened by",
    "staying with",
    "stays with",
    "married to",
    "separated from",
    "broke up with",
    "call w/",
    "call with",
    "met w/",
    "w/",
    "f/u",
];

/// Verbs only a person does ("said", "disclosed"): after a word, they make
/// it a person's name even at a sentence start ("Tavita said", "Kebede
/// threatened").
const PERSON_ONLY_VERBS: &[&str] = &[
    "reports",
    "reported",
    "said",
    "says",
    "told",
    "asked",
    "disclosed",
    "shared",
    "agreed",
    "declined",
    "signed",
    "wants",
    "needs",
    "threatened",
    "cried",
    "thanked",
    "laughed",
    "smiled",
    "hugged",
    "yelled",
    "screamed",
    "apologized",
    "promised",
    "explained",
    "admitted",
    "mentioned",
    "started",
    "found",
    "took",
    "wrote",
    "might",
    "who",
    "got",
    "came",
    "feels",
    "felt",
    "thinks",
    "knows",
    "relapsed",
    "graduated",
    "quit",
    "slept",
    "discharged",
    "camped",
    "sleeps",
];

/// Verbs of speech or action that a business or an agency also does
/// ("Avista called", "the clinic confirmed").
const OTHER_SPEECH_VERBS: &[&str] = &[
    "states",
    "stated",
    "called",
    "texted",
    "emailed",
    "arrived",
    "requested",
    "confirmed",
    "stopped",
    "dropped",
    "lost",
];

/// An ordinal street number at token `i`: "29th", "2nd" (one token or
/// digits followed tightly by the suffix).
fn ordinal_at(doc: &Doc, i: usize) -> bool {
    // The Doc's lowercased text: no String per token asked.
    let t = doc.lower(i);
    let is_suffix = |x: &str| matches!(x, "st" | "nd" | "rd" | "th");
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && t.get(digits..).is_some_and(is_suffix))
        || doc.num_len(i) > 0 && doc.tight(i + 1) && is_suffix(doc.lower(i + 1))
}

/// Ends like a word for a people or a language (Tongan, Marshallese,
/// Ukrainian, Kurdish).
pub(super) fn demonym_shaped(w: &str) -> bool {
    let l = w.to_ascii_lowercase();
    ["an", "ese", "ish", "ian", "ean"]
        .iter()
        .any(|s| l.len() > s.len() + 2 && l.ends_with(s))
        || DEMONYMS.contains(&l.as_str())
}

/// A people or an origin, strictly: the list below, or a word ending like
/// "Marshallese", "Eritrean", "Ukrainian" (not "-an", which names such as
/// Dylan and Jordan share).
pub(super) fn origin_word(w: &str) -> bool {
    // Asked of most capitalized words: a hash look-up, no allocation.
    static SET: WordSet = WordSet::new(&[DEMONYMS]);
    with_ascii_lowercase(w, |l| {
        SET.get(l).is_some()
            || ["ese", "ish", "ian", "ean"]
                .iter()
                .any(|s| l.len() > s.len() + 2 && l.ends_with(s))
    })
}

/// Peoples and origins written like names: "(Afghan, 27)", "(Filipino,
/// 68 years old)".
const DEMONYMS: &[&str] = &[
    "afghan",
    "filipino",
    "filipina",
    "hmong",
    "navajo",
    "lakota",
    "yakama",
    "somali",
    "thai",
    "lao",
    "karen",
    "chuukese",
    "dine",
    "latino",
    "latina",
    "latinx",
    "anglo",
    "white",
    "black",
    "native",
    "asian",
    "arab",
    "kurd",
    "roma",
    "sikh",
    "punjabi",
    "nepali",
    "tigrinya",
    "amhara",
    "oromo",
    "pashtun",
    "tajik",
    "uzbek",
    "yupik",
    "inupiat",
    "colville",
    "spokane",
    "kalispel",
    "samoan",
    "tongan",
    "mexican",
    "american",
    "dominican",
    "african",
    "guatemalan",
    "cuban",
    "salvadoran",
    "sudanese",
    "tibetan",
    "bhutanese",
];

/// A speech or action verb at token `i`.
fn speech_verb_at(doc: &Doc, i: usize) -> Option<&'static str> {
    static SET: WordSet = WordSet::new(&[PERSON_ONLY_VERBS, OTHER_SPEECH_VERBS]);
    doc.which(i, &SET)
}

/// Whether a verb is one only a person does.
fn only_a_person(v: &str) -> bool {
    PERSON_ONLY_VERBS.contains(&v)
}

/// Words for a client, a relative or a staff member, not a name.
fn role_word(doc: &Doc, i: usize) -> bool {
    doc.is_any(i, &ROLE_WORDS)
}

/// [`role_word`] for a word given as text, lowercase ("sister" of "sister's").
fn is_role_text(lower: &str) -> bool {
    ROLE_WORDS.get(lower).is_some()
}

static ROLE_WORDS: WordSet = WordSet::new(&[
    ROLE_NOUNS,
    KIN_AFTER,
    STAFF_WORDS,
    &[
        "survivor",
        "participant",
        "applicant",
        "caller",
        "member",
        "person",
        "rep",
        "admin",
        "counselor",
        "advocate",
        "worker",
        "petitioner",
        "respondent",
        "perp",
        "payee",
        "bf",
        "gf",
        "niece",
        "nephew",
        "ex",
    ],
]);

/// "X is 27", "X is 63 years old", "X (17)", "X, 29,": an age right after
/// the word at `i`.
fn age_right_after(doc: &Doc, words: &[Option<Word>], i: usize) -> bool {
    let adult =
        |j: usize| doc.num(j).is_some_and(|v| (1..=110).contains(&v)) && doc.num_len(j) <= 3;
    (doc.is(i + 1, "is") && adult(i + 2) && doc.punct(i + 3) != Some(':'))
        || (doc.punct(i + 1) == Some('(')
            && adult(i + 2)
            && matches!(doc.punct(i + 3), Some(')' | ',')))
        || age_follows(doc, words, i)
}

/// Kin and role words after a possessive name: "Mele's mom", "Ji-ho's landlord".
const KIN_AFTER: &[&str] = &[
    "mom",
    "mother",
    "dad",
    "father",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "partner",
    "boyfriend",
    "girlfriend",
    "kids",
    "children",
    "baby",
    "aunt",
    "uncle",
    "cousin",
    "grandma",
    "grandmother",
    "landlord",
    "appeal",
    "application",
    "lease",
    "phone",
    "voucher",
    "case",
    "mail",
];

/// Words that look like names in this domain but are places, agencies,
/// programs, languages, days or months.
const STOP: &[&str] = &[
    "the",
    "mo",
    "mos",
    "yo",
    "yr",
    "yrs",
    "wk",
    "wks",
    "liaison",
    "homeless",
    "anon",
    "anonymous",
    "snapchat",
    "instagram",
    "facebook",
    "tiktok",
    "spokane",
    "washington",
    "idaho",
    "seattle",
    "tacoma",
    "cheney",
    "airway",
    "heights",
    "liberty",
    "lake",
    "deer",
    "medical",
    "lake",
    "coeur",
    "alene",
    "moscow",
    "pullman",
    "yakima",
    "olympia",
    "oregon",
    "montana",
    "portland",
    "boise",
    "hillyard",
    "browne's",
    "addition",
    "peaceful",
    "valley",
    "downtown",
    "riverside",
    "division",
    "sprague",
    "monroe",
    "francis",
    "trent",
    "mission",
    "nevada",
    "hamilton",
    "maple",
    "ash",
    "perry",
    "broadway",
    "wellesley",
    "medicaid",
    "medicare",
    "dshs",
    "snap",
    "tanf",
    "ssi",
    "ssdi",
    "hud",
    "hmis",
    "cmis",
    "clarity",
    "spdat",
    "vi",
    "hopwa",
    "ywca",
    "ymca",
    "catholic",
    "charities",
    "salvation",
    "army",
    "volunteers",
    "america",
    "goodwill",
    "walmart",
    "safeway",
    "costco",
    "rosauers",
    "yoke's",
    "denny's",
    "mcdonald's",
    "starbucks",
    "target",
    "fred",
    "meyer",
    "god",
    "christ",
    "lord",
    "allah",
    "english",
    "spanish",
    "russian",
    "ukrainian",
    "somali",
    "vietnamese",
    "marshallese",
    "arabic",
    "swahili",
    "native",
    "american",
    "hispanic",
    "latino",
    "latina",
    "latinx",
    "christmas",
    "thanksgiving",
    "easter",
    "covid",
    "uber",
    "lyft",
    "section",
    "amtrak",
    "greyhound",
    "facebook",
    "instagram",
    "google",
    "gmail",
    "yahoo",
    "hotmail",
    "android",
    "iphone",
    "verizon",
    "tmobile",
    "lifeline",
    "assurance",
    "sta",
    "frontier",
    "behavioral",
    "providence",
    "sacred",
    "heart",
    "deaconess",
    "multicare",
    "kaiser",
    "molina",
    "amerigroup",
    "coordinated",
    "community",
    "court",
    "municipal",
    "superior",
    "district",
    "county",
    "city",
    "state",
    "federal",
    "police",
    "sheriff",
    "jail",
    "doc",
    "dept",
    "department",
    "office",
    "center",
    "centre",
    "house",
    "home",
    "shelter",
    "housing",
    "authority",
    "sha",
    "sncc",
    "snap",
    "goodwill",
    "union",
    "gospel",
    "rescue",
    "house",
    "place",
    "street",
    "avenue",
    "road",
    "park",
    "bridge",
    "hospital",
    "clinic",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "am",
    "pm",
    "ok",
    "okay",
    "dob",
    "ssn",
    "id",
    "ids",
    "template",
    "attendees",
    "hiv",
    "aids",
    "ptsd",
    "na",
    "aa",
    "n/a",
    "tbd",
    "asap",
    "fyi",
    "re",
    "cm",
    "ct",
    "pt",
    "hh",
    "hoh",
    "dv",
    "sa",
    "ed",
    "er",
    "icu",
    "wa",
    "usa",
    "us",
    "ebt",
    "pdf",
    "ms-word",
    "zoom",
    "teams",
    "unknown",
    "anonymous",
    "refused",
    "client",
    "staff",
    "note",
    "plan",
    "goal",
    "intake",
    "exit",
    "update",
    "followup",
    "follow-up",
    "per",
    "summary",
    "assessment",
    "subjective",
    "objective",
    "action",
    "response",
    "data",
    "soap",
    "dap",
    "birp",
    "behavior",
    "intervention",
    "progress",
    "none",
    "other",
    "self",
    "head",
    "household",
    "member",
    "veteran",
    "youth",
    "adult",
    "senior",
    "family",
    "families",
    "kids",
    "children",
    "rapid",
    "rehousing",
    "permanent",
    "supportive",
    "transitional",
    "emergency",
    "ref",
    "appt",
    "dept",
    "approx",
    "info",
    "misc",
    "ave",
    "blvd",
    "hwy",
    "tx",
    "rx",
    "dx",
    "hx",
    "sx",
    "wic",
];

/// `w` (folded) is itself a word for a person ("perp", "abuser",
/// "assessor", "admin"): one of the rules' single-word triggers, roles or
/// staff words, so never a name on its own.
fn is_person_word(w: &str) -> bool {
    type Set = std::collections::HashSet<&'static str, super::context::FnvBuild>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        STRONG_TRIGGERS
            .iter()
            .chain(WEAK_TRIGGERS)
            .chain(STAFF_WORDS)
            .chain(ROLE_NOUNS)
            .chain(PERSON_NOUNS)
            .copied()
            .filter(|t| !t.contains(' '))
            .collect()
    });
    set.contains(w)
}

/// Words for people that no trigger list needs: "Admin says", "Survivor
/// reports".
const PERSON_NOUNS: &[&str] = &[
    "admin",
    "survivor",
    "perpetrator",
    "perp",
    "abuser",
    "assessor",
    "requester",
    "reporter",
    "caller",
    "sender",
    "user",
    "applicant",
    "participant",
    "member",
    "household",
    "hh",
];

/// Words that are names in the Census lists but, written in lowercase,
/// are units, abbreviations or Spanish function words: "10 min", "abt
/// rent", "alt #", "su hermana", "de-identify".
const LOWER_STOP: &[&str] = &[
    "min", "mins", "hr", "hrs", "abt", "alt", "meds", "tmrw", "su", "la", "de", "del", "el", "los",
    "las", "con", "por", "para", "que", "se", "foster", "mama", "papa",
];

/// Two-letter acronyms of case work that are no one's initials.
const CASEWORK_ACRONYMS: &[&str] = &[
    "AA", "CE", "CM", "DV", "ER", "ES", "HH", "ID", "MH", "NA", "OT", "PO", "PT", "RN", "SO", "TB",
    "TH", "VA", "VI",
];

/// Spanish words that open a sentence in capitals ("Ella tiene 29 años",
/// "Su pareja", "La dueña") and are names only in English.
const SPANISH_OPENERS: &[&str] = &["ella", "su", "la", "le", "sí", "mamá", "papá", "mi", "tu"];

/// Spanish words that follow [`SPANISH_OPENERS`] in a Spanish sentence.
const SPANISH_NEXT: &[&str] = &[
    "y",
    "se",
    "no",
    "es",
    "está",
    "esta",
    "tiene",
    "vive",
    "dice",
    "quiere",
    "va",
    "fue",
    "era",
    "pareja",
    "expareja",
    "esposo",
    "esposa",
    "dueña",
    "dueño",
    "señora",
    "señor",
    "hija",
    "hijo",
    "hermana",
    "hermano",
    "mamá",
    "madre",
    "padre",
    "casa",
    "conseguimos",
    "llamó",
    "deportada",
    "deportado",
    "tengo",
    "tiene",
    "trabaja",
    "duerme",
    "necesita",
    "nuevo",
    "nueva",
    "número",
    "correo",
    "víctima",
    "clínica",
    "cliente",
    "expliqué",
    "nació",
    "novio",
    "novia",
    "familia",
    "cita",
    "teléfono",
    "amiga",
    "amigo",
    "comadre",
    "miedo",
    "dijo",
];

/// `list.contains(&w.to_lowercase().as_str())` without allocating for an
/// ASCII word (the usual case): each byte of an entry must be the word's
/// byte lowercased. A word with other characters takes the full Unicode
/// lowercase, as before.
fn lowercase_in(w: &str, list: &[&str]) -> bool {
    if !w.is_ascii() {
        return list.contains(&w.to_lowercase().as_str());
    }
    list.iter().any(|x| {
        x.len() == w.len()
            && x.bytes()
                .zip(w.bytes())
                .all(|(a, b)| a == b.to_ascii_lowercase())
    })
}

/// A one-word guess that the words around it show is no name:
/// - the first part of a compound word ("DE-ESCALATED", "Tri-Cities",
///   "tri-morbid"): a dash, then a common word no name list has;
/// - "Max 12 intakes", "Max per household": a limit;
/// - a Spanish pronoun or article opening a Spanish sentence ("Ella tiene
///   29 años", "Su pareja", "Mamá: Lucía").
fn not_a_name_here(doc: &Doc, words: &[Option<Word>], i: usize, last: usize) -> bool {
    // "'04 Chevy Astro", "the family car, Toyota Sienna", "her 10 year old
    // Honda": a vehicle's make.
    let make = |k: usize| lowercase_in(doc.tok_text(k), super::contact::CAR_MAKES);
    // "Toyota Sienna": the model after the make.
    if i > 0 && doc.kind(i - 1) == Some(TokKind::Word) && make(i - 1) {
        return true;
    }
    if make(i)
        && (doc.capitalized(i + 1) && doc.kind(i + 1) == Some(TokKind::Word)
            || i > 0
                && (doc.num_len(i - 1) > 0
                    || ["old", "his", "her", "their", "a", "the"]
                        .iter()
                        .any(|w| doc.is(i - 1, w))))
    {
        return true;
    }
    // "From: Jenna P. (Catholic Charities)": the sender of a ticket, with
    // their agency or team in brackets, is staff (not "From: Linda Haugen
    // <lhaugen@...>", a landlord's e-mail).
    let line_start = |k: usize| k == 0 || doc.toks[k].newline_before;
    let mut after = last + 1;
    if doc.tok_text(after).len() == 1 && doc.punct(after + 1) == Some('.') {
        after += 2;
    }
    if i >= 2
        && doc.punct(i - 1) == Some(':')
        && doc.is(i - 2, "from")
        && line_start(i - 2)
        && doc.punct(after) == Some('(')
    {
        return true;
    }
    // "Rachel covering front desk": a rota.
    if doc.is(last + 1, "covering") || doc.is(last + 1, "covers") {
        return true;
    }
    if last != i {
        return false;
    }
    // "Tenant moved in 6/1": a word for the person, capitalized.
    if role_word(doc, i) {
        return true;
    }
    let compound = doc.punct(i + 1) == Some('-')
        && doc.tight(i + 1)
        && doc.tight(i + 2)
        && word(words, i + 2).is_some_and(|w| w.is_common() && !w.known())
        && !doc.capitalized(i + 2)
        || doc.punct(i + 1) == Some('-')
            && doc.tight(i + 1)
            && doc.tight(i + 2)
            && doc.all_caps(i + 2)
            && doc.tok_text(i + 2).len() > 3
            && word(words, i + 2).is_some_and(|w| w.is_common() || !w.known());
    // Prefixes that are also names in the lists: "Tri-Cities", "De-identified".
    const PREFIXES: &[&str] = &["tri", "de", "re", "pre", "non", "anti", "semi", "multi"];
    let prefix =
        doc.punct(i + 1) == Some('-') && doc.tight(i + 1) && PREFIXES.iter().any(|p| doc.is(i, p));
    if compound || prefix {
        return true;
    }
    if doc.is(i, "max") && (doc.num_len(i + 1) > 0 || doc.is(i + 1, "per") || doc.all_caps(i + 1)) {
        return true;
    }
    // "Landlord is Cedar Ridge Property Mgmt", "Eastside Property Mgmt": the
    // first word of a company's name (not after a title: "Mrs. Sunny Park").
    let titled = (1..=2).any(|k| i >= k && is_title(base(doc.tok_text(i - k))));
    if !titled
        && doc.capitalized(i + 1)
        && doc.kind(i + 1) == Some(TokKind::Word)
        && !doc.tight(i + 1)
        && (is_org_word(doc, i + 1)
            || doc.capitalized(i + 2) && !doc.tight(i + 2) && is_org_word(doc, i + 2))
    {
        return true;
    }
    // "Client Name: Sokha Chhim", "Name (Last, First):": a form's labels.
    if doc.is(i, "name") && doc.punct(i + 1) == Some(':')
        || doc.is(i, "last") && doc.punct(i + 1) == Some(',') && doc.is(i + 2, "first")
    {
        return true;
    }
    // "a dog named Bear", "cat named Grace", "dog (Bo, 10 yrs old)": a pet.
    const ANIMALS: &[&str] = &[
        "dog", "dogs", "cat", "cats", "puppy", "kitten", "pet", "pup",
    ];
    let lo = i.saturating_sub(4);
    if (lo..i).any(|k| ANIMALS.iter().any(|a| doc.is(k, a)))
        && (lo..i).any(|k| doc.is(k, "named") || doc.is(k, "name") || doc.punct(k) == Some('('))
    {
        return true;
    }
    lowercase_in(doc.tok_text(i), SPANISH_OPENERS)
        && (doc.punct(i + 1) == Some(':')
            || doc.kind(i + 1) == Some(TokKind::Word)
                && lowercase_in(doc.tok_text(i + 1), SPANISH_NEXT)
            || doc.punct(i + 1) == Some(',') && doc.is(i + 2, "tengo"))
}

/// `w` is folded (lowercase, no accents).
fn is_stop(w: &str) -> bool {
    type Set = std::collections::HashSet<&'static str, super::context::FnvBuild>;
    static SET: std::sync::OnceLock<Set> = std::sync::OnceLock::new();
    // The month names are the date rules' own list.
    let set = SET.get_or_init(|| {
        STOP.iter()
            .chain(&super::dates::MONTHS)
            .chain(WEEKDAYS)
            .copied()
            .collect()
    });
    set.contains(w)
}

/// The word without a possessive ending.
fn base(w: &str) -> &str {
    match w.as_bytes() {
        [.., b'\'', b's' | b'S'] => w.get(..w.len() - 2).unwrap_or(w),
        _ => w,
    }
}

/// What the rules know about one word.
#[derive(Clone, Copy)]
struct Word {
    info: Option<NameInfo>,
    common: bool,
    stop: bool,
    /// Capitalized in a mixed-case note (the only case where capitals mean something).
    cap: bool,
}

impl Word {
    fn given(&self) -> bool {
        self.info.is_some_and(|n| n.given_rank.is_some())
    }
    fn surname(&self) -> bool {
        self.info.is_some_and(|n| n.surname_rank.is_some())
    }
    fn known(&self) -> bool {
        self.info.is_some()
    }
    fn is_common(&self) -> bool {
        // For a known name, `common` starts as its own common-word flag.
        self.common
    }
}

fn word(words: &[Option<Word>], i: usize) -> Option<Word> {
    words.get(i).copied().flatten()
}

/// What the word lists say about a word (folded), looked up once per
/// distinct word of a note.
#[derive(Clone, Copy)]
struct Lexical {
    info: Option<NameInfo>,
    common: bool,
    stop: bool,
}

type Memo<'t> = std::collections::HashMap<&'t str, Lexical, super::context::FnvBuild>;

fn compute_word<'t>(doc: &Doc<'t>, i: usize, memo: &mut Memo<'t>) -> Option<Word> {
    if doc.kind(i) != Some(TokKind::Word) {
        return None;
    }
    let raw = doc.tok_text(i);
    let w = base(raw);
    if w.chars().count() < 2 {
        return None;
    }
    let lex = *memo.entry(w).or_insert_with(|| {
        let folded = fold_word(w);
        let info = names::lookup(&folded);
        // A known name carries its own common-word flag.
        let common = info.map_or_else(
            || {
                names::is_common_word(&folded)
                    || names::is_english_form(&folded)
                    || is_person_word(&folded)
            },
            |n| n.common_word,
        );
        Lexical {
            info,
            common,
            // Spanish function words in a note in capitals too ("LA CLÍNICA
            // MÓVIL ... DE LA IGLESIA").
            stop: is_stop(&folded) || doc.case != CaseMode::Mixed && LOWER_STOP.contains(&&*folded),
        }
    });
    let info = lex.info;
    let caps = doc.all_caps(i);
    // In a mixed-case note a word in capitals is an acronym (ADA, SAM, ROI)
    // unless it stands next to another word in capitals (MARIA LOPEZ).
    let caps_pair = |j: usize| doc.all_caps(j) && doc.tok_text(j).chars().count() >= 2;
    let cap = doc.case == CaseMode::Mixed
        && doc.capitalized(i)
        && (!caps
            || (w.len() >= 3
                && info.is_some()
                && (caps_pair(i + 1)
                    || i > 0 && caps_pair(i - 1)
                    || doc.punct(i + 1) == Some(',') && caps_pair(i + 2)
                    || i > 1 && doc.punct(i - 1) == Some(',') && caps_pair(i - 2))));
    // Amber, Crystal, Angel: names whose ordinary sense is written in
    // lowercase, so that capitalized mid-sentence they are names.
    let common = lex.common
        && !(cap
            && !doc.sentence_start(i)
            && CAPITALIZED_NAMES.iter().any(|n| n.eq_ignore_ascii_case(w)));
    Some(Word {
        info,
        common,
        stop: lex.stop || religious(doc, i),
        cap,
    })
}

/// "found Jesus", "Jesus Christ": the religious sense of token `i`; Jesús
/// (rank 150 among given names) otherwise.
fn religious(doc: &Doc, i: usize) -> bool {
    const BEFORE: &[&str] = &[
        "found", "praise", "thank", "accepted", "pray", "prays", "love", "loves", "about", "to",
    ];
    doc.is(i, "jesus")
        && (doc.is(i + 1, "christ") || i > 0 && BEFORE.iter().any(|p| doc.is(i - 1, p)))
}

/// Given names that are also words, but words not written with a capital
/// inside a sentence (measured over the corpora: capitalized mid-sentence,
/// these are names nearly every time; Grace, Hope, Faith, Will, Mark, Rose
/// and Sunny are not, and are not here).
const CAPITALIZED_NAMES: &[&str] = &[
    "amber", "crystal", "angel", "hung", "wade", "ward", "junior", "precious", "gene", "pat",
    "price", "winter",
];

/// A trigger phrase that ends right before token `i`, allowing fillers
/// (`,` `:` `(` `named` `is`) between. Returns the phrase and whether it is strong.
fn trigger_before(doc: &Doc, i: usize) -> Option<(&'static str, bool)> {
    const FILLERS: &[&str] = &[
        ",", ":", "(", ")", "-", "\"", "named", "is", "was", "'s", "the", "a",
    ];
    let mut j = i;
    for _ in 0..3 {
        if j == 0 {
            return None;
        }
        let prev = doc.toks.get(j - 1)?;
        let end = prev.end;
        static STRONG: EndPhrases = EndPhrases::new(STRONG_TRIGGERS);
        static WEAK: EndPhrases = EndPhrases::new(WEAK_TRIGGERS);
        for (list, strong) in [(&STRONG, true), (&WEAK, false)] {
            if let Some(p) = list.ending_at(doc.text, end) {
                // "MS Word", "MS Teams": in a mixed-case note, "MS" in
                // capitals is no title.
                let caps_ms = p == "ms"
                    && doc.case == CaseMode::Mixed
                    && doc.text.get(end.saturating_sub(2)..end) == Some("MS");
                if !caps_ms {
                    return Some((p, strong));
                }
            }
        }
        // Titles with a period: "Dr." "Mrs."
        if doc.punct(j - 1) == Some('.') && j >= 2 && is_title(doc.tok_text(j - 2)) {
            return Some(("title", true));
        }
        static FILLER_SET: WordSet = WordSet::new(&[FILLERS]);
        if doc.is_any(j - 1, &FILLER_SET) {
            j -= 1;
        } else {
            return None;
        }
    }
    None
}

/// Words that end the name of a place or an organization: "Grace Church",
/// "Jordan Street", "Hope House". A "name" followed by one is not a person.
pub(crate) const ORG_WORDS: Phrases = Phrases {
    id: 24,
    list: &[
        "area",
        "apartments",
        "alliance",
        "academy",
        "avenue",
        "apts",
        "ave",
        "apt",
        "baptist",
        "burgers",
        "building",
        "bridge",
        "bros",
        "bank",
        "blvd",
        "congregational",
        "crisis",
        "chapel",
        "corps",
        "creek",
        "care",
        "co",
        "collective",
        "coalition",
        "community",
        "center's",
        "commons",
        "college",
        "center",
        "centre",
        "church",
        "clinic",
        "county",
        "court",
        "city",
        "camp",
        "cafe",
        "district",
        "dr",
        "department",
        "drive",
        "dept",
        "elementary",
        "episcopal",
        "elem",
        "foundation",
        "fund",
        "gardens",
        "hwy",
        "hamburgers",
        "hs",
        "hospital",
        "housing",
        "heights",
        "health",
        "house",
        "hotel",
        "homes",
        "hall",
        "home",
        "institute",
        "inn",
        "kitchen",
        "lutheran",
        "library",
        "lodge",
        "lake",
        "lane",
        "middle school",
        "methodist",
        "mosque",
        "mall",
        "ministries",
        "ministry",
        "mission",
        "medical",
        "market",
        "manor",
        "motel",
        "ms",
        "nursery",
        "nation",
        "neighbourhood",
        "neighborhood",
        "network",
        "outreach",
        "office",
        "property management",
        "payee services",
        "property mgmt",
        "presbyterian",
        "partners",
        "program",
        "project",
        "pantry",
        "place",
        "plaza",
        "park",
        "resources",
        "recovery",
        "resource",
        "river",
        "road",
        "rd",
        "synagogue",
        "staff",
        "services",
        "service",
        "shelter",
        "station",
        "street",
        "school",
        "square",
        "store",
        "st",
        "theatre",
        "theater",
        "tribe",
        "tribal",
        "trail",
        "terrace",
        "towers",
        "tower",
        "team",
        "university",
        "village",
        "valley",
        "warehouse",
        "way",
        "yards",
    ],
};

fn is_org_word(doc: &Doc, i: usize) -> bool {
    doc.kind(i) == Some(TokKind::Word)
        && super::context::phrase_at_tok(doc, i, &ORG_WORDS).is_some()
}

/// Can token `i` continue a name as a surname (or middle name)?
fn surname_like(doc: &Doc, words: &[Option<Word>], i: usize) -> bool {
    let Some(w) = word(words, i) else {
        return false;
    };
    // "Odessa Washington": a stop word that is a surname, capitalized right
    // after a given name, ends the name.
    let after_given = i > 0
        && word(words, i - 1).is_some_and(|p| p.given() && (p.cap || doc.case != CaseMode::Mixed));
    let stop = w.stop && !(w.surname() && after_given && doc.capitalized(i));
    if stop || is_org_word(doc, i) || is_org_word(doc, i + 1) {
        return false;
    }
    // "First name: Terrence   Last name: Oyelaran": a form's next label.
    if doc.is(i + 1, "name") {
        return false;
    }
    if doc.case == CaseMode::Mixed {
        w.cap && (!w.is_common() || w.surname())
    } else {
        w.surname() && !w.is_common() || w.known() && !w.is_common()
    }
}

/// Extend a name over a middle initial and surnames after token `i`.
fn extend(doc: &Doc, words: &[Option<Word>], mut last: usize) -> usize {
    let first = last;
    for _ in 0..3 {
        // "Theo's Hep C": a possessive ends the name.
        if base(doc.tok_text(last)).len() < doc.tok_text(last).len() {
            break;
        }
        let n = last + 1;
        let single = last == first;
        // Middle initial: "Maria T. Lopez" / "Maria T Lopez".
        let t = doc.tok_text(n);
        if doc.kind(n) == Some(TokKind::Word) && t.len() == 1 && t.chars().all(char::is_uppercase) {
            let after = if doc.punct(n + 1) == Some('.') {
                n + 2
            } else {
                n + 1
            };
            if surname_like(doc, words, after) {
                last = after;
                continue;
            }
            return last;
        }
        // "JOHNSON, DARNELL" after a trigger: surname then given name.
        if doc.punct(n) == Some(',')
            && single
            && (doc.all_caps(last) || word(words, last).is_some_and(|w| w.surname() && !w.given()))
            && word(words, n + 1).is_some_and(|f| f.given() && !f.is_common() && !f.stop)
        {
            last = n + 1;
            continue;
        }
        // Hyphenated surname: Garcia-Lopez.
        if doc.punct(n) == Some('-')
            && doc.tight(n)
            && doc.tight(n + 1)
            && surname_like(doc, words, n + 1)
        {
            last = n + 1;
            continue;
        }
        // Nickname in brackets between names: Terrence (TJ) Washington.
        if doc.punct(n) == Some('(')
            && doc.kind(n + 1) == Some(TokKind::Word)
            && doc.punct(n + 2) == Some(')')
            && !role_word(doc, n + 1)
            && word(words, n + 1).is_some_and(|w| !w.is_common() || w.given())
            && (surname_like(doc, words, n + 3)
                || word(words, n + 3).is_some_and(|w| w.surname() && w.cap))
        {
            last = n + 3;
            continue;
        }
        // Terrence (TJ) Washington: after a nickname in brackets, a
        // capitalized surname even when it is also a place's name.
        if doc.punct(n) == Some('(')
            && doc.kind(n + 1) == Some(TokKind::Word)
            && doc.punct(n + 2) == Some(')')
            && !role_word(doc, n + 1)
            && word(words, n + 1).is_some_and(|w| w.cap && !w.is_common())
            // "Yuliia (Yulia) Bondarenko": a surname no list has, too.
            && word(words, n + 3)
                .is_some_and(|w| w.cap && (w.surname() || !w.known() && !w.is_common() && !w.stop))
            && !is_org_word(doc, n + 4)
            && !doc.toks.get(n + 3).is_some_and(|t| t.newline_before)
        {
            last = n + 3;
            continue;
        }
        // Nickname in quotes: Maria "Tina" Lopez, Tyrell "T-Bone" Washington;
        // in a note in capitals also WILLIAM 'BILLY' RAINWATER (a single
        // quote opens one only after a space: "MARCUS' CAR" is a possessive).
        // In mixed case, Darnell 'Tiny' Oakes is found word by word.
        let quote = doc
            .punct(n)
            .filter(|&q| q == '"' || q == '\'' && !doc.tight(n) && doc.case == CaseMode::Upper);
        if let Some(q) = quote {
            let mut k = n + 1;
            while k < n + 5
                && (doc.kind(k) == Some(TokKind::Word)
                    || doc.punct(k) == Some('-') && doc.tight(k) && doc.tight(k + 1))
            {
                k += 1;
            }
            if k > n + 1 && doc.punct(k) == Some(q) {
                // Tyrell "T-Bone" Washington: after a nickname in quotes, a
                // capitalized word is the surname, even a place's name.
                let s = k + 1;
                let surname = doc.kind(s) == Some(TokKind::Word)
                    && !doc.tight(s)
                    && doc.capitalized(s)
                    && (!doc.all_caps(s) || doc.case == CaseMode::Upper)
                    && doc.tok_text(s).chars().count() >= 2
                    && !is_org_word(doc, s + 1)
                    && !is_title(doc.tok_text(s))
                    && word(words, s).is_some_and(|w| w.surname() || !w.is_common());
                // In single quotes only a capitalized nickname before a
                // surname: not "Marcus 'about' it".
                if q == '\'' && !(surname && doc.capitalized(n + 1)) {
                    return last;
                }
                last = if surname { s } else { k };
                continue;
            }
            return last;
        }
        if surname_like(doc, words, n) && !doc.toks.get(n).is_some_and(|t| t.newline_before) {
            last = n;
            continue;
        }
        break;
    }
    last
}

fn span_end(doc: &Doc, last: usize) -> usize {
    let t = doc.toks[last];
    let raw = doc.tok_text(last);
    t.start + base(raw).len().min(t.end - t.start)
}

pub(crate) fn scan(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    // Per-token word facts, looked up once.
    let mut memo = Memo::default();
    let words: Vec<Option<Word>> = (0..n).map(|i| compute_word(doc, i, &mut memo)).collect();
    let mixed = doc.case == CaseMode::Mixed;
    let mut i = 0;
    while i < n {
        let found = name_at(doc, &words, i, mixed);
        match found {
            Some((last, conf, rule, reason)) => {
                // "Situation: partner drunk": a label opening a line.
                let label = (i == 0 || doc.toks[i].newline_before)
                    && last == i
                    && doc.punct(i + 1) == Some(':')
                    && word(&words, i).is_some_and(|w| w.is_common());
                if label
                    || staff_before(doc, i)
                    || staff_after(doc, last)
                    || after_model_year(doc, i)
                    || slots::signature(doc, i, last)
                    || slots::place_of_origin(doc, i)
                    || not_a_name_here(doc, &words, i, last)
                {
                    i = last + 1;
                    continue;
                }
                let first = if conf >= 0.5 {
                    extend_back(doc, &words, i)
                } else {
                    i
                };
                out.push(Cand::new(
                    Kind::Name,
                    doc.toks[first].start,
                    span_end(doc, last),
                    conf,
                    rule,
                    reason,
                ));
                if conf >= 0.5 {
                    slots::nickname_after(doc, &words, last, out);
                    slots::nickname_before(doc, &words, first, last, out);
                }
                if conf < 0.5 {
                    // A guess below the default threshold does not hide a
                    // better reading of the words after it ("Owner Maeve ...").
                    i += 1;
                    continue;
                }
                let plural = rule == "name.context"
                    && trigger_before(doc, i).is_some_and(|(t, _)| PLURAL_TRIGGERS.contains(&t));
                i = if plural {
                    name_list(doc, &words, last, out)
                } else {
                    last
                } + 1;
            }
            None => i += 1,
        }
    }
    kin_in_brackets(doc, &words, out);
    first_quoted_last(doc, &words, out);
    role_then_bracket(doc, &words, out);
    speaker_labels(doc, &words, out);
    hyphenated_given(doc, &words, out);
    slots::scan(doc, &words, out);
    slots::family_names(doc, &words, out);
    unknown_pairs(doc, &words, out);
    answers_and_quoted(doc, &words, out);
    plain_recurring(doc, &words, out);
}

/// "Kids: Angelo (12), Bea (8), Migo (22 months)", "Present: Hodan,
/// Sahra, Yusuf": in a list of single words (each perhaps with a bracket
/// after it), the neighbours of a found name are names too.
///
/// Run after the repeats are found, so that a repeat can start a list.
pub(crate) fn list_members(doc: &Doc, out: &mut Vec<Cand>) {
    let mixed = doc.case == CaseMode::Mixed;
    let n = doc.toks.len();
    // Word facts for the few tokens asked about, looked up on demand.
    let memo = std::cell::RefCell::new(Memo::default());
    let lookup = |k: usize| compute_word(doc, k, &mut memo.borrow_mut());
    // The token after a bracket group that starts at `k`, if one does.
    let after_bracket = |k: usize| {
        if doc.punct(k) != Some('(') {
            return Some(k);
        }
        (k + 1..(k + 8).min(n))
            .find(|&j| doc.punct(j) == Some(')'))
            .map(|j| j + 1)
    };
    let sep = |k: usize| matches!(doc.punct(k), Some(',' | '&')) || doc.is(k, "and");
    let member_word = |k: usize| {
        lookup(k).is_some_and(|w| {
            !w.stop
                && if mixed {
                    w.cap && !doc.all_caps(k) && !w.is_common()
                } else {
                    w.known() && !w.is_common()
                }
        }) && !role_word(doc, k)
            && !is_org_word(doc, k)
            && !is_org_word(doc, k + 1)
            && !origin_word(doc.tok_text(k))
    };
    let member = |k: usize| {
        member_word(k)
            // One word per item: the next token ends the item.
            && (k + 1 >= n
                || matches!(doc.punct(k + 1), Some(',' | '&' | '(' | ';' | '.' | ')'))
                || doc.is(k + 1, "and")
                || doc.toks[k + 1].newline_before)
    };
    let single_names: Vec<usize> = out
        .iter()
        .filter(|c| c.kind == Kind::Name && c.conf >= 0.7)
        .map(|c| doc.tok_at(c.start))
        .filter(|&k| doc.toks.get(k).is_some_and(|t| t.end >= span_end(doc, k)) && member(k))
        .collect();
    let mut found = Vec::new();
    // To the left of any found name: "Vasiliy i Galina Morozov", "Rigoberto
    // y Carmen Lugo" ("i" and "y" join two capitalized names, as "and" does).
    for c in out.iter().filter(|c| c.kind == Kind::Name && c.conf >= 0.7) {
        let p = doc.tok_at(c.start);
        if p < 2 || doc.toks[p].newline_before || doc.toks[p - 1].newline_before {
            continue;
        }
        let joined = matches!(doc.punct(p - 1), Some('&'))
            || doc.is(p - 1, "and")
            || mixed
                && matches!(doc.tok_text(p - 1), "y" | "i")
                && doc.capitalized(p)
                && doc.capitalized(p - 2);
        let q = p - 2;
        let starts_item = q == 0
            || doc.kind(q - 1) == Some(TokKind::Punct)
            || doc.toks[q].newline_before
            || lookup(q - 1).map_or(true, |w| !w.cap || w.stop || w.is_common());
        // "Hosts: Pat and Gina Morrow": before a full name, a capitalized
        // given name joins it even when it is also a word.
        let full = doc.toks.get(p + 1).is_some_and(|t| t.start < c.end);
        let given_before_full = full
            && mixed
            && doc.capitalized(q)
            && lookup(q).is_some_and(|w| w.given() && !w.stop)
            && !role_word(doc, q)
            && !is_org_word(doc, q);
        if joined && starts_item && (member_word(q) || given_before_full) {
            found.push(q);
        }
    }
    for &p in &single_names {
        // To the right: ", Bea (8), Migo (22 months)".
        let mut k = p;
        while let Some(next) = after_bracket(k + 1) {
            let s = next;
            let q = if doc.punct(s) == Some(',') && doc.is(s + 1, "and") {
                s + 2
            } else {
                s + 1
            };
            if !sep(s) || q >= n || doc.toks[q].newline_before || !member(q) {
                break;
            }
            found.push(q);
            k = q;
        }
    }
    found.sort_unstable();
    found.dedup();
    for q in found {
        if single_names.contains(&q) {
            continue;
        }
        push_tokens(
            doc,
            out,
            Kind::Name,
            q,
            q,
            0.75,
            "name.list",
            "Looks like a person's name in a list of names",
        );
    }
}

/// `Ligaya "Gaya" Santos`, `Rogelio "Jun" Bautista`: a capitalized word,
/// a nickname in quotes and a surname make a name even when no list knows
/// the first word.
fn first_quoted_last(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    if doc.case == CaseMode::Upper {
        return;
    }
    for i in 0..doc.toks.len().saturating_sub(4) {
        if doc.punct(i + 1) != Some('"') {
            continue;
        }
        let Some(w) = word(words, i) else { continue };
        if !w.cap || w.stop || w.is_common() && !w.given() || is_title(doc.tok_text(i)) {
            continue;
        }
        // One to three words (or hyphenated parts) in quotes.
        let mut k = i + 2;
        while k < i + 6
            && (doc.kind(k) == Some(TokKind::Word)
                || doc.punct(k) == Some('-') && doc.tight(k) && doc.tight(k + 1))
        {
            k += 1;
        }
        if k == i + 2 || doc.punct(k) != Some('"') {
            continue;
        }
        let s = k + 1;
        let surname = word(words, s).is_some_and(|x| {
            x.cap && !x.stop && (x.surname() || !x.is_common()) && !doc.all_caps(s)
        }) && !is_org_word(doc, s + 1);
        if !surname {
            continue;
        }
        push_tokens(
            doc,
            out,
            Kind::Name,
            i,
            s,
            0.85,
            "name.full",
            "Looks like a first name, a nickname in quotes and a surname",
        );
    }
}

/// "Survivor (Efua) asked", "her son (Abdirahman)", "client (r.
/// delacruz)": a word for a person, then a name in brackets.
fn role_then_bracket(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    let mixed = doc.case == CaseMode::Mixed;
    for i in 0..doc.toks.len().saturating_sub(3) {
        // "client 55102 (Moana Kabua)": the record's number may come between.
        let open = if doc.num_len(i + 1) > 0 && !doc.tight(i + 1) {
            i + 2
        } else {
            i + 1
        };
        if doc.punct(open) != Some('(') || !role_word(doc, i) {
            continue;
        }
        // "interpreter (Mandarin)", "case manager (Jenna)": staff are no PII.
        if STAFF_WORDS.iter().any(|w| doc.is(i, w)) {
            continue;
        }
        // One or two words, or an initial and a surname, then ")".
        let first = open + 1;
        let mut last = first;
        let initial = doc.tok_text(first).chars().count() == 1 && doc.punct(first + 1) == Some('.');
        // "Clt (Nakamura, Ken)": surname, comma, given name.
        let last_first = doc.punct(first + 1) == Some(',')
            && word(words, first + 2).is_some_and(|w| w.given())
            && doc.punct(first + 3) == Some(')');
        // "Jolene's mom (Karen Spotted Elk, 509-555-0149)": a given name and
        // two capitalized words, then the bracket closes or a number follows.
        let three = mixed
            && word(words, first).is_some_and(|w| w.cap && w.given() && !w.stop)
            && (first + 1..=first + 2)
                .all(|k| doc.kind(k) == Some(TokKind::Word) && doc.capitalized(k) && !doc.tight(k))
            && (doc.punct(first + 3) == Some(')')
                || doc.punct(first + 3) == Some(',') && doc.num_len(first + 4) > 0);
        if three {
            push_tokens(
                doc,
                out,
                Kind::Name,
                first,
                first + 2,
                0.8,
                "name.context",
                format!(
                    "Looks like a person's name in brackets after '{}'",
                    doc.tok_text(i)
                ),
            );
            continue;
        }
        if initial || last_first {
            last = first + 2;
        } else if word(words, first + 1).is_some() {
            last = first + 1;
        }
        if doc.punct(last + 1) != Some(')') {
            continue;
        }
        let name_like = |k: usize| {
            // "clt (DJ) missed pickup": initials the person goes by.
            (first == last
                && doc.punct(k + 1) == Some(')')
                && caps_initials(doc.tok_text(k))
                && !CASEWORK_ACRONYMS.iter().any(|a| doc.tok_text(k) == *a))
                || word(words, k).is_some_and(|w| {
                    !w.stop
                        && if mixed {
                            w.cap && (!w.is_common() || w.given())
                        } else {
                            !w.is_common() && (w.known() || doc.tok_text(k).chars().count() >= 3)
                        }
                }) && !role_word(doc, k)
                    && !is_org_word(doc, k)
                    && !origin_word(doc.tok_text(k))
        };
        let ok = if initial {
            name_like(last)
        } else if last_first {
            name_like(first) && name_like(last)
        } else {
            (first..=last).all(name_like)
        };
        if !ok {
            continue;
        }
        push_tokens(
            doc,
            out,
            Kind::Name,
            first,
            last,
            0.8,
            "name.context",
            format!(
                "Looks like a person's name in brackets after '{}'",
                doc.tok_text(i)
            ),
        );
    }
}

/// A text-message thread copied into a note ("me: u ok? / Dez: im at the
/// library / staff: ok"): when some lines are said by "me", "staff" or
/// "him", the other speakers' labels are names.
fn speaker_labels(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    // Speakers a thread names by pronoun or by the worker's side; "client:"
    // or "worker:" label a form's fields as often.
    const GENERIC: &[&str] = &[
        "me", "staff", "him", "her", "them", "they", "i", "you", "us", "we",
    ];
    // The first word of each line, when a colon follows it (after an
    // optional bracketed time: "[9:42pm] him:").
    let mut labels: Vec<usize> = Vec::new();
    let mut k = 0;
    while k < doc.toks.len() {
        let line_start = k == 0 || doc.toks[k].newline_before;
        if line_start {
            let mut j = k;
            if doc.punct(j) == Some('[') {
                while j < k + 8 && doc.punct(j) != Some(']') {
                    j += 1;
                }
                j += 1;
            }
            if doc.kind(j) == Some(TokKind::Word) && doc.punct(j + 1) == Some(':') {
                labels.push(j);
            }
        }
        k += 1;
    }
    let generic = |j: usize| GENERIC.iter().any(|g| doc.is(j, g));
    if labels.len() < 2 || !labels.iter().any(|&j| generic(j)) {
        return;
    }
    for &j in &labels {
        let text = doc.tok_text(j);
        let w = word(words, j);
        // "Q:" and "A:" are a form's; a word or a field label is no speaker.
        let letter = text.len() == 1
            && text.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(text, "Q" | "A");
        let name_like = letter
            || w.is_some_and(|w| !w.stop && !w.is_common())
                && !(doc.case == CaseMode::Mixed && doc.all_caps(j));
        // A speaker writes more than once, or is a known given name.
        let again = labels.iter().filter(|&&o| doc.tok_text(o) == text).count() >= 2;
        if generic(j) || !name_like || role_word(doc, j) || !again && !w.is_some_and(|w| w.given())
        {
            continue;
        }
        push_tokens(
            doc,
            out,
            Kind::Name,
            j,
            j,
            0.75,
            "name.speaker",
            "Looks like the name of a person writing in a copied text-message thread",
        );
    }
}

/// "Seo-yeon", "Jae-hoon", "Eun-ji" (Korean given names of two
/// syllables) and "Jun-Jun", "Bong-Bong" (Filipino nicknames): two short
/// parts joined by a hyphen, the first capitalized, the second in
/// lowercase or the first repeated, neither an English word.
fn hyphenated_given(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    if doc.case != CaseMode::Mixed {
        return;
    }
    let short = |k: usize| {
        doc.kind(k) == Some(TokKind::Word)
            && (2..=4).contains(&doc.tok_text(k).chars().count())
            && doc.tok_text(k).chars().all(char::is_alphabetic)
    };
    for i in 0..doc.toks.len().saturating_sub(2) {
        if doc.punct(i + 1) != Some('-') || !doc.tight(i + 1) || !doc.tight(i + 2) {
            continue;
        }
        if !short(i) || !short(i + 2) || !doc.capitalized(i) || doc.all_caps(i) {
            continue;
        }
        // Not the middle of a longer hyphenated word ("Tri-Cities-area").
        if i > 0 && doc.punct(i - 1) == Some('-') && doc.tight(i)
            || doc.punct(i + 3) == Some('-') && doc.tight(i + 3)
        {
            continue;
        }
        let (a, b) = (doc.tok_text(i), doc.tok_text(i + 2));
        let repeated = a == b;
        let lower_tail = b.chars().next().is_some_and(char::is_lowercase);
        // English prefixes: Co-op, Re-do, Non-smoking.
        const PREFIXES: &[&str] = &[
            "co", "re", "ex", "pre", "non", "bi", "tri", "mid", "sub", "de", "un", "anti", "self",
            "semi", "post", "in", "out", "e", "x", "wi",
        ];
        let prefix = PREFIXES.iter().any(|p| a.eq_ignore_ascii_case(p));
        let english = |k: usize| !word(words, k).is_some_and(|w| !w.is_common() && !w.stop);
        if prefix || !(repeated || lower_tail) || !repeated && (english(i) || english(i + 2)) {
            continue;
        }
        push_tokens(
            doc,
            out,
            Kind::Name,
            i,
            i + 2,
            0.7,
            "name.hyphenated",
            "Looks like a given name of two parts joined by a hyphen",
        );
    }
}

/// "Abdi (son, 6), Ifrah (daughter, 3)", "Jun-Jun (grandson)": a word
/// followed by a family tie in brackets names a person.
fn kin_in_brackets(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    const KIN: &[&str] = &[
        "son",
        "daughter",
        "brother",
        "sister",
        "mom",
        "mother",
        "dad",
        "father",
        "wife",
        "husband",
        "partner",
        "bf",
        "gf",
        "boyfriend",
        "girlfriend",
        "cousin",
        "nephew",
        "niece",
        "grandson",
        "granddaughter",
        "grandma",
        "grandpa",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "stepson",
        "stepdaughter",
        "stepmom",
        "stepdad",
        "fiancé",
        "fiance",
        "spouse",
        "child",
        "baby",
        "infant",
        "toddler",
        "hijo",
        "hija",
        "esposa",
        "esposo",
    ];
    let mixed = doc.case == CaseMode::Mixed;
    for i in 1..doc.toks.len().saturating_sub(3) {
        // "family of 9 (Jetnil, HoH)", "(Rosa, mom)": the tie after the
        // name, inside the brackets.
        let inner = doc.punct(i - 1) == Some('(')
            && doc.punct(i + 1) == Some(',')
            && (KIN.iter().any(|k| doc.is(i + 2, k)) || doc.is(i + 2, "hoh"))
            && matches!(doc.punct(i + 3), Some(',' | ')'));
        if inner {
            if let Some(w) = word(words, i) {
                let ok = if mixed {
                    w.cap && (!w.is_common() || w.given())
                } else {
                    w.known() && !w.is_common()
                };
                if ok && !w.stop && !role_word(doc, i) && !is_org_word(doc, i) {
                    push_tokens(
                        doc,
                        out,
                        Kind::Name,
                        i,
                        i,
                        0.8,
                        "name.kin",
                        format!(
                            "Looks like a person's name before ', {}' in brackets",
                            doc.tok_text(i + 2)
                        ),
                    );
                }
            }
            continue;
        }
        if doc.punct(i + 1) != Some('(') {
            continue;
        }
        // "Sione (18, Tongan)", "Kowalczyk (44, vet)": an age and more
        // about the person, in a mixed-case note, after a word no list has
        // as a common word.
        let aged = mixed
            && doc.num(i + 2).is_some_and(|v| (1..=110).contains(&v))
            && doc.punct(i + 3) == Some(',')
            && doc.kind(i + 4) == Some(TokKind::Word);
        let kin =
            KIN.iter().any(|k| doc.is(i + 2, k)) && matches!(doc.punct(i + 3), Some(',' | ')'));
        if !kin && !aged {
            continue;
        }
        let Some(w) = word(words, i) else { continue };
        let ok = if mixed {
            w.cap && (!w.is_common() || w.given() && kin)
        } else {
            w.known() && !w.is_common()
        };
        if !ok || w.stop || role_word(doc, i) || is_org_word(doc, i) {
            continue;
        }
        // The whole name when the word ends one: "Ifrah Ali (daughter, 3)".
        let first = extend_back(doc, words, i);
        out.push(Cand::new(
            Kind::Name,
            doc.toks[first].start,
            span_end(doc, i),
            0.8,
            "name.kin",
            format!(
                "Looks like a person's name before '({})'",
                doc.tok_text(i + 2)
            ),
        ));
    }
}

/// Vehicle makes and places that come as two capitalized words no list
/// knows ("Honda Civic", "Spokane Rotary", "Nez Perce").
const NOT_PAIR_HEADS: &[&str] = &[
    "chevy",
    "chevrolet",
    "honda",
    "ford",
    "nissan",
    "toyota",
    "dodge",
    "subaru",
    "hyundai",
    "kia",
    "mazda",
    "jeep",
    "gmc",
    "buick",
    "plymouth",
    "pontiac",
    "chrysler",
    "volkswagen",
    "mercury",
    "saturn",
    "lexus",
    "acura",
    "spokane",
    "seattle",
    "tacoma",
    "yakima",
    "wenatchee",
    "cheney",
    "airway",
    "hillyard",
    "northtown",
    "coeur",
    "walla",
    "kootenai",
    "nez",
    "moran",
    "pine",
];

/// "Jemina Lajikit came to the office", "Mykola Shevchuk — missed 2
/// appts": two capitalized words that no list knows, used the way a
/// person's name is (before a verb, a dash, a bracket, a comma or a full
/// stop). Organizations, streets, vehicles and places are left alone.
fn unknown_pairs(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    if doc.case != CaseMode::Mixed {
        return;
    }
    let rare = |k: usize| {
        word(words, k).is_some_and(|w| w.cap && !w.is_common() && !w.stop)
            && !doc.all_caps(k)
            && doc.tok_text(k).chars().count() >= 3
            && !role_word(doc, k)
            && !is_org_word(doc, k)
            && !origin_word(doc.tok_text(k))
            && !is_title(base(doc.tok_text(k)))
    };
    for i in 0..doc.toks.len().saturating_sub(1) {
        if !rare(i) || !rare(i + 1) || doc.toks[i + 1].newline_before || doc.tight(i + 1) {
            continue;
        }
        // A third capitalized word, or one before: part of something longer.
        if i > 0 && doc.capitalized(i - 1) && doc.kind(i - 1) == Some(TokKind::Word)
            || doc.capitalized(i + 2) && doc.kind(i + 2) == Some(TokKind::Word)
        {
            continue;
        }
        let first = doc.tok_text(i);
        let unknown = (i..=i + 1).any(|k| word(words, k).is_some_and(|w| !w.known()));
        if !unknown
            || base(first).len() < first.len()
            || NOT_PAIR_HEADS.iter().any(|h| h.eq_ignore_ascii_case(first))
            || is_org_word(doc, i + 2)
            || staff_before(doc, i)
            || staff_after(doc, i + 1)
            || slots::signature(doc, i, i + 1)
        {
            continue;
        }
        let n = i + 2;
        let used_as_name = matches!(
            doc.punct(n),
            Some('(' | ',' | '.' | '\u{2014}' | '\u{2013}')
        ) || doc.punct(n) == Some('-') && !doc.tight(n)
            // "Kiora Langidrik 34yo", "..., 34,": before the person's age.
            || age_follows(doc, words, i + 1)
            || {
                let t = doc.lower(n);
                let digits = t.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&digits)
                    && matches!(t.get(digits..), Some("yo" | "yrs" | "y"))
                    || doc.num(n).is_some_and(|v| v <= 110)
                        && ["yo", "y/o", "yrs", "years"].iter().any(|w| doc.is(n + 1, w))
            }
            || n >= doc.toks.len()
            || speech_verb_at(doc, n).is_some()
            || doc.is_any(n, &slots::REPORT_SET)
            || [
                "did", "fled", "approved", "wrote", "missed", "went", "checked", "came", "called",
                "stopped", "showed", "signed", "moved", "left", "got", "has", "is", "was", "needs",
                "wants",
            ]
            .iter()
            .any(|v| doc.is(n, v));
        if used_as_name {
            push_tokens(
                doc,
                out,
                Kind::Name,
                i,
                i + 1,
                0.6,
                "name.full",
                "Two capitalized words no list knows, used as a person's name",
            );
        }
    }
}

/// "Hodan Abdi Farah": a capitalized word no list knows, right before a
/// name found, is its first word. At most two such words.
fn extend_back(doc: &Doc, words: &[Option<Word>], i: usize) -> usize {
    extend_back_with(doc, i, |k| word(words, k))
}

/// [`extend_back`] with the word facts looked up on demand.
fn extend_back_with(doc: &Doc, i: usize, word_at: impl Fn(usize) -> Option<Word>) -> usize {
    let mut first = i;
    while first > 0 && i - first < 2 {
        let k = first - 1;
        let ok = doc.case == CaseMode::Mixed
            && !doc.toks[first].newline_before
            && !doc.tight(first)
            && word_at(k).is_some_and(|w| w.cap && !w.is_common() && !w.stop && !w.known())
            && !doc.all_caps(k)
            && !is_title(base(doc.tok_text(k)))
            && !role_word(doc, k)
            && !is_org_word(doc, k)
            && !origin_word(doc.tok_text(k))
            && !(k > 0 && doc.is(k - 1, "the"))
            && base(doc.tok_text(k)).len() == doc.tok_text(k).len();
        if !ok {
            break;
        }
        first = k;
    }
    first
}

/// In a note written all in lowercase or all in capitals, capitals say
/// nothing. A word that is no common word and that recurs in the note is a
/// name when one of its uses is in a sentence about a person: "saw losa
/// today, losa says...", "MET WITH PAJ ... PAJ NEEDS". A known given name or
/// surname needs only the one use.
fn plain_recurring(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    let mixed = doc.case == CaseMode::Mixed;
    /// Per folded word: uses, any use in a sentence about a person, known
    /// to the name data, any use right after an action done with a person.
    type Map<'t> =
        std::collections::HashMap<String, (u32, bool, bool, bool), super::context::FnvBuild>;
    let mut seen: Map = Map::default();
    let eligible = |i: usize| -> Option<(Word, &str)> {
        let w = word(words, i)?;
        let text = base(doc.tok_text(i));
        let ok = !w.is_common()
            && !w.stop
            && text.chars().count() >= 3
            && text.chars().all(char::is_alphabetic)
            && text.chars().any(|c| "aeiouyAEIOUY".contains(c))
            && !looks_inflected(text)
            && !is_title(text)
            && !role_word(doc, i)
            && !is_org_word(doc, i + 1)
            // In a mixed-case note only words written in lowercase: capitals
            // have rules of their own.
            && !(mixed && text.chars().any(char::is_uppercase));
        ok.then_some((w, text))
    };
    let n = doc.toks.len();
    let mut keys: Vec<Option<String>> = vec![None; n];
    for (i, slot) in keys.iter_mut().enumerate() {
        let Some((w, text)) = eligible(i) else {
            continue;
        };
        let possessive = base(doc.tok_text(i)).len() < doc.tok_text(i).len();
        // "drove tevita to", "per wanjiru": one use is enough when it is
        // not an agency's word ("met with hmis admin").
        let acted_on = phrase_before(doc, i, &PERSON_VERBS_END).is_some();
        let single_ok = acted_on
            && !mixed
            && text.chars().count() >= 4
            && text.chars().any(|c| "aeiouAEIOU".contains(c))
            && !role_word(doc, i + 1);
        let ctx = acted_on
            || !possessive
                && (speech_verb_at(doc, i + 1).is_some() || age_right_after(doc, words, i));
        let key = fold_word(text);
        let e = seen.entry(key.clone()).or_insert((0, false, false, false));
        e.0 += 1;
        e.1 |= ctx;
        e.2 |= w.known();
        e.3 |= single_ok;
        *slot = Some(key);
    }
    for (i, key) in keys.iter().enumerate() {
        let Some(key) = key else { continue };
        let Some(&(count, ctx, known, single_ok)) = seen.get(key) else {
            continue;
        };
        if ctx && (count >= 2 || known && !mixed) || single_ok {
            let t = doc.toks[i];
            out.push(Cand::new(
                Kind::Name,
                t.start,
                span_end(doc, i),
                if count >= 2 {
                    0.7
                } else if known {
                    0.6
                } else {
                    0.55
                },
                "name.plain_recurring",
                "Looks like a person's name: it recurs in sentences about a person".to_string(),
            ));
        }
    }
}

static PERSON_VERBS_END: EndPhrases = EndPhrases::new(PERSON_VERBS);
static STAFF_WORDS_END: EndPhrases = EndPhrases::new(STAFF_WORDS);
static QUOTE_INTROS_END: EndPhrases = EndPhrases::new(QUOTE_INTROS);
static SELF_INTROS_END: EndPhrases = EndPhrases::new(SELF_INTROS);

/// Whether a phrase of `list` ends right before token `i` (skipping a
/// comma, colon or "named" between).
fn phrase_before(doc: &Doc, i: usize, list: &EndPhrases) -> Option<&'static str> {
    let mut j = i;
    for _ in 0..2 {
        if j == 0 {
            return None;
        }
        let end = doc.toks.get(j - 1)?.end;
        if let Some(p) = list.ending_at(doc.text, end) {
            return Some(p);
        }
        if matches!(doc.punct(j - 1), Some(',' | ':')) || doc.is(j - 1, "named") {
            j -= 1;
        } else {
            return None;
        }
    }
    None
}

/// An age set off by commas after the word at `i` or the word after it:
/// "nkechi, 29," / "nkechi obi, 29.".
fn age_follows(doc: &Doc, words: &[Option<Word>], i: usize) -> bool {
    let comma = if doc.punct(i + 1) == Some(',') {
        i + 1
    } else if word(words, i + 1).is_some_and(|x| !x.is_common() && !x.stop)
        && doc.punct(i + 2) == Some(',')
    {
        i + 2
    } else {
        return false;
    };
    doc.num(comma + 1).is_some_and(|v| (1..=110).contains(&v))
        && matches!(doc.punct(comma + 2), Some(',' | '.' | ';' | ')'))
}

/// A make or model after a model year ("a 2015 Ford", "2009 Chevy Malibu").
fn after_model_year(doc: &Doc, i: usize) -> bool {
    i > 0 && doc.num_len(i - 1) == 4 && doc.num(i - 1).is_some_and(|y| (1950..=2035).contains(&y))
}

/// A staff role right after a name: "Jenna Morrow (case manager)",
/// "Jenna, CM, called".
fn staff_after(doc: &Doc, last: usize) -> bool {
    let mut k = last + 1;
    if !matches!(doc.punct(k), Some('(' | ',')) {
        return false;
    }
    k += 1;
    if doc.is(k, "our") || doc.is(k, "the") {
        k += 1;
    }
    let Some(t) = doc.toks.get(k) else {
        return false;
    };
    // "Tess (SSVF)", "Jess (Outreach)", "Priya (street med RN)": a program
    // or a team in brackets after a first name.
    const TEAMS: &[&str] = &[
        "hmis",
        "outreach",
        "maint",
        "maintenance",
        "street med",
        "front desk",
        "admin",
        "intern",
        "day shift",
        "night shift",
        "help desk",
    ];
    if doc.punct(last + 1) == Some('(')
        && TEAMS.iter().any(|p| {
            phrase_at(doc.text, t.start, p)
                && doc
                    .text
                    .get(t.start + p.len()..)
                    .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
        })
    {
        return true;
    }
    STAFF_WORDS.iter().any(|p| {
        phrase_at(doc.text, t.start, p)
            && doc
                .text
                .get(t.start + p.len()..)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// A name right after a staff or official word.
fn staff_before(doc: &Doc, i: usize) -> bool {
    phrase_before(doc, i, &STAFF_WORDS_END).is_some() || staff_list_before(doc, i)
}

/// Words that head a list of staff: "Attendees: Tess, Will, Dana O.",
/// "Thanks to Jess, Priya and Marcus", "Questions -> Tess or Dana".
const STAFF_LIST_HEADS: &[&str] = &[
    "attendees",
    "attending",
    "present",
    "volunteers",
    "staff",
    "staffing",
    "monitor",
    "thanks to",
    "thank you to",
    "questions",
    "covering",
    "coverage",
    "on shift",
    "shift",
    "team",
    "case load",
    "case loads",
    "caseload",
    "caseloads",
];

static STAFF_LIST_HEADS_END: EndPhrases = EndPhrases::new(STAFF_LIST_HEADS);

/// Days of the week, whole and shortened.
const WEEKDAYS: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// "Mon", "Tues", "Friday": a day of the week ("Mon/Wed Tess, Tue/Thu Will").
fn is_weekday(w: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// Whether the name at `i` is in a list (names, initials, commas, "and",
/// "or", weekdays) that a staff word heads, on the same line.
fn staff_list_before(doc: &Doc, i: usize) -> bool {
    let mut k = i;
    let lo = i.saturating_sub(16);
    while k > lo {
        if doc.toks[k].newline_before {
            return false;
        }
        let p = k - 1;
        // A head ends right before token k: "Attendees:", "Thanks to".
        let mut h = k;
        while h > 0 && matches!(doc.punct(h - 1), Some(':' | '-' | '>')) {
            h -= 1;
        }
        if h > 0
            && STAFF_LIST_HEADS_END
                .ending_at(doc.text, doc.toks[h - 1].end)
                .is_some()
        {
            return true;
        }
        // A full stop only after an initial ("Dana O., Mark").
        let initial_stop = doc.punct(p) == Some('.') && p > 0 && doc.tok_text(p - 1).len() == 1;
        // "Case load: Kelsey 22 clients, Marcus 19": counts between names.
        let count = doc.num_len(p) > 0
            || ["clients", "cases", "hh", "households", "families"]
                .iter()
                .any(|w| doc.is(p, w));
        // "Mon - Hope, Tyler / Tue - Mark, Denise": a weekday, a dash, names.
        let rota_dash = doc.punct(p) == Some('-') && p > 0 && is_weekday(doc.tok_text(p - 1));
        let in_list = matches!(doc.punct(p), Some(',' | '/' | '&'))
            || rota_dash
            || count
            || initial_stop
            || doc.is(p, "and")
            || doc.is(p, "or")
            || doc.capitalized(p)
            || is_weekday(doc.tok_text(p));
        if !in_list {
            return false;
        }
        k = p;
    }
    false
}

/// More names in a list after a plural relationship word, from the name
/// ending at token `last`: ", Junior, and Alik". Returns the last token used.
fn name_list(doc: &Doc, words: &[Option<Word>], mut last: usize, out: &mut Vec<Cand>) -> usize {
    let mixed = doc.case == CaseMode::Mixed;
    for _ in 0..8 {
        let mut k = last + 1;
        let mut sep = false;
        // "kids Ayaan 10, Farhiya 8, Mohamed 2": an age after each name.
        if doc.num(k).is_some_and(|v| v <= 25) && doc.num_len(k) <= 2 {
            k += 1;
        }
        if doc.punct(k) == Some(',') {
            k += 1;
            sep = true;
        }
        if doc.is(k, "and") || doc.punct(k) == Some('&') {
            k += 1;
            sep = true;
        }
        let Some(w) = word(words, k) else {
            break;
        };
        let ok = if mixed {
            w.cap && !doc.all_caps(k)
        } else {
            w.known() && !w.is_common()
        };
        if !sep || !ok || is_title(base(doc.tok_text(k))) || is_org_word(doc, k + 1) {
            break;
        }
        let end = extend(doc, words, k);
        out.push(Cand::new(
            Kind::Name,
            doc.toks[k].start,
            span_end(doc, end),
            0.85,
            "name.context",
            "Looks like a person's name in a list after a family word".to_string(),
        ));
        last = end;
    }
    last
}

/// Words that answer a name question without giving a name.
const NON_ANSWERS: &[&str] = &[
    "declined", "refused", "none", "no", "unknown", "na", "n", "not", "yes", "same", "prefer",
    "doesn't", "don't", "won't", "didn't", "nope", "pass", "skip", "skipped", "unsure",
];

/// Question words that make a name question about something else.
const NOT_A_PERSON: &[&str] = &[
    "program",
    "agency",
    "shelter",
    "school",
    "employer",
    "pet",
    "dog",
    "cat",
    "staff",
    "worker",
    "manager",
    "project",
    "business",
    "organization",
    "file",
    "user",
];

/// Phrases a person introduces themself with in a message ("hey its Dez"),
/// or that give the name a person prefers: the next capitalized word no
/// list has as a common word is a name.
const SELF_INTROS: &[&str] = &[
    "hey its",
    "hey it's",
    "hi its",
    "hi it's",
    "hi this is",
    "hey this is",
    "yo its",
    "yo it's",
    "its me",
    "it's me",
    "me llamo",
    "me dicen",
    "me dicen el",
    "me dicen la",
    "le dicen",
    "le dicen el",
    "le dicen la",
    "prefers",
    "prefers to be called",
];

/// Phrases after which a word in quotes is a name the person goes by.
const QUOTE_INTROS: &[&str] = &[
    "name as",
    "name is",
    "named",
    "nicknamed",
    "nickname",
    "calls",
    "calls herself",
    "calls himself",
    "calls themself",
    "calls themselves",
    "call her",
    "call him",
    "call them",
    "call me",
    "goes by",
    "go by",
    "known as",
    "aka",
    "a.k.a.",
    "met",
    "met with",
    "saw",
    "prefers",
    "prefers to be called",
    "given as",
    "name given as",
    "guy called",
    "girl called",
    "man called",
    "woman called",
    "kid called",
    "dude called",
    "someone called",
];

/// Names given as answers to a name question ("Q: Nickname? A: Kolya") and
/// nicknames in quotes after an introducing phrase (goes by "Pixie").
fn answers_and_quoted(doc: &Doc, words: &[Option<Word>], out: &mut Vec<Cand>) {
    let mixed = doc.case == CaseMode::Mixed;
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        // Q: ... name ... A: <answer>
        if doc.is(i, "a") && doc.punct(i + 1) == Some(':') && i >= 2 {
            let lo = i.saturating_sub(16);
            let mut q = None;
            let mut j = i;
            while j > lo {
                j -= 1;
                if doc.is(j, "q") && doc.punct(j + 1) == Some(':') {
                    q = Some(j);
                    break;
                }
            }
            if let Some(q) = q {
                // "q: what do people call you?": a question about a name.
                let about_name = (q + 2..i).any(|k| {
                    let w = doc.tok_text(k);
                    ["name", "names", "nickname", "nicknames", "call"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x))
                });
                let other = (q + 2..i).any(|k| {
                    let w = base(doc.tok_text(k));
                    NOT_A_PERSON.iter().any(|x| w.eq_ignore_ascii_case(x))
                });
                if about_name && !other {
                    if let Some((s, e)) = answer_words(doc, words, i + 2, mixed) {
                        out.push(Cand::new(
                            Kind::Name,
                            doc.toks[s].start,
                            span_end(doc, e),
                            0.9,
                            "name.answer",
                            "Looks like a name given in answer to a name question".to_string(),
                        ));
                        // "Q: First name / nickname / last name? A: Darnell /
                        // "D-Money" / Pryor": one answer for each field asked.
                        let fields = (q + 2..i).any(|k| doc.punct(k) == Some('/'));
                        let mut e = e;
                        while let Some((part, end)) =
                            slash_part(doc, e + 1, mixed).filter(|_| fields)
                        {
                            push_tokens(
                                doc,
                                out,
                                Kind::Name,
                                part.0,
                                part.1,
                                0.88,
                                "name.answer",
                                "Looks like a name given in answer to a name question",
                            );
                            e = end;
                        }
                        i = e + 1;
                        continue;
                    }
                }
            }
        }
        // "goes by D.R.", "aka T.J.": initials after a word that introduces
        // a nickname.
        if doc.tok_text(i).chars().count() == 1
            && doc.capitalized(i)
            && doc.punct(i + 1) == Some('.')
            && doc.tight(i + 1)
            && doc.tight(i + 2)
            && doc.tok_text(i + 2).chars().count() == 1
            && doc.capitalized(i + 2)
            && phrase_before(doc, i, &QUOTE_INTROS_END).is_some()
        {
            let end = if doc.punct(i + 3) == Some('.') && doc.tight(i + 3) {
                i + 3
            } else {
                i + 2
            };
            push_tokens(
                doc,
                out,
                Kind::Name,
                i,
                end,
                0.85,
                "name.nickname",
                "Looks like initials the person goes by",
            );
            i = end + 1;
            continue;
        }
        // "Goes by TJ", "aka JR": initials run together, after a phrase that
        // only introduces a name the person goes by (not "met", "saw").
        if (2..=3).contains(&doc.tok_text(i).len())
            && doc.tok_text(i).bytes().all(|b| b.is_ascii_uppercase())
            // "Goes by TJ.", "aka JR, ...": the initials end the clause, so
            // "known as DV survivor" or "TJ-bone" is left alone.
            && (i + 1 >= doc.toks.len()
                || matches!(doc.punct(i + 1), Some('.' | ',' | ';' | ')' | '!' | '?'))
                    && doc.tight(i + 1))
            && matches!(
                phrase_before(doc, i, &QUOTE_INTROS_END),
                Some("goes by" | "go by" | "aka" | "a.k.a." | "nicknamed" | "known as")
            )
        {
            push_tokens(
                doc,
                out,
                Kind::Name,
                i,
                i,
                0.85,
                "name.nickname",
                "Looks like initials the person goes by",
            );
            i += 1;
            continue;
        }
        // "hey its Dez", "me dicen el Güero", "(prefers Jiwoo)"; in a text
        // typed in lowercase, "yo its dre".
        if (doc.capitalized(i) && !doc.all_caps(i)
            || doc.kind(i) == Some(TokKind::Word)
                && doc.tok_text(i).chars().count() >= 3
                && !looks_inflected(doc.tok_text(i)))
            // "hey its Jun Tanaka": a given name that is also a word, with
            // a surname after it.
            && word(words, i).is_some_and(|w| {
                !w.is_common() && !w.stop
                    || w.given() && doc.capitalized(i) && surname_like(doc, words, i + 1)
            })
            && !role_word(doc, i)
            && !is_org_word(doc, i)
            // "hi it's Alyssa from Catholic Charities": staff.
            && !doc.is(i + 1, "from")
            && phrase_before(doc, i, &SELF_INTROS_END).is_some_and(|p| {
                // "(prefers Jiwoo)", not "prefers WhatsApp" or "prefers Tuesdays".
                p != "prefers" || doc.punct(i + 1) == Some(')')
            })
        {
            let last = if doc.capitalized(i) {
                extend(doc, words, i)
            } else {
                i
            };
            push_tokens(
                doc,
                out,
                Kind::Name,
                i,
                last,
                0.85,
                "name.self_intro",
                "Looks like the name a person gives for themself",
            );
            i = last + 1;
            continue;
        }
        // "Nickname: T-Bone", "goes by Lil-D": a hyphenated nickname of
        // capitalized parts.
        if doc.capitalized(i)
            && doc.punct(i + 1) == Some('-')
            && doc.tight(i + 1)
            && doc.tight(i + 2)
            && doc.kind(i + 2) == Some(TokKind::Word)
            && doc.capitalized(i + 2)
            && matches!(
                phrase_before(doc, i, &QUOTE_INTROS_END),
                Some(
                    "goes by" | "go by" | "aka" | "a.k.a." | "nicknamed" | "nickname" | "known as"
                )
            )
        {
            push_tokens(
                doc,
                out,
                Kind::Name,
                i,
                i + 2,
                0.85,
                "name.nickname",
                "Looks like a nickname the person goes by",
            );
            i += 3;
            continue;
        }
        // goes by "Pixie", Marcus 'Tank' Greer, 'Ghost' (won't give real name)
        if let Some((end, close, why)) = quoted_nickname(doc, words, i, mixed) {
            push_tokens(doc, out, Kind::Name, i + 1, end, 0.88, "name.nickname", why);
            // Darnell 'Tiny' Oakes: the surname after the nickname.
            if why == BETWEEN_NAMES {
                let last = extend(doc, words, close + 1);
                out.push(Cand::new(
                    Kind::Name,
                    doc.toks[close + 1].start,
                    span_end(doc, last),
                    0.85,
                    "name.full",
                    "A surname after a nickname in quotes".to_string(),
                ));
            }
            i = close + 1;
            continue;
        }
        i += 1;
    }
}

const BETWEEN_NAMES: &str = "A nickname in quotes between a first name and a surname";

/// A nickname in quotes (`"` or `'`) at token `open`: one to three
/// capitalized words (any words in a note without capitals) that the note
/// says are what a person is called. Returns the last word, the closing
/// quote and the reason.
fn quoted_nickname(
    doc: &Doc,
    words: &[Option<Word>],
    open: usize,
    mixed: bool,
) -> Option<(usize, usize, &'static str)> {
    let q = doc.punct(open).filter(|q| matches!(q, '"' | '\''))?;
    // An apostrophe closing a word ("the kids' shoes") opens nothing.
    if q == '\'' && open > 0 && doc.tight(open) && doc.kind(open - 1) == Some(TokKind::Word) {
        return None;
    }
    let mut k = open + 1;
    while k < open + 4 && doc.kind(k) == Some(TokKind::Word) && !doc.toks[k].newline_before {
        k += 1;
    }
    if k == open + 1 || doc.punct(k) != Some(q) || !doc.tight(k) || !doc.tight(open + 1) {
        return None;
    }
    let (first, last) = (open + 1, k - 1);
    let intro = phrase_before(doc, open, &QUOTE_INTROS_END);
    // After "goes by" even a word such as 'May' or 'Will' is the name (after
    // "met" it may be a staff member's).
    let goes_by = doc.capitalized(first)
        && (intro.is_some_and(|p| !matches!(p, "met" | "met with" | "saw"))
            // "her ex 'Big Dre'"
            || open > 0 && role_word(doc, open - 1) && !doc.is(open - 1, "staff"));
    let first_ok = word(words, first).is_some_and(|w| !w.stop || goes_by);
    let caps_ok = !mixed || (first..=last).all(|t| doc.capitalized(t));
    if !first_ok || !caps_ok || NON_ANSWERS.iter().any(|x| doc.is(first, x)) {
        return None;
    }
    if intro.is_some() {
        return Some((last, k, "Looks like a nickname the person goes by"));
    }
    // Marcus 'Tank' Greer: between a first name and a surname.
    let between = open > 0
        && word(words, open - 1).is_some_and(|w| w.cap && !w.stop)
        && doc.capitalized(open - 1)
        && !doc.tight(open)
        && doc.capitalized(k + 1)
        && word(words, k + 1).is_some_and(|w| !w.stop)
        && !is_org_word(doc, k + 1);
    if between {
        return Some((last, k, BETWEEN_NAMES));
    }
    // 'Ghost' (won't give real name), "Pixie" (real name ...), 'Dre' aka ...
    let says_real = ["aka", "a.k.a"].iter().any(|w| doc.is(k + 1, w))
        || doc.punct(k + 1) == Some('(')
            && (k + 2..k + 6).any(|t| {
                [
                    "real", "legal", "aka", "wont", "won't", "refuses", "refused", "declined",
                ]
                .iter()
                .any(|w| doc.is(t, w))
            });
    if says_real {
        return Some((
            last,
            k,
            "A nickname in quotes beside the person's real name",
        ));
    }
    // "- 'Rabbit', says he is 17": a nickname in quotes that speaks.
    // One word opening a line or a list item.
    let v = if doc.punct(k + 1) == Some(',') {
        k + 2
    } else {
        k + 1
    };
    let item_start = open == 0
        || doc.toks[open].newline_before
        || matches!(doc.punct(open - 1), Some('-' | '*' | '•' | ':' | ';'));
    if first == last
        && item_start
        && ["says", "said", "states", "stated", "reports", "reported"]
            .iter()
            .any(|w| doc.is(v, w))
    {
        return Some((last, k, "A nickname in quotes before what the person says"));
    }
    // client 'Smokey', youth "Lil Bit": right after a word for the person.
    if open > 0 && role_word(doc, open - 1) && !doc.is(open - 1, "staff") {
        return Some((last, k, "A nickname in quotes after a word for the person"));
    }
    None
}

/// The words of an answer starting at token `k` (after an optional quote):
/// up to four words, the first capitalized in a mixed-case note.
fn answer_words(
    doc: &Doc,
    words: &[Option<Word>],
    mut k: usize,
    mixed: bool,
) -> Option<(usize, usize)> {
    if matches!(doc.punct(k), Some('"' | '\'')) {
        k += 1;
    }
    let first = word(words, k)?;
    let t = base(doc.tok_text(k));
    if NON_ANSWERS.iter().any(|x| t.eq_ignore_ascii_case(x)) || mixed && !first.cap {
        return None;
    }
    let mut e = k;
    while e < k + 3
        && doc.kind(e + 1) == Some(TokKind::Word)
        && !doc.is(e + 1, "q")
        && (!mixed || doc.capitalized(e + 1))
    {
        e += 1;
    }
    Some((k, e))
}

/// The next part of an answer split by slashes, from token `k` (a `/`):
/// the words up to the next slash or line end, in quotes or not, each
/// capitalized in a mixed-case note ("/ "D-Money" / Pryor"). Returns the
/// words' first and last tokens and the part's last token.
fn slash_part(doc: &Doc, k: usize, mixed: bool) -> Option<((usize, usize), usize)> {
    if doc.punct(k) != Some('/') || doc.toks.get(k + 1)?.newline_before {
        return None;
    }
    let mut first = None;
    let mut last = k;
    let mut j = k + 1;
    while j < doc.toks.len() && j < k + 8 && !doc.toks[j].newline_before {
        match doc.kind(j) {
            Some(TokKind::Word) => {
                if mixed && !doc.capitalized(j) || doc.is(j, "q") {
                    return None;
                }
                first.get_or_insert(j);
                last = j;
            }
            Some(TokKind::Punct) if matches!(doc.punct(j), Some('"' | '\'' | '-')) => {}
            _ => break,
        }
        j += 1;
    }
    first.map(|f| ((f, last), j - 1))
}

type Hit = (usize, f32, &'static str, String);

fn name_at(doc: &Doc, words: &[Option<Word>], i: usize, mixed: bool) -> Option<Hit> {
    let text = doc.tok_text(i);
    // Initial + surname: "J. Ramirez", "J Ramirez".
    if doc.kind(i) == Some(TokKind::Word)
        && text.len() == 1
        && text.chars().all(char::is_uppercase)
        && mixed
    {
        let dotted = doc.punct(i + 1) == Some('.') && doc.tight(i + 1);
        let s = if dotted { i + 2 } else { i + 1 };
        // Not "P.O." or "U.S." (an initial followed by another initial).
        let next_is_initial = doc.tok_text(s).len() == 1;
        // "N Division St", "123 E. Sprague": compass points before a street.
        let compass =
            matches!(text, "N" | "S" | "E" | "W") && (!dotted || i > 0 && doc.num_len(i - 1) > 0);
        // "Apt C.", "Unit B": a unit letter, not an initial.
        let unit = i > 0
            && [
                "apt",
                "apartment",
                "unit",
                "ste",
                "suite",
                "bldg",
                "building",
                "lot",
                "space",
                "rm",
                "room",
                "site",
                "spot",
                "row",
                "section",
            ]
            .iter()
            .any(|u| doc.is(i - 1, u));
        let after_number = unit
            || i > 0
                && (doc.num_len(i - 1) > 0
                    || doc.punct(i - 1) == Some('-')
                    || doc.punct(i - 1) == Some('#'));
        if !next_is_initial && !compass && !after_number && (dotted || !matches!(text, "I" | "A")) {
            if let Some(w) = word(words, s) {
                if w.cap
                    && !w.stop
                    && (w.surname() || (!w.is_common() && dotted))
                    && !doc.all_caps(s)
                    && !is_org_word(doc, s + 1)
                {
                    let last = extend(doc, words, s);
                    return Some((
                        last,
                        0.85,
                        "name.initial_surname",
                        "Looks like a person's initial and surname".to_string(),
                    ));
                }
            }
        }
        return None;
    }
    let w = word(words, i)?;
    if w.stop || is_title(base(text)) {
        return None;
    }
    // "Client is Tongan", "she is Marshallese": a nationality after "is".
    if i > 0 && doc.is(i - 1, "is") && !w.known() && demonym_shaped(text) {
        return None;
    }
    // "(Afghan, 27)", "Eritrean, 52 y/o": an origin, not a name.
    if i > 0 && matches!(doc.punct(i - 1), Some('(' | ',')) && origin_word(text) {
        return None;
    }
    // The Ryan White HIV/AIDS Program, not a person.
    if super::context::phrase_at_tok(doc, i, &super::health::HIV_TERMS) == Some("ryan white") {
        return None;
    }
    // Most words cannot start a name: lowercase words in a mixed-case note
    // that the data does not know, and common words in other notes.
    // "cl nkechi obi, 29,": a word nobody knows, written in lowercase after a
    // relationship or role word, is a name when an age follows it.
    if !w.cap
        && !w.is_common()
        && !w.known()
        && text.chars().count() >= 3
        && !looks_inflected(text)
        && age_follows(doc, words, i)
        && trigger_before(doc, i).is_some_and(|(_, strong)| strong)
    {
        let last = if doc.punct(i + 1) == Some(',') {
            i
        } else {
            i + 1
        };
        return Some((
            last,
            0.75,
            "name.context",
            "Looks like a person's name before their age".to_string(),
        ));
    }
    if mixed && !w.cap && !w.known() || !mixed && w.is_common() {
        // "OWNER BILL HAUSER": in a note without capitals, a given name that
        // is also a word still starts a name after a relationship word when a
        // surname follows.
        let pair = !mixed
            && w.given()
            && trigger_before(doc, i).is_some_and(|(_, strong)| strong)
            && word(words, i + 1).is_some_and(|x| x.surname() && !x.is_common() && !x.stop);
        if !pair {
            return None;
        }
        let last = extend(doc, words, i);
        return Some((
            last,
            0.8,
            "name.context",
            "Looks like a person's name after a relationship word".to_string(),
        ));
    }
    let sentence_start = doc.sentence_start(i);
    let trigger = trigger_before(doc, i);

    // After a title or a relationship word.
    if let Some((t, true)) = trigger {
        let ok = if mixed {
            w.cap || (w.known() && !w.is_common())
        } else if ROLE_NOUNS.contains(&t) {
            // "CLIENT PRESENTED": after a role noun a verb is more likely than a name.
            w.known() && !w.is_common()
        } else {
            !w.is_common() && (w.known() || text.chars().count() >= 3 && !looks_inflected(text))
        };
        if ok {
            let mut last = extend(doc, words, i);
            // "Mrs. Sunny Park": after a title, a surname that is also a
            // place word ends the name.
            if t == "title"
                && last == i
                && word(words, i + 1).is_some_and(|w| w.cap && w.surname())
                && !doc.tight(i + 1)
                && !(doc.capitalized(i + 2) && doc.kind(i + 2) == Some(TokKind::Word))
            {
                last = i + 1;
            }
            let conf = if w.known() || w.cap { 0.88 } else { 0.75 };
            let why = if t == "title" {
                "Looks like a person's name after a title (Mr., Ms., Dr.)".to_string()
            } else {
                format!("Looks like a person's name after the word '{t}'")
            };
            return Some((last, conf, "name.context", why));
        }
    }

    // Last, First.
    if doc.punct(i + 1) == Some(',') {
        if let Some(f) = word(words, i + 2) {
            let last_ok =
                (w.cap || !mixed) && (w.surname() || (!w.is_common() && mixed)) && !w.given()
                    || (w.surname() && !w.is_common());
            let first_ok = f.given() && !f.is_common() && (f.cap || !mixed) && !f.stop;
            // "Tupou, Mele (44 yo)": two capitalized words no list has as
            // common words, with the person's age right after.
            let aged = mixed
                && w.cap
                && !w.is_common()
                && !w.stop
                && f.cap
                && !f.is_common()
                && !f.stop
                && !is_org_word(doc, i)
                && !is_org_word(doc, i + 2)
                && (doc.punct(i + 3) == Some('(') && doc.num(i + 4).is_some_and(|v| v <= 110)
                    || age_right_after(doc, words, i + 2));
            if aged {
                return Some((
                    i + 2,
                    0.8,
                    "name.last_first",
                    "Looks like a name written as 'Last, First' before the person's age"
                        .to_string(),
                ));
            }
            if last_ok && first_ok && (sentence_start || trigger.is_some()) {
                let last = extend(doc, words, i + 2);
                return Some((
                    last,
                    0.85,
                    "name.last_first",
                    "Looks like a name written as 'Last, First'".to_string(),
                ));
            }
        }
    }

    // "Grace Church", "Jordan Street": the start of a place name.
    let possessive = base(text).len() < text.len();
    if !possessive && (is_org_word(doc, i + 1) || doc.capitalized(i + 1) && is_org_word(doc, i + 2))
    {
        return None;
    }
    let given_ok = w.given() && (!w.is_common() || (w.cap && !sentence_start));
    let next_surname = !possessive
        && surname_like(doc, words, i + 1)
        && !doc.toks.get(i + 1).is_some_and(|t| t.newline_before);
    // "Angel Hernandez", "Grace Mwangi": a given name that is also a word
    // starts a name even at a sentence start when a surname follows.
    let strong_surname = word(words, i + 1).is_some_and(|x| x.surname() && !x.is_common() && x.cap);
    // Given name + surname.
    if (given_ok || w.given() && w.cap && strong_surname) && (w.cap || !mixed) && next_surname {
        let last = extend(doc, words, i);
        return Some((
            last,
            0.9,
            "name.full",
            "Looks like a person's first and last name".to_string(),
        ));
    }
    // Given name alone.
    if given_ok && (w.cap || !mixed) {
        // "Hope House", "Grace Street": a common word that starts a proper noun.
        if w.is_common() && doc.capitalized(i + 1) {
            return None;
        }
        // "the Denny's", "Dick's Hamburgers", "St. Ann's": a business or a
        // saint's name, not a person.
        if possessive
            && (i > 0 && doc.is(i - 1, "the")
                || doc.capitalized(i + 1) && !doc.all_caps(i + 1)
                || i > 1 && doc.punct(i - 1) == Some('.') && doc.is(i - 2, "st"))
        {
            return None;
        }
        // "the Boone/Monroe area": two streets.
        if doc.punct(i + 1) == Some('/') && doc.capitalized(i + 2) {
            return None;
        }
        // "on Thor and 29th", "at Ray & 14th": a corner of two streets.
        if (doc.is(i + 1, "and") || doc.punct(i + 1) == Some('&')) && ordinal_at(doc, i + 2) {
            return None;
        }
        // "Angel and Ximena": two people named together.
        let pair = (doc.is(i + 1, "and") || doc.punct(i + 1) == Some('&'))
            && word(words, i + 2).is_some_and(|x| x.cap && !x.is_common());
        // "Angel said she went": a verb only a person does.
        let speaks = speech_verb_at(doc, i + 1).is_some_and(only_a_person)
            && text.chars().count() >= 3
            && !["she", "her", "him", "they", "them", "you", "who", "one"]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(text));
        // "(Bill & Carla)": a pair in brackets.
        let bracketed = i > 0 && doc.punct(i - 1) == Some('(');
        let conf = if w.is_common() && (pair && (!sentence_start || bracketed) || speaks) {
            0.7
        } else if w.is_common() {
            // Hope, Will, Grace, Faith, Rose, Mark: alone, as often a word or a staff member.
            0.45
        } else if !mixed {
            0.6
        } else if sentence_start {
            0.7
        } else {
            0.78
        };
        let last = extend(doc, words, i);
        return Some((
            last,
            conf,
            "name.given",
            "Looks like a person's first name".to_string(),
        ));
    }
    // A capitalized word that is no common word, right after an action done
    // with a person ("asked Tesfay", "per Dawit") or right before a verb of
    // speech or an age ("Tavita said", "Ahmadzai is 27"): a name, whether or
    // not the name data knows it.
    if mixed
        && w.cap
        && !w.is_common()
        && !doc.all_caps(i)
        && text.chars().count() >= 3
        && !looks_inflected(text)
        && !is_org_word(doc, i + 1)
    {
        let after_person_verb =
            !sentence_start && phrase_before(doc, i, &PERSON_VERBS_END).is_some();
        // "Elijah Two Bulls, 36, Oglala Lakota, came": a word after another
        // capitalized word or a comma belongs to what came before.
        let tail = i > 0
            && !sentence_start
            && !after_person_verb
            && (doc.punct(i - 1) == Some(',') || doc.capitalized(i - 1));
        // "McKinney-Vento", "Goodale & Barbieri": a compound proper noun.
        let joined = matches!(doc.punct(i + 1), Some('-' | '&' | '/'));
        let possessive_kin = possessive
            && !STRONG_TRIGGERS
                .iter()
                .any(|t| base(text).eq_ignore_ascii_case(t))
            && (ROLE_NOUNS.iter().chain(KIN_AFTER).any(|k| doc.is(i + 1, k))
                || slots::POSSESSED.iter().any(|k| doc.is(i + 1, k))
                || doc.punct(i + 1) == Some('#'));
        // At a sentence start a word the data does not know needs a verb only
        // a person does.
        let verb = if possessive || role_word(doc, i) {
            None
        } else {
            // "Gator still camped ...": one adverb between.
            let at = if ["still", "also", "just", "never", "already", "finally"]
                .iter()
                .any(|a| doc.is(i + 1, a))
            {
                i + 2
            } else {
                i + 1
            };
            speech_verb_at(doc, at).filter(|v| !sentence_start || w.known() || only_a_person(v))
        };
        let aged = !possessive && age_right_after(doc, words, i);
        // "the Plaza": a word after "the" is a place or a thing.
        let after_the = i > 0 && doc.is(i - 1, "the");
        let blocked = tail || joined || after_the || text.contains('-');
        if !blocked && (after_person_verb || possessive_kin || verb.is_some() || aged) {
            let last = extend(doc, words, i);
            let why = match verb {
                Some(v) => format!("Looks like a person's name before '{v}'"),
                None if aged => "Looks like a person's name before their age".to_string(),
                None => "Looks like a person's name in a sentence about them".to_string(),
            };
            let conf = if w.known() { 0.72 } else { 0.65 };
            return Some((last, conf, "name.action", why));
        }
    }
    // Known surname (not also a common word), capitalized mid-sentence.
    if mixed && w.cap && w.surname() && !w.is_common() && !sentence_start {
        let last = extend(doc, words, i);
        // Measured: alone, a capitalized surname is as often a street or a
        // program; shown only when the threshold is lowered.
        // "from the Plaza": a surname after "the" is a place.
        let conf = if trigger.is_some()
            && !doc.is(i - 1, "the")
            && !matches!(doc.punct(i + 1), Some('-' | '&' | '/'))
        {
            0.7
        } else if doc.tok_text(i).len() >= 3
            && !is_org_word(doc, i)
            && extend_back(doc, words, i) < i
            && !doc.is(i.saturating_sub(2), "the")
        {
            // "Dezirae Lopez-Garcia, 17": a capitalized word no list knows
            // right before it is the given name.
            0.7
        } else {
            0.45
        };
        return Some((
            last,
            conf,
            "name.surname",
            "Looks like a person's surname".to_string(),
        ));
    }
    // A weak trigger with a word that the name data knows.
    if let Some((t, false)) = trigger {
        if w.known() && !w.is_common() && (w.cap || !mixed) {
            let last = extend(doc, words, i);
            return Some((
                last,
                0.7,
                "name.context",
                format!("Looks like a person's name after '{t}'"),
            ));
        }
    }
    // Unknown capitalized word before a reporting verb: "Oksana reports".
    // "Hasn't", "Didn't", "They'll": contractions are no names.
    // Asked last and of the Doc's lowercased text (`text` is token `i`'s),
    // so no String is made for each ending of every word.
    let contraction = || {
        ["n't", "'ll", "'ve", "'re", "'d", "n’t"]
            .iter()
            .any(|e| doc.lower(i).ends_with(e))
    };
    if mixed
        && w.cap
        && !w.is_common()
        && !doc.all_caps(i)
        && text.chars().count() >= 3
        && !contraction()
    {
        let nx = i + 1;
        // "Rodel dropped off his paystubs", "Tillman checked in w/ his CCO":
        // any verb in the past tense, with the person's own pronoun after it.
        let past = doc.kind(nx) == Some(TokKind::Word)
            && !doc.capitalized(nx)
            && doc.lower(nx).ends_with("ed")
            && doc.lower(nx).len() >= 5
            && (names::is_common_word(doc.lower(nx)) || names::is_english_form(doc.lower(nx)));
        let after_place_word = i > 0
            && [
                "in", "at", "from", "to", "near", "into", "outside", "around", "the",
            ]
            .iter()
            .any(|p| doc.is(i - 1, p));
        if past && !after_place_word && own_pronoun_after(doc, nx) {
            return Some((
                i,
                0.6,
                "name.unknown_verb",
                format!("Looks like a person's name before '{}'", doc.tok_text(nx)),
            ));
        }
        let verb = REPORT_VERBS.iter().find(|v| doc.is(nx, v));
        if let Some(v) = verb {
            if *v != "and" || word(words, nx + 1).is_some_and(|x| x.cap && x.known()) {
                // "Abebe has hep c", "Petrescu is the father of her kids": a
                // diagnosis or a family tie said about the word makes it a person.
                let about_person = matches!(*v, "has" | "had" | "is" | "was")
                    && !is_org_word(doc, nx)
                    && (super::context::after(doc, nx, 24, &super::health::DIAGNOSES).is_some()
                        || ["the", "her", "his", "their", "my"]
                            .iter()
                            .any(|d| doc.is(nx + 1, d))
                            && ROLE_NOUNS
                                .iter()
                                .chain(KIN_AFTER)
                                .any(|k| doc.is(nx + 2, k)));
                // "in Wellpinit will", "at Crosswalk has": a place, not a subject.
                let after_place_word = i > 0
                    && [
                        "in", "at", "from", "to", "near", "into", "outside", "around",
                    ]
                    .iter()
                    .any(|p| doc.is(i - 1, p));
                if after_place_word {
                    return None;
                }
                let conf = if about_person {
                    0.6
                } else if business_object_after(doc, nx) {
                    0.45
                } else {
                    0.55
                };
                return Some((
                    i,
                    conf,
                    "name.unknown_verb",
                    format!("Looks like a person's name before '{v}'"),
                ));
            }
        }
        // Unknown capitalized word followed by a known surname: "Abdirahman Warsame".
        if next_surname && word(words, i + 1).is_some_and(|x| x.surname()) && !sentence_start {
            let last = extend(doc, words, i);
            return Some((
                last,
                0.7,
                "name.full",
                "Looks like a person's first and last name".to_string(),
            ));
        }
    }
    None
}

/// A possessive or object pronoun for a person in the rest of the clause
/// after token `verb`: "dropped off his paystubs", "checked in w/ her CCO".
fn own_pronoun_after(doc: &Doc, verb: usize) -> bool {
    (verb + 1..verb + 7)
        .take_while(|&j| !matches!(doc.punct(j), Some('.' | ';' | '\n' | '!' | '?')))
        .any(|j| {
            ["his", "her", "him", "he", "she", "himself", "herself"]
                .iter()
                .any(|p| doc.is(j, p))
        })
}

/// What a business, not a person, calls or writes about: "Comcast called
/// about the overdue bill", "Crosswalk has space". Looks at the rest of the
/// clause after the verb at token `verb`.
fn business_object_after(doc: &Doc, verb: usize) -> bool {
    const THINGS: &[&str] = &[
        "bill",
        "billing",
        "account",
        "invoice",
        "payment",
        "balance",
        "shutoff",
        "outage",
        "statement",
        "space",
        "beds",
        "openings",
        "vacancy",
        "vacancies",
        "hours",
        "rates",
        "policy",
        "program",
        "office",
    ];
    (verb + 1..verb + 9)
        .take_while(|&j| !matches!(doc.punct(j), Some('.' | ';' | '\n' | '!' | '?')))
        .any(|j| THINGS.iter().any(|t| doc.is(j, t)))
}

/// "TJ", "DJ": two capitals, a name of initials that recurs as written.
fn caps_initials(w: &str) -> bool {
    w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// A word found as a name with high confidence is a name wherever it
/// recurs in the note ("her son Marcus ... Marcus was sick").
pub(crate) fn propagate_names(doc: &Doc, cands: &mut Vec<Cand>) {
    // Tokens already inside a name, marked in one pass over the candidates.
    let mut covered = vec![false; doc.toks.len()];
    let mut names: Vec<String> = Vec::new();
    let mut nicknames: Vec<&str> = Vec::new();
    for c in cands.iter().filter(|c| c.kind == Kind::Name) {
        let mut k = doc.tok_at(c.start);
        while let Some(t) = doc.toks.get(k) {
            if t.start >= c.end {
                break;
            }
            // A name found from its use in a sentence about a person recurs
            // too ("Bartosz's landlord ... Bartosz came by").
            let sure =
                c.conf >= 0.78 || c.rule == "name.action" || c.rule == "name.plain_recurring";
            // A weaker guess (a lone first name) does not cover a recurrence:
            // the repeat is then found too and the stronger of the two is
            // kept, so that a repeat inside a described place survives it.
            if let Some(slot) = covered.get_mut(k).filter(|_| c.conf >= 0.5 && sure) {
                *slot = true;
            }
            let w = base(doc.tok_text(k));
            // Marcus "Bear" Yellowhawk ... Bear said; Mohamed Yusuf (Mo) ...
            // Mo wants: a nickname in quotes or brackets recurs as written,
            // capitalized, even when it is also a word.
            let enclosed = k > 0
                && (matches!(doc.punct(k - 1), Some('"' | '“' | '\''))
                    && matches!(doc.punct(k + 1), Some('"' | '”' | '\''))
                    || doc.punct(k - 1) == Some('(') && doc.punct(k + 1) == Some(')'));
            let plain = !names::is_common_word(w) && !is_stop(&fold_word(w));
            if sure && doc.kind(k) == Some(TokKind::Word) {
                if plain && (w.chars().count() >= 3 || caps_initials(w)) {
                    names.push(fold_word(w));
                } else if !plain
                    && enclosed
                    && doc.capitalized(k)
                    && (!doc.all_caps(k) || doc.case == CaseMode::Upper)
                    && w.chars().count() >= 2
                {
                    nicknames.push(w);
                }
            }
            k += 1;
        }
    }
    if names.is_empty() && nicknames.is_empty() {
        return;
    }
    names.sort();
    names.dedup();
    for (i, &done) in covered.iter().enumerate() {
        if done || doc.kind(i) != Some(TokKind::Word) {
            continue;
        }
        let w = base(doc.tok_text(i));
        if religious(doc, i) {
            continue;
        }
        if nicknames.contains(&w) {
            let t = doc.toks[i];
            cands.push(Cand::new(
                Kind::Name,
                t.start,
                t.start + w.len(),
                0.8,
                "name.repeat",
                "The same nickname as one found earlier in this note".to_string(),
            ));
            continue;
        }
        if w.chars().count() < 3 && !caps_initials(w)
            || !names.iter().any(|n| n.len() == w.len()) && w.is_ascii()
        {
            continue;
        }
        // ASCII words compare lowercased in place; others are folded.
        let found = if w.is_ascii() && !w.contains('\'') {
            let mut buf = [0u8; 32];
            match buf.get_mut(..w.len()) {
                Some(dst) => {
                    dst.copy_from_slice(w.as_bytes());
                    dst.make_ascii_lowercase();
                    std::str::from_utf8(dst)
                        .is_ok_and(|k| names.binary_search_by(|n| n.as_str().cmp(k)).is_ok())
                }
                None => false,
            }
        } else {
            names.binary_search(&fold_word(w)).is_ok()
        };
        if !found {
            continue;
        }
        let t = doc.toks[i];
        // "Wife Neimon Anjain ... Jetnil Anjain works nights": an unknown
        // capitalized word right before a recurring surname is the given
        // name of another member of the family.
        let first = if i > 0 && !covered[i - 1] && doc.kind(i - 1) == Some(TokKind::Word) {
            let memo = std::cell::RefCell::new(Memo::default());
            let at = |k: usize| compute_word(doc, k, &mut memo.borrow_mut());
            if at(i).is_some_and(|w| w.surname() || !w.known()) {
                extend_back_with(doc, i, at)
            } else {
                i
            }
        } else {
            i
        };
        let start = doc.toks[first].start;
        cands.push(Cand::new(
            Kind::Name,
            start,
            t.start + w.len(),
            0.8,
            "name.repeat",
            "The same name as one found earlier in this note".to_string(),
        ));
    }
}
