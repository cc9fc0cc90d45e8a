//! `require('path')`: a native builtin module implementing Node's POSIX path functions in
//! Rust, with its exports template and separator strings cached in the isolate's module
//! statics.

use super::statics::{get_or_init, return_string, string_arg, StaticHandle};

/// The `path` binding's ops, in a fixed order (part of the snapshot's external references).
pub(crate) fn ops() -> Vec<super::Op> {
    super::ops![
        "join" => op_join,
        "normalize" => op_normalize,
        "basename" => op_basename,
        "dirname" => op_dirname,
        "extname" => op_extname,
        "isAbsolute" => op_is_absolute,
        "resolve" => op_resolve,
        "relative" => op_relative,
        "parse" => op_parse,
        "format" => op_format,
        "toNamespacedPath" => op_to_namespaced_path,
    ]
}

struct PathStatics {
    template: StaticHandle<v8::ObjectTemplate>,
    sep: StaticHandle<v8::String>,
    delimiter: StaticHandle<v8::String>,
}

pub(crate) fn exports<'s>(scope: &mut v8::PinScope<'s, '_>) -> Option<v8::Local<'s, v8::Object>> {
    let statics = get_or_init(scope, |scope| {
        let template = super::template(scope, super::binding("path")?)?;
        let sep = v8::String::new(scope, "/")?;
        let delimiter = v8::String::new(scope, ":")?;
        Some(PathStatics {
            template: StaticHandle::new(scope, template),
            sep: StaticHandle::new(scope, sep),
            delimiter: StaticHandle::new(scope, delimiter),
        })
    })?;
    let template = statics.template.get(scope)?;
    let exports = template.new_instance(scope)?;
    let sep = statics.sep.get(scope)?;
    let delimiter = statics.delimiter.get(scope)?;
    for (name, value) in [("sep", sep.into()), ("delimiter", delimiter.into()), ("posix", exports.into())] {
        let key = v8::String::new(scope, name)?;
        exports.set(scope, key.into(), value)?;
    }
    Some(exports)
}

/// Every argument as a string; Node names a bad one `path` in join and `paths[i]` in resolve.
fn all_string_args(scope: &mut v8::PinScope, args: &v8::FunctionCallbackArguments, indexed: bool) -> Option<Vec<String>> {
    (0..args.length())
        .map(|i| string_arg(scope, args, i, &if indexed { format!("paths[{i}]") } else { "path".to_string() }))
        .collect()
}

pub(crate) fn op_join(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(parts) = all_string_args(scope, &args, false) else { return };
    return_string(scope, &mut rv, &join(&parts));
}

pub(crate) fn op_normalize(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    return_string(scope, &mut rv, &normalize(&p));
}

pub(crate) fn op_basename(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    let suffix = if args.get(1).is_undefined() {
        None
    } else {
        let Some(s) = string_arg(scope, &args, 1, "suffix") else { return };
        Some(s)
    };
    return_string(scope, &mut rv, &basename(&p, suffix.as_deref()));
}

pub(crate) fn op_dirname(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    return_string(scope, &mut rv, &dirname(&p));
}

pub(crate) fn op_extname(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    return_string(scope, &mut rv, &extname(&p));
}

pub(crate) fn op_is_absolute(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    rv.set_bool(p.starts_with('/'));
}

pub(crate) fn op_resolve(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(parts) = all_string_args(scope, &args, true) else { return };
    let cwd = crate::state::InstanceState::get(scope).cwd();
    return_string(scope, &mut rv, &resolve(&cwd, &parts));
}

pub(crate) fn op_relative(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(from) = string_arg(scope, &args, 0, "from") else { return };
    let Some(to) = string_arg(scope, &args, 1, "to") else { return };
    let cwd = crate::state::InstanceState::get(scope).cwd();
    return_string(scope, &mut rv, &relative(&cwd, &from, &to));
}

pub(crate) fn op_parse(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let Some(p) = string_arg(scope, &args, 0, "path") else { return };
    let parts = parse(&p);
    let object = v8::Object::new(scope);
    for (key, value) in [("root", &parts.root), ("dir", &parts.dir), ("base", &parts.base), ("ext", &parts.ext), ("name", &parts.name)] {
        let (Some(key), Some(value)) = (v8::String::new(scope, key), v8::String::new(scope, value)) else { return };
        object.set(scope, key.into(), value.into());
    }
    rv.set(object.into());
}

pub(crate) fn op_format(scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    let value = args.get(0);
    let Ok(object) = v8::Local::<v8::Object>::try_from(value).map_err(|_| ()).and_then(|o| if value.is_function() { Err(()) } else { Ok(o) }) else {
        super::statics::throw_invalid_arg_type(scope, "pathObject", "object", value);
        return;
    };
    // Missing, null and undefined fields count as absent; anything else as its string.
    let field = |name: &str| -> Option<String> {
        let key = v8::String::new(scope, name)?;
        let v = object.get(scope, key.into())?;
        if v.is_null_or_undefined() {
            return None;
        }
        Some(v.to_string(scope)?.to_rust_string_lossy(scope))
    };
    let parts = Parsed {
        root: field("root").unwrap_or_default(),
        dir: field("dir").unwrap_or_default(),
        base: field("base").unwrap_or_default(),
        ext: field("ext").unwrap_or_default(),
        name: field("name").unwrap_or_default(),
    };
    return_string(scope, &mut rv, &format(&parts));
}

pub(crate) fn op_to_namespaced_path(_scope: &mut v8::PinScope, args: v8::FunctionCallbackArguments, mut rv: v8::ReturnValue) {
    // On POSIX a namespaced path is the path itself, whatever it is.
    rv.set(args.get(0));
}

/// The fields of `path.parse` / `path.format`.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Parsed {
    pub root: String,
    pub dir: String,
    pub base: String,
    pub ext: String,
    pub name: String,
}

/// The path from `from` to `to`, both resolved against `cwd` first: as many `..` as `from`
/// has segments below their common ancestor, then the rest of `to`.
pub(crate) fn relative(cwd: &str, from: &str, to: &str) -> String {
    let from = resolve(cwd, &[from.to_string()]);
    let to = resolve(cwd, &[to.to_string()]);
    if from == to {
        return String::new();
    }
    let from_parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from_parts.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let ups = std::iter::repeat_n("..", from_parts.len() - common);
    ups.chain(to_parts[common..].iter().copied()).collect::<Vec<_>>().join("/")
}

pub(crate) fn parse(path: &str) -> Parsed {
    if path.is_empty() {
        return Parsed::default();
    }
    let absolute = path.starts_with('/');
    let root = if absolute { "/" } else { "" };
    let body = path.trim_end_matches('/');
    if body.is_empty() {
        return Parsed { root: root.into(), dir: root.into(), ..Parsed::default() };
    }
    // The root's own slash never ends the directory part.
    let search_from = usize::from(absolute);
    let last_slash = body[search_from..].rfind('/').map(|i| i + search_from);
    let base = &body[last_slash.map_or(search_from, |i| i + 1)..];
    let ext = extname(base);
    let name = &base[..base.len() - ext.len()];
    let dir = last_slash.map_or(root, |i| &path[..i]);
    Parsed { root: root.into(), dir: dir.into(), base: base.into(), ext, name: name.into() }
}

pub(crate) fn format(parts: &Parsed) -> String {
    let dir = if parts.dir.is_empty() { &parts.root } else { &parts.dir };
    let base = if parts.base.is_empty() {
        let dot = if parts.ext.is_empty() || parts.ext.starts_with('.') { "" } else { "." };
        format!("{}{dot}{}", parts.name, parts.ext)
    } else {
        parts.base.clone()
    };
    if dir.is_empty() {
        base
    } else if *dir == parts.root {
        format!("{dir}{base}")
    } else {
        format!("{dir}/{base}")
    }
}

/// Collapses `.` and `..` segments and repeated slashes.
fn normalize_segments(path: &str, allow_above_root: bool) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if out.last().is_some_and(|last| *last != "..") {
                    out.pop();
                } else if allow_above_root {
                    out.push("..");
                }
            }
            s => out.push(s),
        }
    }
    out.join("/")
}

pub(crate) fn normalize(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let absolute = path.starts_with('/');
    let trailing = path.ends_with('/');
    let mut body = normalize_segments(path, !absolute);
    if body.is_empty() && !absolute {
        body.push('.');
    }
    if !body.is_empty() && trailing {
        body.push('/');
    }
    if absolute {
        format!("/{body}")
    } else {
        body
    }
}

pub(crate) fn join(parts: &[String]) -> String {
    let joined: Vec<&str> = parts.iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
    if joined.is_empty() {
        return ".".into();
    }
    normalize(&joined.join("/"))
}

pub(crate) fn resolve(cwd: &str, parts: &[String]) -> String {
    let mut resolved = String::new();
    let mut absolute = false;
    for part in parts.iter().rev().map(String::as_str).chain(std::iter::once(cwd)) {
        if part.is_empty() {
            continue;
        }
        resolved = if resolved.is_empty() { part.to_string() } else { format!("{part}/{resolved}") };
        if part.starts_with('/') {
            absolute = true;
            break;
        }
    }
    let body = normalize_segments(&resolved, !absolute);
    match (absolute, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".into(),
        (false, false) => body,
    }
}

pub(crate) fn basename(path: &str, suffix: Option<&str>) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return String::new();
    }
    let base = trimmed.rsplit('/').next().unwrap_or(trimmed);
    match suffix {
        Some(s) if !s.is_empty() && base != s && base.ends_with(s) => base[..base.len() - s.len()].to_string(),
        _ => base.to_string(),
    }
}

pub(crate) fn dirname(path: &str) -> String {
    let bytes = path.as_bytes();
    if bytes.is_empty() {
        return ".".into();
    }
    let has_root = bytes[0] == b'/';
    let mut end = None;
    let mut matched_slash = true;
    for i in (1..bytes.len()).rev() {
        if bytes[i] == b'/' {
            if !matched_slash {
                end = Some(i);
                break;
            }
        } else {
            matched_slash = false;
        }
    }
    match end {
        None => if has_root { "/" } else { "." }.into(),
        Some(1) if has_root => "//".into(),
        Some(end) => path[..end].to_string(),
    }
}

pub(crate) fn extname(path: &str) -> String {
    let bytes = path.as_bytes();
    let (mut start_dot, mut start_part, mut end) = (None, 0usize, None);
    let mut matched_slash = true;
    // 0: no dot seen yet in the last part; 1: a dot seen right before it; -1: something else
    let mut pre_dot_state = 0i8;
    for i in (0..bytes.len()).rev() {
        let c = bytes[i];
        if c == b'/' {
            if !matched_slash {
                start_part = i + 1;
                break;
            }
            continue;
        }
        if end.is_none() {
            matched_slash = false;
            end = Some(i + 1);
        }
        if c == b'.' {
            if start_dot.is_none() {
                start_dot = Some(i);
            } else if pre_dot_state != 1 {
                pre_dot_state = 1;
            }
        } else if start_dot.is_some() {
            pre_dot_state = -1;
        }
    }
    match (start_dot, end) {
        (Some(dot), Some(end))
            if pre_dot_state != 0 && !(pre_dot_state == 1 && dot == end - 1 && dot == start_part + 1) =>
        {
            path[dot..end].to_string()
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    // Expectations taken from running the same calls in node v20.
    #[test]
    fn normalize_and_join_match_node() {
        assert_eq!(normalize(""), ".");
        assert_eq!(normalize("/foo/bar//baz/asdf/quux/.."), "/foo/bar/baz/asdf");
        assert_eq!(normalize("a/../../b/"), "../b/");
        assert_eq!(normalize("./"), "./");
        assert_eq!(normalize("//"), "/");
        assert_eq!(join(&s(&["/foo", "bar", "baz/asdf", "quux", ".."])), "/foo/bar/baz/asdf");
        assert_eq!(join(&s(&[])), ".");
        assert_eq!(join(&s(&["", ""])), ".");
        assert_eq!(join(&s(&["a", "", "b/"])), "a/b/");
    }

    #[test]
    fn basename_dirname_extname_match_node() {
        assert_eq!(basename("/quux/index.html", None), "index.html");
        assert_eq!(basename("/quux/index.html", Some(".html")), "index");
        assert_eq!(basename("/a/b/", None), "b");
        assert_eq!(basename("aaa/bbb", Some("bbb")), "bbb");
        assert_eq!(basename("/", None), "");
        assert_eq!(dirname("/foo/bar/baz/asdf/quux"), "/foo/bar/baz/asdf");
        assert_eq!(dirname("/a"), "/");
        assert_eq!(dirname("a"), ".");
        assert_eq!(dirname("//a"), "//");
        assert_eq!(dirname("a/b/"), "a");
        assert_eq!(extname("index.html"), ".html");
        assert_eq!(extname("index.coffee.md"), ".md");
        assert_eq!(extname("index."), ".");
        assert_eq!(extname("index"), "");
        assert_eq!(extname(".index"), "");
        assert_eq!(extname(".index.md"), ".md");
        assert_eq!(extname("a/..") , "");
    }

    #[test]
    fn relative_parse_and_format_match_node() {
        assert_eq!(relative("/", "/data/orandea/test/aaa", "/data/orandea/impl/bbb"), "../../impl/bbb");
        assert_eq!(relative("/", "/a/b", "/a/b/c/d"), "c/d");
        assert_eq!(relative("/", "/a/b/c", "/a"), "../..");
        assert_eq!(relative("/", "/a", "/a"), "");
        assert_eq!(relative("/", "/", "/x"), "x");
        assert_eq!(relative("/cwd", "a", "b"), "../b");
        let p = parse("/home/user/dir/file.txt");
        assert_eq!((p.root.as_str(), p.dir.as_str(), p.base.as_str(), p.ext.as_str(), p.name.as_str()), ("/", "/home/user/dir", "file.txt", ".txt", "file"));
        assert_eq!(parse("/"), Parsed { root: "/".into(), dir: "/".into(), ..Parsed::default() });
        assert_eq!((parse("/a").dir.as_str(), parse("/a").base.as_str()), ("/", "a"));
        assert_eq!(parse("/a//b").dir, "/a/");
        assert_eq!(parse("//a").dir, "/");
        assert_eq!(parse("a/b/").dir, "a");
        assert_eq!(parse("a/b/").base, "b");
        assert_eq!(parse(".bashrc").ext, "");
        assert_eq!(parse("f").dir, "");
        let f = |root: &str, dir: &str, base: &str, ext: &str, name: &str| {
            format(&Parsed { root: root.into(), dir: dir.into(), base: base.into(), ext: ext.into(), name: name.into() })
        };
        assert_eq!(f("/ignored", "/home/user/dir", "file.txt", "", ""), "/home/user/dir/file.txt");
        assert_eq!(f("/", "", "file.txt", ".x", "ignored"), "/file.txt");
        assert_eq!(f("/", "", "", "txt", "file"), "/file.txt");
        assert_eq!(f("", "", "", "", ""), "");
    }

    #[test]
    fn resolve_matches_node() {
        assert_eq!(resolve("/cwd", &s(&["/foo/bar", "./baz"])), "/foo/bar/baz");
        assert_eq!(resolve("/cwd", &s(&["/foo/bar", "/tmp/file/"])), "/tmp/file");
        assert_eq!(resolve("/home/x", &s(&["wwwroot", "static_files/png/", "../gif/image.gif"])), "/home/x/wwwroot/static_files/gif/image.gif");
        assert_eq!(resolve("/", &s(&[])), "/");
    }
}
