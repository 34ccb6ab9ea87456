// Dates and times as an official reads them: `dd/mm/yyyy HH:mm` in Vietnam time (UTC+07:00, no
// daylight saving), whatever the browser's locale or time zone. The library writes instants with
// their offset (`2026-08-04T10:00:00+07:00`); the page never hands a time to `Date`'s locale
// formatting.

const OFFSET_MS = 7 * 3600 * 1000;
const pad = (n) => String(n).padStart(2, "0");

/** `2026-08-04T10:00:00+07:00` (or any RFC 3339 instant) → `04/08/2026 10:00` in Vietnam time. */
export function showInstant(instant) {
  const d = new Date(Date.parse(instant) + OFFSET_MS);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** `2026-08-04` → `04/08/2026`. */
export function showDate(day) {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

/** `04/08/2026 10:00` (or `4/8/2026 9:05`) → `2026-08-04T10:00:00+07:00`, or null if it is not
 * a real date and time. */
export function parseVn(text) {
  const m = String(text).trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}):(\d{2})$/);
  if (!m) return null;
  const [d, mo, y, h, mi] = m.slice(1).map(Number);
  const probe = new Date(Date.UTC(y, mo - 1, d, h, mi));
  if (probe.getUTCDate() !== d || probe.getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null;
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:00+07:00`;
}

/** The current minute in Vietnam time, as `dd/mm/yyyy HH:mm`. */
export function nowVn() {
  return showInstant(new Date(Math.floor(Date.now() / 60000) * 60000).toISOString());
}

/** The Vietnam calendar day of an instant, `yyyy-mm-dd`. */
export function dayOf(instant) {
  const d = new Date(Date.parse(instant) + OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
