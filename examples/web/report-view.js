// The report document (Regulation → compileReport → reportDocument, the Nghị định 30/2020
// Phụ lục I layout built by the library) laid out as HTML: the two-column head (issuer and
// number | national name, motto, place and date), the kind and summary, "Kính gửi", the opening,
// the sections, then "Nơi nhận" beside the signature block. style.css prints it on A4.
import { h } from "./dom.js";

function block(b) {
  if (b.heading !== undefined) return h("h4", {}, b.heading);
  if (b.paragraph !== undefined) return h("p", {}, b.paragraph);
  if (b.bullets) return h("ul", {}, b.bullets.map((x) => h("li", {}, x)));
  if (b.table) {
    // Scrolls sideways on a phone: focusable so that the keyboard can scroll it too.
    return h("div", { class: "table-wrap", tabindex: "0", role: "region", "aria-label": b.table.header.join(", ") },
      h("table", {}, h("thead", {}, h("tr", {}, b.table.header.map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, b.table.rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c)))))));
  }
  return null;
}

function section(s) {
  return h("section", {}, h("h3", {}, s.heading), (s.blocks ?? []).map(block));
}

/** The document as an `<article class="nd30">`. */
export function renderReportDocument(doc) {
  const sig = doc.signature ?? {};
  return h("article", { class: "nd30", lang: doc.lang },
    h("div", { class: "head" },
      h("div", { class: "issuer" }, doc.parent ? h("div", {}, doc.parent) : null, h("div", { class: "strong" }, doc.issuer), h("div", { class: "number" }, doc.number)),
      h("div", { class: "motto" }, h("div", { class: "strong" }, doc.motto[0]), h("div", { class: "strong underline" }, doc.motto[1]), h("div", { class: "place" }, doc.place_date))),
    h("h2", { class: "kind" }, doc.kind),
    h("p", { class: "summary" }, doc.summary),
    h("p", { class: "to" }, `${doc.lang === "vi" ? "Kính gửi" : "To"}: ${doc.addressees.join("; ")}`),
    h("p", {}, doc.opening),
    doc.sections.map(section),
    doc.annex ? section(doc.annex) : null,
    h("div", { class: "foot" },
      h("div", { class: "receivers" }, h("div", { class: "strong" }, doc.lang === "vi" ? "Nơi nhận:" : "Recipients:"), h("ul", {}, doc.receivers.map((r) => h("li", {}, r)))),
      h("div", { class: "signature" }, sig.authority ? h("div", { class: "strong" }, sig.authority) : null, h("div", { class: "strong" }, sig.title), h("div", { class: "sign-name" }, sig.name))));
}
