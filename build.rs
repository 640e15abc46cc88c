//! Embeds every bundled sample event and every lesson in the binary: writes
//! tables of `(file name, include_str!(file))` for `src/samples.rs` and
//! `src/learn/` to include.

use std::fmt::Write as _;

fn main() {
    embed("samples/aws-events", "json", "SAMPLE_FILES", "Every bundled sample: (file name, text).", "sample_files.rs");
    embed("assets/lessons", "toml", "LESSON_FILES", "Every lesson, in order: (file name, text).", "lesson_files.rs");
}

/// Writes `out` (in `OUT_DIR`): a static `name` listing every `.extension`
/// file of `dir` (but `index.json`), sorted by name, with its text.
fn embed(dir: &str, extension: &str, name: &str, doc: &str, out: &str) {
    let folder = std::path::Path::new(dir);
    println!("cargo:rerun-if-changed={dir}");
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| std::path::Path::new(n).extension().is_some_and(|e| e == extension) && n != "index.json")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut table = format!("/// {doc}\npub(crate) static {name}: &[(&str, &str)] = &[\n");
    for file in &names {
        let _ = writeln!(
            table,
            "    ({file:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{dir}/\", {file:?}))),"
        );
    }
    table.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join(out);
    if let Err(e) = std::fs::write(&out, table) {
        panic!("cannot write {}: {e}", out.display());
    }
}
