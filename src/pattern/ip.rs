//! IP address ranges for `cidr` and for string values that are addresses.

use super::PatternErrorKind;
use std::net::IpAddr;

/// An inclusive range of IPv4 or IPv6 addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IpRange {
    /// Whether the range holds IPv6 addresses.
    pub v6: bool,
    /// First address, as a number.
    pub first: u128,
    /// Last address, as a number.
    pub last: u128,
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

    /// Whether the string `value` is an address in this range.
    #[must_use]
    pub fn contains_text(&self, value: &str) -> bool {
        parse_address(value).is_some_and(|(v6, n)| v6 == self.v6 && (self.first..=self.last).contains(&n))
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
