//! The report Node prints to stderr when an exception is fatal: the source location, the
//! offending line with carets, the stack (or the thrown value), and the Node version line.

use std::fmt::Write;

use crate::js;

/// What a fatal exception looks like from the outside.
pub(crate) struct FatalReport {
    /// `String(error)`.
    pub message: String,
    /// `error.stack`, when the value had one.
    pub stack: Option<String>,
    /// The full text written to stderr.
    pub text: String,
}

pub(crate) fn fatal_report(
    scope: &mut v8::PinScope,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
) -> FatalReport {
    let mut text = String::new();
    let message = message.or_else(|| Some(v8::Exception::create_message(scope, exception)));
    if let Some(message) = message {
        let resource = message
            .get_script_resource_name(scope)
            .filter(|v| !v.is_undefined() && !v.is_null())
            .map(|v| v.to_rust_string_lossy(scope));
        let line = message.get_line_number(scope);
        if let (Some(resource), Some(line)) = (resource, line) {
            let _ = writeln!(text, "{resource}:{line}");
            if let Some(source_line) = message.get_source_line(scope) {
                let source_line = source_line.to_rust_string_lossy(scope);
                let start = message.get_start_column();
                let end = message.get_end_column().max(start + 1);
                let _ = writeln!(text, "{source_line}");
                let _ = writeln!(text, "{}{}", " ".repeat(start), "^".repeat(end - start));
            }
            text.push('\n');
        }
    }
    let as_string = js::display_string(scope, exception);
    let stack = js::stack_of(scope, exception);
    match &stack {
        Some(stack) => {
            // Node prints an error through util.inspect: its stack, then its own properties.
            text.push_str(&js::inspect(scope, exception).unwrap_or_else(|| stack.clone()));
            text.push('\n');
        }
        None => {
            let _ = writeln!(text, "{}", js::inspect(scope, exception).unwrap_or_else(|| as_string.clone()));
            text.push_str("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n");
        }
    }
    let _ = write!(text, "\nNode.js {}\n", crate::NODE_COMPAT_VERSION);
    FatalReport { message: as_string, stack, text }
}
