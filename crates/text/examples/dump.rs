//! Prints the evidence records of articles as JSON lines, like `detente extract --format
//! jsonl` (useful for measuring the extractor on its own).
//! Usage: cargo run --release -p detente-text --features tools --example dump -- [--date YYYY-MM-DD] PATH...
use detente_text::{read_paths, Extractor, ReadEvent, ReadOptions};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut opts = ReadOptions::default();
    if args.first().map(String::as_str) == Some("--date") && args.len() >= 2 {
        opts.default_date = Some(args[1].clone());
        args.drain(..2);
    }
    let paths: Vec<PathBuf> = args.into_iter().map(PathBuf::from).collect();
    let ex = Extractor::new();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for ev in read_paths(&paths, &opts) {
        match ev {
            ReadEvent::Article(a) => {
                for r in ex.extract(&a).records() {
                    if let Ok(s) = serde_json::to_string(&r) {
                        let _ = writeln!(out, "{s}");
                    }
                }
            }
            ReadEvent::Warning {
                path,
                line,
                message,
            } => {
                eprintln!(
                    "warning: {}{}: {message}",
                    path.display(),
                    line.map(|l| format!(":{l}")).unwrap_or_default()
                );
            }
        }
    }
}
