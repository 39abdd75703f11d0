//! The architecture's rules (`ARCHITECTURE.md`), read from the source tree
//! as text, so that a change which breaks one fails here with the file and
//! the reason, not later as a cycle nobody meant to write.
//!
//! - every source file opens with a `//!` line that says what it is for;
//! - `src/model` names no `leptos`, `web_sys`, `crate::browser` or
//!   `crate::views`; `src/browser` names no `crate::views`;
//! - no import cycle between folders, and no cycle of more than six files;
//! - no folder of more than 25 modules;
//! - each view folder that holds a wasm part holds that part alone, and
//!   `src/views/shell` is used by `lib.rs` only.
//!
//! Each rule is also run on a small broken tree, to show that it fires.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A source file: its path below `src/` (`model/base/date.rs`) and its text.
struct Source {
    path: String,
    text: String,
}

fn source(path: &str, text: &str) -> Source {
    Source { path: path.into(), text: text.into() }
}

fn read_tree() -> Vec<Source> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<Source>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read a source folder").flatten().collect();
        entries.sort_by_key(|e| e.path());
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root).expect("below src").to_string_lossy().replace('\\', "/");
                out.push(Source { path: relative, text: std::fs::read_to_string(&path).expect("read a source file") });
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

/// The module a file is: `model/base/date.rs` is `model::base::date`,
/// `model/base/mod.rs` is `model::base`, `lib.rs` the crate root.
fn module_of(path: &str) -> Vec<String> {
    let mut parts: Vec<String> = path.trim_end_matches(".rs").split('/').map(String::from).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib" | "main")) {
        parts.pop();
    }
    parts
}

/// The folder a file sits in: `model/base` for `model/base/date.rs` and for
/// `model/base/mod.rs`; empty for `lib.rs`.
fn folder_of(path: &str) -> String {
    path.rsplit_once('/').map_or(String::new(), |(dir, _)| dir.to_string())
}

/// The code of a file without its comments, so that prose may name what
/// the code must not.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") {
                ""
            } else {
                line.find(" //").map_or(line, |at| &line[..at])
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every module path a file names, as written after `crate::` or resolved
/// from `super::`, with `{a, b::c}` groups spread out.
fn paths_named(file: &Source) -> Vec<Vec<String>> {
    let code = code_of(&file.text);
    let here = module_of(&file.path);
    // `super` from a file is its parent module, except in a folder's `mod.rs`
    // (and this crate has no `super` in one); nested `mod tests` blocks name
    // their own file's items, which stay inside the file anyway.
    let parent: Vec<String> = here[..here.len().saturating_sub(1)].to_vec();
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let (base, skip) = if rest.starts_with("crate::") && (at == 0 || !is_ident(bytes[at - 1])) {
            (Vec::new(), "crate::".len())
        } else if rest.starts_with("super::") && (at == 0 || !is_ident(bytes[at - 1]) && bytes[at - 1] != b':') {
            let mut base = parent.clone();
            let mut skip = "super::".len();
            while code[at + skip..].starts_with("super::") {
                base.pop();
                skip += "super::".len();
            }
            (base, skip)
        } else {
            at += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let (paths, used) = read_use_tree(&code[at + skip..]);
        for path in paths {
            let mut full = base.clone();
            full.extend(path);
            out.push(full);
        }
        at += skip + used.max(1);
    }
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Reads `a::b::{c, d::e}` from the start of `text`: the paths it names and
/// how many bytes it took.
fn read_use_tree(text: &str) -> (Vec<Vec<String>>, usize) {
    let mut prefix = Vec::new();
    let mut at = 0;
    loop {
        let ident_len = text[at..].bytes().take_while(|b| is_ident(*b)).count();
        if ident_len > 0 {
            prefix.push(text[at..at + ident_len].to_string());
            at += ident_len;
            if text[at..].starts_with("::") {
                at += 2;
                continue;
            }
            return (vec![prefix], at);
        }
        if text[at..].starts_with('{') {
            let mut depth = 0;
            let mut end = at;
            for (i, c) in text[at..].char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = at + i;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let inner = &text[at + 1..end];
            let mut paths = Vec::new();
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices().chain(std::iter::once((inner.len(), ','))) {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        let item = inner[start..i].trim();
                        start = i + 1;
                        if item.is_empty() {
                            continue;
                        }
                        let (sub, _) = read_use_tree(item);
                        for p in sub {
                            let mut full = prefix.clone();
                            full.extend(p.into_iter().filter(|s| s != "self"));
                            paths.push(full);
                        }
                    }
                    _ => {}
                }
            }
            return (paths, end + 1);
        }
        return (vec![prefix], at);
    }
}

/// The file-modules of the tree, by module path.
fn modules(tree: &[Source]) -> BTreeMap<Vec<String>, &Source> {
    tree.iter().filter(|s| s.path != "main.rs").map(|s| (module_of(&s.path), s)).collect()
}

/// Which files each file uses: a named path belongs to the longest module
/// path that is a file.
fn file_edges(tree: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules(tree);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in tree {
        let targets = edges.entry(file.path.clone()).or_default();
        for path in paths_named(file) {
            let target = (0..=path.len()).rev().find_map(|n| modules.get(&path[..n]));
            if let Some(target) = target {
                if target.path != file.path {
                    targets.insert(target.path.clone());
                }
            }
        }
    }
    edges
}

/// The strongly connected groups of a graph with more than one member
/// (Tarjan's algorithm, recursive: the graphs here are small).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, node: &'a str) {
        let n = s.index.len();
        s.index.insert(node, n);
        s.low.insert(node, n);
        s.stack.push(node);
        s.on_stack.insert(node);
        let edges = s.edges;
        for next in edges.get(node).into_iter().flatten() {
            let next = next.as_str();
            if !s.index.contains_key(next) {
                visit(s, next);
                let low = s.low[node].min(s.low[next]);
                s.low.insert(node, low);
            } else if s.on_stack.contains(next) {
                let low = s.low[node].min(s.index[next]);
                s.low.insert(node, low);
            }
        }
        if s.low[node] == s.index[node] {
            let mut group = Vec::new();
            while let Some(top) = s.stack.pop() {
                s.on_stack.remove(top);
                group.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if group.len() > 1 {
                group.sort();
                s.out.push(group);
            }
        }
    }
    let mut state = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        out: Vec::new(),
    };
    for node in edges.keys() {
        if !state.index.contains_key(node.as_str()) {
            visit(&mut state, node);
        }
    }
    state.out
}

// The rules: each returns what breaks it, one line per problem.

fn missing_module_docs(tree: &[Source]) -> Vec<String> {
    tree.iter()
        .filter(|s| !s.text.starts_with("//!"))
        .map(|s| format!("src/{}: does not open with a `//!` line saying what it is for", s.path))
        .collect()
}

fn layer_breaches(tree: &[Source]) -> Vec<String> {
    let forbidden: &[(&str, &[&str])] =
        &[("model/", &["leptos", "web_sys", "crate::browser", "crate::views"]), ("browser/", &["crate::views"])];
    let mut out = Vec::new();
    for file in tree {
        for (folder, names) in forbidden {
            if !file.path.starts_with(folder) {
                continue;
            }
            let code = code_of(&file.text);
            for name in *names {
                let named = code.match_indices(name).any(|(at, _)| {
                    let before = code[..at].bytes().last();
                    let after = code[at + name.len()..].bytes().next();
                    !before.is_some_and(|b| is_ident(b) || b == b':') && !after.is_some_and(is_ident)
                });
                if named {
                    out.push(format!("src/{}: names `{name}`, which src/{folder} never does", file.path));
                }
            }
        }
    }
    out
}

fn folder_cycles(tree: &[Source]) -> Vec<String> {
    let mut folders: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut because: BTreeMap<(String, String), String> = BTreeMap::new();
    for (from, targets) in file_edges(tree) {
        let from_folder = folder_of(&from);
        folders.entry(from_folder.clone()).or_default();
        for target in targets {
            let to_folder = folder_of(&target);
            if to_folder != from_folder {
                folders.entry(from_folder.clone()).or_default().insert(to_folder.clone());
                because.entry((from_folder.clone(), to_folder)).or_insert(format!("{from} uses {target}"));
            }
        }
    }
    cycles(&folders)
        .into_iter()
        .map(|group| {
            let members: BTreeSet<&String> = group.iter().collect();
            let links: Vec<&String> = because
                .iter()
                .filter(|((a, b), _)| members.contains(a) && members.contains(b))
                .map(|(_, why)| why)
                .collect();
            let names: Vec<String> = group.iter().map(|f| format!("src/{f}")).collect();
            format!("an import cycle between the folders {}: {}", names.join(", "), join(&links))
        })
        .collect()
}

fn join(items: &[&String]) -> String {
    items.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("; ")
}

const MOST_FILES_IN_A_CYCLE: usize = 6;
const MOST_MODULES_IN_A_FOLDER: usize = 25;

fn long_file_cycles(tree: &[Source]) -> Vec<String> {
    cycles(&file_edges(tree))
        .into_iter()
        .filter(|group| group.len() > MOST_FILES_IN_A_CYCLE)
        .map(|group| {
            format!("an import cycle of {} files (at most {MOST_FILES_IN_A_CYCLE}): {}", group.len(), group.join(", "))
        })
        .collect()
}

fn crowded_folders(tree: &[Source]) -> Vec<String> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for file in tree {
        *counts.entry(folder_of(&file.path)).or_default() += 1;
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n > MOST_MODULES_IN_A_FOLDER)
        .map(|(folder, n)| format!("src/{folder} holds {n} modules (at most {MOST_MODULES_IN_A_FOLDER})"))
        .collect()
}

/// The view folders that are wasm parts, by the name `split_fn!` gives them.
const PART_FOLDERS: &[(&str, &str)] = &[
    ("views/timeline", "timeline"),
    ("views/tracks", "tracks"),
    ("views/concepts", "concepts"),
    ("views/reading", "reading"),
    ("views/quiz", "quiz"),
    ("views/case_maps", "case_maps"),
    ("views/your_data", "your_data"),
];

/// Each part's views are drawn from its own folder (`split_fn!(… as part = …)`
/// in `views/shell/parts.rs` names the page it draws), and only `lib.rs`
/// reaches into the shell.
fn part_breaches(tree: &[Source]) -> Vec<String> {
    let mut out = Vec::new();
    for file in tree.iter().filter(|s| s.path == "views/shell/parts.rs") {
        let code = code_of(&file.text);
        for line in code.lines().filter(|l| l.trim_start().starts_with("split_fn!(fn ")) {
            // Parts that carry content, not a view, draw no page.
            let Some(page) = line.split('<').nth(1).and_then(|r| r.split('/').next()) else { continue };
            let Some(part) = line.split(" as ").nth(1).and_then(|r| r.split_whitespace().next()) else { continue };
            let Some(folder) = PART_FOLDERS.iter().find(|(_, p)| *p == part).map(|(f, _)| *f) else {
                out.push(format!("src/views/shell/parts.rs: the part `{part}` has no folder of its own"));
                continue;
            };
            let imported_from = code
                .lines()
                .find(|l| l.starts_with("use ") && l.trim_end_matches(';').ends_with(&format!("::{}", page.trim())))
                .map(|l| l.trim_start_matches("use crate::").replace("::", "/"));
            match imported_from {
                Some(from) if from.starts_with(&format!("{folder}/")) => {}
                Some(from) => out.push(format!(
                    "src/views/shell/parts.rs: `{}` is drawn by the part `{part}` but lives in src/{}",
                    page.trim(),
                    folder_of(folder_of(&from).as_str())
                )),
                None => out.push(format!("src/views/shell/parts.rs: cannot tell where `{}` lives", page.trim())),
            }
        }
    }
    for (from, targets) in file_edges(tree) {
        if from != "lib.rs"
            && !from.starts_with("views/shell/")
            && targets.iter().any(|t| t.starts_with("views/shell/"))
        {
            out.push(format!("src/{from}: uses src/views/shell, which only lib.rs may"));
        }
    }
    out
}

fn all_problems(tree: &[Source]) -> Vec<String> {
    [missing_module_docs, layer_breaches, folder_cycles, long_file_cycles, crowded_folders, part_breaches]
        .iter()
        .flat_map(|rule| rule(tree))
        .collect()
}

#[test]
fn the_source_tree_keeps_the_architecture() {
    let tree = read_tree();
    assert!(tree.len() > 50, "read the whole tree ({} files)", tree.len());
    // The checks see the real dependencies: the shell uses the context and
    // the timeline part the common cards, by the paths they write.
    let edges = file_edges(&tree);
    assert!(edges["views/shell/app.rs"].contains("views/context.rs"), "{:?}", edges["views/shell/app.rs"]);
    assert!(edges["views/timeline/page.rs"].contains("views/common/event_card.rs"));
    assert!(edges["model/content/mod.rs"].contains("model/base/date.rs"));
    let problems = all_problems(&tree);
    assert!(problems.is_empty(), "the architecture is broken:\n  {}", problems.join("\n  "));
}

// Each rule on a broken example.

#[test]
fn a_file_without_a_module_doc_is_named() {
    let tree = [source("model/a.rs", "//! A.\n"), source("model/b.rs", "/// Not a module doc.\nfn b() {}\n")];
    assert_eq!(missing_module_docs(&tree), ["src/model/b.rs: does not open with a `//!` line saying what it is for"]);
}

#[test]
fn the_model_naming_the_ui_or_the_browser_is_named() {
    let tree = [
        source("model/ok.rs", "//! Names `leptos` in prose only.\n// use leptos::prelude::*;\nfn f() {}\n"),
        source("model/ui.rs", "//! Bad.\nuse leptos::prelude::*;\n"),
        source("model/dom.rs", "//! Bad.\nfn f(e: web_sys::Element) {}\n"),
        source("model/glue.rs", "//! Bad.\nuse crate::browser::storage::UserStore;\n"),
        source("browser/up.rs", "//! Bad.\nuse crate::views::context::use_app;\n"),
        source("browser/ok.rs", "//! Fine: the browser may use the model.\nuse crate::model::base::route::Route;\n"),
    ];
    let problems = layer_breaches(&tree);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    for bad in ["model/ui.rs", "model/dom.rs", "model/glue.rs", "browser/up.rs"] {
        assert!(problems.iter().any(|p| p.contains(bad)), "{bad} in {problems:#?}");
    }
}

#[test]
fn an_import_cycle_between_folders_is_named_with_its_links() {
    let tree = [
        source("views/context.rs", "//! Context.\n"),
        source("views/timeline/page.rs", "//! Timeline.\nuse crate::views::tracks::page::TrackLinks;\n"),
        source(
            "views/tracks/page.rs",
            "//! Tracks.\nuse crate::views::{context::use_app, timeline::page::EventLinks};\n",
        ),
    ];
    let problems = folder_cycles(&tree);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert!(problems[0].contains("src/views/timeline, src/views/tracks"), "{}", problems[0]);
    assert!(problems[0].contains("views/tracks/page.rs uses views/timeline/page.rs"), "{}", problems[0]);
    // Through `super::` too.
    let tree = [
        source("model/base/date.rs", "//! Dates.\nuse super::super::content::Event;\n"),
        source("model/content/mod.rs", "//! Content.\nuse crate::model::base::date::HistDate;\n"),
    ];
    assert_eq!(folder_cycles(&tree).len(), 1);
}

#[test]
fn a_long_cycle_of_files_is_named() {
    let ring = |n: usize| -> Vec<Source> {
        (0..n)
            .map(|i| {
                source(&format!("model/m{i}.rs"), &format!("//! Link {i}.\nuse crate::model::m{}::X;\n", (i + 1) % n))
            })
            .collect()
    };
    assert!(long_file_cycles(&ring(MOST_FILES_IN_A_CYCLE)).is_empty());
    assert_eq!(long_file_cycles(&ring(MOST_FILES_IN_A_CYCLE + 1)).len(), 1);
}

#[test]
fn a_crowded_folder_is_named() {
    let tree: Vec<Source> =
        (0..=MOST_MODULES_IN_A_FOLDER).map(|i| source(&format!("views/v{i}.rs"), "//! A view.\n")).collect();
    assert_eq!(crowded_folders(&tree), [format!("src/views holds 26 modules (at most {MOST_MODULES_IN_A_FOLDER})")]);
    assert!(crowded_folders(&tree[1..]).is_empty());
}

#[test]
fn a_view_outside_its_parts_folder_and_a_reach_into_the_shell_are_named() {
    let tree = [
        source(
            "views/shell/parts.rs",
            "//! Parts.\nuse crate::views::timeline::page::TimelinePage;\nuse crate::views::tours::notes::NotesPage;\n\
             split_fn!(fn timeline() -> PartView as timeline = || view! { <TimelinePage/> }.into_any());\n\
             split_fn!(fn notes() -> PartView as reading = || view! { <NotesPage/> }.into_any());\n",
        ),
        source("views/timeline/page.rs", "//! Timeline.\n"),
        source("views/tours/notes.rs", "//! Notes.\nuse crate::views::shell::app::App;\n"),
        source("views/shell/app.rs", "//! App.\n"),
        source("lib.rs", "//! Root.\npub use views::shell::start::start;\nuse crate::views::shell::app::App;\n"),
    ];
    let problems = part_breaches(&tree);
    assert_eq!(problems.len(), 2, "{problems:#?}");
    assert!(
        problems[0].contains("`NotesPage` is drawn by the part `reading` but lives in src/views/tours"),
        "{}",
        problems[0]
    );
    assert!(problems[1].contains("src/views/tours/notes.rs: uses src/views/shell"), "{}", problems[1]);
}
