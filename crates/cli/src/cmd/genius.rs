//! `detente import-genius` and `detente export-genius`.
use std::path::PathBuf;

use anyhow::{bail, Context};
use detente_model::{genius, LoadOptions, Scenario, Severity};

#[derive(clap::Args)]
#[command(after_help = "Examples:\n  \
    detente import-genius path/to/Laptop -o laptop.toml\n  \
    detente import-genius domain.xml buyer.xml seller.xml -o laptop.toml\n\n\
    A folder's *.xml files are read in file-name order: the domain file (a \
    <negotiation_template>) and one preference profile per party, named after the profile \
    files. Values follow GENIUS (evaluation / largest evaluation of the issue); weights are \
    kept as written. See docs/genius.md.")]
pub struct ImportArgs {
    /// A folder holding the domain XML and the profiles, or the files themselves.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// The scenario TOML to write (refused if it exists, unless --force).
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(clap::Args)]
#[command(
    after_help = "Example:\n  detente export-genius examples/labour-2024/scenario.toml -o labour-genius/\n\n\
    Writes <title>_domain.xml and <title>_<party>.xml. Utilities are preserved exactly; \
    uncertainty is dropped and non-linear numeric issues become discrete ones (printed as notes)."
)]
pub struct ExportArgs {
    /// Scenario TOML file.
    pub scenario: PathBuf,
    /// Folder to write the GENIUS files into (created if missing; files already there are
    /// not replaced unless --force).
    #[arg(short = 'o', long)]
    pub output: PathBuf,
    /// Replace GENIUS files of the same names in the folder.
    #[arg(long)]
    pub force: bool,
    /// Rescale each party's weights to sum to 1 before exporting.
    #[arg(long)]
    pub normalize: bool,
}

pub fn import(a: ImportArgs) -> anyhow::Result<()> {
    if a.output.is_dir() {
        bail!(
            "{} is a folder; give the scenario file to write, e.g. {}/scenario.toml",
            a.output.display(),
            a.output.display()
        );
    }
    let inputs = input_files(&a.inputs);
    let inputs: Vec<&std::path::Path> = inputs.iter().map(PathBuf::as_path).collect();
    super::files::check_output(&a.output, a.force, &inputs)?;
    // GENIUS errors already name the file (and line and column).
    let imported = genius::import(&a.inputs)?;
    for n in &imported.notes {
        eprintln!("note: {n}");
    }
    let scenario = imported.scenario;
    let text = scenario
        .to_toml_string()
        .context("cannot write the imported scenario as TOML")?;
    let header = "# Imported from GENIUS by `detente import-genius`; values are evaluation / largest\n\
                  # evaluation of each issue, weights as written in the profiles (docs/genius.md).\n";
    let text = format!("{header}{text}");
    // The file written must load back; check before writing anything.
    let out_name = a.output.display().to_string();
    let loaded = Scenario::from_toml_str_with(&text, &out_name, LoadOptions::default())
        .with_context(|| format!("imported scenario for {out_name} does not validate"))?;
    super::files::write_atomic(&a.output, text.as_bytes(), a.force, &inputs)?;
    for w in loaded
        .warnings
        .iter()
        .filter(|w| w.severity == Severity::Warning)
    {
        eprintln!("{w}");
    }
    let outcomes = scenario.dense().outcome_count();
    println!(
        "wrote {out_name}: {} parties, {} issues, {} outcomes",
        scenario.parties.len(),
        scenario.issues.len(),
        outcomes
    );
    Ok(())
}

pub fn export(a: ExportArgs) -> anyhow::Result<()> {
    let loaded = Scenario::load_with(
        &a.scenario,
        LoadOptions {
            normalize_weights: a.normalize,
        },
    )
    // Scenario errors already name the file, line and column.
    ?;
    let ex = genius::export(&loaded.scenario)
        .with_context(|| format!("cannot export {} to GENIUS", a.scenario.display()))?;
    if a.output.exists() && !a.output.is_dir() {
        bail!(
            "{} is a file; export-genius writes a folder of GENIUS files",
            a.output.display()
        );
    }
    std::fs::create_dir_all(&a.output)
        .with_context(|| format!("cannot create {}", a.output.display()))?;
    let files: Vec<(PathBuf, &String)> = std::iter::once(&ex.domain)
        .chain(ex.profiles.iter())
        .map(|(name, xml)| (a.output.join(name), xml))
        .collect();
    // Every file is checked before any is written, so a refusal leaves the folder as it was.
    let inputs = [a.scenario.as_path()];
    for (path, _) in &files {
        super::files::check_output(path, a.force, &inputs)?;
    }
    for (path, xml) in &files {
        super::files::write_atomic(path, xml.as_bytes(), a.force, &inputs)?;
    }
    for n in ex.notes {
        eprintln!("note: {n}");
    }
    for (p, _) in files {
        println!("wrote {}", p.display());
    }
    Ok(())
}

/// The files an import reads: those given, and the files directly inside folders given.
fn input_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            if let Ok(entries) = std::fs::read_dir(p) {
                out.extend(entries.flatten().map(|e| e.path()));
            }
        } else {
            out.push(p.clone());
        }
    }
    out
}
