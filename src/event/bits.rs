//! The quotes of an event as bits, sixteen bytes at a time.
//!
//! The fast scanner's plain path ([`super::scan`]) finds where each string
//! ends from these bits instead of searching the bytes string by string. A
//! text qualifies when it has no backslash and no control character (so no
//! escapes and no tabs or line ends either): then every quote opens or
//! closes a string, in order.
//!
//! On x86-64 the bits come from SSE2 (part of every x86-64 processor) through
//! `safe_arch`, which exposes the instructions as safe functions when the
//! build targets them; elsewhere a byte loop computes the same bits.
#![expect(clippy::inline_always, reason = "the chunk helpers belong inside the one loop over the text")]

/// Fills `words` with one bit per byte of `text` (bit `k % 64` of word
/// `k / 64` for byte `k`), set where the byte is a quote, and returns
/// whether the text is plain: no backslash and no byte below a space.
/// When it is not, `words` is incomplete and must not be used.
pub(super) fn quote_bits(text: &[u8], words: &mut Vec<u64>) -> bool {
    words.clear();
    words.reserve(text.len() / 64 + 1);
    let (chunks, rest) = text.as_chunks::<64>();
    let mut special = Special::default();
    words.extend(chunks.iter().map(|chunk| chunk_bits(chunk, &mut special)));
    if !rest.is_empty() {
        // Padded with spaces, which are neither quotes nor special.
        let mut last = [b' '; 64];
        last[..rest.len()].copy_from_slice(rest);
        words.push(chunk_bits(&last, &mut special));
    }
    !special.any()
}

#[cfg(target_arch = "x86_64")]
use x86::{Special, chunk_bits};

#[cfg(not(target_arch = "x86_64"))]
use portable::{Special, chunk_bits};

#[cfg(target_arch = "x86_64")]
mod x86 {
    use safe_arch::{
        bitor_m128i, cmp_eq_mask_i8_m128i, load_unaligned_m128i, m128i, move_mask_i8_m128i, set_splat_i8_m128i,
        sub_saturating_u8_m128i, zeroed_m128i,
    };

    /// Whether a backslash or a control character was seen: any byte not zero.
    #[derive(Clone, Copy)]
    pub(super) struct Special(m128i);

    impl Default for Special {
        fn default() -> Self {
            Self(zeroed_m128i())
        }
    }

    impl Special {
        pub(super) fn any(self) -> bool {
            move_mask_i8_m128i(cmp_eq_mask_i8_m128i(self.0, zeroed_m128i())) != 0xffff
        }
    }

    /// The quote bits of 64 bytes; backslashes and control characters are
    /// noted in `special`.
    #[inline(always)]
    #[expect(clippy::cast_possible_wrap, reason = "the bytes are ASCII")]
    #[expect(clippy::cast_sign_loss, reason = "a 16-bit mask in an i32")]
    pub(super) fn chunk_bits(chunk: &[u8; 64], special: &mut Special) -> u64 {
        let quote = set_splat_i8_m128i(b'"' as i8);
        let backslash = set_splat_i8_m128i(b'\\' as i8);
        let space = set_splat_i8_m128i(b' ' as i8);
        let mut bits = 0;
        for (k, part) in chunk.as_chunks::<16>().0.iter().enumerate() {
            let v = load_unaligned_m128i(part);
            bits |= u64::from(move_mask_i8_m128i(cmp_eq_mask_i8_m128i(v, quote)) as u16) << (16 * k);
            // Not zero for a backslash (all ones) or a byte below a space
            // (the space minus the byte).
            let odd = bitor_m128i(cmp_eq_mask_i8_m128i(v, backslash), sub_saturating_u8_m128i(space, v));
            special.0 = bitor_m128i(special.0, odd);
        }
        bits
    }
}

#[cfg_attr(target_arch = "x86_64", cfg(test))]
mod portable {
    /// Whether a backslash or a control character was seen.
    #[derive(Clone, Copy, Default)]
    pub(super) struct Special(bool);

    impl Special {
        pub(super) fn any(self) -> bool {
            self.0
        }
    }

    /// The quote bits of 64 bytes, a byte at a time.
    #[inline(always)]
    pub(super) fn chunk_bits(chunk: &[u8; 64], special: &mut Special) -> u64 {
        let mut bits = 0;
        for (k, &c) in chunk.iter().enumerate() {
            bits |= u64::from(c == b'"') << k;
            special.0 |= c == b'\\' || c < b' ';
        }
        bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn portable_bits(text: &[u8]) -> (Vec<u64>, bool) {
        let mut words = Vec::new();
        let mut special = portable::Special::default();
        for chunk in text.chunks(64) {
            let mut padded = [b' '; 64];
            padded[..chunk.len()].copy_from_slice(chunk);
            words.push(portable::chunk_bits(&padded, &mut special));
        }
        (words, !special.any())
    }

    #[test]
    fn marks_quotes_and_tells_plain_text() {
        let mut words = Vec::new();
        assert!(quote_bits(br#"{"a": "b"}"#, &mut words));
        assert_eq!(words, [0b1_0100_1010]);
        assert!(!quote_bits(br#"{"a": "\u0062"}"#, &mut words));
        assert!(!quote_bits(b"{\"a\":\t1}", &mut words));
        assert!(!quote_bits(b"{\"a\": \"\x01\"}", &mut words));
        assert!(quote_bits("{\"é\": \"\u{7f}ü\"}".as_bytes(), &mut words));
        assert!(quote_bits(b"", &mut words));
        assert!(words.is_empty());
        let long = format!("{}\"{}", " ".repeat(64), "x".repeat(70));
        assert!(quote_bits(long.as_bytes(), &mut words));
        assert_eq!(words, [0, 1, 0]);
    }

    proptest! {
        #[test]
        fn the_fast_bits_are_the_byte_loops_bits(text in prop::collection::vec(
            prop::sample::select(b"\"\\ \t\n\x00\x1f\x7f\x80\xffa{}:,".to_vec()), 0..300)
        ) {
            let mut words = Vec::new();
            let plain = quote_bits(&text, &mut words);
            let (expected, expected_plain) = portable_bits(&text);
            prop_assert_eq!(plain, expected_plain);
            if plain {
                prop_assert_eq!(words, expected);
            }
        }
    }
}
