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
*/

#![deny(missing_docs)]

mod anonymize;
mod date;
mod dob;
mod error;
mod offsets;
mod pii;
mod policy;
mod record;
mod redact;
mod requests;
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
// Both the PII scanner and record validation have a severity; the finding's
// is exported as `FindingSeverity` (block, warn, info), the issue's as `Severity`.
pub use crate::pii::{scan, Finding, Kind, Known, ScanOptions, Severity as FindingSeverity, Span};
pub use crate::redact::{redact, Redacted, Redaction};
pub use crate::policy::{AnonymousPolicy, DEFAULT_MUST_BE_EMPTY};
pub use crate::policy::{DobPolicy, Policy};
pub use crate::record::{ClientRecord, Household, NamedText};
pub use crate::requests::{
    check_client_id, deidentification_request, merge_request, tracking_sheet_csv,
    DeidentificationRequest, RemovalReason, Ticket, TrackingRow,
};
pub use crate::validate::{
    validate_client, validate_household, Issue, IssueCode, Mode, Severity, ValidateOptions,
    Validation,
};
