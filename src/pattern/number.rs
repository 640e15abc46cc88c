//! Numbers as EventBridge compares them.
//!
//! EventBridge compares numbers exactly, as decimals, when they lie within
//! ±5,000,000,000 and have at most six digits after the decimal point (trailing
//! zeros do not count): `300`, `300.0` and `3e2` are then the same number.
//! Any other number can only equal a number written with exactly the same
//! text, and never satisfies a `numeric` range.

/// Largest magnitude that compares by value, times 10^6.
const LIMIT_SCALED: i128 = 5_000_000_000 * 1_000_000;

/// A number as written, with its comparable value if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// The number's text exactly as written.
    pub text: String,
    /// The value times 10^6, when the number is comparable (see module docs).
    pub scaled: Option<i64>,
}

impl Number {
    /// Reads a JSON number literal.
    #[must_use]
    pub fn new(text: &str) -> Self {
        Self { text: text.to_owned(), scaled: scaled_value(text).ok() }
    }

    /// Whether two numbers are equal as EventBridge sees them: by value when
    /// both are comparable, by text otherwise.
    #[must_use]
    pub fn same_as(&self, text: &str, scaled: Option<i64>) -> bool {
        match (self.scaled, scaled) {
            (Some(a), Some(b)) if a == b => true,
            _ => self.text == text,
        }
    }
}

/// Why a number cannot be compared by value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotComparable {
    /// More than six digits after the decimal point.
    TooPrecise,
    /// Outside ±5,000,000,000.
    OutOfRange,
}

/// The value of a JSON number literal times 10^6, exactly.
pub fn scaled_value(text: &str) -> Result<i64, NotComparable> {
    // The common case, a plain integer of up to ten digits, without the
    // general path's allocation: the same answer.
    let digits = text.strip_prefix('-').unwrap_or(text);
    if (1..=10).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        let magnitude = digits.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0')) * 1_000_000;
        if i128::from(magnitude) > LIMIT_SCALED {
            return Err(NotComparable::OutOfRange);
        }
        return Ok(if digits.len() < text.len() { -magnitude } else { magnitude });
    }
    let (negative, rest) = match text.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], rest[i + 1..].parse::<i64>().map_err(|_| NotComparable::OutOfRange)?),
        None => (rest, 0),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // digits * 10^(exponent - frac_len); strip leading and trailing zeros.
    let mut digits: String = format!("{int_part}{frac_part}");
    let mut exp = exponent - i64::try_from(frac_part.len()).map_err(|_| NotComparable::TooPrecise)?;
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
        exp += 1;
    }
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(0);
    }
    // value * 10^6 = digits * 10^(exp + 6)
    let shift = exp + 6;
    if shift < 0 {
        return Err(NotComparable::TooPrecise);
    }
    if i64::try_from(digits.len()).map_or(true, |n| n + shift > 20) {
        return Err(NotComparable::OutOfRange);
    }
    let mut value: i128 = digits.parse().map_err(|_| NotComparable::OutOfRange)?;
    for _ in 0..shift {
        value *= 10;
    }
    if value > LIMIT_SCALED {
        return Err(NotComparable::OutOfRange);
    }
    let value = if negative { -value } else { value };
    i64::try_from(value).map_err(|_| NotComparable::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_values_written_differently_compare_equal() {
        for text in ["300", "300.0", "3e2", "3.0E+2", "30000e-2", "300.000000"] {
            assert_eq!(scaled_value(text), Ok(300_000_000), "{text}");
        }
        assert_eq!(scaled_value("-0.000001"), Ok(-1));
        assert_eq!(scaled_value("0"), Ok(0));
        assert_eq!(scaled_value("-0.0e10"), Ok(0));
        assert_eq!(scaled_value("5000000000"), Ok(5_000_000_000_000_000));
        assert_eq!(scaled_value("-5e9"), Ok(-5_000_000_000_000_000));
    }

    #[test]
    fn out_of_range_and_too_precise_numbers_are_not_comparable() {
        assert_eq!(scaled_value("5000000000.000001"), Err(NotComparable::OutOfRange));
        assert_eq!(scaled_value("123456789012"), Err(NotComparable::OutOfRange));
        assert_eq!(scaled_value("1e400"), Err(NotComparable::OutOfRange));
        assert_eq!(scaled_value("0.0000001"), Err(NotComparable::TooPrecise));
        assert_eq!(scaled_value("1.10000000"), Ok(1_100_000));
    }

    #[test]
    fn incomparable_numbers_match_only_their_own_text() {
        let account = Number::new("123456789012");
        assert!(account.same_as("123456789012", None));
        assert!(!account.same_as("1.23456789012e11", None));
        let three_hundred = Number::new("300");
        assert!(three_hundred.same_as("3e2", scaled_value("3e2").ok()));
    }
}
