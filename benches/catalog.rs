//! Start-up cost of the bundled data: parsing the catalog and the samples' index.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load(c: &mut Criterion) {
    c.bench_function("parse catalog", |b| b.iter(|| black_box(rulecraft::catalog::parse_bundled())));
    c.bench_function("parse samples index", |b| b.iter(|| black_box(rulecraft::samples::parse_index())));
    c.bench_function("search catalog", |b| {
        b.iter(|| black_box(rulecraft::catalog::catalog().search(black_box("code build"))));
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
