// A small renderer for the regulation's Mermaid state diagram (Regulation.workflowMermaid(),
// itself generated from the workflow table): parses the `from --> to: command` lines and draws an
// SVG. No library, nothing downloaded.
//
// Layout: each state's column is its longest distance from the start (self-loops ignored); one
// longest path is the main row, the other states of a column are stacked below it. Commands that
// keep the state (self-loops: consulting, assigning an officer, requesting another action…) are
// listed under their state rather than drawn as loops, so a state with many of them stays
// readable. Commands between neighbours label the edge above it; longer edges of the main row
// arc above; edges to a lower row run down and along to the state's side.

const NS = "http://www.w3.org/2000/svg";
const START = "[*]";

/** Parses `stateDiagram-v2` transition lines into edges {from, to, label} (`to` is "[*]" for
 * an end). */
export function parseMermaid(text) {
  const edges = [];
  for (const line of text.split("\n")) {
    const m = line.trim().match(/^(\S+)\s*-->\s*(\S+?)(?:\s*:\s*(.+))?$/);
    if (!m) continue;
    const [, from, to, label = ""] = m;
    edges.push({ from, to, label: label.trim() });
  }
  return edges;
}

/** Column (longest path from the start, self-loops ignored) and row of every state. */
function layout(edges) {
  const states = [...new Set(edges.flatMap((e) => [e.from, e.to]))].filter((n) => n !== START);
  const inner = edges.filter((e) => e.from !== START && e.to !== START && e.from !== e.to);
  const rank = new Map(states.map((n) => [n, 0]));
  // Bellman-Ford style relaxation, bounded by the number of states (the table has no cycles other
  // than self-loops; a cycle would only stop the relaxation early).
  for (let i = 0; i < states.length; i++) {
    let changed = false;
    for (const e of inner) {
      const r = rank.get(e.from) + 1;
      if (r > rank.get(e.to) && r < states.length) {
        rank.set(e.to, r);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // The main row is one longest path (the procedure's usual course), traced back from the
  // farthest state; the other states of a column are stacked below it.
  const main = new Set();
  let n = states.reduce((a, b) => (rank.get(b) > rank.get(a) ? b : a));
  while (n !== undefined) {
    main.add(n);
    const here = n;
    n = inner.find((e) => e.to === here && rank.get(e.from) === rank.get(here) - 1)?.from;
  }
  const row = new Map();
  const used = new Map();
  for (const s of [...states].sort((a, b) => Number(main.has(b)) - Number(main.has(a)))) {
    const r = rank.get(s);
    const k = used.get(r) ?? 0;
    used.set(r, k + 1);
    row.set(s, k);
  }
  return { states, rank, row };
}

/** Splits a label into lines of at most `width` characters (at spaces). */
function wrap(text, width) {
  const lines = [];
  for (const w of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${w}`.length <= width) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines;
}

function el(name, attrs = {}, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const W = 190; // column width
const BW = 150; // state box
const BH = 52;
const LINE = 15; // label line height
const WRAP = 18; // label width in characters
const LEFT = 100; // room for the start circle and its label

/**
 * Draws the diagram. `opts`: `stateLabel(id)`, `commandLabel(id)`, `current` (state id or
 * undefined before a case exists), `allowed` (Set of command ids the chosen body may issue now;
 * lit only where they start from the current state).
 */
export function renderWorkflow(text, opts) {
  const edges = parseMermaid(text);
  const { states, rank, row } = layout(edges);
  // A command is lit where the case is now: from its current state (from the start before a case
  // exists), when the chosen body may issue it.
  const here = opts.current ?? START;
  const on = (labels, from) => from === here && labels.some((l) => opts.allowed?.has(l));
  const lines = (labels) => [...new Set(labels)].flatMap((l) => wrap(opts.commandLabel(l), WRAP));
  /** The label lines of commands leaving `from`, each lit on its own. */
  const labelLines = (labels, from) =>
    [...new Set(labels)].flatMap((l) => wrap(opts.commandLabel(l), WRAP).map((text) => ({ text, lit: on([l], from) })));

  // Group the edges: per (from, to) pair with their commands; self-loops per state; ends.
  const pairs = new Map();
  const loops = new Map();
  const ends = new Set();
  const starts = [];
  for (const e of edges) {
    if (e.from === START) starts.push(e);
    else if (e.to === START) ends.add(e.from);
    else if (e.from === e.to) loops.set(e.from, [...(loops.get(e.from) ?? []), e.label]);
    else {
      const k = `${e.from}→${e.to}`;
      if (!pairs.has(k)) pairs.set(k, { from: e.from, to: e.to, labels: [] });
      if (e.label) pairs.get(k).labels.push(e.label);
    }
  }
  const adjacent = (p) => row.get(p.from) === row.get(p.to) && rank.get(p.to) - rank.get(p.from) === 1;
  const arc = (p) => 40 + 18 * Math.abs(rank.get(p.to) - rank.get(p.from));

  // Vertical room: labels and arcs above the main row, the lists of kept-state commands below
  // each row.
  const above = Math.max(
    LINE,
    ...[...pairs.values()].filter(adjacent).map((p) => lines(p.labels).length * LINE),
    ...[...pairs.values()].filter((p) => !adjacent(p) && row.get(p.from) === 0 && row.get(p.to) === 0).map((p) => arc(p) * 0.75 + LINE),
    ...starts.map((s) => lines([s.label]).length * LINE),
  );
  const listHeight = (s) => (loops.has(s) ? lines(loops.get(s)).length * LINE + 14 : 0);
  const rows = Math.max(...row.values()) + 1;
  const below = [...Array(rows).keys()].map((r) => Math.max(0, ...states.filter((s) => row.get(s) === r).map(listHeight)));
  const rowY = [];
  let y = 24 + above + BH / 2;
  for (let r = 0; r < rows; r++) {
    rowY.push(y);
    y += BH + below[r] + 46;
  }
  const width = LEFT + (Math.max(...rank.values()) + 1) * W + 40;
  const height = y - 20;
  const pos = (s) => ({ x: LEFT + rank.get(s) * W + W / 2, y: rowY[row.get(s)] });

  // Drawn at its natural size (labels 12–13 px); the page scrolls it sideways inside its own box
  // on a narrow screen, and the list beside it says the same in words.
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "workflow", role: "img", "aria-labelledby": "wf-title wf-desc" });
  svg.append(el("title", { id: "wf-title" }, opts.title ?? "Workflow"), el("desc", { id: "wf-desc" }, opts.desc ?? ""));
  const defs = el("defs");
  for (const [id, cls] of [["arrow", "edge"], ["arrow-on", "edge on"]]) {
    const m = el("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    m.append(el("path", { d: "M0,0 L10,5 L0,10 z", class: cls }));
    defs.append(m);
  }
  svg.append(defs);
  const edgeLayer = el("g");
  const labelLayer = el("g");
  const path = (d, lit) =>
    edgeLayer.append(el("path", { d, class: lit ? "edge on" : "edge", "marker-end": `url(#${lit ? "arrow-on" : "arrow"})`, fill: "none" }));
  /** Label lines ({text, lit}) stacked upward from `(x, bottom)`. */
  const stackUp = (x, bottom, ls, anchor = "middle") =>
    ls.forEach(({ text: line, lit }, i) =>
      labelLayer.append(el("text", { x, y: bottom - (ls.length - 1 - i) * LINE, class: lit ? "edge-label on" : "edge-label", "text-anchor": anchor }, line)));

  // The start: a dot left of the first states.
  for (const s of starts) {
    const b = pos(s.to);
    const x0 = 22;
    svg.append(el("circle", { cx: x0, cy: b.y, r: 9, class: "start" }));
    const lit = on([s.label], START);
    path(`M${x0 + 9},${b.y} L${b.x - BW / 2},${b.y}`, lit);
    stackUp((x0 + b.x - BW / 2) / 2, b.y - 8, labelLines([s.label], START));
  }

  const sideLabels = new Map();
  for (const p of pairs.values()) {
    const a = pos(p.from);
    const b = pos(p.to);
    const lit = on(p.labels, p.from);
    const ls = labelLines(p.labels, p.from);
    if (adjacent(p)) {
      path(`M${a.x + BW / 2},${a.y} L${b.x - BW / 2},${b.y}`, lit);
      stackUp((a.x + b.x) / 2, a.y - BH / 2 - 6, ls);
    } else if (row.get(p.from) === row.get(p.to)) {
      const hgt = arc(p);
      const top = a.y - BH / 2;
      path(`M${a.x + 10},${top} C${a.x + 10},${top - hgt} ${b.x - 10},${top - hgt} ${b.x - 10},${top}`, lit);
      stackUp((a.x + b.x) / 2, top - hgt * 0.75 - 4, ls);
    } else {
      // Down (or up) and along to the side of the other row's state; the commands that lead
      // there from several states are labelled once, beside it.
      const down = row.get(p.to) > row.get(p.from);
      const right = b.x >= a.x;
      const x1 = a.x + (right ? BW / 2 - 10 : -BW / 2 + 10);
      const y1 = a.y + (down ? BH / 2 : -BH / 2);
      const x2 = b.x + (right ? -BW / 2 : BW / 2);
      path(`M${x1},${y1} C${x1},${b.y} ${x1},${b.y} ${x2},${b.y}`, lit);
      const key = `${p.to}:${p.labels.join(",")}`;
      const side = sideLabels.get(key) ?? { x: x2 + (right ? -6 : 6), y: b.y - 6, anchor: right ? "end" : "start", sets: [] };
      side.sets.push(ls);
      sideLabels.set(key, side);
    }
  }
  for (const side of sideLabels.values()) {
    const [first] = side.sets;
    const ls = first.map((l, i) => ({ text: l.text, lit: side.sets.some((set) => set[i].lit) }));
    stackUp(side.x, side.y, ls, side.anchor);
  }
  svg.append(edgeLayer);

  for (const s of states) {
    const { x, y: sy } = pos(s);
    const g = el("g", { class: `node${s === opts.current ? " current" : ""}`, "data-state": s });
    g.append(el("rect", { x: x - BW / 2, y: sy - BH / 2, width: BW, height: BH, rx: 10 }));
    const label = wrap(opts.stateLabel(s), WRAP).slice(0, 3);
    label.forEach((line, i) => {
      g.append(el("text", { x, y: sy + 5 + (i - (label.length - 1) / 2) * 15, "text-anchor": "middle" }, line));
    });
    svg.append(g);
    if (ends.has(s)) {
      // An end of the procedure: a short arrow to the end marker, right of the state.
      const cx = x + BW / 2 + 20;
      path(`M${x + BW / 2},${sy} L${cx - 11},${sy}`, false);
      svg.append(el("circle", { cx, cy: sy, r: 9, class: "end" }), el("circle", { cx, cy: sy, r: 5, class: "start" }));
    }
    // The commands that keep the state, listed under it.
    const kept = loops.get(s) ?? [];
    let ly = sy + BH / 2 + 16;
    const list = el("g", { class: "kept", "data-state": s });
    for (const c of kept) {
      const cls = on([c], s) ? "edge-label on" : "edge-label";
      wrap(`↻ ${opts.commandLabel(c)}`, WRAP).forEach((line) => {
        list.append(el("text", { x, y: ly, class: cls, "text-anchor": "middle", "data-command": c }, line));
        ly += LINE;
      });
    }
    labelLayer.append(list);
  }
  svg.append(labelLayer);
  return svg;
}

/** The diagram in words, one line per transition: "from — command → to" (the text alternative
 * shown beside the drawing). */
export function workflowText(text, opts) {
  const name = (s) => (s === START ? "●" : opts.stateLabel(s));
  return parseMermaid(text)
    .filter((e) => e.from !== START || e.label)
    .map((e) => (e.to === START ? `${name(e.from)} → ■` : e.from === e.to ? `${name(e.from)}: ${opts.commandLabel(e.label)} (↻)` : `${name(e.from)} — ${opts.commandLabel(e.label)} → ${name(e.to)}`));
}
