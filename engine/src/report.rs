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

/// Where `message` points: `file:line`, the source line and carets under the culprit, and a
/// blank line; empty when V8 knows no location.
fn source_arrow(scope: &mut v8::PinScope, message: v8::Local<v8::Message>) -> String {
    let mut text = String::new();
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
    text
}

fn decorated_key<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Private>> {
    let name = v8::String::new(scope, "bulkhead::decorated")?;
    Some(v8::Private::for_api(scope, Some(name)))
}

fn is_decorated(scope: &mut v8::PinScope, exception: v8::Local<v8::Value>) -> bool {
    let (Ok(object), Some(key)) = (v8::Local::<v8::Object>::try_from(exception), decorated_key(scope)) else { return false };
    object.get_private(scope, key).is_some_and(|v| v.is_true())
}

/// As Node decorates an error thrown while compiling a module: its stack starts with where
/// the source is wrong (file, line, carets), and a fatal report then does not repeat that.
pub(crate) fn decorate(scope: &mut v8::PinScope, exception: v8::Local<v8::Value>, message: v8::Local<v8::Message>) -> Option<()> {
    let object = v8::Local::<v8::Object>::try_from(exception).ok()?;
    let arrow = source_arrow(scope, message);
    let stack_key = v8::String::new(scope, "stack")?;
    let stack = object.get(scope, stack_key.into())?;
    if arrow.is_empty() || !stack.is_string() {
        return None;
    }
    let decorated = v8::String::new(scope, &format!("{arrow}{}", stack.to_rust_string_lossy(scope)))?;
    object.set(scope, stack_key.into(), decorated.into())?;
    let key = decorated_key(scope)?;
    object.set_private(scope, key, v8::Boolean::new(scope, true).into())?;
    Some(())
}

pub(crate) fn fatal_report(
    scope: &mut v8::PinScope,
    exception: v8::Local<v8::Value>,
    message: Option<v8::Local<v8::Message>>,
) -> FatalReport {
    let mut text = String::new();
    // An error whose stack already shows where it comes from (decorate) is not shown twice.
    if !is_decorated(scope, exception) {
        let message = message.unwrap_or_else(|| v8::Exception::create_message(scope, exception));
        text.push_str(&source_arrow(scope, message));
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
