//! The `bulkhead` command line. Every error is mapped to an exit code here, in one place:
//! 2 for bad input (missing file, malformed flag), otherwise the instance's own exit code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "bulkhead", version, about = "Proves V8 isolates stay watertight.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run FILE.js as one instance (like `node FILE.js`), or every scenario of a corpus folder.
    Run {
        /// A script, or a corpus folder.
        path: PathBuf,
        /// Arguments passed to the script (`process.argv.slice(2)`).
        #[arg(last = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { path, args } => run_file(&path, args),
    }
}

fn run_file(path: &std::path::Path, args: Vec<String>) -> ExitCode {
    let script = match engine::ScriptSource::from_file(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bulkhead: cannot read {}: {e}", path.display());
            return ExitCode::from(2);
        }
    };
    let config = engine::InstanceConfig::new(script).args(args).echo_output(true);
    let handle = match engine::spawn(config) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("bulkhead: {e}");
            return ExitCode::from(2);
        }
    };
    let outcome = handle.join();
    ExitCode::from(outcome.exit_code as u8)
}
