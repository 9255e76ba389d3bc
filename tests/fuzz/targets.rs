//! The bodies of the fuzz targets, shared with the regression test
//! (`tests/fuzz_regressions.rs`) so every crash found stays a test.
//!
//! Each takes arbitrary bytes, must not panic, and checks the invariants it
//! can check cheaply.

use cmis_guard::{anonymized_dob_str, Policy};

/// The anonymized DOB on arbitrary date strings: the input is split at the
/// first NUL into the DOB and the reference date.
pub fn dob(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (dob, as_of) = text.split_once('\0').unwrap_or((&text, "2026-11-28"));
    if let Ok(r) = anonymized_dob_str(dob, as_of, &Policy::default()) {
        assert_eq!((r.dob.month(), r.dob.day()), (1, 1), "always January 1");
        assert!(
            (r.true_age - r.shown_age).abs() <= 1,
            "shown age within a year"
        );
        assert!(r.true_age >= 0);
    }
}
