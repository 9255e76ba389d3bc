//! Health information: HIV/AIDS status and HIV care (medications, viral load,
//! CD4), and other diagnoses stated about the client.

use super::context;
use super::context::{Phrases, WordSet};
use super::tokens::{Doc, TokKind};
use super::{Cand, Kind};

/// HIV status and care: always blocked (HOPWA confidentiality, RCW 70.02.220).
pub(crate) const HIV_TERMS: Phrases = Phrases {
    id: 6,
    list: &[
        "antiretrovirals",
        "aids diagnosis",
        "antiretroviral",
        "aids defining",
        "aids-defining",
        "aids-related",
        "art regimen",
        "apretude",
        "aids dx",
        "aptivus",
        "atripla",
        "azt",
        "bictegravir",
        "biktarvy",
        "carga viral indetectable",
        "complications of aids",
        "cabotegravir",
        "cd4 count",
        "cabenuva",
        "combivir",
        "complera",
        "cimduo",
        "cd4",
        "dương tính với hiv",
        "dolutegravir",
        "darunavir",
        "delstrigo",
        "descovy",
        "dovato",
        "emtricitabine",
        "efavirenz",
        "edurant",
        "emtriva",
        "epzicom",
        "evotaz",
        "full-blown aids",
        "genvoya",
        "hiv dương tính",
        "hiv treatment",
        "hiv positive",
        "hiv-positive",
        "hiv status",
        "has aids",
        "hiv care",
        "hiv meds",
        "hiv/aids",
        "hiv pos",
        "hopwa",
        "hiv+",
        "hiv",
        "indetectable",
        "intelence",
        "isentress",
        "juluca",
        "kaletra",
        "lenacapavir",
        "nhiễm hiv",
        "nevirapine",
        "norvir",
        "odefsey",
        "positive for hiv",
        "positive status",
        "prezcobix",
        "pifeltro",
        "prezista",
        "prep",
        "poz",
        "raltegravir",
        "ryan white",
        "retrovir",
        "reyataz",
        "rukobia",
        "seropositivo",
        "seropositiva",
        "selzentry",
        "stribild",
        "sunlenca",
        "sustiva",
        "symtuza",
        "symfi",
        "t cell count",
        "t-cell count",
        "tenofovir",
        "trizivir",
        "temixys",
        "tivicay",
        "triumeq",
        "truvada",
        "tld",
        "undetectable viral load",
        "undetectable",
        "virologically suppressed",
        "viral load undetectable",
        "virally suppressed",
        "viral suppression",
        "viral load suppressed",
        "vl undetectable",
        "vl suppressed",
        "vih positivo",
        "vih positiva",
        "viral load",
        "viramune",
        "vocabria",
        "viread",
        "vih+",
        "vih",
        "vl",
        "with aids",
        "zidovudine",
    ],
};

/// Other diagnoses and treatments that identify a condition.
pub(crate) const DIAGNOSES: Phrases = Phrases {
    id: 7,
    list: &[
        "amphetamine use disorder",
        "auditory hallucinations",
        "alcohol use disorder",
        "alzheimer's disease",
        "atrial fibrillation",
        "alcohol dependence",
        "attempted suicide",
        "abilify maintena",
        "anxiety disorder",
        "atorvastatina",
        "asthma attack",
        "amitriptyline",
        "aripiprazole",
        "atorvastatin",
        "aripiprazol",
        "agoraphobia",
        "alcohol use",
        "alzheimer's",
        "anastrozole",
        "allopurinol",
        "acamprosate",
        "amlodipino",
        "alcoholism",
        "alprazolam",
        "amlodipine",
        "amputation",
        "arrhythmia",
        "abscesses",
        "addiction",
        "albuterol",
        "alcoholic",
        "arthritis",
        "asthmatic",
        "active tb",
        "aristada",
        "adderall",
        "anorexia",
        "ansiedad",
        "antabuse",
        "autistic",
        "atenolol",
        "artritis",
        "abilify",
        "abscess",
        "amputee",
        "anxiety",
        "aricept",
        "ascites",
        "advair",
        "anemia",
        "asthma",
        "ativan",
        "autism",
        "angina",
        "a-fib",
        "adhd",
        "afib",
        "asma",
        "a1c",
        "borderline personality disorder",
        "bipolar disorder",
        "bladder cancer",
        "breast cancer",
        "buprenorphine",
        "brexpiprazole",
        "buprenorfina",
        "back surgery",
        "brain injury",
        "brain cancer",
        "back injury",
        "brain tumor",
        "benztropine",
        "blood clots",
        "bone cancer",
        "bipolar ii",
        "broken hip",
        "bladder ca",
        "back pain",
        "bupropion",
        "buspirone",
        "baraclude",
        "breast ca",
        "basaglar",
        "bicillin",
        "bactrim",
        "bipolar",
        "bulimia",
        "brixadi",
        "bpd",
        "congestive heart failure",
        "chronic kidney disease",
        "cannabis use disorder",
        "cocaine use disorder",
        "crystal meth relapse",
        "carbidopa-levodopa",
        "copd exacerbation",
        "chronic migraines",
        "cervical cancer",
        "chronic disease",
        "chronic illness",
        "colesterol alto",
        "cerebral palsy",
        "chlorthalidone",
        "cardiomyopathy",
        "chlorpromazine",
        "celiac disease",
        "carbamazepina",
        "carbamazepine",
        "chemotherapy",
        "chronic pain",
        "colon cancer",
        "convulsiones",
        "cariprazine",
        "cervical ca",
        "concussion",
        "cellulitis",
        "citalopram",
        "clonazepam",
        "copd flare",
        "cutting hx",
        "colchicine",
        "carvedilol",
        "cephalexin",
        "carbidopa",
        "carcinoma",
        "chlamydia",
        "cirrhosis",
        "clozapine",
        "colostomy",
        "clonidine",
        "cataracts",
        "concerta",
        "coumadin",
        "cymbalta",
        "clozaril",
        "cogentin",
        "colon ca",
        "cirrosis",
        "crohn's",
        "colcrys",
        "caplyta",
        "campral",
        "cáncer",
        "colitis",
        "c-ptsd",
        "cancer",
        "celexa",
        "chemo",
        "copd",
        "chf",
        "ckd",
        "dissociative identity disorder",
        "decreased kidney function",
        "developmental disability",
        "decreased renal function",
        "diabetic ketoacidosis",
        "diabetes mellitus",
        "drinking heavily",
        "diabetes type ii",
        "derrame cerebral",
        "diabetes tipo 2",
        "diabetes type 1",
        "diabetes type 2",
        "drinking daily",
        "drinks heavily",
        "desvenlafaxine",
        "dolor crónico",
        "diverticulitis",
        "dolor cronico",
        "drinks daily",
        "duloxetina",
        "depression",
        "divalproex",
        "duloxetine",
        "depresión",
        "disulfiram",
        "diabético",
        "diabética",
        "depressed",
        "donepezil",
        "dementia",
        "depakote",
        "diabetes",
        "diabetic",
        "dialysis",
        "diazepam",
        "dilantin",
        "digoxin",
        "dulera",
        "dka",
        "dm2",
        "dm1",
        "dvt",
        "end stage renal disease",
        "end-stage renal disease",
        "esophageal cancer",
        "enfermedad renal",
        "eating disorder",
        "ear infection",
        "esquizofrenia",
        "endocarditis",
        "escitalopram",
        "epivir-hbv",
        "ethambutol",
        "emphysema",
        "epileptic",
        "entecavir",
        "epilepsia",
        "entresto",
        "epilepsy",
        "effexor",
        "eliquis",
        "epclusa",
        "enbrel",
        "epivir",
        "elavil",
        "esrd",
        "fetal alcohol syndrome",
        "fentanyl overdose",
        "fetal alcohol",
        "fibromyalgia",
        "fluphenazine",
        "fluvoxamine",
        "fluoxetina",
        "fluoxetine",
        "furosemide",
        "febuxostat",
        "frostbite",
        "focalin",
        "farxiga",
        "flovent",
        "fasd",
        "gender dysphoria",
        "gabapentina",
        "glimepiride",
        "gabapentin",
        "guanfacine",
        "glucophage",
        "gallstones",
        "glipizide",
        "gonorrhea",
        "glyburide",
        "glaucoma",
        "geodon",
        "gout",
        "hormone replacement therapy",
        "hiv-associated dementia",
        "high blood pressure",
        "hydrochlorothiazide",
        "hydroxychloroquine",
        "high cholesterol",
        "heart condition",
        "hip replacement",
        "hormone therapy",
        "hyperthyroidism",
        "heroin overdose",
        "hallucinations",
        "hearing voices",
        "heart problems",
        "heavy drinking",
        "hep c positive",
        "herniated disc",
        "hiv neuropathy",
        "hyperlipidemia",
        "hypothyroidism",
        "heart disease",
        "heart failure",
        "heart surgery",
        "heavy drinker",
        "hx of cutting",
        "hipertensión",
        "hearing loss",
        "hears voices",
        "heart attack",
        "heart issues",
        "hip fracture",
        "huntington's",
        "hypertension",
        "hypoglycemia",
        "hypertensive",
        "hemodialysis",
        "heart murmur",
        "hidroxicina",
        "haloperidol",
        "head injury",
        "hepatitis a",
        "hepatitis b",
        "hepatitis c",
        "hiv-related",
        "hydrocodone",
        "hydroxyurea",
        "hydroxyzine",
        "heroin use",
        "hepatitis",
        "harvoni",
        "humalog",
        "high bp",
        "haldol",
        "hernia",
        "herpes",
        "humira",
        "hep b",
        "hep c",
        "hctz",
        "hcv",
        "htn",
        "hbv",
        "impaired kidney function",
        "intellectual disability",
        "impaired renal function",
        "insuficiencia renal",
        "insomnia disorder",
        "invega sustenna",
        "iv heroin use",
        "iv drug use",
        "isoniazid",
        "insomnia",
        "insulina",
        "invokana",
        "insulin",
        "intuniv",
        "invega",
        "iddm",
        "jardiance",
        "januvia",
        "kidney transplant",
        "kaposi's sarcoma",
        "kidney condition",
        "knee replacement",
        "kidney problems",
        "kaposi sarcoma",
        "kidney disease",
        "kidney failure",
        "kidney issues",
        "kidney stones",
        "kidney cancer",
        "kidney stone",
        "knee injury",
        "kidney ca",
        "klonopin",
        "keppra",
        "keflex",
        "latent tuberculosis",
        "liver condition",
        "levetiracetam",
        "levothyroxine",
        "liver disease",
        "liver failure",
        "liver cancer",
        "liver issues",
        "lung disease",
        "lamotrigina",
        "lamotrigine",
        "lung cancer",
        "lisinopril",
        "lamivudine",
        "lacosamide",
        "lurasidone",
        "lymphedema",
        "lactulose",
        "letrozole",
        "lorazepam",
        "latent tb",
        "lamictal",
        "leukemia",
        "levodopa",
        "losartan",
        "lymphoma",
        "liver ca",
        "lexapro",
        "lipitor",
        "lithium",
        "levemir",
        "lung ca",
        "lantus",
        "latuda",
        "lupron",
        "lyrica",
        "lasix",
        "lupus",
        "luvox",
        "ltbi",
        "methamphetamine use disorder",
        "major depressive disorder",
        "macular degeneration",
        "multiple sclerosis",
        "muscular dystrophy",
        "meth use disorder",
        "major depression",
        "multiple myeloma",
        "mental illness",
        "methotrexate",
        "ms diagnosis",
        "mirtazapina",
        "memory loss",
        "mirtazapine",
        "miscarriage",
        "montelukast",
        "metformina",
        "metoprolol",
        "memantine",
        "metformin",
        "methadone",
        "megestrol",
        "migraines",
        "metadona",
        "melanoma",
        "meth use",
        "mounjaro",
        "mavyret",
        "mrsa",
        "mdd",
        "nitroglycerin",
        "nortriptyline",
        "naltrexona",
        "naltrexone",
        "neuropathy",
        "neurontin",
        "namenda",
        "norvasc",
        "novolog",
        "norco",
        "niddm",
        "opioid use disorder",
        "open heart surgery",
        "opioid dependence",
        "opioid addiction",
        "opioid overdose",
        "ovarian cancer",
        "osteoarthritis",
        "osteomyelitis",
        "oxcarbazepine",
        "osteoporosis",
        "olanzapina",
        "olanzapine",
        "opiate use",
        "opioid use",
        "ovarian ca",
        "overdosed",
        "oxycodone",
        "overdose",
        "ozempic",
        "ostomy",
        "ocd",
        "oud",
        "odd",
        "psychiatric hospitalization",
        "paranoid schizophrenia",
        "pulmonary hypertension",
        "psych hospitalization",
        "post-traumatic stress",
        "postpartum depression",
        "personality disorder",
        "poor kidney function",
        "parkinson's disease",
        "peritoneal dialysis",
        "psychotic disorder",
        "pulmonary fibrosis",
        "pulmonary embolism",
        "pancreatic cancer",
        "polysubstance use",
        "pcp prophylaxis",
        "prostate cancer",
        "panic disorder",
        "ptsd diagnosis",
        "panic attacks",
        "pcp pneumonia",
        "polysubstance",
        "phenobarbital",
        "pancreatic ca",
        "paliperidone",
        "pancreatitis",
        "presion alta",
        "presión alta",
        "pre-diabetes",
        "pyrazinamide",
        "perphenazine",
        "parkinson's",
        "prediabetes",
        "prediabetic",
        "prostate ca",
        "paroxetina",
        "paraplegic",
        "paroxetine",
        "pregabalin",
        "prednisone",
        "prazosina",
        "plaquenil",
        "pneumonia",
        "pregnancy",
        "psychosis",
        "psychotic",
        "phenytoin",
        "psoriasis",
        "paranoia",
        "percocet",
        "prazosin",
        "pregnant",
        "prolixin",
        "priftin",
        "pristiq",
        "prozac",
        "proair",
        "paxil",
        "ptsd",
        "pcos",
        "quadriplegic",
        "quetiapina",
        "quetiapine",
        "reduced kidney function",
        "reduced renal function",
        "rheumatoid arthritis",
        "renal insufficiency",
        "renal failure",
        "renal disease",
        "rectal cancer",
        "ripe treatment",
        "ripe regimen",
        "ripe therapy",
        "risperidona",
        "risperidone",
        "rifapentine",
        "rifampicin",
        "risperdal",
        "rifampin",
        "remeron",
        "rexulti",
        "ritalin",
        "renvela",
        "rsv",
        "stimulant use disorder",
        "substance use disorder",
        "sickle cell disease",
        "spinal cord injury",
        "suicidal ideation",
        "seizure disorder",
        "suicide attempts",
        "schizoaffective",
        "suicide attempt",
        "stage 4 cancer",
        "spironolactone",
        "stomach cancer",
        "schizophrenia",
        "schizophrenic",
        "spinal injury",
        "self harm hx",
        "self-harming",
        "sickle cell",
        "skin cancer",
        "sleep apnea",
        "smokes meth",
        "sertralina",
        "sertraline",
        "sofosbuvir",
        "self harm",
        "self-harm",
        "strattera",
        "sublocade",
        "symbicort",
        "synthroid",
        "singulair",
        "sevelamer",
        "sustenna",
        "seizures",
        "seroquel",
        "shingles",
        "suboxone",
        "suicidal",
        "syphilis",
        "sciatica",
        "sarcoma",
        "seizure",
        "sinemet",
        "spiriva",
        "saphris",
        "subutex",
        "skin ca",
        "schizo",
        "sepsis",
        "stroke",
        "std",
        "sti",
        "sud",
        "smi",
        "traumatic brain injury",
        "tardive dyskinesia",
        "trastorno bipolar",
        "type ii diabetes",
        "terminal cancer",
        "thyroid disease",
        "type 1 diabetes",
        "type 2 diabetes",
        "type i diabetes",
        "thyroid cancer",
        "throat cancer",
        "tuberculosis",
        "t1 diabetes",
        "t2 diabetes",
        "topiramate",
        "trintellix",
        "tourette's",
        "trazodona",
        "tamoxifen",
        "trazodone",
        "trulicity",
        "trileptal",
        "thorazine",
        "tramadol",
        "tegretol",
        "topamax",
        "tresiba",
        "trelegy",
        "t2dm",
        "t1dm",
        "tbi",
        "tb",
        "ulcerative colitis",
        "use disorder",
        "uloric",
        "valproic acid",
        "venlafaxina",
        "venlafaxine",
        "valsartan",
        "valproate",
        "vivitrol",
        "ventolin",
        "vistaril",
        "vraylar",
        "vyvanse",
        "vemlidy",
        "victoza",
        "viibryd",
        "valium",
        "vimpat",
        "vosevi",
        "wellbutrin",
        "warfarin",
        "xanax",
        "ziprasidone",
        "zonisamide",
        "zepatier",
        "zyprexa",
        "zubsolv",
        "zoloft",
    ],
};

/// Words that make a diagnosis word a statement about someone.
pub(crate) const STATED: Phrases = Phrases {
    id: 8,
    list: &[
        "condiciones médicas",
        "condición médica",
        "conditions",
        "condition",
        "client's",
        "client",
        "diagnosticado",
        "diagnosticada",
        "diagnosed",
        "diagnoses",
        "diagnosis",
        "disclosed",
        "dx'd",
        "dx:",
        "dx",
        "history of",
        "health",
        "have",
        "had",
        "has",
        "her",
        "his",
        "he's",
        "he'll",
        "he",
        "hx",
        "i take",
        "is",
        "living with",
        "lives with",
        "living w/",
        "lives w/",
        "mental health",
        "medication",
        "manages",
        "meds:",
        "meds",
        "needs",
        "on",
        "problemas de salud",
        "prescribed",
        "padece",
        "positive",
        "recovering from",
        "ran out of",
        "reports",
        "struggles",
        "suffers",
        "sufre de",
        "salud",
        "status",
        "since",
        "she's",
        "she'll",
        "she",
        "treated for",
        "treatment",
        "taking",
        "takes",
        "their",
        "tiene",
        "uses",
        "vive con",
        "with",
    ],
};

/// Words after an HIV term that make it a service, not a person's status
/// ("HIV testing", "PrEP information", "HIV/AIDS program").
pub(crate) const NOT_STATED_AFTER: Phrases = Phrases {
    id: 9,
    list: &[
        "awareness",
        "declined",
        "education",
        "event",
        "fair",
        "hotline",
        "information",
        "info",
        "kits",
        "kit",
        "not disclosed",
        "n/a",
        "outreach",
        "prevention",
        "programs",
        "program",
        "questions",
        "question",
        "resources",
        "refused",
        "screening",
        "self-test",
        "screen",
        "testing",
        "tests",
        "test",
        "unknown",
    ],
};

/// Words before an HIV term that make it a service or a negative
/// ("offered free HIV testing", "denies HIV").
pub(crate) const NOT_STATED_BEFORE: Phrases = Phrases {
    id: 20,
    list: &[
        "awareness",
        "about",
        "declined",
        "denied",
        "denies",
        "education",
        "free",
        "information",
        "info",
        "negative",
        "not",
        "no",
        "offered",
        "prevention",
        "pruebas de",
        "prueba del",
        "prueba de",
        "regarding",
        "refused",
        "rapid",
        "re",
        "screening for",
        "screened for",
        "testing for",
        "tested for",
        "test for",
        "without",
    ],
};

/// Words after a bare "HIV" that make it a person's status or care.
pub(crate) const HIV_STATED_AFTER: Phrases = Phrases {
    id: 21,
    list: &[
        "+",
        "care",
        "diagnosed",
        "diagnosis",
        "doctor",
        "dx",
        "medication",
        "medications",
        "meds",
        "positive",
        "pos",
        "treatment",
    ],
};

/// Words that make "PrEP" or "undetectable" about HIV.
pub(crate) const HIV_NEAR: Phrases = Phrases {
    id: 17,
    list: &["cd4", "hiv", "hopwa", "meds", "viral", "vih"],
};

/// Whether token `i` is inside a question put to the person ("Do you have
/// ...?"): "you" before it and a question mark after it in the same sentence.
fn asked(doc: &Doc, i: usize) -> bool {
    let mut you = false;
    let mut k = i;
    for _ in 0..24 {
        if k == 0 {
            break;
        }
        k -= 1;
        if matches!(doc.punct(k), Some('.' | '?' | '!' | ':')) {
            break;
        }
        if doc.is(k, "you") || doc.is(k, "your") {
            you = true;
            break;
        }
    }
    if !you {
        return false;
    }
    for k in i + 1..i + 24 {
        match doc.punct(k) {
            Some('?') => return true,
            Some('.' | '!' | ':') => return false,
            _ => {}
        }
        if k >= doc.toks.len() {
            return false;
        }
    }
    false
}

/// The token after a term ending at byte `end`.
fn j_after_term(doc: &Doc, end: usize) -> usize {
    doc.tok_at(end)
}

pub(crate) fn scan(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = doc.toks[i];
        if t.kind != TokKind::Word && t.kind != TokKind::Mixed {
            i += 1;
            continue;
        }
        if let Some(term) = context::phrase_at_tok(doc, i, &HIV_TERMS) {
            let end = t.start + term.len();
            // "AIDS" alone is also a word (hearing aids): only the listed phrases.
            // "PrEP" / "prep" (meal prep): only written PrEP or with HIV words near.
            // "indetectable": the Spanish word, the same way.
            let lower_word = matches!(
                term,
                "prep" | "undetectable" | "indetectable" | "vl" | "poz"
            );
            let ok = if lower_word {
                doc.tok_text(i) == "PrEP"
                    || context::near(doc, i, i, 60, &HIV_NEAR).is_some()
                    || matches!(term, "undetectable" | "indetectable")
                        && context::near(doc, i, i, 120, &HIV_TERMS).is_some()
                    // "clt is poz, on Descovy": slang for HIV positive, said
                    // of someone or in a note about HIV care.
                    || term == "poz"
                        && (i > 0 && ["is", "he's", "she's", "they're", "being", "also"]
                            .iter()
                            .any(|w| doc.is(i - 1, w))
                            || context::near(doc, i, i, 120, &HIV_TERMS).is_some())
                    // "VL last check <20", "Last VL: 35 copies", "vl up to 1,200".
                    || term == "vl"
                        && (0..=3).any(|k| {
                            let j = j_after_term(doc, end) + k;
                            doc.num_len(j) > 0 || doc.punct(j) == Some('<')
                        })
                    || term == "vl"
                        && (doc.num_len(j_after_term(doc, end)) > 0
                            || doc.punct(j_after_term(doc, end)) == Some('<'))
            } else {
                true
            };
            let j_after = doc.tok_at(end);
            // "HIV+", "HIV positive": a status whatever follows ("HIV+ (test 11/3)"),
            // in Spanish ("VIH positivo", "seropositiva") and Vietnamese
            // ("HIV dương tính", "nhiễm HIV") too.
            let status = matches!(
                term,
                "hiv+"
                    | "hiv positive"
                    | "hiv-positive"
                    | "hiv pos"
                    | "positive for hiv"
                    | "vih+"
                    | "vih positivo"
                    | "vih positiva"
                    | "seropositivo"
                    | "seropositiva"
                    | "hiv dương tính"
                    | "dương tính với hiv"
                    | "nhiễm hiv"
            );
            // A named HIV medicine in a note about HIV care is the client's
            // treatment even when asked about ("asked about Cabenuva shots").
            let medicine = term.len() > 5
                && !term.contains(' ')
                && !matches!(term, "hiv/aids" | "antiretroviral" | "antiretrovirals")
                && context::near(doc, i, i, 120, &HIV_NEAR).is_some();
            let bare_role = matches!(term, "hiv" | "hiv/aids" | "vih")
                && ([
                    "cm",
                    "team",
                    "navigator",
                    "nurse",
                    "staff",
                    "advocate",
                    "worker",
                    "specialist",
                    "coordinator",
                    "services",
                    "workshop",
                    "class",
                    "training",
                ]
                .iter()
                .any(|w| doc.is(j_after, w))
                    || doc.is(j_after, "case") && doc.is(j_after + 1, "management")
                    || doc.is(j_after, "case") && doc.is(j_after + 1, "manager")
                    || doc.is(j_after, "or") && doc.is(j_after + 1, "aids"));
            // "about his HIV", "her HIV meds": a person's own HIV.
            let possessed = i > 0
                && ["his", "her", "their", "my", "your"]
                    .iter()
                    .any(|p| doc.is(i - 1, p));
            // "NOT ADHERENT, VL 88000", "CD4 41": a lab value is the
            // person's, whatever negative word comes before it.
            let valued = matches!(term, "vl" | "viral load" | "cd4" | "cd4 count")
                && (0..=2).any(|k| {
                    let j = j_after + k;
                    doc.num_len(j) > 0 || doc.punct(j) == Some('<')
                });
            // "58 virally suppressed (90.6%)", "viral suppression rate": a
            // program's count, not a person's status.
            let tally = matches!(
                term,
                "virally suppressed" | "viral suppression" | "virologically suppressed"
            ) && (i > 0 && doc.num_len(i - 1) > 0
                || ["rate", "rates"].iter().any(|w| doc.is(j_after, w))
                || (0..3).any(|k| doc.punct(j_after + k) == Some('%')));
            // "newly dx HIV at SRHD testing event": a diagnosis right
            // before is the person's status, wherever it was made.
            let dx_lead = i > 0 && ["dx", "dx'd", "diagnosed"].iter().any(|w| doc.is(i - 1, w));
            // "Client herself is HIV negative as of last test": a person's
            // negative status is also their HIV status.
            let neg_status = term == "hiv"
                && doc.is(j_after, "negative")
                && i > 0
                && ["is", "remains", "was", "still"]
                    .iter()
                    .any(|w| doc.is(i - 1, w));
            let (end, j_after) = if neg_status {
                (doc.toks[j_after].end, j_after + 1)
            } else {
                (end, j_after)
            };
            let service = !neg_status && tally
                || !status
                    && !neg_status
                    && !dx_lead
                    && context::after(doc, j_after.saturating_sub(1), 14, &NOT_STATED_AFTER)
                        .is_some()
                || bare_role
                || !status
                    && !medicine
                    && !possessed
                    && !valued
                    && context::before(doc, i, 16, &NOT_STATED_BEFORE).is_some()
                || !neg_status && doc.is(j_after, "negative")
                || !neg_status && doc.is(j_after + 1, "negative");
            if ok && !service {
                // HOPWA and Ryan White are program names: they suggest status but
                // are not flagged by default.
                // A bare "HIV" may be a program, a question or a staff role:
                // it needs a word that says it is someone's status or care.
                let bare = matches!(
                    term,
                    "hiv"
                        | "hiv/aids"
                        | "vih"
                        | "hiv status"
                        | "positive status"
                        | "viral suppression"
                );
                let stated = context::before(doc, i, 30, &STATED).is_some()
                    || context::after(doc, j_after.saturating_sub(1), 14, &HIV_STATED_AFTER)
                        .is_some();
                // "HIV status" names a field ("do not enter a client's HIV
                // status"): a status only with a value after it ("HIV status:
                // positive") or said of a named person ("his HIV status").
                let unvalued = term == "hiv status"
                    && !(1..=3).any(|k| {
                        ["positive", "pos", "reactive", "detectable", "+"]
                            .iter()
                            .any(|w| doc.is(j_after + k - 1, w))
                    })
                    && !owned_by_person(doc, t.start);
                let conf =
                    if term == "hopwa" || term == "ryan white" || (bare && !stated) || unvalued {
                        0.45
                    } else {
                        0.92
                    };
                out.push(Cand::new(
                    Kind::Health,
                    t.start,
                    end,
                    conf,
                    "health.hiv",
                    format!(
                        "HIV status or HIV care ('{}') is protected health information",
                        doc.text.get(t.start..end).unwrap_or(term)
                    ),
                ));
                i = j_after.max(i + 1);
                continue;
            }
        }
        if let Some(term) = context::phrase_at_tok(doc, i, &DIAGNOSES) {
            let end = t.start + term.len();
            let j_after = doc.tok_at(end);
            // Short ambiguous words need a diagnosis word next to them.
            // "HCV voucher", "the HCV waitlist": the Housing Choice Voucher program.
            if term == "hcv"
                && ([
                    "voucher",
                    "vouchers",
                    "waitlist",
                    "port",
                    "port-in",
                    "payment",
                    "holder",
                    "holders",
                    "program",
                    "unit",
                    "inspection",
                    "landlord",
                ]
                .iter()
                .any(|w| doc.is(j_after, w))
                    || context::before(doc, i, 24, &NOT_HCV_BEFORE).is_some())
            {
                i = j_after.max(i + 1);
                continue;
            }
            // "hep B vaccine", "HBV vaccination", "shingles vaccine": a
            // vaccine against a disease says nothing of the person's health;
            // nor does a service about one ("diabetes screening", "overdose
            // prevention", "depression awareness").
            if [
                "screening",
                "screenings",
                "prevention",
                "awareness",
                "education",
                "vaccine",
                "vaccines",
                "vaccination",
                "vaccinations",
                "vax",
                "immunization",
            ]
            .iter()
            .any(|w| doc.is(j_after, w))
            {
                i = j_after.max(i + 1);
                continue;
            }
            // "Cancer Care Northwest", "Epilepsy Foundation": the name of an
            // organization, capitalized word after capitalized word on the
            // same line ("on Remeron\nHousing: ..." is a list and a label).
            if doc.case == crate::pii::tokens::CaseMode::Mixed
                && doc.capitalized(i)
                && doc.toks.get(j_after).is_some_and(|t| !t.newline_before)
                && !doc.all_caps(i)
                && doc.capitalized(j_after)
                && !doc.all_caps(j_after)
                && doc.kind(j_after) == Some(TokKind::Word)
                && (context::phrase_at_tok(doc, j_after, &crate::pii::people::ORG_WORDS).is_some()
                    || [
                        "association",
                        "society",
                        "northwest",
                        "support",
                        "awareness",
                        "alliance",
                    ]
                    .iter()
                    .any(|w| doc.is(j_after, w)))
            {
                i = j_after.max(i + 1);
                continue;
            }
            // "Has ODD & ADHD": oppositional defiant disorder only written
            // in capitals in a mixed-case note ("odd jobs" is a word).
            if term == "odd"
                && (doc.case != crate::pii::tokens::CaseMode::Mixed || doc.tok_text(i) != "ODD")
            {
                i = j_after.max(i + 1);
                continue;
            }
            let ambiguous = matches!(
                term,
                "hcv"
                    | "odd"
                    | "paranoia"
                    | "cutting"
                    | "hallucinations"
                    | "tb"
                    | "std"
                    | "sti"
                    | "sud"
                    | "oud"
                    | "bpd"
                    | "stroke"
                    | "rsv"
                    | "depression"
                    | "lithium"
                    | "insulin"
                    | "cancer"
                    | "herpes"
                    | "chemo"
                    | "anxiety"
                    | "addiction"
                    | "schizo"
                    | "seizure"
                    | "overdose"
                    | "overdosed"
                    | "opioid overdose"
                    | "fentanyl overdose"
                    | "heroin overdose"
                    | "cáncer"
                    | "depressed"
                    | "abscess"
                    | "a1c"
                    // Abbreviations with other readings: "HBV" (a vaccine
                    // series), "SMI" (a program's target group), "DM2".
                    | "hbv"
                    | "mdd"
                    | "smi"
                    | "dm1"
                    | "dm2"
            );
            // "Have you ever had a serious brain injury?": a screening
            // question, not a statement about anyone.
            let question = asked(doc, i);
            // "no active TB", "free of active TB", "cleared for latent TB",
            // "active TB screening": a shelter's TB clearance, not a diagnosis.
            if matches!(
                term,
                "active tb" | "latent tb" | "ltbi" | "latent tuberculosis"
            ) && (context::before(doc, i, 16, &NOT_STATED_BEFORE).is_some()
                || (1..=3).any(|k| {
                    i >= k
                        && ["cleared", "clear", "r/o", "rule", "ruled", "symptoms"]
                            .iter()
                            .any(|w| doc.is(i - k, w))
                })
                || context::after(doc, j_after.saturating_sub(1), 14, &NOT_STATED_AFTER).is_some())
            {
                i = j_after.max(i + 1);
                continue;
            }
            // "Tou's lithium level", "insulin 20 units": a dose or a level
            // is someone's treatment.
            let dosed = [
                "level",
                "levels",
                "dose",
                "dosage",
                "mg",
                "refill",
                "prescription",
                "rx",
            ]
            .iter()
            .any(|w| doc.is(j_after, w))
                // "cancer treatment", "seizure meds": someone's care.
                || !doc.capitalized(j_after)
                    && ["treatment", "treatments", "meds", "medication", "surgery", "dx"]
                        .iter()
                        .any(|w| doc.is(j_after, w))
                || doc.num_len(j_after) > 0 && doc.is(j_after + 1, "mg")
                // "an insulin pen", "insulin shots": a device or a shot of it.
                || ["pen", "pens", "pump", "shots", "injections", "injection"]
                    .iter()
                    .any(|w| doc.is(j_after, w))
                // "A1C 9.2": a lab value.
                || term == "a1c" && doc.num_len(j_after) > 0
                // "TB, finished treatment in 2025", "hep B, completed treatment".
                || context::after(doc, j_after.saturating_sub(1), 6, &TREATED_AFTER).is_some()
                || when_after(doc, j_after);
            // "PTSD + depression", "anxiety and depression": next to another
            // diagnosis, an ambiguous word is one too.
            let listed = ambiguous
                && (context::before(doc, i, 16, &DIAGNOSES).is_some()
                    || context::after(doc, j_after.saturating_sub(1), 16, &DIAGNOSES).is_some());
            let stated = context::before(doc, i, 30, &STATED)
                .or(dosed.then_some(("dose", 0)))
                .or(hospital_cause(doc, i).then_some(("hospital", 0)))
                .or(listed.then_some(("listed", 0)))
                .filter(|_| !question);
            let conf = match (ambiguous, stated) {
                _ if question => 0.45,
                // Pregnancy is sensitive but rarely treated as a diagnosis: shown quietly.
                _ if matches!(term, "pregnant" | "pregnancy") => 0.45,
                // "Also Hep B. Ph 509-...": the letter reads like an initial
                // to the name rules ("Hep B. Ph"); the disease wins.
                _ if matches!(term, "hep a" | "hep b" | "hep c") => 0.9,
                (_, Some(_)) => 0.8,
                (false, None) => 0.65,
                (true, None) => 0.0,
            };
            if conf > 0.0 {
                out.push(Cand::new(
                    Kind::Health,
                    t.start,
                    end,
                    conf,
                    "health.diagnosis",
                    format!("A diagnosis or treatment ('{}') stated about a person is health information", doc.text.get(t.start..end).unwrap_or(term)),
                ));
                i = j_after.max(i + 1);
                continue;
            }
        }
        if let Some(end) = hiv_result(doc, i).or_else(|| bare_aids(doc, i)) {
            out.push(Cand::new(
                Kind::Health,
                t.start,
                end,
                0.85,
                "health.hiv",
                "HIV status or HIV care (a test result or AIDS near HIV words) is protected health information".to_string(),
            ));
            i = doc.tok_at(end).max(i + 1);
            continue;
        }
        if let Some((end, why)) = substance_use(doc, i)
            .or_else(|| drinking(doc, i))
            .or_else(|| self_harm(doc, i))
            .or_else(|| ms_stated(doc, i))
            .or_else(|| aids_stated(doc, i))
            .or_else(|| injury(doc, i))
            .or_else(|| spanish_pain(doc, i))
        {
            out.push(Cand::new(
                Kind::Health,
                t.start,
                end,
                0.8,
                "health.diagnosis",
                why,
            ));
            i = doc.tok_at(end).max(i + 1);
            continue;
        }
        i += 1;
    }
}

/// Words for a hospital stay or an emergency visit.
const HOSPITAL_WORDS: &[&str] = &[
    "hosp",
    "hospital",
    "hospitalized",
    "hospitalization",
    "hospitalizations",
    "er",
    "icu",
    "admitted",
    "admission",
    "admissions",
    "inpatient",
];

/// "1 HOSPITALIZATION (OPIOID OVERDOSE)", "hosp: 1 (overdose march)", "ER x2
/// for overdose": a condition given as the cause of a hospital stay or an ER
/// visit is the person's. Reads at most five tokens back.
fn hospital_cause(doc: &Doc, i: usize) -> bool {
    let lo = i.saturating_sub(5);
    let mut k = i;
    while k > lo {
        k -= 1;
        if HOSPITAL_WORDS.iter().any(|w| doc.is(k, w)) || doc.tok_text(k) == "ED" {
            return true;
        }
        let filler = matches!(doc.punct(k), Some('(' | ':' | ',' | '-'))
            || doc.num_len(k) > 0
            || doc.kind(k) == Some(TokKind::Mixed)
            || [
                "for", "x", "visit", "visits", "d/t", "due", "to", "with", "w/",
            ]
            .iter()
            .any(|w| doc.is(k, w));
        if !filler || doc.toks[k].newline_before {
            return false;
        }
    }
    false
}

/// Body parts that a "broken" or "fractured" before makes an injury.
const BODY_PARTS: &[&str] = &[
    "wrist",
    "wrists",
    "arm",
    "leg",
    "ankle",
    "jaw",
    "nose",
    "rib",
    "ribs",
    "collarbone",
    "clavicle",
    "hand",
    "finger",
    "fingers",
    "foot",
    "toe",
    "toes",
    "elbow",
    "shoulder",
    "knee",
    "kneecap",
    "pelvis",
    "skull",
    "neck",
    "femur",
    "tibia",
    "fibula",
    "vertebra",
    "vertebrae",
    "cheekbone",
    "orbital",
    "sternum",
    "tailbone",
    "hip",
    "heel",
];

/// "beat her 5/20 (broken wrist, ER at Deaconess)", "has a fractured
/// orbital bone": an injury to a body part, said of the person it happened
/// to. Not "broken window", not "broke her phone".
fn injury(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if let Some(r) = part_fracture(doc, i) {
        return Some(r);
    }
    if !["broken", "fractured", "dislocated", "shattered"]
        .iter()
        .any(|w| doc.is(i, w))
    {
        return None;
    }
    // "broken left wrist", "fractured R ankle".
    let mut k = i + 1;
    if ["left", "right", "l", "r"].iter().any(|w| doc.is(k, w)) {
        k += 1;
    }
    let part = BODY_PARTS.iter().find(|w| doc.is(k, w))?;
    // "broken hand rail", "broken arm rest": a thing's part, not a body's.
    let next = k + 1;
    if ["rail", "railing", "rest", "rests", "chair", "door"]
        .iter()
        .any(|w| doc.is(next, w))
    {
        return None;
    }
    // "fractured orbital bone": the bone goes with it.
    let end = if *part == "orbital" && (doc.is(next, "bone") || doc.is(next, "floor")) {
        doc.toks[next].end
    } else if *part == "orbital" {
        return None;
    } else {
        doc.toks[k].end
    };
    Some((
        end,
        format!("An injury ('{part}') stated about a person is health information"),
    ))
}

/// "fell in unit, hip fx", "wrist fracture": a body part and a fracture
/// written after it, the chart's shorthand for a broken bone.
fn part_fracture(doc: &Doc, i: usize) -> Option<(usize, String)> {
    // The fracture word first: four comparisons rule out nearly every
    // token before the long list of body parts.
    let k = i + 1;
    if !["fx", "fracture", "fractures", "fractured"]
        .iter()
        .any(|w| doc.is(k, w))
    {
        return None;
    }
    let part = BODY_PARTS.iter().find(|w| doc.is(i, w))?;
    Some((
        doc.toks[k].end,
        format!("An injury ('{part} fracture') stated about a person is health information"),
    ))
}

/// "stroke last year", "RSV last week", "overdose in 2023": an ambiguous
/// condition with the time it happened is an event in someone's life.
/// Reads the two tokens from `j`.
fn when_after(doc: &Doc, j: usize) -> bool {
    doc.is(j, "last")
        && [
            "year", "yr", "month", "mo", "week", "wk", "spring", "summer", "fall", "winter",
        ]
        .iter()
        .any(|w| doc.is(j + 1, w))
        || doc.is(j, "in") && doc.num_len(j + 1) == 4
        || doc.num_len(j) > 0
            && ["years", "yrs", "months", "weeks"]
                .iter()
                .any(|w| doc.is(j + 1, w))
            && doc.is(j + 2, "ago")
}

/// "dolor de espalda crónico", "dolor de la rodilla crónica": chronic pain,
/// in Spanish, named with the part of the body that hurts.
fn spanish_pain(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if !doc.is(i, "dolor") || !(doc.is(i + 1, "de") || doc.is(i + 1, "en")) {
        return None;
    }
    let mut k = i + 2;
    if ["la", "el", "los", "las"].iter().any(|w| doc.is(k, w)) {
        k += 1;
    }
    if doc.kind(k) != Some(TokKind::Word) {
        return None;
    }
    let chronic = ["crónico", "crónica", "cronico", "cronica"];
    // One or two words for the part: "espalda", "espalda baja".
    let end = (k + 1..k + 3).find(|&c| chronic.iter().any(|w| doc.is(c, w)))?;
    Some((
        doc.toks[end].end,
        "Chronic pain ('dolor crónico') stated about a person is health information".to_string(),
    ))
}

/// Words before "HCV" that make it the voucher program.
pub(crate) const NOT_HCV_BEFORE: Phrases = Phrases {
    id: 32,
    list: &[
        "housing authority",
        "payment standard",
        "voucher",
        "section 8",
        "sha",
    ],
};

/// Drugs whose use, said of a person, is health information: "relapsed on
/// fentanyl", "using meth again". Alone ("fentanyl test strips") they are not.
const SUBSTANCES: &[&str] = &[
    "alcohol",
    "weed",
    "marijuana",
    "cannabis",
    "spice",
    "pills",
    "kratom",
    "fentanyl",
    "percs",
    "fent",
    "heroin",
    "meth",
    "methamphetamine",
    "opioids",
    "opiates",
    "cocaine",
    "crack",
    "oxy",
    "oxycodone",
    "xylazine",
    "benzos",
];

/// Words right before a drug that say someone uses it.
const USE_WORDS: &[&str] = &[
    "on",
    "crystal",
    "relapsed on",
    "relapse on",
    "using",
    "uses",
    "used",
    "smoking",
    "smokes",
    "injecting",
    "injects",
    "shooting",
    "addicted to",
    "addiction to",
    "od'd on",
    "od on",
    "overdosed on",
    "overdose on",
    "withdrawing from",
    "withdrawal from",
    "detox from",
    "detoxing from",
    "clean from",
    "sober from",
    "dependent on",
    "hooked on",
    "off",
    "clean off",
    "sober off",
    "no",
    "struggles with",
    "struggling with",
];

fn substance_use(doc: &Doc, i: usize) -> Option<(usize, String)> {
    static DRUGS: WordSet = WordSet::new(&[SUBSTANCES]);
    let drug = doc.which(i, &DRUGS)?;
    // "using fentanyl", "relapsed on meth": the use word ends right before.
    // Only the few bytes before the word are read: use phrases are short.
    let start = doc.toks[i].start;
    let mut from = start.saturating_sub(24);
    while !doc.text.is_char_boundary(from) {
        from += 1;
    }
    let before = doc.text.get(from..start)?.trim_end().to_ascii_lowercase();
    let used = USE_WORDS.iter().any(|u| {
        before.strip_suffix(u).is_some_and(|rest| {
            rest.is_empty() && from == 0 || rest.ends_with(|c: char| !c.is_alphanumeric())
        })
    });
    // "meth relapse", "fentanyl use": the use word after it.
    let used = used
        || [
            "relapse",
            "use",
            "addiction",
            "habit",
            "withdrawal",
            "overdose",
            "od",
            "daily",
            "heavily",
            "weekends",
            "smoking",
        ]
        .iter()
        .any(|w| doc.is(i + 1, w))
        // "meth, daily"
        || doc.punct(i + 1) == Some(',') && ["daily", "heavily", "weekly"].iter().any(|w| doc.is(i + 2, w))
        // "Health: hep C, back pain, meth": listed with diagnoses.
        || context::before(doc, i, 24, &DIAGNOSES).is_some()
        // "substances? a: weed", "drug use: heroin": the answer to a
        // question about drug use.
        || asked_about_drugs(doc, i);
    if !used || doc.is(i + 1, "test") || doc.is(i + 1, "strips") {
        return None;
    }
    Some((
        doc.toks[i].end,
        format!("Use of a drug ('{drug}') said of a person is health information"),
    ))
}

/// Whether a word about drug use ("substance", "substances", "drug use",
/// "drug of choice") comes shortly before token `i`, in the same line.
fn asked_about_drugs(doc: &Doc, i: usize) -> bool {
    let lo = i.saturating_sub(14);
    let mut k = i;
    while k > lo {
        if doc.toks[k].newline_before {
            return false;
        }
        k -= 1;
        let about = ["substance", "substances", "drugs", "drug", "doc", "sud"]
            .iter()
            .any(|w| doc.is(k, w));
        if about && !doc.is(k + 1, "free") && !doc.is(k + 1, "testing") && !doc.is(k + 1, "test") {
            return true;
        }
    }
    false
}

/// Words right after an ambiguous condition that say it was someone's
/// treatment ("TB, finished treatment").
pub(crate) const TREATED_AFTER: Phrases = Phrases {
    id: 40,
    list: &["completed treatment", "finished treatment", "treated"],
};

/// "w/ MS", "has MS", "dx MS": multiple sclerosis, not "Ms." or "MS Word".
fn ms_stated(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if doc.tok_text(i) != "MS" || i == 0 {
        return None;
    }
    // "seizure disorder (Keppra), MS.": in a list of diagnoses, even at the
    // end of a sentence ("MS. JONES" in capitals is a title).
    let listed = context::before(doc, i, 16, &DIAGNOSES).is_some()
        || context::after(doc, i, 16, &DIAGNOSES).is_some();
    if doc.punct(i + 1) == Some('.') && !(listed && doc.kind(i + 2) != Some(TokKind::Word)) {
        return None;
    }
    let lead = [
        "w/",
        "has",
        "with",
        "dx",
        "diagnosed",
        "dx'd",
        "of",
        "her",
        "his",
    ]
    .iter()
    .any(|w| {
        let start = doc.toks[i].start;
        doc.text.get(..start).is_some_and(|b| {
            let b = b.trim_end();
            let cut = b.len().saturating_sub(w.len());
            // `get`, not indexing: the cut may fall inside a character.
            b.len() >= w.len()
                && b.get(cut..).is_some_and(|t| t.eq_ignore_ascii_case(w))
                && !b
                    .get(..cut)
                    .is_some_and(|r| r.ends_with(|c: char| c.is_alphanumeric()))
        })
    });
    (lead || listed).then(|| {
        (
            doc.toks[i].end,
            "A diagnosis ('MS', multiple sclerosis) stated about a person is health information"
                .to_string(),
        )
    })
}

/// "Diagnosed AIDS 1998", "has AIDS", "AIDS-related": AIDS said of a
/// person, not "hearing aids".
fn aids_stated(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if !doc.is(i, "aids") || i == 0 {
        return None;
    }
    let related = doc.punct(i + 1) == Some('-') && doc.is(i + 2, "related");
    let lead = ["diagnosed", "dx", "dx'd", "has", "with", "w/", "had"]
        .iter()
        .any(|w| doc.is(i - 1, w))
        // "Dx: AIDS (CD4 180)": a diagnosis field.
        || i >= 2 && doc.punct(i - 1) == Some(':') && doc.is(i - 2, "dx");
    if !(related || lead && doc.tok_text(i) == "AIDS") {
        return None;
    }
    let end = if related {
        doc.toks[i + 2].end
    } else {
        doc.toks[i].end
    };
    Some((
        end,
        "HIV status or HIV care ('AIDS') is protected health information".to_string(),
    ))
}

/// Whether the text right before byte `start` is "his", "her", "their" or a
/// capitalized name's possessive ("Esmeralda Gutierrez's"), not "client's".
fn owned_by_person(doc: &Doc, start: usize) -> bool {
    let before = doc.text.get(..start).unwrap_or("").trim_end();
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    if ["his", "her", "their"].contains(&lower.as_str()) {
        return true;
    }
    let Some(stem) = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
    else {
        return false;
    };
    stem.chars().next().is_some_and(char::is_uppercase)
        && stem.chars().skip(1).any(char::is_lowercase)
        && !["client", "cl", "participant", "patient", "member"]
            .contains(&stem.to_lowercase().as_str())
}

/// Words before "positive" or "reactive" that make it a test result:
/// "tested reactive", "confirmed positive", "also positive".
const RESULT_LEADS: &[&str] = &["tested", "confirmed", "also", "test", "retested"];

/// Diseases whose test results are not HIV ("hep C positive", "TB test positive").
const OTHER_TESTS: &[&str] = &[
    "hep",
    "hepatitis",
    "hcv",
    "tb",
    "covid",
    "ua",
    "uds",
    "strep",
    "pregnancy",
    "drug",
    "flu",
];

/// An HIV test result said of a person, in a note about HIV: "tested
/// reactive last month, confirmed positive", "partner also positive, on
/// Cabenuva", "Pos since 2023". Returns the end byte.
fn hiv_result(doc: &Doc, i: usize) -> Option<usize> {
    let result = |k: usize| ["positive", "pos", "reactive"].iter().any(|w| doc.is(k, w));
    // The result word first: three comparisons before the list of leads.
    let end = if result(i + 1) && RESULT_LEADS.iter().any(|w| doc.is(i, w)) {
        // "tested positive for COVID": a result for another disease.
        if doc.is(i + 2, "for") && !doc.is(i + 3, "hiv") && !doc.is(i + 3, "vih") {
            return None;
        }
        doc.toks[i + 1].end
    } else if result(i) && doc.is(i + 1, "since") && doc.num_len(i + 2) == 4 {
        doc.toks[i + 2].end
    } else {
        return None;
    };
    let lo = i.saturating_sub(4);
    if (lo..i).any(|k| OTHER_TESTS.iter().any(|w| doc.is(k, w))) {
        return None;
    }
    context::near(doc, i, i + 1, 120, &HIV_TERMS)?;
    Some(end)
}

/// "CD4 41. AIDS.", "50, AIDS, wasting, on Biktarvy": AIDS written alone as an
/// item of a note about HIV care, not "World AIDS Day" or "hearing aids".
fn bare_aids(doc: &Doc, i: usize) -> Option<usize> {
    if doc.tok_text(i) != "AIDS" || i == 0 {
        return None;
    }
    let alone = |k: usize| matches!(doc.punct(k), Some('.' | ',' | ';' | ':'));
    if !alone(i - 1) || !(alone(i + 1) || i + 1 >= doc.toks.len()) {
        return None;
    }
    context::near(doc, i, i, 120, &HIV_TERMS)?;
    // "AIDS, wasting": the wasting syndrome goes with it.
    if doc.punct(i + 1) == Some(',') && doc.is(i + 2, "wasting") {
        return Some(doc.toks[i + 2].end);
    }
    Some(doc.toks[i].end)
}

/// Liquor named with drinking: "drinks vodka daily", "drinking a fifth a
/// day". Not "drinks coffee", not "doesn't drink beer".
fn drinking(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if !["drinks", "drinking", "drink", "drank"]
        .iter()
        .any(|w| doc.is(i, w))
    {
        return None;
    }
    let negated = (i.saturating_sub(3)..i).any(|k| {
        [
            "not", "never", "doesn't", "don't", "quit", "stopped", "no", "denies",
        ]
        .iter()
        .any(|w| doc.is(k, w))
    });
    if negated {
        return None;
    }
    let liquor = [
        "vodka", "whiskey", "whisky", "beer", "beers", "liquor", "tequila", "rum", "fifth", "pint",
        "gin", "malt", "etoh",
    ];
    let k = (i + 1..i + 4).find(|&k| liquor.iter().any(|w| doc.is(k, w)))?;
    let mut end = doc.toks.get(k)?.end;
    // "a fifth a day", "vodka daily".
    if doc.is(k + 1, "daily") {
        end = doc.toks[k + 1].end;
    } else if doc.is(k + 1, "a") && doc.is(k + 2, "day") {
        end = doc.toks[k + 2].end;
    }
    Some((
        end,
        "Drinking liquor, said of a person, is health information".to_string(),
    ))
}

/// "said she's been cutting again", "started cutting herself": cutting as
/// self-harm, said of a person (not "cutting hair", "cutting back").
fn self_harm(doc: &Doc, i: usize) -> Option<(usize, String)> {
    if !doc.is(i, "cutting") {
        return None;
    }
    let lead = i > 0
        && ["been", "started", "resumed", "still"]
            .iter()
            .any(|w| doc.is(i - 1, w));
    let object = [
        "herself",
        "himself",
        "themself",
        "themselves",
        "myself",
        "again",
    ]
    .iter()
    .any(|w| doc.is(i + 1, w));
    if !(object || lead && doc.kind(i + 1) != Some(TokKind::Word)) {
        return None;
    }
    Some((
        doc.toks[i].end,
        "Cutting (self-harm), said of a person, is health information".to_string(),
    ))
}
