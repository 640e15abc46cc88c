//! IP address ranges for `cidr` and for string values that are addresses.

use super::PatternErrorKind;
use std::net::IpAddr;

/// An inclusive range of IPv4 or IPv6 addresses.
///
/// EventBridge (event-ruler) compares addresses as text: each address is
/// written as hexadecimal digits (8 for IPv4, 32 for IPv6) and the range is
/// an automaton over those digits that accepts as soon as the digits read so
/// far settle the question. So an address of the other family is compared
/// too ([`IpRange::admits_digits`]): an IPv6 address with an IPv4 range by its
/// first 32 bits, and an IPv4 address with a wide IPv6 block when its 8
/// digits already settle it (`::/0`, `::/1`, `::/8`, not `::/32`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange {
    /// Whether the range holds IPv6 addresses.
    pub v6: bool,
    /// First address, as a number.
    pub first: u128,
    /// Last address, as a number.
    pub last: u128,
}

/// How event-ruler relates a value to a range of the other address family
/// (or reads a number as digits): the quirks an explanation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrossFamily {
    /// An IPv6 address compared with an IPv4 range or address by its first 32 bits.
    Ipv6ByFirst32Bits,
    /// An IPv4 address accepted by a wide IPv6 block because its 8 hex digits settle it.
    Ipv4InIpv6Block,
    /// A JSON number whose text, read as hex digits, falls in the range.
    NumberAsDigits,
}

/// The upper-case hex digits of an address, as event-ruler writes it:
/// `(digits, count)` with 8 digits for IPv4 and 32 for IPv6.
#[must_use]
pub fn hex_digits(v6: bool, n: u128) -> ([u8; 32], usize) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let count = if v6 { 32 } else { 8 };
    let mut out = [0u8; 32];
    for (k, slot) in out.iter_mut().take(count).enumerate() {
        let shift = 4 * (count - 1 - k);
        *slot = HEX[((n >> shift) & 0xf) as usize];
    }
    (out, count)
}

/// The place of a byte among event-ruler's hex digits (`0`-`9`, `A`-`F`).
fn hex_index(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn address_number(ip: IpAddr) -> (bool, u128) {
    match ip {
        IpAddr::V4(a) => (false, u128::from(u32::from(a))),
        IpAddr::V6(a) => (true, u128::from(a)),
    }
}

impl std::fmt::Display for IpRange {
    /// The range in CIDR notation, e.g. `10.0.0.0/24`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host_bits = (self.last - self.first).count_ones();
        if self.v6 {
            write!(f, "{}/{}", std::net::Ipv6Addr::from(self.first), 128 - host_bits)
        } else {
            let first = u32::try_from(self.first).unwrap_or(0);
            write!(f, "{}/{}", std::net::Ipv4Addr::from(first), 32 - host_bits)
        }
    }
}

/// Whether text has the shape EventBridge checks before treating it as an
/// address: four dot-separated decimal runs, or hex digits and colons with
/// at least one colon.
fn has_address_shape(text: &str) -> bool {
    let v4 = {
        let parts: Vec<&str> = text.split('.').collect();
        parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    };
    v4 || (text.contains(':') && text.bytes().all(|b| b == b':' || b.is_ascii_hexdigit()))
}

/// Parses an IP address as EventBridge accepts it: `(is IPv6, address)`.
#[must_use]
pub fn parse_address(text: &str) -> Option<(bool, u128)> {
    if !has_address_shape(text) {
        return None;
    }
    text.parse::<IpAddr>().ok().map(address_number)
}

impl IpRange {
    /// The one-address range for a string that is an IP address, if it is one.
    #[must_use]
    pub fn from_address(text: &str) -> Option<Self> {
        parse_address(text).map(|(v6, n)| Self { v6, first: n, last: n })
    }

    /// Parses `address/bits`, with EventBridge's checks in its order.
    pub fn from_cidr(text: &str) -> Result<Self, PatternErrorKind> {
        // Like Java's `split("/")`: trailing empty parts are dropped.
        let mut parts: Vec<&str> = text.split('/').collect();
        while parts.len() > 1 && parts.last() == Some(&"") {
            parts.pop();
        }
        let [address, bits] = parts[..] else {
            return Err(PatternErrorKind::CidrSlash);
        };
        let bits: i32 = bits.parse().map_err(|_| PatternErrorKind::CidrMaskNotInteger)?;
        if bits < 0 {
            return Err(PatternErrorKind::CidrMaskNegative);
        }
        if !has_address_shape(address) {
            return Err(PatternErrorKind::NonstandardIp { address: address.to_owned() });
        }
        let (v6, n) = address
            .parse::<IpAddr>()
            .map(address_number)
            .map_err(|_| PatternErrorKind::InvalidIp { address: address.to_owned() })?;
        let bits = bits.unsigned_abs();
        match (v6, bits) {
            (false, 32..) => return Err(PatternErrorKind::Ipv4MaskRange),
            (true, 128..) => return Err(PatternErrorKind::Ipv6MaskRange),
            _ => {}
        }
        let width = if v6 { 128 } else { 32 };
        let host_mask: u128 = u128::MAX.checked_shr(128 - (width - bits)).unwrap_or(0);
        Ok(Self { v6, first: n & !host_mask, last: n | host_mask })
    }

    /// Whether the string `value` is an address EventBridge accepts for
    /// this range (of either family: see [`IpRange::admits_digits`]).
    #[must_use]
    pub fn contains_text(&self, value: &str) -> bool {
        parse_address(value).is_some_and(|(v6, n)| {
            let (digits, count) = hex_digits(v6, n);
            self.admits_digits(&digits[..count])
        })
    }

    /// Whether an address of the other family, or a number's text, is
    /// accepted only by event-ruler's way of comparing digits: which quirk.
    #[must_use]
    pub fn cross_family(&self, value: &str, is_number: bool) -> Option<CrossFamily> {
        if is_number {
            return self.admits_digits(value.as_bytes()).then_some(CrossFamily::NumberAsDigits);
        }
        let (v6, _) = parse_address(value)?;
        if v6 == self.v6 || !self.contains_text(value) {
            return None;
        }
        Some(if v6 { CrossFamily::Ipv6ByFirst32Bits } else { CrossFamily::Ipv4InIpv6Block })
    }

    /// event-ruler's range automaton on a string of digits: whether it
    /// accepts at some digit of `digits`. A single address accepts exactly
    /// its own digits as a prefix; a CIDR block accepts as soon as the digits
    /// read so far place every continuation inside the block.
    #[must_use]
    pub fn admits_digits(&self, digits: &[u8]) -> bool {
        let (bottom, count) = hex_digits(self.v6, self.first);
        let (top, _) = hex_digits(self.v6, self.last);
        let (bottom, top) = (&bottom[..count], &top[..count]);
        if self.first == self.last {
            return digits.len() >= count && digits[..count] == *bottom;
        }
        let fork = bottom.iter().zip(top).take_while(|(b, t)| b == t).count();
        if digits.len() <= fork || digits[..fork] != bottom[..fork] {
            return false;
        }
        let Some(d) = hex_index(digits[fork]) else { return false };
        let (low, high) = (hex_index(bottom[fork]).unwrap_or(0), hex_index(top[fork]).unwrap_or(15));
        if low < d && d < high {
            return true;
        }
        // Along the lower bound's digits: a greater digit settles it; at the
        // last digit, equal is enough (the block is closed). Likewise along
        // the upper bound with smaller digits.
        let edge = if d == low {
            (bottom, true)
        } else if d == high {
            (top, false)
        } else {
            return false;
        };
        let (bound, lower) = edge;
        for (p, &edge_digit) in bound.iter().enumerate().take(count).skip(fork + 1) {
            let Some(&b) = digits.get(p) else { return false };
            let Some(d) = hex_index(b) else { return false };
            let e = hex_index(edge_digit).unwrap_or(0);
            let beyond = if lower { d > e } else { d < e };
            if beyond || (p == count - 1 && d == e) {
                return true;
            }
            if d != e {
                return false;
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cidr_ranges_contain_their_addresses() {
        let Ok(r) = IpRange::from_cidr("10.0.0.0/24") else { panic!("valid") };
        assert!(r.contains_text("10.0.0.255"));
        assert!(!r.contains_text("10.0.1.0"));
        assert!(!r.contains_text("not an ip"));
        assert_eq!(r.to_string(), "10.0.0.0/24");
        let Ok(r6) = IpRange::from_cidr("2001:db8:1234:1a00::/64") else { panic!("valid") };
        assert!(r6.contains_text("2001:db8:1234:1a00::1"));
        assert!(!r6.contains_text("2001:db8:1234:1a01::1"));
        assert!(!r6.contains_text("10.0.0.1"));
    }

    #[test]
    fn families_meet_as_event_ruler_compares_them() {
        let range = |t: &str| match IpRange::from_cidr(t) {
            Ok(r) => r,
            Err(e) => panic!("{t}: {e}"),
        };
        // ::/0 holds every IPv6 address.
        assert!(range("::/0").contains_text("ffff::1"));
        assert!(range("::/0").contains_text("::"));
        // An IPv6 address against IPv4 ranges: its first 32 bits.
        assert!(range("10.0.0.0/8").contains_text("a00::1"));
        let Some(literal) = IpRange::from_address("10.0.0.1") else { panic!() };
        assert!(literal.contains_text("a00:1::"));
        assert!(!literal.contains_text("a00:2::"));
        // IPv4 addresses against wide IPv6 blocks.
        assert!(range("::/0").contains_text("10.0.0.1"));
        assert!(range("::/1").contains_text("10.0.0.1"));
        assert!(range("8000::/1").contains_text("200.0.0.1"));
        assert!(range("::/8").contains_text("0.1.2.3"));
        assert!(!range("::/32").contains_text("0.0.0.1"));
        assert!(!range("::/96").contains_text("0.0.0.1"));
        // A number's text read as digits.
        assert!(range("0.0.0.0/0").admits_digits(b"123"));
        assert_eq!(range("0.0.0.0/0").cross_family("123", true), Some(CrossFamily::NumberAsDigits));
        assert_eq!(range("10.0.0.0/8").cross_family("a00::1", false), Some(CrossFamily::Ipv6ByFirst32Bits));
        assert_eq!(range("10.0.0.0/8").cross_family("10.0.0.1", false), None);
    }

    #[test]
    fn bad_cidrs_say_why() {
        assert_eq!(IpRange::from_cidr("10.0.0.0"), Err(PatternErrorKind::CidrSlash));
        assert_eq!(IpRange::from_cidr("10.0.0.0/x"), Err(PatternErrorKind::CidrMaskNotInteger));
        assert_eq!(
            IpRange::from_cidr("xx.11.xx/24"),
            Err(PatternErrorKind::NonstandardIp { address: "xx.11.xx".into() })
        );
        assert_eq!(
            IpRange::from_cidr("10.0.0.256/8"),
            Err(PatternErrorKind::InvalidIp { address: "10.0.0.256".into() })
        );
        assert_eq!(IpRange::from_cidr("10.0.0.0/32"), Err(PatternErrorKind::Ipv4MaskRange));
        assert_eq!(IpRange::from_cidr("::/128"), Err(PatternErrorKind::Ipv6MaskRange));
        assert_eq!(IpRange::from_cidr("10.0.0.0/-1"), Err(PatternErrorKind::CidrMaskNegative));
        assert_eq!(IpRange::from_cidr("10.0.0.0/"), Err(PatternErrorKind::CidrSlash));
        assert!(IpRange::from_cidr("10.0.0.0/24/").is_ok());
    }

    #[test]
    fn addresses_compare_in_binary_form() {
        let Some(r) = IpRange::from_address("2001:db8::1") else { panic!("address") };
        assert!(r.contains_text("2001:0DB8:0:0:0:0:0:1"));
        assert!(IpRange::from_address("10.0.0.01").is_none());
        assert!(IpRange::from_address("1:2").is_none());
        assert!(IpRange::from_address("::ffff:1.2.3.4").is_none());
    }
}
