/*!
cmis-guard checks and transforms homeless-services intake data in the case
worker's browser, before anything reaches the CMIS (Spokane's HMIS).

# Overview

The crate is plain Rust; the WebAssembly bindings live in one module
(`wasm`, compiled only for `wasm32`) and are thin wrappers over what is
exported here.

- [`Policy`] holds the agency's anonymous-client policy, with the City of
  Spokane CMIS defaults.
- [`anonymized_dob`] turns a true date of birth into the January 1 date the
  policy records, and says when that moves the client into another age
  bracket.
- [`ClientRecord`] and [`Household`] follow the HMIS `Client.csv` elements;
  [`validate_client`] and [`validate_household`] check them against the
  anonymous-record template or the HMIS data-quality rules and return
  [`Issue`]s as data; [`anonymize_client`] and [`anonymize_household`] rewrite
  them to the template in one step and list every [`Change`].
- [`deidentification_request`] and [`merge_request`] write the support-ticket
  texts, naming clients by Client ID only.
- [`scan`] finds PII in free-text case notes (names, SSNs, dates of birth,
  ages, addresses, phones, emails, HIV status and diagnoses, IDs, profile
  links) and returns [`Finding`]s with byte [`Span`]s, a confidence, a
  severity and a reason; [`redact`] replaces them with `[KIND]` tokens.
  [`spans_to_utf16`] and [`utf16_to_byte_offsets`] convert offsets for JS.

# Example

```
use cmis_guard::{anonymized_dob, Date, DobRule, Policy};

let dob = Date::parse("1990-06-15")?;
let as_of = Date::parse("2026-11-28")?;
let anon = anonymized_dob(dob, as_of, &Policy::default())?;
assert_eq!(anon.dob.to_string(), "1991-01-01");
assert_eq!(anon.rule, DobRule::AddOneYear);
assert_eq!((anon.true_age, anon.shown_age), (36, 35));
# Ok::<(), cmis_guard::Error>(())
```

Finding and redacting PII in a case note:

```
use cmis_guard::{redact, scan, Kind, ScanOptions};

let note = "Met with Maria Lopez (DOB 3/14/88). Cell 509-555-0142.";
let found = scan(note, &ScanOptions::default());
let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
assert_eq!(kinds, [Kind::Name, Kind::Dob, Kind::Phone]);
assert_eq!(redact(note, &ScanOptions::default()).text, "Met with [NAME] (DOB [DOB]). Cell [PHONE].");
```

Validating and anonymizing a record:

```
use cmis_guard::{anonymize_client, validate_client, AnonymizeOptions, ClientRecord, Date, Mode, ValidateOptions};
use serde_json::json;

let record = ClientRecord::from_json(json!({
    "firstName": "Maria", "lastName": "Lopez", "nameDataQuality": 1,
    "ssn": "524681357", "ssnDataQuality": 1, "dob": "1990-06-15", "dobDataQuality": 1,
}))?;
let as_of = Date::parse("2026-11-28")?;
let v = validate_client(&record, &ValidateOptions::new(Mode::Anonymous, as_of))?;
assert!(!v.ok);
let a = anonymize_client(&record, &AnonymizeOptions::new(as_of))?;
assert_eq!(a.record.dob.as_deref(), Some("1991-01-01"));
assert!(validate_client(&a.record, &ValidateOptions::new(Mode::Anonymous, as_of))?.ok);
# Ok::<(), cmis_guard::Error>(())
```
*/

#![deny(missing_docs)]

mod anonymize;
mod date;
mod dob;
mod error;
mod offsets;
mod pii;
mod policy;
mod read;
mod record;
mod redact;
mod requests;
mod sort;
mod validate;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use crate::anonymize::{
    anonymize_client, anonymize_household, AnonymizeOptions, Anonymized, AnonymizedHousehold,
    Change, HouseholdOptions,
};
pub use crate::date::Date;
pub use crate::dob::{
    anonymized_dob, anonymized_dob_str, AgeBracket, AnonymizedDob, DobRule, DOB_QUALITY_APPROXIMATE,
};
pub use crate::error::{Error, ErrorKind};
pub use crate::offsets::{spans_to_utf16, utf16_to_byte_offsets};
pub use crate::pii::{
    preload_pii_data, scan, Finding, FindingSeverity, Kind, Known, ScanOptions, Span,
};
pub use crate::policy::{AnonymousPolicy, DEFAULT_MUST_BE_EMPTY};
pub use crate::policy::{DobPolicy, Policy};
pub use crate::record::{ClientRecord, Household, NamedText};
pub use crate::redact::{redact, Redacted, Redaction};
pub use crate::requests::{
    check_client_id, deidentification_request, merge_request, tracking_sheet_csv,
    DeidentificationRequest, RemovalReason, Ticket, TrackingRow,
};
pub use crate::validate::{
    validate_client, validate_household, Issue, IssueCode, Mode, Severity, ValidateOptions,
    Validation,
};
