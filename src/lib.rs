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

mod date;
mod dob;
mod error;
// The PII detector is not written yet; until it uses the name data, its
// items are only reached from tests.
#[allow(dead_code)]
mod pii;
mod policy;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;

pub use crate::date::Date;
pub use crate::dob::{
    anonymized_dob, anonymized_dob_str, AgeBracket, AnonymizedDob, DobRule, DOB_QUALITY_APPROXIMATE,
};
pub use crate::error::{Error, ErrorKind};
pub use crate::policy::{DobPolicy, Policy};
