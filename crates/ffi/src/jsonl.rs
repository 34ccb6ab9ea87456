//! Bulk replay of a JSON Lines event log: one event per line, the events of several cases
//! interleaved or grouped, as an archive or a message queue writes them.
//!
//! Every case is rebuilt with [`Case::replay`], so the hash chain and every guard of the
//! regulation are re-checked exactly as for a single log. Errors point at the file: the JSON
//! pointer's first token is the **1-based line number** (as editors show it), followed by the
//! pointer inside that line's event, e.g. `/7/hash` for the hash of the event on line 7.
//!
//! ```
//! use quyche::case::{Actor, Case, Command};
//! let reg = quyche::Regulation::khanh_hoa();
//! let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
//!     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
//! let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
//! let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
//! let line = serde_json::to_string(&case.events[0]).unwrap();
//! let summary = quyche_ffi::replay_jsonl(&reg, &format!("{line}\n")).unwrap();
//! assert_eq!((summary.events, summary.cases.len()), (1, 1));
//! let bad = line.replace("Tin đồn", "Tin thật");
//! let e = quyche_ffi::replay_jsonl(&reg, &format!("\n{bad}\n")).unwrap_err();
//! assert_eq!((e.code.as_str(), e.path.as_deref()), ("LOG_TAMPERED", Some("/2/hash")));
//! ```

use quyche::case::{Case, CaseId, CaseStatus, Command, Event};
use quyche::error::{Error, Result};
use quyche::json::{MAX_EVENTS, MAX_INPUT_BYTES};
use quyche::regulation::Regulation;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One case found in a JSON Lines log, after its replay succeeded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct JsonlCase {
    /// The case.
    pub case_id: CaseId,
    /// Its workflow state after the last event.
    pub status: CaseStatus,
    /// How many events it has.
    pub events: usize,
    /// The 1-based line of its first event.
    pub first_line: usize,
    /// The 1-based line of its last event.
    pub last_line: usize,
    /// The hash of its last event (anchor it elsewhere to detect dropped trailing events).
    pub head_hash: String,
}

/// What [`replay_jsonl`] found: counts, and every case in order of first appearance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct JsonlSummary {
    /// Lines in the text, blank ones included.
    pub lines: usize,
    /// Events (non-blank lines).
    pub events: usize,
    /// The cases, in order of their first event in the file.
    pub cases: Vec<JsonlCase>,
}

/// The events of one case with the line of each.
struct Group {
    events: Vec<Event>,
    lines: Vec<usize>,
}

/// Events grouped by case while a log is read, in order of first appearance.
#[derive(Default)]
struct Grouper {
    groups: Vec<Group>,
    // Each case's position in `groups`: one hash lookup per event (a linear search made a file
    // of many cases quadratic).
    index: rustc_hash::FxHashMap<CaseId, usize>,
    lines: usize,
}

impl Grouper {
    /// Decodes line `line` (1-based) as an event (NFC-normalised, with the same field pointers
    /// as [`quyche::case::events_from_json`]) and adds it to its case; a blank line is counted
    /// and skipped.
    fn line(&mut self, line: usize, raw: &str) -> Result<()> {
        self.lines = line;
        if raw.trim().is_empty() {
            return Ok(());
        }
        let at_line = |e: Error| with_line(e.under(&format!("/{line}")), line);
        // The strict reader (limits, duplicate keys, NFC), then the event's own decoder; only a
        // failure goes through the command's decoder, whose pointer names the bad field.
        let value = quyche::json::read_json(raw).map_err(at_line)?;
        let ev: Event = match quyche::json::from_ref(&value) {
            Ok(ev) => ev,
            Err(e) => {
                if let Some(cmd) = value.get("command") {
                    Command::from_value(cmd.clone()).map_err(|e| at_line(e.under("/command")))?;
                }
                return Err(at_line(e));
            }
        };
        match self.index.get(&ev.case_id) {
            Some(&i) => {
                let group = &mut self.groups[i];
                if group.events.len() >= MAX_EVENTS {
                    return Err(at_line(too_long(&ev.case_id)));
                }
                group.events.push(ev);
                group.lines.push(line);
            }
            None => {
                self.index.insert(ev.case_id.clone(), self.groups.len());
                self.groups.push(Group {
                    events: vec![ev],
                    lines: vec![line],
                })
            }
        }
        Ok(())
    }
}

/// The refusal of one more event for case `id`, whose log already holds [`MAX_EVENTS`] events.
fn too_long(id: &CaseId) -> Error {
    Error::new(
        quyche::ErrorCode::InputTooLarge,
        format!("case `{id}` has more than {MAX_EVENTS} events, the limit of one log"),
        format!("vụ việc `{id}` có hơn {MAX_EVENTS} sự kiện, mức tối đa của một nhật ký"),
    )
    .at("")
}

/// Groups the events of a whole text (at most [`MAX_INPUT_BYTES`]).
fn groups(text: &str) -> Result<(usize, Vec<Group>)> {
    quyche::json::check_size(text)?;
    let mut g = Grouper::default();
    for (n, raw) in text.lines().enumerate() {
        g.line(n + 1, raw)?;
    }
    Ok((g.lines, g.groups))
}

/// Groups the events read line by line from `reader`: no limit on the whole log, each line at
/// most [`MAX_INPUT_BYTES`] (refused with [`quyche::ErrorCode::InputTooLarge`] at
/// `/<line>`); a line that is not UTF-8 is [`quyche::ErrorCode::InvalidJson`] at `/<line>`. Lines
/// end at `\n` (a `\r` before it is dropped), as [`str::lines`] splits them.
fn groups_from_reader<R: std::io::BufRead>(mut reader: R) -> Result<(usize, Vec<Group>)> {
    use std::io::{BufRead, Read};
    let max = MAX_INPUT_BYTES;
    let mut g = Grouper::default();
    let mut buf = Vec::new();
    for line in 1.. {
        buf.clear();
        let refuse = |code, en: String, vi: String| {
            with_line(Error::new(code, en, vi).at(format!("/{line}")), line)
        };
        let read = (&mut reader)
            .take(max as u64 + 2)
            .read_until(b'\n', &mut buf)
            .map_err(|e| {
                refuse(
                    quyche::ErrorCode::InvalidInput,
                    format!("the log could not be read: {e}"),
                    format!("không đọc được nhật ký: {e}"),
                )
            })?;
        if read == 0 {
            break;
        }
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        if buf.len() > max {
            return Err(refuse(
                quyche::ErrorCode::InputTooLarge,
                format!("the line is longer than {max} bytes"),
                format!("dòng dài hơn {max} byte"),
            ));
        }
        let text = std::str::from_utf8(&buf).map_err(|e| {
            refuse(
                quyche::ErrorCode::InvalidJson,
                format!("the line is not UTF-8: {e}"),
                format!("dòng không phải UTF-8: {e}"),
            )
        })?;
        g.line(line, text)?;
    }
    Ok((g.lines, g.groups))
}

/// Prefixes the messages with the line number.
fn with_line(mut e: Error, line: usize) -> Error {
    e.message = format!("Line {line}: {}", e.message);
    e.message_vi = format!("Dòng {line}: {}", e.message_vi);
    e
}

/// Replays one case; a failure's pointer `/<i>/…` (index in the case's events) becomes
/// `/<line>/…`.
fn replay_group(reg: &Regulation, events: Vec<Event>, lines: &[usize]) -> Result<Case> {
    Case::replay_owned(reg, events).map_err(|e| {
        let path = e.path.clone().unwrap_or_default();
        let rest = path.strip_prefix('/').unwrap_or(&path);
        let (head, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let line = head
            .parse::<usize>()
            .ok()
            .and_then(|i| lines.get(i).copied())
            .or_else(|| lines.last().copied())
            .unwrap_or(0);
        with_line(e, line).at(format!("/{line}{tail}"))
    })
}

/// Replays every case of a JSON Lines event log and returns what it found. All cases are
/// checked; when some fail, the first failure (in file order) is the error and the others are in
/// its `related` list. Errors: [`ErrorCode::InputTooLarge`](quyche::ErrorCode::InputTooLarge) (path `""`; at `/<line>` for the
/// line of a case's first event over [`MAX_EVENTS`]), a line that is not an
/// event ([`ErrorCode::InvalidJson`](quyche::ErrorCode::InvalidJson) / [`ErrorCode::InvalidInput`](quyche::ErrorCode::InvalidInput) at `/<line>/…`), a broken
/// chain or order ([`ErrorCode::LogTampered`](quyche::ErrorCode::LogTampered)), a step the regulation refuses (its guard's code),
/// or a file with no event ([`ErrorCode::InvalidInput`](quyche::ErrorCode::InvalidInput) at `""`).
pub fn replay_jsonl(reg: &Regulation, text: &str) -> Result<JsonlSummary> {
    summary(cases_and_lines(reg, groups(text)?)?)
}

/// [`replay_jsonl`] reading the log line by line from `reader` (e.g. a `BufReader` over a file),
/// so that a log of any size can be checked: only each line is bounded, by
/// [`MAX_INPUT_BYTES`] (`INPUT_TOO_LARGE` at `/<line>`). Same results and errors as
/// [`replay_jsonl`] on the same text.
///
/// ```
/// # use quyche::case::{Actor, Case, Command};
/// # let reg = quyche::Regulation::khanh_hoa();
/// # let cmd = Command::from_json(r#"{"type":"detect","source":"press_review","content":{
/// #     "platform":"Facebook","platform_kind":"social_network","kind":"post","summary":"Tin đồn"}}"#).unwrap();
/// # let at = chrono::DateTime::parse_from_rfc3339("2026-03-02T08:00:00+07:00").unwrap();
/// # let (case, _) = Case::start(&reg, cmd, &Actor::body("so-vhttdl"), at).unwrap();
/// let text = format!("{}\r\n", serde_json::to_string(&case.events[0]).unwrap());
/// let from_reader = quyche_ffi::replay_jsonl_reader(&reg, text.as_bytes()).unwrap();
/// assert_eq!(from_reader, quyche_ffi::replay_jsonl(&reg, &text).unwrap());
/// ```
pub fn replay_jsonl_reader<R: std::io::BufRead>(
    reg: &Regulation,
    reader: R,
) -> Result<JsonlSummary> {
    summary(cases_and_lines(reg, groups_from_reader(reader)?)?)
}

/// [`cases_from_jsonl`] reading the log line by line (see [`replay_jsonl_reader`]).
pub fn cases_from_jsonl_reader<R: std::io::BufRead>(
    reg: &Regulation,
    reader: R,
) -> Result<Vec<Case>> {
    Ok(cases_and_lines(reg, groups_from_reader(reader)?)?
        .1
        .into_iter()
        .map(|(c, _)| c)
        .collect())
}

fn summary((lines, cases): (usize, Rebuilt)) -> Result<JsonlSummary> {
    Ok(JsonlSummary {
        lines,
        events: cases.iter().map(|(c, _)| c.events.len()).sum(),
        cases: cases
            .iter()
            .map(|(c, l)| JsonlCase {
                case_id: c.id.clone(),
                status: c.status,
                events: c.events.len(),
                first_line: l.first().copied().unwrap_or(0),
                last_line: l.last().copied().unwrap_or(0),
                head_hash: c.head_hash().to_string(),
            })
            .collect(),
    })
}

/// Like [`replay_jsonl`], returning the rebuilt cases themselves (in order of first appearance).
pub fn cases_from_jsonl(reg: &Regulation, text: &str) -> Result<Vec<Case>> {
    Ok(cases_and_lines(reg, groups(text)?)?
        .1
        .into_iter()
        .map(|(c, _)| c)
        .collect())
}

/// Each rebuilt case with the lines of its events.
type Rebuilt = Vec<(Case, Vec<usize>)>;

fn cases_and_lines(
    reg: &Regulation,
    (lines, groups): (usize, Vec<Group>),
) -> Result<(usize, Rebuilt)> {
    if groups.is_empty() {
        return Err(Error::invalid(
            "",
            "The JSON Lines log has no event.",
            "Nhật ký JSON Lines không có sự kiện nào.",
        ));
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut errors: Vec<(usize, Error)> = Vec::new();
    for g in groups {
        match replay_group(reg, g.events, &g.lines) {
            Ok(c) => out.push((c, g.lines)),
            Err(e) => {
                let line = e
                    .path
                    .as_deref()
                    .and_then(|p| p.trim_start_matches('/').split('/').next())
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(usize::MAX);
                errors.push((line, e));
            }
        }
    }
    errors.sort_by_key(|(line, _)| *line);
    let mut errors = errors.into_iter().map(|(_, e)| e);
    match errors.next() {
        Some(first) => Err(first.with_related(errors)),
        None => Ok((lines, out)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quyche::ErrorCode;

    /// A case of the built-in regulation detected by the lead agency at `at` and received by it
    /// an hour later (Điều 7.1: the lead agency receives what it detected itself): two events.
    fn case(summary: &str, at: &str) -> Case {
        let reg = Regulation::khanh_hoa_ref();
        let lead = quyche::case::Actor::body("so-vhttdl");
        let cmd = Command::from_json(&format!(
            r#"{{"type":"detect","source":"press_review","content":{{"platform":"Facebook",
            "platform_kind":"social_network","kind":"post","summary":"{summary}"}}}}"#
        ))
        .unwrap();
        let at = chrono::DateTime::parse_from_rfc3339(at).unwrap();
        let (mut c, _) = Case::start(reg, cmd, &lead, at).unwrap();
        let receive = Command::from_json(r#"{"type":"receive"}"#).unwrap();
        c.apply(reg, receive, &lead, at + chrono::TimeDelta::hours(1))
            .unwrap();
        c
    }

    fn lines(cases: &[&Case]) -> Vec<String> {
        cases
            .iter()
            .flat_map(|c| c.events.iter().map(|e| serde_json::to_string(e).unwrap()))
            .collect()
    }

    #[test]
    fn interleaved_cases_are_grouped_and_replayed() {
        let reg = Regulation::khanh_hoa_ref();
        let a = case("Tin đồn A", "2026-03-02T08:00:00+07:00");
        let b = case("Tin đồn B", "2026-03-03T08:00:00+07:00");
        let (la, lb) = (lines(&[&a]), lines(&[&b]));
        // Interleave: a1 b1 a2 b2 …, with a blank line in the middle.
        let mut all = Vec::new();
        for i in 0..la.len().max(lb.len()) {
            all.extend(la.get(i).cloned());
            all.extend(lb.get(i).cloned());
        }
        all.insert(1, String::new());
        let s = replay_jsonl(reg, &all.join("\n")).unwrap();
        assert_eq!(s.events, a.events.len() + b.events.len());
        assert_eq!(s.cases.len(), 2);
        assert_eq!(s.cases[0].case_id, a.id);
        assert_eq!(s.cases[0].head_hash, a.head_hash());
        assert_eq!(s.cases[1].first_line, 3);
        let rebuilt = cases_from_jsonl(reg, &all.join("\n")).unwrap();
        assert_eq!(rebuilt, vec![a, b]);
    }

    #[test]
    fn a_tampered_line_is_reported_by_its_line_number() {
        let reg = Regulation::khanh_hoa_ref();
        let a = case("Tin đồn A", "2026-03-02T08:00:00+07:00");
        let mut l = lines(&[&a]);
        l[0] = l[0].replace("Tin đồn A", "Tin đồn C");
        let e = replay_jsonl(reg, &l.join("\n")).unwrap_err();
        assert_eq!(e.code, ErrorCode::LogTampered);
        assert_eq!(e.path.as_deref(), Some("/1/hash"));
        assert!(e.message.starts_with("Line 1: "));
    }

    #[test]
    fn reordered_events_point_at_the_first_misplaced_line() {
        let reg = Regulation::khanh_hoa_ref();
        let a = case("Tin đồn A", "2026-03-02T08:00:00+07:00");
        let l = lines(&[&a]);
        let text = format!("{}\n{}", l[1], l[0]);
        let e = replay_jsonl(reg, &text).unwrap_err();
        assert_eq!(e.code, ErrorCode::LogTampered);
        assert_eq!(e.path.as_deref(), Some("/1/seq"));
        // The detect event dropped: the receive event on line 1 is out of sequence.
        let e = replay_jsonl(reg, &l[1]).unwrap_err();
        assert_eq!(e.path.as_deref(), Some("/1/seq"));
    }

    #[test]
    fn the_reader_gives_what_the_text_gives() {
        let reg = Regulation::khanh_hoa_ref();
        let a = case("Tin đồn A", "2026-03-02T08:00:00+07:00");
        let b = case("Tin đồn B", "2026-03-03T08:00:00+07:00");
        let mut all = lines(&[&a, &b]);
        all.insert(2, String::new());
        for text in [all.join("\n"), all.join("\r\n") + "\r\n"] {
            assert_eq!(
                replay_jsonl_reader(reg, text.as_bytes()).unwrap(),
                replay_jsonl(reg, &text).unwrap()
            );
            assert_eq!(
                cases_from_jsonl_reader(reg, text.as_bytes()).unwrap(),
                vec![a.clone(), b.clone()]
            );
        }
        // A tampered line: the same error, at the same line, either way.
        let mut bad = lines(&[&a]);
        bad[1] = bad[1].replace("\"receive\"", "\"close\"");
        let text = bad.join("\n");
        assert_eq!(
            replay_jsonl_reader(reg, text.as_bytes()).unwrap_err(),
            replay_jsonl(reg, &text).unwrap_err()
        );
    }

    #[test]
    fn the_reader_bounds_each_line_and_refuses_non_utf8() {
        let reg = Regulation::khanh_hoa_ref();
        let mut text = b"\n".to_vec();
        text.extend(std::iter::repeat_n(b' ', MAX_INPUT_BYTES + 1));
        let e = replay_jsonl_reader(reg, &text[..]).unwrap_err();
        assert_eq!(e.code, ErrorCode::InputTooLarge);
        assert_eq!(e.path.as_deref(), Some("/2"));
        let e = replay_jsonl_reader(reg, &b"\n\n{\"seq\": \xff}\n"[..]).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidJson);
        assert_eq!(e.path.as_deref(), Some("/3"));
        let e = replay_jsonl_reader(reg, &b""[..]).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (ErrorCode::InvalidInput, Some(""))
        );
    }

    /// One case of a file is capped at [`MAX_EVENTS`] events, like every log: the line of its
    /// first event over the cap is refused, before any event is replayed.
    #[test]
    fn each_case_is_capped_at_max_events() {
        let reg = Regulation::khanh_hoa_ref();
        let a = case("Tin đồn A", "2026-03-02T08:00:00+07:00");
        let line = serde_json::to_string(&a.events[0]).unwrap() + "\n";
        let text = line.repeat(MAX_EVENTS + 1);
        for e in [
            replay_jsonl(reg, &text).unwrap_err(),
            replay_jsonl_reader(reg, text.as_bytes()).unwrap_err(),
        ] {
            assert_eq!(e.code, ErrorCode::InputTooLarge);
            assert_eq!(e.path, Some(format!("/{}", MAX_EVENTS + 1)));
        }
        // At the cap the case is grouped and replayed (its second line is out of sequence).
        let e = replay_jsonl(reg, &line.repeat(MAX_EVENTS)).unwrap_err();
        assert_eq!(
            (e.code, e.path.as_deref()),
            (ErrorCode::LogTampered, Some("/2/seq"))
        );
    }

    #[test]
    fn a_line_that_is_not_an_event_is_invalid_input_at_its_line() {
        let reg = Regulation::khanh_hoa_ref();
        let e = replay_jsonl(reg, "{}\n").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidInput);
        assert!(e.path.as_deref().unwrap().starts_with("/1"));
        let e = replay_jsonl(reg, "\n\n{\"seq\": \n").unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidJson);
        assert!(e.path.as_deref().unwrap().starts_with("/3"));
        let e = replay_jsonl(reg, "\n \n").unwrap_err();
        assert_eq!(e.path.as_deref(), Some(""));
    }
}
