//! A calendar date, as HMIS writes it (`YYYY-MM-DD`), and ages as people count them.
//!
//! Only what the policy needs: parsing with clear errors, comparison, and the
//! age in whole years at a reference date. A full date library would add size
//! to the wasm module for nothing.

use std::fmt;

use crate::error::{Error, ErrorKind};

/// A proleptic Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived `Ord` compares year, then month, then day.
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Build a date, checking that it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, Error> {
        if !(1..=9999).contains(&year) {
            return Err(Error::new(
                ErrorKind::DateInvalid,
                format!("year {year} is outside 0001-9999"),
            ));
        }
        if !(1..=12).contains(&month) {
            return Err(Error::new(
                ErrorKind::DateInvalid,
                format!("month {month} does not exist (months are 01 to 12)"),
            ));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(Error::new(
                ErrorKind::DateInvalid,
                format!(
                    "{year:04}-{month:02}-{day:02} does not exist ({} has {last} days)",
                    month_name(month)
                ),
            ));
        }
        Ok(Date { year, month, day })
    }

    /// Parse `YYYY-MM-DD` (surrounding white space is allowed, nothing else).
    pub fn parse(s: &str) -> Result<Date, Error> {
        let t = s.trim();
        let b = t.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            let shown: String = t.chars().take(40).collect();
            return Err(Error::new(
                ErrorKind::DateFormat,
                format!("\"{shown}\" is not a date written as YYYY-MM-DD"),
            ));
        }
        let num = |r: std::ops::Range<usize>| -> u32 {
            b[r].iter().fold(0, |n, c| n * 10 + u32::from(c - b'0'))
        };
        Date::new(num(0..4) as i32, num(5..7) as u8, num(8..10) as u8)
    }

    /// January 1 of `year`.
    pub fn jan1(year: i32) -> Result<Date, Error> {
        Date::new(year, 1, 1)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Whole years from `self` (a birth date) to `on`, as people count them:
    /// one year less while this year's birthday has not come. A February 29
    /// birthday comes on March 1 in common years (the usual legal reading).
    ///
    /// Returns a negative number when `on` is before `self`.
    pub fn age_on(self, on: Date) -> i32 {
        let mut years = on.year - self.year;
        let (bm, bd) = if self.month == 2 && self.day == 29 && !is_leap(on.year) {
            (3, 1)
        } else {
            (self.month, self.day)
        };
        if (on.month, on.day) < (bm, bd) {
            years -= 1;
        }
        years
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn month_name(month: u8) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES[usize::from(month.clamp(1, 12)) - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_and_rejects() {
        type Want = Result<(i32, u8, u8), ErrorKind>;
        let cases: &[(&str, Want)] = &[
            ("2024-02-29", Ok((2024, 2, 29))),
            (" 1990-12-31 ", Ok((1990, 12, 31))),
            ("2023-02-29", Err(ErrorKind::DateInvalid)),
            ("2023-02-30", Err(ErrorKind::DateInvalid)),
            ("1900-02-29", Err(ErrorKind::DateInvalid)),
            ("2000-02-29", Ok((2000, 2, 29))),
            ("2023-04-31", Err(ErrorKind::DateInvalid)),
            ("2023-13-01", Err(ErrorKind::DateInvalid)),
            ("2023-00-10", Err(ErrorKind::DateInvalid)),
            ("2023-01-00", Err(ErrorKind::DateInvalid)),
            ("0000-01-01", Err(ErrorKind::DateInvalid)),
            ("2023-1-1", Err(ErrorKind::DateFormat)),
            ("01/02/2023", Err(ErrorKind::DateFormat)),
            ("", Err(ErrorKind::DateFormat)),
            ("２０２３-01-01", Err(ErrorKind::DateFormat)),
            ("2023-01-01T00:00", Err(ErrorKind::DateFormat)),
        ];
        for (input, want) in cases {
            let got = Date::parse(input)
                .map(|d| (d.year(), d.month(), d.day()))
                .map_err(|e| e.kind());
            assert_eq!(&got, want, "input {input:?}");
        }
    }

    #[test]
    fn age_counts_birthdays() {
        let cases = [
            ("1990-06-15", "2026-06-14", 35),
            ("1990-06-15", "2026-06-15", 36),
            ("1990-01-01", "2026-01-01", 36),
            ("1990-12-31", "2026-12-30", 35),
            ("1990-12-31", "2026-12-31", 36),
            // Feb 29 birthdays: the birthday is Mar 1 in common years.
            ("2004-02-29", "2026-02-28", 21),
            ("2004-02-29", "2026-03-01", 22),
            ("2004-02-29", "2028-02-29", 24),
            ("2004-02-29", "2028-02-28", 23),
        ];
        for (dob, on, want) in cases {
            let got = Date::parse(dob).unwrap().age_on(Date::parse(on).unwrap());
            assert_eq!(got, want, "{dob} on {on}");
        }
    }
}
