//! The API items a help text names, so that each caller reads the name it calls.
//!
//! A help text such as "register the body first with `Regulation::register_body`" is stored as a
//! template with an `{api}` placeholder and the [`ApiItem`] it names. The core renders it for Rust
//! callers; the bindings render it again in their own convention ([`Convention`]) through
//! `quyche-ffi`, so Python users read `Regulation.register_body` and JavaScript users
//! `Regulation.registerBody`, with no binding rewriting strings of its own.

/// A function or method of the public API, the same in every language up to the case convention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ApiItem {
    /// Registers a body (and its roles) in a regulation.
    RegisterBody,
    /// The steps a body may take now, each with whether it is allowed and why.
    AllowedCommands,
    /// Starts a case with a `detect` command.
    StartCase,
    /// Migrates an event log recorded under an earlier data version.
    Migrate,
}

/// How a language writes the API's names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Convention {
    /// Rust paths: `Regulation::register_body`, `quyche::case::migrate`.
    Rust,
    /// Python: `Regulation.register_body`.
    Python,
    /// JavaScript: `Regulation.registerBody`.
    JavaScript,
    /// The JSON-string API (`call_json`): the method name, e.g. `case.migrate`.
    JsonApi,
}

impl ApiItem {
    /// The class the bindings hold it on and its snake_case name.
    fn binding(&self) -> (&'static str, &'static str) {
        match self {
            ApiItem::RegisterBody => ("Regulation", "register_body"),
            ApiItem::AllowedCommands => ("Case", "allowed_commands"),
            ApiItem::StartCase => ("Case", "start"),
            ApiItem::Migrate => ("Case", "migrate"),
        }
    }

    /// The Rust path.
    fn rust(&self) -> &'static str {
        match self {
            ApiItem::RegisterBody => "Regulation::register_body",
            ApiItem::AllowedCommands => "Case::allowed_commands",
            ApiItem::StartCase => "Case::start",
            ApiItem::Migrate => "quyche::case::migrate",
        }
    }

    /// The method of the JSON-string API, when it has one.
    fn json_method(&self) -> Option<&'static str> {
        match self {
            ApiItem::AllowedCommands => Some("case.allowed"),
            ApiItem::StartCase => Some("case.start"),
            ApiItem::Migrate => Some("case.migrate"),
            ApiItem::RegisterBody => None,
        }
    }

    /// The item's name in `convention`.
    ///
    /// ```
    /// use quyche::error::{ApiItem, Convention};
    /// assert_eq!(ApiItem::RegisterBody.render(Convention::Rust), "Regulation::register_body");
    /// assert_eq!(ApiItem::RegisterBody.render(Convention::Python), "Regulation.register_body");
    /// assert_eq!(ApiItem::RegisterBody.render(Convention::JavaScript), "Regulation.registerBody");
    /// ```
    pub fn render(&self, convention: Convention) -> String {
        let (owner, name) = self.binding();
        match convention {
            Convention::Rust => self.rust().to_string(),
            Convention::Python => format!("{owner}.{name}"),
            Convention::JavaScript => format!("{owner}.{}", camel(name)),
            Convention::JsonApi => self
                .json_method()
                .map_or_else(|| format!("{owner}.{name}"), str::to_string),
        }
    }

    /// Every item (for tests walking them all).
    pub const ALL: &'static [ApiItem] = &[
        ApiItem::RegisterBody,
        ApiItem::AllowedCommands,
        ApiItem::StartCase,
        ApiItem::Migrate,
    ];
}

/// `snake_case` → `camelCase`.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut up = false;
    for c in name.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A help text that names an API item: English and Vietnamese templates, each with `{api}` where
/// the item's name goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpTemplate {
    /// The item named.
    pub item: ApiItem,
    /// English, with `{api}`.
    pub en: String,
    /// Vietnamese, with `{api}`.
    pub vi: String,
}

impl HelpTemplate {
    /// The help in English and Vietnamese with the item named in `convention`.
    pub fn render(&self, convention: Convention) -> (String, String) {
        let name = format!("`{}`", self.item.render(convention));
        (
            self.en.replace("{api}", &name),
            self.vi.replace("{api}", &name),
        )
    }
}
