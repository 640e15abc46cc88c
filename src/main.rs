//! The `rulecraft` binary: a subcommand runs the command line, no arguments
//! opens the desktop window.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = rulecraft::cli::Cli::parse();
    match cli.command {
        Some(command) => rulecraft::cli::run(command),
        None => rulecraft::app::run_window(),
    }
}
