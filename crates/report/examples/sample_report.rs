//! Writes the report for the built-in sample data: `cargo run -p detente-report --features tools --example
//! sample_report -- out.html`. Useful to look at the layout without a scenario or a store.
fn main() -> std::io::Result<()> {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "sample-report.html".into());
    std::fs::write(
        &out,
        detente_report::render_report(&detente_report::sample::sample_report()),
    )?;
    println!("{out}");
    Ok(())
}
