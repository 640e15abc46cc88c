//! Writes synthetic ~1 KB events as JSON Lines, for load-testing `rulecraft test`:
//! `cargo run --release --example make_events -- 100000 > events.jsonl`.

use std::io::Write;

#[path = "../benches/support/events.rs"]
mod events;

fn main() -> std::io::Result<()> {
    let count: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for i in 0..count {
        writeln!(out, "{}", events::event(i))?;
    }
    out.flush()
}
