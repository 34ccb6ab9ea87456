// A small renderer for the library's Mermaid state diagram (Regulation.workflowMermaid(), itself
// generated from the workflow table): parses the `from --> to: command` lines and draws an SVG.
// Layout: each state's column is its longest distance from the start; the states of one column
// are stacked; edges between neighbours are straight, longer ones arc above (main row) or below.
// No library, nothing downloaded.

const NS = "http://www.w3.org/2000/svg";
const START = "[*]";
const END = "[*]end";

/** Parses `stateDiagram-v2` transition lines into edges {from, to, label}. */
export function parseMermaid(text) {
  const edges = [];
  for (const line of text.split("\n")) {
    const m = line.trim().match(/^(\S+)\s*-->\s*(\S+?)(?:\s*:\s*(.+))?$/);
    if (!m) continue;
    const [, from, to, label = ""] = m;
    edges.push({ from, to: to === START ? END : to, label: label.trim() });
  }
  return edges;
}

/** Column (longest path from the start, self-loops ignored) and row of every state. */
function layout(edges) {
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const rank = new Map(nodes.map((n) => [n, 0]));
  // Bellman-Ford style relaxation, bounded by the number of nodes (the table has no cycles other
  // than self-loops; a cycle would only stop the relaxation early).
  for (let i = 0; i < nodes.length; i++) {
    let changed = false;
    for (const e of edges) {
      if (e.from === e.to) continue;
      const r = rank.get(e.from) + 1;
      if (r > rank.get(e.to) && r <= nodes.length) {
        rank.set(e.to, r);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const end = Math.max(...nodes.filter((n) => n !== END).map((n) => rank.get(n))) + 1;
  if (rank.has(END)) rank.set(END, end);
  // The main row is one longest path from the start to the end (the procedure's usual course);
  // the other states of a column are stacked below it.
  const main = new Set();
  const target = rank.has(END) ? END : nodes.reduce((a, b) => (rank.get(b) > rank.get(a) ? b : a));
  for (let n = target; n !== undefined; ) {
    main.add(n);
    const preds = edges.filter((e) => e.to === n && e.from !== n && rank.get(e.from) === rank.get(n) - 1);
    n = preds[0]?.from;
  }
  const row = new Map();
  const used = new Map();
  for (const n of [...nodes].sort((a, b) => Number(main.has(b)) - Number(main.has(a)))) {
    const r = rank.get(n);
    const k = used.get(r) ?? 0;
    used.set(r, k + 1);
    row.set(n, k);
  }
  return { nodes, rank, row };
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

/**
 * Draws the diagram. `opts`: `stateLabel(id)`, `commandLabel(id)`, `current` (state id or
 * undefined), `allowed` (Set of command ids the chosen body may issue now).
 */
export function renderWorkflow(text, opts) {
  const edges = parseMermaid(text);
  const { nodes, rank, row } = layout(edges);
  const W = 150;
  const H = 120;
  const BW = 108;
  const BH = 44;
  const maxRank = Math.max(...rank.values());
  const maxRow = Math.max(...row.values());
  const width = (maxRank + 1) * W + 40;
  const height = 150 + maxRow * H + 70;
  const pos = (n) => ({ x: 20 + rank.get(n) * W + W / 2, y: 150 + row.get(n) * H });
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, class: "workflow", role: "img" });
  const defs = el("defs");
  for (const [id, cls] of [["arrow", "edge"], ["arrow-on", "edge on"]]) {
    const m = el("marker", { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" });
    m.append(el("path", { d: "M0,0 L10,5 L0,10 z", class: cls }));
    defs.append(m);
  }
  svg.append(defs);

  // Merge the commands of one (from, to) pair into one label.
  const pairs = new Map();
  for (const e of edges) {
    const k = `${e.from}→${e.to}`;
    if (!pairs.has(k)) pairs.set(k, { from: e.from, to: e.to, labels: [] });
    if (e.label) pairs.get(k).labels.push(e.label);
  }
  const edgeLayer = el("g");
  const sideLabels = new Set();
  const labelLayer = el("g");
  for (const p of pairs.values()) {
    const a = pos(p.from);
    const b = pos(p.to);
    const on = p.labels.some((l) => opts.allowed?.has(l));
    const cls = on ? "edge on" : "edge";
    const marker = `url(#${on ? "arrow-on" : "arrow"})`;
    let d;
    let side = false;
    let lx;
    let ly;
    if (p.from === p.to) {
      d = `M${a.x - 14},${a.y - BH / 2} C${a.x - 40},${a.y - 80} ${a.x + 40},${a.y - 80} ${a.x + 14},${a.y - BH / 2}`;
      lx = a.x;
      ly = a.y - 78;
    } else if (row.get(p.from) === row.get(p.to) && Math.abs(rank.get(p.to) - rank.get(p.from)) === 1) {
      const dir = Math.sign(b.x - a.x);
      d = `M${a.x + (dir * BW) / 2},${a.y} L${b.x - (dir * BW) / 2},${b.y}`;
      lx = (a.x + b.x) / 2;
      ly = a.y + BH / 2 + 14;
      if (rank.get(p.from) % 2 === 0) ly += 11;
    } else if (row.get(p.from) === 0 && row.get(p.to) === 0) {
      const h = 40 + 18 * Math.abs(rank.get(p.to) - rank.get(p.from));
      d = `M${a.x + 10},${a.y - BH / 2} C${a.x + 10},${a.y - BH / 2 - h} ${b.x - 10},${b.y - BH / 2 - h} ${b.x - 10},${b.y - BH / 2}`;
      lx = (a.x + b.x) / 2;
      ly = a.y - BH / 2 - h * 0.75 - 4;
    } else {
      const down = row.get(p.to) > row.get(p.from);
      const y1 = a.y + (down ? BH / 2 : -BH / 2);
      const y2 = b.y + (down ? -BH / 2 : BH / 2);
      d = `M${a.x},${y1} C${a.x},${(y1 + y2) / 2} ${b.x},${(y1 + y2) / 2} ${b.x},${y2}`;
      // Several states lead to a side state by the same commands: label them once, beside it.
      lx = b.x + BW / 2 + 4;
      ly = b.y + 4;
      side = true;
      const key = `${p.to}:${p.labels.join(",")}`;
      if (sideLabels.has(key)) p.labels = [];
      sideLabels.add(key);
    }
    edgeLayer.append(el("path", { d, class: cls, "marker-end": marker, fill: "none" }));
    if (p.labels.length) {
      const lines = [...new Set(p.labels)].flatMap((l) => wrap(opts.commandLabel(l), 18));
      const cls2 = on ? "edge-label on" : "edge-label";
      lines.forEach((line, i) => {
        const anchor = side ? "start" : "middle";
        labelLayer.append(el("text", { x: lx, y: ly - (lines.length - 1 - i) * 11, class: cls2, "text-anchor": anchor }, line));
      });
    }
  }
  svg.append(edgeLayer);
  for (const n of nodes) {
    const { x, y } = pos(n);
    const g = el("g", { class: `node${n === opts.current ? " current" : ""}`, "data-state": n });
    if (n === START || n === END) {
      g.append(el("circle", { cx: x, cy: y, r: n === START ? 9 : 11, class: n === START ? "start" : "end" }));
      if (n === END) g.append(el("circle", { cx: x, cy: y, r: 6, class: "start" }));
    } else {
      g.append(el("rect", { x: x - BW / 2, y: y - BH / 2, width: BW, height: BH, rx: 10 }));
      wrap(opts.stateLabel(n), 16)
        .slice(0, 3).forEach((line, i, all) => {
        g.append(el("text", { x, y: y + 4 + (i - (all.length - 1) / 2) * 13, "text-anchor": "middle" }, line));
      });
    }
    svg.append(g);
  }
  svg.append(labelLayer);
  return svg;
}
