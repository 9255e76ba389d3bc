//! The one error type of the crate.
//!
//! Misuse and malformed input (a date that does not exist, a policy that does
//! not parse) are errors. Problems with a record that is well-formed but breaks
//! the policy are not errors: they are reported as data by validation.

use std::fmt;

/// An error from cmis-guard: a stable code, plus a message a person can read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    /// The input field the error is about, when there is one (`dob`, `asOf`, ...).
    field: Option<String>,
    message: String,
}

/// What went wrong, as a stable machine-readable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A date is not written as `YYYY-MM-DD`.
    DateFormat,
    /// A date is written correctly but does not exist (2023-02-30).
    DateInvalid,
    /// A date is out of the range the policy accepts (a DOB after the
    /// reference date, or before 1900).
    DateOutOfRange,
    /// An argument does not have the expected shape (wrong type, unknown field).
    InvalidArgument,
    /// A policy value is inconsistent.
    InvalidPolicy,
}

impl ErrorKind {
    /// The stable string code, as JS sees it in `error.code`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::DateFormat => "date_format",
            ErrorKind::DateInvalid => "date_invalid",
            ErrorKind::DateOutOfRange => "date_out_of_range",
            ErrorKind::InvalidArgument => "invalid_argument",
            ErrorKind::InvalidPolicy => "invalid_policy",
        }
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            field: None,
            message: message.into(),
        }
    }

    /// Attach the name of the input field the error is about.
    pub(crate) fn with_field(mut self, field: &str) -> Error {
        self.field = Some(field.to_string());
        self
    }

    /// Build an `invalid_argument` error; used by front ends for argument shape problems.
    pub fn invalid_argument(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidArgument, message)
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable string code of this error (`date_invalid`, ...).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The input field the error is about, if known.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The message, without the field prefix.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.field {
            Some(field) => write!(f, "{}: {}", field, self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}
