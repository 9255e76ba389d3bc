//! Health information: HIV/AIDS status and HIV care (medications, viral load,
//! CD4), and other diagnoses stated about the client.

use super::context;
use super::context::Phrases;
use super::tokens::{Doc, TokKind};
use super::{Cand, Kind};

/// HIV status and care: always blocked (HOPWA confidentiality, RCW 70.02.220).
pub(crate) const HIV_TERMS: Phrases = Phrases {
    id: 6,
    list: &[
        "aids diagnosis",
        "antiretroviral",
        "antiretrovirals",
        "art regimen",
        "atripla",
        "apretude",
        "biktarvy",
        "cd4 count",
        "cd4",
        "complera",
        "cabenuva",
        "descovy",
        "dovato",
        "full-blown aids",
        "genvoya",
        "hiv/aids",
        "hiv positive",
        "hiv+",
        "hiv-positive",
        "hiv pos",
        "hiv status",
        "hiv",
        "has aids",
        "hopwa",
        "isentress",
        "juluca",
        "odefsey",
        "prep",
        "prezcobix",
        "positive for hiv",
        "ryan white",
        "stribild",
        "symtuza",
        "t-cell count",
        "t cell count",
        "truvada",
        "triumeq",
        "tivicay",
        "undetectable",
        "viral load",
        "with aids",
    ],
};

/// Other diagnoses and treatments that identify a condition.
pub(crate) const DIAGNOSES: Phrases = Phrases {
    id: 7,
    list: &[
        "anxiety disorder",
        "adhd",
        "autism",
        "autistic",
        "alzheimer's",
        "alcohol use disorder",
        "alcoholism",
        "abilify",
        "amputee",
        "amputation",
        "bipolar disorder",
        "bipolar",
        "borderline personality disorder",
        "bpd",
        "buprenorphine",
        "c-ptsd",
        "cancer",
        "chemo",
        "chemotherapy",
        "copd",
        "cirrhosis",
        "chf",
        "congestive heart failure",
        "cerebral palsy",
        "clozapine",
        "chlamydia",
        "depression",
        "dementia",
        "diabetes",
        "diabetic",
        "dialysis",
        "depakote",
        "developmental disability",
        "emphysema",
        "epilepsy",
        "fetal alcohol",
        "fasd",
        "gonorrhea",
        "hepatitis c",
        "hepatitis b",
        "hep c",
        "hep b",
        "hcv",
        "heart failure",
        "haldol",
        "herpes",
        "invega",
        "insulin",
        "intellectual disability",
        "kidney failure",
        "leukemia",
        "lymphoma",
        "lithium",
        "lamictal",
        "major depressive disorder",
        "multiple sclerosis",
        "methadone",
        "miscarriage",
        "ocd",
        "opioid use disorder",
        "oud",
        "ptsd",
        "post-traumatic stress",
        "panic disorder",
        "personality disorder",
        "psychosis",
        "psychotic",
        "parkinson's",
        "pregnant",
        "pregnancy",
        "paraplegic",
        "quadriplegic",
        "renal failure",
        "risperdal",
        "schizophrenia",
        "schizoaffective",
        "schizophrenic",
        "seizure disorder",
        "seizures",
        "stroke",
        "substance use disorder",
        "sud",
        "suboxone",
        "sublocade",
        "seroquel",
        "std",
        "sti",
        "syphilis",
        "traumatic brain injury",
        "tbi",
        "type 2 diabetes",
        "tuberculosis",
        "tb",
        "vivitrol",
        "zyprexa",
    ],
};

/// Words that make a diagnosis word a statement about someone.
pub(crate) const STATED: Phrases = Phrases {
    id: 8,
    list: &[
        "client's",
        "client",
        "diagnosed",
        "dx",
        "dx'd",
        "disclosed",
        "has",
        "have",
        "had",
        "history of",
        "hx",
        "her",
        "his",
        "he",
        "is",
        "living with",
        "lives with",
        "manages",
        "meds",
        "medication",
        "on",
        "prescribed",
        "positive",
        "reports",
        "suffers",
        "struggles",
        "status",
        "she",
        "taking",
        "takes",
        "their",
        "treatment",
        "with",
    ],
};

/// Mentions that are about a service, not a person ("HIV testing event").
pub(crate) const NOT_STATED_AFTER: Phrases = Phrases {
    id: 9,
    list: &[
        "awareness",
        "education",
        "fair",
        "hotline",
        "prevention program",
        "testing event",
    ],
};

/// Words that make "PrEP" or "undetectable" about HIV.
pub(crate) const HIV_NEAR: Phrases = Phrases {
    id: 17,
    list: &["cd4", "hiv", "hopwa", "meds", "viral"],
};

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
            let lower_word = matches!(term, "prep" | "undetectable");
            let ok = if lower_word {
                doc.tok_text(i) == "PrEP" || context::near(doc, i, i, 60, &HIV_NEAR).is_some()
            } else {
                true
            };
            let j_after = doc.tok_at(end);
            let service = doc
                .toks
                .get(j_after)
                .is_some_and(|_| context::phrase_at_tok(doc, j_after, &NOT_STATED_AFTER).is_some());
            if ok && !service {
                let conf = if term == "hopwa" || term == "ryan white" {
                    0.75
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
            let ambiguous = matches!(
                term,
                "tb" | "std"
                    | "sti"
                    | "sud"
                    | "oud"
                    | "bpd"
                    | "stroke"
                    | "depression"
                    | "lithium"
                    | "insulin"
                    | "cancer"
                    | "herpes"
                    | "seizures"
                    | "chemo"
            );
            let stated = context::before(doc, i, 30, &STATED);
            let conf = match (ambiguous, stated) {
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
        i += 1;
    }
}
