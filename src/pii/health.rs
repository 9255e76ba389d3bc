//! Health information: HIV/AIDS status and HIV care (medications, viral load,
//! CD4), and other diagnoses stated about the client.

use super::context;
use super::tokens::{Doc, TokKind};
use super::{Cand, Kind};

/// HIV status and care: always blocked (HOPWA confidentiality, RCW 70.02.220).
const HIV_TERMS: &[&str] = &[
    "hiv/aids",
    "hiv positive",
    "hiv+",
    "hiv-positive",
    "hiv pos",
    "hiv status",
    "hiv",
    "aids diagnosis",
    "has aids",
    "with aids",
    "full-blown aids",
    "viral load",
    "cd4 count",
    "cd4",
    "t-cell count",
    "t cell count",
    "undetectable",
    "antiretroviral",
    "antiretrovirals",
    "art regimen",
    "prep",
    "biktarvy",
    "genvoya",
    "truvada",
    "descovy",
    "triumeq",
    "dovato",
    "odefsey",
    "stribild",
    "symtuza",
    "juluca",
    "atripla",
    "complera",
    "prezcobix",
    "isentress",
    "tivicay",
    "cabenuva",
    "apretude",
    "hopwa",
    "ryan white",
    "positive for hiv",
];

/// Other diagnoses and treatments that identify a condition.
const DIAGNOSES: &[&str] = &[
    "schizophrenia",
    "schizoaffective",
    "schizophrenic",
    "bipolar disorder",
    "bipolar",
    "major depressive disorder",
    "depression",
    "ptsd",
    "c-ptsd",
    "post-traumatic stress",
    "anxiety disorder",
    "panic disorder",
    "ocd",
    "adhd",
    "autism",
    "autistic",
    "borderline personality disorder",
    "bpd",
    "personality disorder",
    "psychosis",
    "psychotic",
    "dementia",
    "alzheimer's",
    "traumatic brain injury",
    "tbi",
    "diabetes",
    "diabetic",
    "type 2 diabetes",
    "hepatitis c",
    "hepatitis b",
    "hep c",
    "hep b",
    "hcv",
    "cancer",
    "leukemia",
    "lymphoma",
    "chemo",
    "chemotherapy",
    "copd",
    "emphysema",
    "epilepsy",
    "seizure disorder",
    "seizures",
    "tuberculosis",
    "tb",
    "cirrhosis",
    "kidney failure",
    "renal failure",
    "dialysis",
    "heart failure",
    "chf",
    "congestive heart failure",
    "stroke",
    "multiple sclerosis",
    "cerebral palsy",
    "parkinson's",
    "fetal alcohol",
    "fasd",
    "opioid use disorder",
    "substance use disorder",
    "alcohol use disorder",
    "oud",
    "sud",
    "alcoholism",
    "methadone",
    "suboxone",
    "buprenorphine",
    "vivitrol",
    "sublocade",
    "seroquel",
    "abilify",
    "lithium",
    "zyprexa",
    "risperdal",
    "clozapine",
    "invega",
    "haldol",
    "depakote",
    "lamictal",
    "insulin",
    "pregnant",
    "pregnancy",
    "miscarriage",
    "amputee",
    "amputation",
    "paraplegic",
    "quadriplegic",
    "intellectual disability",
    "developmental disability",
    "std",
    "sti",
    "syphilis",
    "gonorrhea",
    "chlamydia",
    "herpes",
];

/// Words that make a diagnosis word a statement about someone.
const STATED: &[&str] = &[
    "diagnosed", "dx", "dx'd", "has", "have", "had", "with", "suffers", "history of", "hx", "living with", "lives with",
    "taking", "takes", "prescribed", "on", "struggles", "manages", "her", "his", "their", "client's", "reports",
    "disclosed", "positive", "treatment", "meds", "medication", "is", "status", "she", "he", "client",
];

/// Mentions that are about a service, not a person ("HIV testing event").
const NOT_STATED_AFTER: &[&str] = &["testing event", "awareness", "education", "prevention program", "hotline", "fair"];

pub(crate) fn scan(doc: &Doc, out: &mut Vec<Cand>) {
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = doc.toks[i];
        if t.kind != TokKind::Word && t.kind != TokKind::Mixed {
            i += 1;
            continue;
        }
        if let Some(term) = context::phrase_at_tok(doc, i, HIV_TERMS) {
            let end = t.start + term.len();
            // "AIDS" alone is also a word (hearing aids): only the listed phrases.
            // "PrEP" / "prep" (meal prep): only written PrEP or with HIV words near.
            let lower_word = matches!(term, "prep" | "undetectable");
            let ok = if lower_word {
                doc.tok_text(i) == "PrEP" || context::near(doc, i, i, 60, &["hiv", "viral", "cd4", "meds", "hopwa"]).is_some()
            } else {
                true
            };
            let j_after = doc.tok_at(end);
            let service = doc.toks.get(j_after).is_some_and(|_| context::phrase_at_tok(doc, j_after, NOT_STATED_AFTER).is_some());
            if ok && !service {
                let conf = if term == "hopwa" || term == "ryan white" { 0.75 } else { 0.92 };
                out.push(Cand::new(
                    Kind::Health,
                    t.start,
                    end,
                    conf,
                    "health.hiv",
                    format!("HIV status or HIV care ('{}') is protected health information", doc.text.get(t.start..end).unwrap_or(term)),
                ));
                i = j_after.max(i + 1);
                continue;
            }
        }
        if let Some(term) = context::phrase_at_tok(doc, i, DIAGNOSES) {
            let end = t.start + term.len();
            let j_after = doc.tok_at(end);
            // Short ambiguous words need a diagnosis word next to them.
            let ambiguous = matches!(term, "tb" | "std" | "sti" | "sud" | "oud" | "bpd" | "stroke" | "depression" | "lithium" | "insulin" | "cancer" | "herpes" | "seizures" | "chemo");
            let stated = context::before(doc, i, 30, STATED);
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
