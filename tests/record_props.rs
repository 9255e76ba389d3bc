//! Property tests with a small deterministic generator: anonymizing is
//! idempotent, its output validates clean in anonymous mode (but for what
//! needs a person), validation never panics, and records round-trip.

use cmis_guard::{
    anonymize_client, anonymize_household, validate_client, validate_household, AnonymizeOptions,
    ClientRecord, Date, Household, HouseholdOptions, Mode, Severity, ValidateOptions,
};
use serde_json::{json, Map, Value};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const STRINGS: &[&str] = &[
    "",
    "  ",
    "Maria",
    "Anonymous",
    "anonymous",
    "José",
    "O'Brien-Smith",
    "李",
    "👋",
    "Jr",
    "12 Main St",
    "Spokane",
    "WA",
    "99201",
    "509-555-0100",
    "a@b.org",
];
const DATES: &[&str] = &[
    "1990-06-15",
    "1991-01-01",
    "2004-02-29",
    "2008-12-01",
    "1960-03-03",
    "1965-01-01",
    "1899-05-05",
    "1910-01-01",
    "2026-11-28",
    "2030-01-01",
    "1990-02-30",
    "06/15/1990",
    "",
];
const CODES: &[i64] = &[0, 1, 2, 3, 5, 8, 9, 99, -1, 100];
const TEXTS: &[&str] = &[
    "Doing well.",
    "Call at (509) 555-0100.",
    "SSN 524-68-1357",
    "mail jd@example.org",
    "Room 12, bed 3.",
    "né 😀 à 5095550100 ü",
];
const STRING_FIELDS: &[&str] = &[
    "personalId",
    "firstName",
    "middleName",
    "lastName",
    "nameSuffix",
    "ssn",
    "address",
    "city",
    "state",
    "zip",
    "phone",
    "email",
    "additionalRaceEthnicity",
    "differentIdentityText",
];
const CODE_FIELDS: &[&str] = &[
    "nameDataQuality",
    "ssnDataQuality",
    "dobDataQuality",
    "amIndAkNative",
    "asian",
    "blackAfAmerican",
    "hispanicLatinaeo",
    "midEastNAfrican",
    "nativeHiPacific",
    "white",
    "raceNone",
    "woman",
    "man",
    "nonBinary",
    "culturallySpecific",
    "transgender",
    "questioning",
    "differentIdentity",
    "genderNone",
    "sex",
    "sexualOrientation",
    "veteranStatus",
    "relationshipToHoH",
];

fn record(rng: &mut Rng, i: usize) -> Value {
    let mut m = Map::new();
    for f in STRING_FIELDS {
        if rng.chance(50) {
            m.insert(f.to_string(), json!(rng.pick(STRINGS)));
        }
    }
    m.insert("personalId".into(), json!(format!("{}", 1000 + i)));
    for f in CODE_FIELDS {
        if rng.chance(50) {
            m.insert(f.to_string(), json!(rng.pick(CODES)));
        }
    }
    if rng.chance(80) {
        m.insert("dob".into(), json!(rng.pick(DATES)));
    }
    if rng.chance(50) {
        let texts: Vec<Value> = (0..rng.below(3))
            .map(|k| json!({ "name": format!("note{k}"), "text": rng.pick(TEXTS) }))
            .collect();
        m.insert("texts".into(), Value::Array(texts));
    }
    if rng.chance(30) {
        m.insert("nickname".into(), json!(rng.pick(STRINGS)));
    }
    Value::Object(m)
}

fn as_of() -> Date {
    Date::parse("2026-11-28").unwrap()
}

#[test]
fn anonymize_is_idempotent_and_validates_clean() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..2000 {
        let input = record(&mut rng, i);
        let r = ClientRecord::from_json(input.clone()).unwrap();
        let mut o = AnonymizeOptions::new(as_of());
        if rng.chance(30) {
            o.true_dob = {
                let d: &&str = rng.pick(&DATES[..6]);
                Some(Date::parse(d).unwrap())
            };
        }
        let a = anonymize_client(&r, &o).unwrap_or_else(|e| panic!("{input}: {e}"));
        let again = anonymize_client(&a.record, &o).unwrap();
        assert_eq!(again.changes, vec![], "not idempotent on {input}");
        assert_eq!(again.record, a.record);

        let mut vo = ValidateOptions::new(Mode::Anonymous, as_of());
        vo.true_dob = o.true_dob;
        let v = validate_client(&a.record, &vo).unwrap();
        for issue in v.issues.iter().filter(|i| i.severity == Severity::Error) {
            let needs_person = match issue.code.as_str() {
                "text_contains_pii" => a
                    .issues
                    .iter()
                    .any(|x| x.code.as_str() == "text_needs_review" && x.field == issue.field),
                "too_long" => true,
                _ => false,
            };
            assert!(needs_person, "{input}: anonymized output has {issue:?}");
        }
        // The unknown field survives (unless the policy clears it).
        if let Some(nick) = input.get("nickname") {
            assert_eq!(a.record.extra.get("nickname"), Some(nick));
        }
    }
}

#[test]
fn validation_never_panics_and_round_trips() {
    let mut rng = Rng(42);
    for i in 0..2000 {
        let input = record(&mut rng, i);
        let r = ClientRecord::from_json(input.clone()).unwrap();
        assert_eq!(ClientRecord::from_json(r.to_json()).unwrap(), r);
        for mode in [Mode::Anonymous, Mode::Identified] {
            let v = validate_client(&r, &ValidateOptions::new(mode, as_of())).unwrap();
            assert_eq!(
                v.ok,
                !v.issues.iter().any(|i| i.severity == Severity::Error)
            );
        }
    }
}

#[test]
fn household_anonymize_is_idempotent() {
    let mut rng = Rng(7);
    for _ in 0..300 {
        let n = 1 + rng.below(4) as usize;
        let members: Vec<Value> = (0..n).map(|i| record(&mut rng, i)).collect();
        let h = Household::from_json(json!({ "members": members })).unwrap();
        let mut o = HouseholdOptions {
            as_of: Some(as_of()),
            ..HouseholdOptions::default()
        };
        if rng.chance(50) {
            o.remove = vec![format!("{}", 1000 + rng.below(n as u64 + 1))];
        }
        let a = anonymize_household(&h, &o).unwrap();
        let again = anonymize_household(&a.household, &o).unwrap();
        assert_eq!(again.changes, vec![]);
        assert_eq!(again.household, a.household);
        assert!(a.household.members.len() + a.removed.len() == n);
        let _ = validate_household(
            &a.household,
            &ValidateOptions::new(Mode::Anonymous, as_of()),
        )
        .unwrap();
    }
}

#[test]
fn the_typescript_declarations_list_every_issue_code() {
    let dts = include_str!("../src/records.d.ts");
    for code in cmis_guard::IssueCode::ALL {
        assert!(
            dts.contains(&format!("\"{code}\"")),
            "records.d.ts lacks {code}"
        );
    }
}
