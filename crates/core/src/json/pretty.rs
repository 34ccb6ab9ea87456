//! Pretty JSON text from compact JSON text, byte for byte what serde_json's pretty printer writes
//! for the same value, so that a type needs only its compact serialiser (the WebAssembly module
//! then carries one serialiser per type instead of two).

/// Re-indents compact JSON text (as `serde_json::to_string` writes it: no whitespace outside
/// strings) the way `serde_json::to_string_pretty` writes the same value: one member or element
/// per line, two spaces per level, `": "` after keys, empty arrays and objects as `[]` and `{}`.
/// Strings are copied unchanged (escapes included), so the result is the pretty text of the same
/// value.
///
/// ```
/// let v = serde_json::json!({"a": [1, {"b": "x, \"y\": {}"}], "c": {}, "d": []});
/// let compact = serde_json::to_string(&v).unwrap();
/// assert_eq!(quyche::json::pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
/// ```
pub fn pretty(compact: &str) -> String {
    let bytes = compact.as_bytes();
    let mut p = Printer {
        out: String::with_capacity(compact.len() * 2),
        depth: 0,
    };
    // Start of the run of bytes not yet copied (strings and scalars are copied in runs).
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b @ (b'[' | b'{' | b']' | b'}' | b',' | b':') => {
                p.out.push_str(&compact[run..i]);
                i += p.punctuation(b, bytes.get(i + 1).copied());
                run = i;
            }
            _ => i += 1,
        }
    }
    p.out.push_str(&compact[run.min(compact.len())..]);
    p.out
}

/// The index just past the string that starts at `start` (its opening quote): up to the closing
/// quote not preceded by an escaping backslash.
fn skip_string(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    i + 1
}

/// The pretty text being written and the nesting depth.
struct Printer {
    out: String,
    depth: usize,
}

impl Printer {
    /// Writes punctuation byte `b` (followed by `next`) and returns how many bytes it consumed:
    /// 2 for an empty array or object (`[]`, `{}`), else 1.
    fn punctuation(&mut self, b: u8, next: Option<u8>) -> usize {
        match b {
            b'[' | b'{' => {
                let close = if b == b'[' { b']' } else { b'}' };
                self.out.push(char::from(b));
                if next == Some(close) {
                    self.out.push(char::from(close));
                    return 2;
                }
                self.depth += 1;
                self.newline();
            }
            b']' | b'}' => {
                self.depth = self.depth.saturating_sub(1);
                self.newline();
                self.out.push(char::from(b));
            }
            b',' => {
                self.out.push(',');
                self.newline();
            }
            _ => self.out.push_str(": "),
        }
        1
    }

    /// A line break and the indent of the current depth (two spaces per level).
    fn newline(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape the crate writes, and strings holding punctuation, quotes and backslashes,
    /// come out as serde_json's pretty printer writes them.
    #[test]
    fn matches_serde_json_pretty() {
        let v = serde_json::json!({"a": [1, {"b": "x, \"y\": {}"}], "c": {}, "d": [], "e": "\\",
                                   "f": [[[]], {"g": null}], "h": -1.5});
        let compact = serde_json::to_string(&v).unwrap();
        assert_eq!(pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
    }
}
