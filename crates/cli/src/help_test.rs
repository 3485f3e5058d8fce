//! Every subcommand and every argument of the command line has help text.

use clap::CommandFactory;

/// Arguments without help in `cmd` and its subcommands, as `path: --arg` lines.
fn missing_help(cmd: &clap::Command, path: &str, out: &mut Vec<String>) {
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        // clap's own --help and --version carry their own text.
        if id == "help" || id == "version" {
            continue;
        }
        if arg.get_help().is_none() && arg.get_long_help().is_none() {
            out.push(format!("{path}: {id}"));
        }
    }
    for sub in cmd.get_subcommands() {
        let sub_path = format!("{path} {}", sub.get_name());
        if sub.get_name() != "help" && sub.get_about().is_none() {
            out.push(format!("{sub_path}: (the subcommand itself)"));
        }
        missing_help(sub, &sub_path, out);
    }
}

#[test]
fn every_argument_and_subcommand_has_help() {
    let cmd = crate::Cli::command();
    cmd.clone().debug_assert();
    let mut missing = Vec::new();
    missing_help(&cmd, "detente", &mut missing);
    assert!(
        missing.is_empty(),
        "arguments without help text:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_walk_finds_an_argument_without_help() {
    let cmd = clap::Command::new("t").arg(clap::Arg::new("bare").long("bare"));
    let mut missing = Vec::new();
    missing_help(&cmd, "t", &mut missing);
    assert_eq!(missing, ["t: bare"]);
}
