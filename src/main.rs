//! The `rulecraft` binary: a subcommand runs the command line, no arguments
//! opens the desktop window.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = rulecraft::cli::Cli::parse();
    match cli.command {
        #[cfg(feature = "gui")]
        Some(rulecraft::cli::Command::Open { files }) => {
            rulecraft::app::run_window(rulecraft::app::OpenFiles::from_paths(files))
        }
        Some(command) => rulecraft::cli::run(command),
        #[cfg(feature = "gui")]
        None => rulecraft::app::run_window(rulecraft::app::OpenFiles::default()),
        #[cfg(not(feature = "gui"))]
        None => {
            eprintln!("rulecraft was built without the window (feature `gui`); see rulecraft --help");
            ExitCode::from(2)
        }
    }
}
