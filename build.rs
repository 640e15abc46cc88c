//! Embeds every bundled sample event in the binary: writes a table of
//! `(file name, include_str!(file))` for `src/samples.rs` to include.

use std::fmt::Write as _;

fn main() {
    let dir = std::path::Path::new("samples/aws-events");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| std::path::Path::new(n).extension().is_some_and(|e| e == "json") && n != "index.json")
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut table =
        String::from("/// Every bundled sample: (file name, text).\nstatic SAMPLE_FILES: &[(&str, &str)] = &[\n");
    for name in &names {
        let _ = writeln!(
            table,
            "    ({name:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/samples/aws-events/\", {name:?}))),"
        );
    }
    table.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("sample_files.rs");
    if let Err(e) = std::fs::write(&out, table) {
        panic!("cannot write {}: {e}", out.display());
    }
}
