//! The hash the language toolkit's lookups use, shared by the extractor and positions.

use std::hash::{BuildHasherDefault, Hasher};

/// A small multiplicative hasher (the Fx hash used inside rustc): the extractor's word lists
/// and the linker's stems are looked up for every token, and SipHash's resistance to chosen
/// keys buys nothing for bundled word lists and a scenario's own words.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(b as u64);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

/// Builds [`FxHasher`]s for hash maps and sets.
pub type FxBuild = BuildHasherDefault<FxHasher>;
