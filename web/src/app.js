// marsad web UI: Arabic right-to-left first, English switchable. Plain ES modules, bundled by esbuild.
// Every value from the API is put into the page with textContent / attributes (never innerHTML): articles are
// untrusted text.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature } from "topojson-client";

const SVG_NS = "http://www.w3.org/2000/svg";
// Fixed colours per PLOVER type so a type looks the same in every view.
const TYPE_COLOURS = {
  AGREE: "#2e7d32", CONSULT: "#1565c0", SUPPORT: "#00897b", CONCEDE: "#7cb342", COOPERATE: "#43a047",
  AID: "#26a69a", RETREAT: "#9e9d24", REQUEST: "#5e35b1", ACCUSE: "#f57c00", REJECT: "#e65100",
  THREATEN: "#c62828", SANCTION: "#8e24aa", PROTEST: "#fbc02d", MOBILIZE: "#6d4c41", COERCE: "#ad1457",
  ASSAULT: "#b71c1c",
};
const state = { lang: localStorage.getItem("marsad.lang") || "ar", i18n: null, world: null };

// ---------- small DOM helpers ----------
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  return el;
}
const t = (key) => state.i18n?.[state.lang]?.[key] ?? key;
const typeName = (type) => state.i18n?.event_types?.[state.lang]?.[type] ?? type;
const labelName = (label) => state.i18n?.labels?.[state.lang]?.[label] ?? label;
const colour = (type) => TYPE_COLOURS[type] || "#607d8b";
const view = () => document.getElementById("view");
// Dates and codes read left to right even inside Arabic text (otherwise 2020-12-29 shows as 29-12-2020).
const ltr = (text) => h("bdi", { dir: "ltr" }, text);
// Children separated by " · ", skipping empty ones.
const joined = (parts) => parts.filter((x) => x !== null && x !== undefined && x !== "" && x !== false)
  .flatMap((x, i) => (i ? [" · ", x] : [x]));

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await res.json(); } catch { body = null; }
  if (!res.ok) throw new Error(body?.error || `HTTP ${res.status}`);
  return body;
}
function showError(err) {
  view().replaceChildren(h("div", { class: "error", role: "alert" }, `${t("error")}: ${err.message}`));
}
function argText(args) {
  if (!args || !args.length) return t("none");
  return args.map((a) => [a.text, [a.country, a.sector].filter(Boolean).join("/")].filter(Boolean).join(" · ")).join("، ");
}

// ---------- language ----------
function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  document.title = t("app_title");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  document.getElementById("lang-toggle").textContent = state.lang === "ar" ? "English" : "العربية";
}

// ---------- search ----------
// The snippet as text nodes with <mark> around the matched words (overlapping marks merged).
function marked(text, marks) {
  const merged = [];
  for (const [a, b] of [...marks].sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const out = [];
  let pos = 0;
  for (const [a, b] of merged) {
    if (a > pos) out.push(text.slice(pos, a));
    out.push(h("mark", {}, text.slice(a, b)));
    pos = b;
  }
  out.push(text.slice(pos));
  return out;
}
async function renderSearch(params) {
  const q = params.get("q") || "";
  const source = params.get("source") || "";
  const from = params.get("date_from") || "";
  const to = params.get("date_to") || "";
  const offset = Number(params.get("offset") || 0);
  const stats = await api("/api/stats").catch(() => ({ sources: [] }));
  const input = h("input", { type: "search", name: "q", id: "q", value: q, placeholder: t("search_placeholder"), dir: "auto" });
  const sourceSel = h("select", { name: "source", id: "source" }, h("option", { value: "" }, t("all_sources")),
    (stats.sources || []).map((x) => h("option", { value: x.name, selected: x.name === source }, `${x.name} (${x.articles})`)));
  const fromIn = h("input", { type: "date", name: "date_from", value: from, "aria-label": t("date_from") });
  const toIn = h("input", { type: "date", name: "date_to", value: to, "aria-label": t("date_to") });
  const form = h("form", { class: "search", role: "search", onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (input.value.trim()) p.set("q", input.value.trim());
    if (sourceSel.value) p.set("source", sourceSel.value);
    if (fromIn.value) p.set("date_from", fromIn.value);
    if (toIn.value) p.set("date_to", toIn.value);
    location.hash = `#/search?${p}`;
  } }, input, sourceSel, h("label", {}, t("date_from"), " ", fromIn), h("label", {}, t("date_to"), " ", toIn),
  h("button", { type: "submit", id: "search-button" }, t("search_button")));
  const results = h("div", { id: "results" }, t("loading"));
  view().replaceChildren(form, results);
  const p = new URLSearchParams(params);
  p.set("limit", "20");
  p.set("offset", String(offset));
  const data = await api(`/api/articles?${p}`);
  if (!data.items.length) { results.replaceChildren(h("p", { class: "empty" }, t("no_results"))); return; }
  const list = h("ol", { class: "results", start: offset + 1 }, data.items.map((a) => h("li", { class: "result" },
    h("a", { href: `#/article/${encodeURIComponent(a.id)}`, class: "result-title", dir: "auto" }, a.title || a.id),
    h("div", { class: "meta" }, joined([a.source, a.published && ltr(a.published),
      `${t("entities")}: ${a.entities}`, `${t("events")}: ${a.events}`])),
    a.snippet ? h("p", { class: "snippet", dir: "auto" }, marked(a.snippet, a.marks || [])) : null)));
  const pager = h("div", { class: "pager" });
  if (offset + data.items.length < data.total) {
    const next = new URLSearchParams(params);
    next.set("offset", String(offset + 20));
    pager.append(h("a", { href: `#/search?${next}` }, t("more")));
  }
  results.replaceChildren(h("p", { class: "count" }, `${data.total} ${t("results")}`), list, pager);
}

// ---------- article ----------
// Cut the body at every span boundary; each piece carries the classes of all spans covering it, so nested or
// overlapping spans (an entity inside a quote, a trigger inside a quote) still show.
function spanPieces(body, spans) {
  const cuts = new Set([0, body.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= body.length).sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    pieces.push({ start: a, end: b, spans: spans.filter((sp) => sp.start <= a && sp.end >= b) });
  }
  return pieces;
}

async function renderArticle(id) {
  view().replaceChildren(h("p", {}, t("loading")));
  const doc = await api(`/api/articles/${encodeURIComponent(id)}`);
  const art = doc.article || {};
  const body = art.body || "";
  const spans = [];
  (doc.entities || []).forEach((e, i) => {
    if (e.end > e.start) spans.push({ kind: "ent", start: e.start, end: e.end, label: e.label, i });
  });
  (doc.quotes || []).forEach((q, i) => { if (q.end > q.start) spans.push({ kind: "quote", start: q.start, end: q.end, i }); });
  (doc.events || []).forEach((ev, i) => {
    if (ev.trigger && ev.trigger.end > ev.trigger.start) spans.push({ kind: "trig", start: ev.trigger.start, end: ev.trigger.end, i });
  });
  const details = h("div", { class: "event-details", id: "event-details" }, h("p", { class: "hint" }, t("click_event")));
  const selectEvent = (i) => {
    for (const el of document.querySelectorAll(".selected")) el.classList.remove("selected");
    for (const el of document.querySelectorAll(`[data-event="${i}"]`)) el.classList.add("selected");
    details.replaceChildren(eventDetails(doc, doc.events[i]));
  };
  const text = h("div", { class: "article-body", id: "article-body", dir: "rtl" });
  for (const piece of spanPieces(body, spans)) {
    const str = body.slice(piece.start, piece.end);
    if (!piece.spans.length) { text.append(str); continue; }
    const classes = [];
    const titles = [];
    let eventIndex = null;
    let entityKey = null;
    for (const sp of piece.spans) {
      if (sp.kind === "ent") {
        const e = doc.entities[sp.i];
        classes.push("ent", `ent-${sp.label}`);
        entityKey = e.entity_id || `m${sp.i}`;
        const actor = e.actor ? [e.actor.country, e.actor.sector].filter(Boolean).join("/") : "";
        titles.push(`${labelName(sp.label)}${actor ? ` · ${actor}` : ""}${e.canonical && e.canonical !== e.text ? ` · ${e.canonical}` : ""}`);
      } else if (sp.kind === "quote") {
        const q = doc.quotes[sp.i];
        classes.push("quote");
        titles.push(`${t("quote")}${q.speaker ? ` · ${t("speaker")}: ${q.speaker}` : ""}`);
      } else {
        classes.push("trigger");
        eventIndex = sp.i;
        titles.push(`${typeName(doc.events[sp.i].event)} (${t("trigger")})`);
      }
    }
    const el = h("span", { class: [...new Set(classes)].join(" "), title: titles.join("\n"), "data-entity": entityKey }, str);
    if (eventIndex !== null) {
      el.dataset.event = eventIndex;
      el.setAttribute("role", "button");
      el.setAttribute("tabindex", "0");
      el.style.setProperty("--ev", colour(doc.events[eventIndex].event));
      el.addEventListener("click", () => selectEvent(eventIndex));
      el.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); selectEvent(eventIndex); }
      });
    }
    text.append(el);
  }
  const evList = h("ul", { class: "event-list", id: "event-list" }, (doc.events || []).map((ev, i) =>
    h("li", {}, h("button", { type: "button", class: "event-chip", "data-event": i, style: `--ev:${colour(ev.event)}`,
      onclick: () => selectEvent(i) }, h("b", {}, typeName(ev.event)), " ", ev.trigger?.text || "", ev.date ? [" · ", ltr(ev.date)] : ""))));
  const legend = h("div", { class: "legend" }, h("b", {}, `${t("legend")}: `),
    ["PER", "ORG", "LOC", "MISC"].map((l) => h("span", { class: `ent ent-${l}` }, labelName(l))),
    h("span", { class: "quote" }, t("quote")), h("span", { class: "trigger", style: "--ev:#c62828" }, t("trigger")));
  const meta = h("div", { class: "meta" }, joined([
    art.source_name || doc.source?.url || doc.source?.path,
    art.published ? [`${t("published")}: `, ltr(art.published)] : null,
    art.dateline ? `${t("dateline")}: ${art.dateline}` : null,
    art.authors?.length ? `${t("authors")}: ${art.authors.join("، ")}` : null]).flat());
  view().replaceChildren(
    h("p", {}, h("a", { href: state.lastList || "#/search" }, `${state.lang === "ar" ? "→" : "←"} ${t("back")}`)),
    h("div", { class: "article-layout" },
      h("article", { class: "article" }, h("h2", { dir: "auto" }, art.title || doc.id),
        art.subtitle ? h("p", { class: "subtitle" }, art.subtitle) : null, meta, legend, text),
      h("aside", { class: "side" },
        h("h3", {}, `${t("events")} (${(doc.events || []).length})`), evList, h("h3", {}, t("event_details")), details,
        h("h3", {}, `${t("entities")} (${(doc.entities || []).length})`), entityList(doc),
        h("h3", {}, `${t("quotes")} (${(doc.quotes || []).length})`), quoteList(doc))));
}

// Entities grouped by type, one line per referent (entity_id) with its mention count; a click outlines its mentions.
function entityList(doc) {
  const groups = new Map();
  (doc.entities || []).forEach((e, i) => {
    const key = e.entity_id || `m${i}`;
    if (!groups.has(e.label)) groups.set(e.label, new Map());
    const g = groups.get(e.label);
    if (!g.has(key)) g.set(key, { name: e.canonical || e.text, count: 0, actor: e.actor });
    g.get(key).count += 1;
  });
  return h("div", { class: "entity-list", id: "entity-list" }, ["PER", "ORG", "LOC", "MISC"].filter((l) => groups.has(l)).map((label) =>
    h("p", {}, h("span", { class: `ent ent-${label}` }, labelName(label)), " ",
      joined([...groups.get(label)].sort((a, b) => b[1].count - a[1].count).map(([key, v]) =>
        h("button", { type: "button", class: "entity-chip", "data-entity-key": key, onclick: () => {
          for (const el of document.querySelectorAll(".ent-focus")) el.classList.remove("ent-focus");
          for (const el of document.querySelectorAll(`#article-body [data-entity="${CSS.escape(key)}"]`)) el.classList.add("ent-focus");
        } }, v.name, v.count > 1 ? ` ×${v.count}` : "", v.actor?.country ? [" ", ltr(v.actor.country)] : ""))).flat())));
}
function quoteList(doc) {
  return h("ul", { class: "quote-list" }, (doc.quotes || []).map((q) =>
    h("li", {}, q.speaker ? h("b", {}, `${q.speaker}: `) : null, `«${q.text}»`)));
}

function eventDetails(doc, ev) {
  const body = doc.article?.body || "";
  const evidence = ev.sentence ? body.slice(ev.sentence[0], ev.sentence[1]) : ev.trigger?.text || "";
  const flags = ["negated", "future", "hypothetical", "historical"].filter((f) => ev[f]).map(t).join("، ");
  const place = ev.location ? [ev.location.name, ev.location.country].filter(Boolean).join(" · ") : t("none");
  const row = (k, v) => [h("dt", {}, t(k)), h("dd", {}, v && v.length !== 0 ? v : t("none"))];
  return h("dl", { class: "details" },
    h("dt", {}, typeName(ev.event)), h("dd", {}, h("span", { class: "type-badge", style: `background:${colour(ev.event)}` }, ev.event),
      flags ? ` (${flags})` : ""),
    row("mode", ev.mode), row("cameo", ev.cameo), row("actor", argText(ev.actor)), row("recipient", argText(ev.recipient)),
    row("date", ev.date ? [ltr(ev.date), ev.date_source ? ` (${ev.date_source})` : ""] : ""), row("place", place),
    row("confidence", ev.confidence != null ? Number(ev.confidence).toFixed(2) : ""),
    h("dt", {}, t("evidence")), h("dd", {}, h("blockquote", { class: "evidence", dir: "rtl" }, evidence)));
}

// ---------- timeline ----------
// Date range controls shared by the timeline, network and map; they write date_from/date_to into the hash.
function rangeForm(name, params, extra = []) {
  const from = h("input", { type: "date", name: "date_from", value: params.get("date_from") || "" });
  const to = h("input", { type: "date", name: "date_to", value: params.get("date_to") || "" });
  // only events that happen as told (not negated, future, hypothetical or historical)
  const actual = h("label", {}, h("input", { type: "checkbox", name: "actual", checked: params.get("actual") === "true" }),
    " ", t("actual_only"));
  return h("form", { class: "search range", onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const el of e.target.elements) {
      if (el.type === "checkbox") { if (el.name && el.checked) p.set(el.name, "true"); }
      else if (el.name && el.value) p.set(el.name, el.value);
    }
    location.hash = `#/${name}?${p}`;
  } }, h("label", {}, t("date_from"), " ", from), h("label", {}, t("date_to"), " ", to), extra, actual,
  h("button", { type: "submit", class: "small-button" }, t("apply")));
}
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
const isoDay = (n) => new Date(n * 86400000).toISOString().slice(0, 10);

async function renderTimeline(params) {
  view().replaceChildren(h("p", {}, t("loading")));
  const q = new URLSearchParams();
  for (const k of ["date_from", "date_to", "actual"]) if (params.get(k)) q.set(k, params.get(k));
  const stats = await api(`/api/stats?${q}`);
  let rows = stats.by_day.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.day));
  let note = null;
  if (!params.get("date_from") && !params.get("date_to") && rows.length) {
    // no range asked: drop the sparse tails (first and last 1% of events), which are mostly misdated
    const total = rows.reduce((a, r) => a + r.count, 0);
    const sorted = [...rows].sort((a, b) => (a.day < b.day ? -1 : 1));
    let acc = 0, lo = sorted[0].day, hi = sorted[sorted.length - 1].day;
    for (const r of sorted) { acc += r.count; if (acc >= total * 0.01) { lo = r.day; break; } }
    acc = 0;
    for (const r of [...sorted].reverse()) { acc += r.count; if (acc >= total * 0.01) { hi = r.day; break; } }
    const kept = rows.filter((r) => r.day >= lo && r.day <= hi);
    const outside = total - kept.reduce((a, r) => a + r.count, 0);
    if (outside > 0) {
      rows = kept;
      note = h("p", { class: "hint" }, `${t("outside_range")}: ${outside}`);
    }
  }
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const box = h("section", { class: "chart", id: "timeline" }, h("h2", {}, t("timeline_title")), rangeForm("timeline", params));
  if (!days.length) { box.append(h("p", { class: "empty" }, t("no_data"))); view().replaceChildren(box); return; }
  const perDay = new Map(days.map((d) => [d, new Map()]));
  for (const r of rows) perDay.get(r.day).set(r.type, r.count);
  const max = Math.max(...days.map((d) => [...perDay.get(d).values()].reduce((a, b) => a + b, 0)));
  // a true time axis: gaps between days stay visible, whatever the span
  const first = dayNumber(days[0]), last = dayNumber(days[days.length - 1]);
  const span = last - first + 1;
  const W = 1100, H = 360, left = 50, right = 15, bottom = 80, top = 10;
  const plot = W - left - right;
  const step = plot / span;
  const bw = Math.max(1, Math.min(40, step - (step > 4 ? 2 : 0)));
  const x = (d) => left + (dayNumber(d) - first) * step + (step - bw) / 2;
  const y = (v) => H - bottom - (v / max) * (H - bottom - top);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", class: "timeline-svg", direction: "ltr", role: "img" });
  for (let k = 0; k <= 4; k++) {
    const v = Math.round((max * k) / 4);
    svg.append(s("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), class: "grid" }),
      s("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", class: "axis" }, String(v)));
  }
  for (const d of days) {
    let acc = 0;
    for (const type of types) {
      const c = perDay.get(d).get(type) || 0;
      if (!c) continue;
      const drill = { type, date_from: d, date_to: d, ...(params.get("actual") === "true" ? { actual: "true" } : {}) };
      const href = `#/events?${new URLSearchParams(drill)}`;  // drill down to the events (same "actual" choice)
      svg.append(s("a", { href }, s("rect", { x: x(d), y: y(acc + c), width: bw, height: y(acc) - y(acc + c), fill: colour(type),
        class: "bar" }, s("title", {}, `${d} · ${typeName(type)}: ${c}`))));
      acc += c;
    }
  }
  const ticks = Math.min(span, 10);
  for (let k = 0; k < ticks; k++) {
    const d = isoDay(first + Math.round((k * (span - 1)) / Math.max(1, ticks - 1)));
    const tx = x(d) + bw / 2;
    svg.append(s("line", { x1: tx, x2: tx, y1: H - bottom, y2: H - bottom + 4, class: "grid" }),
      s("text", { x: tx, y: H - bottom + 14, class: "axis", transform: `rotate(45 ${tx} ${H - bottom + 14})` }, d));
  }
  box.append(svg, typeLegend(types), h("p", { class: "hint" }, `${days.length} ${t("days_with_events")} · `,
    ltr(days[0]), " – ", ltr(days[days.length - 1])), note);
  view().replaceChildren(box);
}
function typeLegend(types) {
  return h("div", { class: "legend type-legend" }, types.map((type) =>
    h("span", { class: "swatch-item" }, h("span", { class: "swatch", style: `background:${colour(type)}` }), typeName(type))));
}

// ---------- network ----------
// A small deterministic force layout (no library): repulsion between all nodes, springs along edges.
function layout(nodes, edges, W, H) {
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(a);
    n.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const index = new Map(nodes.map((n, i) => [n.key, i]));
  for (let it = 0; it < 300; it++) {
    const cool = 1 - it / 300;
    const fx = new Float64Array(nodes.length), fy = new Float64Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
      let dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
      const d2 = Math.max(dx * dx + dy * dy, 25);
      const f = 6000 / d2;
      const d = Math.sqrt(d2);
      dx /= d; dy /= d;
      fx[i] += dx * f; fy[i] += dy * f; fx[j] -= dx * f; fy[j] -= dy * f;
    }
    for (const e of edges) {
      const i = index.get(e.actor), j = index.get(e.recipient);
      if (i === undefined || j === undefined || i === j) continue;
      const dx = nodes[j].x - nodes[i].x, dy = nodes[j].y - nodes[i].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 110) * 0.015;
      fx[i] += (dx / d) * f; fy[i] += (dy / d) * f; fx[j] -= (dx / d) * f; fy[j] -= (dy / d) * f;
    }
    nodes.forEach((n, i) => {
      fx[i] += (W / 2 - n.x) * 0.005; fy[i] += (H / 2 - n.y) * 0.005;
      n.x = Math.min(W - 40, Math.max(40, n.x + Math.max(-20, Math.min(20, fx[i])) * cool * 2));
      n.y = Math.min(H - 30, Math.max(30, n.y + Math.max(-20, Math.min(20, fy[i])) * cool * 2));
    });
  }
}
async function renderNetwork(params) {
  view().replaceChildren(h("p", {}, t("loading")));
  const by = params.get("by") === "country" ? "country" : "name";
  const limit = Math.min(150, Math.max(5, Number(params.get("limit")) || 30));
  const type = params.get("type") || "";
  const q = new URLSearchParams({ by, limit: String(limit) });
  for (const k of ["date_from", "date_to", "type", "actual"]) if (params.get(k)) q.set(k, params.get(k));
  const data = await api(`/api/actors?${q}`);
  const typeSel = h("select", { name: "type" }, h("option", { value: "" }, t("all_types")),
    Object.keys(TYPE_COLOURS).map((k) => h("option", { value: k, selected: k === type }, typeName(k))));
  const bySel = h("select", { name: "by" }, h("option", { value: "name" }, t("by_name")),
    h("option", { value: "country", selected: by === "country" }, t("by_country")));
  const limitIn = h("input", { type: "number", name: "limit", min: 5, max: 150, value: limit, "aria-label": t("actors_shown"), class: "num" });
  const box = h("section", { class: "chart", id: "network" }, h("h2", {}, t("network_title")),
    rangeForm("network", params, [bySel, typeSel, h("label", {}, t("actors_shown"), " ", limitIn)]));
  const keys = new Set();
  for (const e of data.edges) { keys.add(e.actor); keys.add(e.recipient); }
  const nodes = data.items.filter((a) => keys.has(a.key));
  if (!nodes.length) { box.append(h("p", { class: "empty" }, t("no_data"))); view().replaceChildren(box); return; }
  const W = 1000, H = 640;
  layout(nodes, data.edges, W, H);
  const pos = new Map(nodes.map((n) => [n.key, n]));
  const maxE = Math.max(...data.edges.map((e) => e.count));
  const maxN = Math.max(...nodes.map((n) => n.as_actor + n.as_recipient));
  for (const n of nodes) n.r = 5 + (11 * Math.sqrt((n.as_actor + n.as_recipient) / maxN));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", class: "network-svg", direction: "ltr", role: "img" },
    s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9,
      markerUnits: "userSpaceOnUse", orient: "auto" },
    s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#78909c" }))));
  for (const e of data.edges) {
    const a = pos.get(e.actor), b = pos.get(e.recipient);
    if (!a || !b || a === b) continue;
    const top = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0]?.[0];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const x2 = b.x - ((b.x - a.x) / len) * (b.r + 3), y2 = b.y - ((b.y - a.y) / len) * (b.r + 3);
    svg.append(s("line", { x1: a.x, y1: a.y, x2, y2, stroke: colour(top), "stroke-opacity": 0.35 + (0.5 * e.count) / maxE,
      "stroke-width": 1 + (5 * e.count) / maxE, "marker-end": "url(#arrow)", class: "edge" },
    s("title", {}, `${a.name} → ${b.name}: ${e.count} (${Object.entries(e.types).map(([k, v]) => `${typeName(k)} ${v}`).join("، ")})`)));
  }
  for (const n of nodes) {
    const node = s("g", { class: "node" },
      s("circle", { cx: n.x, cy: n.y, r: n.r, fill: "#37474f", stroke: "#fff", "stroke-width": 1.5 }),
      s("text", { x: n.x, y: n.y - n.r - 4, "text-anchor": "middle", class: "node-label" }, n.name),
      s("title", {}, `${n.name} ${[n.country, n.sector].filter(Boolean).join("/")}: ${t("actor")} ${n.as_actor}، ${t("recipient")} ${n.as_recipient}`));
    // a node opens the events this actor (or this country's actors) carried out
    const filter = by === "country" ? { actor_country: n.key } : { actor: n.key };
    if (params.get("actual") === "true") filter.actual = "true";
    svg.append(s("a", { href: `#/events?${new URLSearchParams(filter)}` }, node));
  }
  const types = [...new Set(data.edges.flatMap((e) => Object.keys(e.types)))].sort();
  box.append(svg, typeLegend(types));
  view().replaceChildren(box);
}

// ---------- map ----------
async function renderMap() {
  view().replaceChildren(h("p", {}, t("loading")));
  if (!state.world) state.world = await fetch("countries-110m.json").then((r) => r.json());
  const data = await api("/api/places");
  const W = 960, H = 500;
  const countries = feature(state.world, state.world.objects.countries);
  const located = data.items.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const projection = geoNaturalEarth1();
  if (located.length && !state.mapWorld) {
    // zoom to the events' region (at least 24 degrees across) rather than the whole world
    const lons = located.map((p) => p.lon), lats = located.map((p) => p.lat);
    const cx = (Math.min(...lons) + Math.max(...lons)) / 2, cy = (Math.min(...lats) + Math.max(...lats)) / 2;
    const hw = Math.max(12, (Math.max(...lons) - Math.min(...lons)) / 2 + 4);
    const hh = Math.max(8, (Math.max(...lats) - Math.min(...lats)) / 2 + 3);
    projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: "MultiPoint", coordinates: [
      [cx - hw, Math.max(-85, cy - hh)], [cx + hw, Math.min(85, cy + hh)], [cx - hw, Math.min(85, cy + hh)],
      [cx + hw, Math.max(-85, cy - hh)]] });
  } else {
    projection.fitSize([W, H], { type: "Sphere" });
  }
  const path = geoPath(projection);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", class: "map-svg", direction: "ltr", role: "img" },
    s("path", { d: path({ type: "Sphere" }), class: "sphere" }),
    s("path", { d: path(geoGraticule10()), class: "graticule" }),
    countries.features.map((f) => s("path", { d: path(f), class: "country" }, s("title", {}, f.properties?.name || ""))));
  const max = Math.max(1, ...located.map((p) => p.count));
  located.sort((a, b) => b.count - a.count);  // labels go to the 12 busiest places only, to stay readable
  const placed = [];
  const labels = [];
  for (const p of located) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !Number.isFinite(xy[0])) continue;
    const top = Object.entries(p.types).sort((a, b) => b[1] - a[1])[0]?.[0];
    placed.push(p);
    const r = 4 + 12 * Math.sqrt(p.count / max);
    svg.append(s("a", { href: `#/events?${new URLSearchParams({ place: p.name || p.country || "" })}`, class: "place-mark" },
      s("circle", { cx: xy[0], cy: xy[1], r, fill: colour(top), class: "place" },
        s("title", {}, `${p.name} (${p.country || "?"}): ${p.count} — ${Object.entries(p.types).map(([k, v]) => `${typeName(k)} ${v}`).join("، ")}`)),
      ));
    if (placed.length <= 12) labels.push(s("text", { x: xy[0], y: xy[1] - r - 3, "text-anchor": "middle", class: "node-label" }, p.name));
  }
  svg.append(...labels);  // after every circle, so no label is hidden under a later mark
  const toggle = h("button", { type: "button", id: "map-toggle", class: "small-button", onclick: () => {
    state.mapWorld = !state.mapWorld;
    route();
  } }, state.mapWorld ? t("map_region") : t("map_world"));
  const list = h("ul", { class: "place-list" }, placed.slice(0, 30).map((p) =>
    h("li", {}, h("b", {}, p.name), ` (${p.country || "?"}) · ${p.count}`)));
  const types = [...new Set(placed.flatMap((p) => Object.keys(p.types)))].sort();
  view().replaceChildren(h("section", { class: "chart", id: "map" }, h("h2", {}, t("map_title"), " ", toggle), svg,
    typeLegend(types), placed.length ? list : h("p", { class: "empty" }, t("no_data"))));
}

// ---------- events ----------
async function renderEvents(params) {
  view().replaceChildren(h("p", {}, t("loading")));
  const offset = Math.max(0, Number(params.get("offset")) || 0);
  const q = new URLSearchParams({ limit: "50", offset: String(offset) });
  for (const k of ["type", "actor_country", "recipient_country", "actor", "recipient", "date_from", "date_to", "place", "actual"]) {
    if (params.get(k)) q.set(k, params.get(k));
  }
  const data = await api(`/api/events?${q}`);
  const typeSel = h("select", { name: "type" }, h("option", { value: "" }, t("all_types")),
    Object.keys(TYPE_COLOURS).map((k) => h("option", { value: k, selected: k === params.get("type") }, typeName(k))));
  const code = (name, label) => h("label", {}, t(label), " ", h("input", { name, value: params.get(name) || "", size: 4,
    maxlength: 3, pattern: "[A-Za-z]{3}", placeholder: "RUS", class: "num", dir: "ltr" }));
  const text = (name) => h("label", {}, t(name), " ", h("input", { name, value: params.get(name) || "", size: 10 }));
  const placeIn = [text("actor"), text("recipient"), text("place")];
  const box = h("section", { class: "chart", id: "events" }, h("h2", {}, t("events_title")),
    rangeForm("events", params, [typeSel, code("actor_country", "actor_country"), code("recipient_country", "recipient_country"), placeIn]));
  if (!data.items.length) { box.append(h("p", { class: "empty" }, t("no_data"))); view().replaceChildren(box); return; }
  const rows = data.items.map((ev) => h("tr", {},
    h("td", { class: "nowrap" }, ev.date ? ltr(ev.date) : t("none")),
    h("td", {}, h("span", { class: "type-badge", style: `background:${colour(ev.event)}` }, typeName(ev.event))),
    h("td", {}, argText(ev.actor)), h("td", {}, argText(ev.recipient)),
    h("td", {}, ev.location ? ev.location.name || ev.location.country : t("none")),
    h("td", { class: "evidence-cell" }, ev.evidence || ev.trigger?.text || ""),
    h("td", {}, h("a", { href: `#/article/${encodeURIComponent(ev.article_id)}` }, ev.article_title || ev.article_id))));
  const head = h("tr", {}, ["date", "event_type", "actor", "recipient", "place", "evidence", "article"].map((k) => h("th", {}, t(k))));
  const pager = h("div", { class: "pager" }, `${data.total} ${t("events")}`);
  const nav = (off, label) => {
    const p = new URLSearchParams(params);
    p.set("offset", String(off));
    return h("a", { href: `#/events?${p}`, class: "page-link" }, label);
  };
  if (offset > 0) pager.append(" · ", nav(Math.max(0, offset - 50), t("previous")));
  if (offset + data.items.length < data.total) pager.append(" · ", nav(offset + 50, t("more")));
  box.append(pager, h("table", { class: "events-table" }, h("thead", {}, head), h("tbody", {}, rows)));
  view().replaceChildren(box);
}

// ---------- export ----------
async function renderExport() {
  const formats = [["plover", "PLOVER JSON Lines"], ["polecat", "POLECAT TSV"], ["csv", "CSV"], ["parquet", "Parquet"]];
  view().replaceChildren(h("section", { class: "chart", id: "export" }, h("h2", {}, t("export_title")), h("p", {}, t("export_help")),
    h("ul", {}, formats.map(([f, name]) => h("li", {}, h("a", { href: `/api/export?format=${f}`, download: "" }, name))))));
}

// ---------- routing ----------
async function route() {
  const hash = location.hash.replace(/^#/, "") || "/search";
  const [path, query] = hash.split("?");
  const params = new URLSearchParams(query || "");
  const name = path.split("/")[1] || "search";
  if (name === "search" || name === "events") state.lastList = `#${hash}`;  // where "back to results" returns
  document.body.dataset.ready = "";  // set again when this view has rendered (tests wait for it)
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
  try {
    if (name === "article") await renderArticle(decodeURIComponent(path.slice("/article/".length)));
    else if (name === "timeline") await renderTimeline(params);
    else if (name === "network") await renderNetwork(params);
    else if (name === "map") await renderMap();
    else if (name === "events") await renderEvents(params);
    else if (name === "export") await renderExport();
    else await renderSearch(params);
    document.body.dataset.ready = name;
  } catch (err) {
    showError(err);
    document.body.dataset.ready = "error";
  }
}

async function start() {
  state.i18n = await fetch("i18n.json").then((r) => r.json());
  applyLanguage();
  document.getElementById("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("marsad.lang", state.lang);
    applyLanguage();
    route();
  });
  window.addEventListener("hashchange", route);
  await route();
}
start();
