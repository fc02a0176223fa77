// The dashboard page: loading, tabs, tables and downloads. All computing happens in ./worker.ts.
import type {
  ActionRow,
  ImportSummary,
  IssueRow,
  ItemRow,
  ProgressRow,
  RankingRow,
  TraceRow,
  ViewModel,
} from "./engine/view-model.js";
import { type Lang, type TextKey, t } from "./i18n.js";
import { WorkerClient, WorkerRequestError } from "./protocol.js";
import { radarChart } from "./radar.js";
import { type Column, VirtualTable } from "./virtual-table.js";

const client = new WorkerClient(new Worker(new URL("./worker.ts", import.meta.url), { type: "module" }));

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

type Tab = "ranking" | "unit" | "progress" | "supervision" | "downloads";
const TABS: readonly [Tab, TextKey][] = [
  ["ranking", "tabRanking"],
  ["unit", "tabUnit"],
  ["progress", "tabProgress"],
  ["supervision", "tabSupervision"],
  ["downloads", "tabDownloads"],
];

const state = {
  lang: (navigator.language.startsWith("zh") ? "zh" : "en") as Lang,
  vm: undefined as ViewModel | undefined,
  tab: "ranking" as Tab,
  category: "",
  search: "",
  colour: "" as "" | ProgressRow["colour"],
  unit: undefined as string | undefined,
  trace: [] as TraceRow[],
  messages: [] as { title: string; issues: readonly IssueRow[]; kind: "info" | "error" }[],
};

// The long lists arrive as UTF-8 JSON and are parsed on first use (see ViewModel).
// The cache is emptied whenever a new view model arrives.
const parsed = new Map<"progress" | "items" | "actions", unknown>();
function list<T>(name: "progress" | "items" | "actions", json: ArrayBuffer): T[] {
  if (!parsed.has(name)) parsed.set(name, JSON.parse(new TextDecoder().decode(json)));
  return parsed.get(name) as T[];
}

const tx = (key: TextKey, vars?: Record<string, string | number>) => t(state.lang, key, vars);
const node = <K extends keyof HTMLElementTagNameMap>(tag: K, text = "", attrs: Record<string, string> = {}) => {
  const el = document.createElement(tag);
  if (text !== "") el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};
const name = (text: { zh: string; en: string }) => text[state.lang];
const unitName = (id: string) => {
  const row = state.vm?.rows.find((r) => r.unit === id);
  return row === undefined ? id : name(row.name);
};

function setBusy(busy: boolean, text = tx("working")): void {
  document.body.dataset.busy = String(busy);
  if (busy) $("status").textContent = text;
}

function showError(error: unknown): void {
  const detail =
    error instanceof WorkerRequestError ? error.detail : { zh: String(error), en: String(error), issues: [] };
  state.messages = [{ title: `${tx("error")}: ${detail[state.lang]}`, issues: detail.issues, kind: "error" }];
  renderMessages();
}

// ---- loading -------------------------------------------------------------------------------

async function recompute(): Promise<void> {
  const asOf = $<HTMLInputElement>("as-of").value;
  const vm = await client.request<ViewModel>({ type: "compute", ...(asOf === "" ? {} : { asOf }) });
  state.vm = vm;
  parsed.clear();
  $<HTMLInputElement>("as-of").value = vm.asOf;
  $<HTMLInputElement>("as-of").min = `${vm.project.period.slice(0, 4)}-01-01`;
  $<HTMLInputElement>("as-of").max = `${vm.project.period.slice(0, 4)}-12-31`;
  if (state.unit !== undefined && !vm.rows.some((r) => r.unit === state.unit)) state.unit = undefined;
  if (state.unit !== undefined) state.trace = await client.request<TraceRow[]>({ type: "explain", unit: state.unit });
  renderAll();
}

async function run(task: () => Promise<void>): Promise<void> {
  setBusy(true);
  try {
    await task();
  } catch (error) {
    showError(error);
  } finally {
    setBusy(false);
    renderStatus();
  }
}

function loadExample(): Promise<void> {
  return run(async () => {
    const warnings = await client.request<IssueRow[]>({ type: "example" });
    state.messages = [{ title: tx("projectLoaded"), issues: warnings, kind: "info" }];
    $<HTMLInputElement>("as-of").value = "";
    await recompute();
  });
}

function loadFiles(files: readonly File[]): Promise<void> {
  return run(async () => {
    const messages: typeof state.messages = [];
    for (const file of files) {
      const bytes = await file.arrayBuffer();
      try {
        const r = await client.request<ImportSummary | { project: IssueRow[] }>(
          { type: "file", name: file.name, bytes },
          [bytes],
        );
        if ("project" in r) {
          $<HTMLInputElement>("as-of").value = "";
          messages.push({ title: `${tx("projectLoaded")}: ${file.name}`, issues: r.project, kind: "info" });
        } else {
          const title = tx("importTitle", {
            file: r.file,
            read: r.rowsRead,
            accepted: r.accepted,
            rejected: r.rejected,
          });
          messages.push({
            title,
            issues: r.issues,
            kind: r.issues.some((i) => i.severity === "error") ? "error" : "info",
          });
        }
      } catch (error) {
        const detail =
          error instanceof WorkerRequestError ? error.detail : { zh: String(error), en: String(error), issues: [] };
        messages.push({ title: `${file.name}: ${detail[state.lang]}`, issues: detail.issues, kind: "error" });
      }
    }
    state.messages = messages;
    renderMessages();
    await recompute();
  });
}

// ---- rendering -----------------------------------------------------------------------------

function renderStatus(): void {
  const vm = state.vm;
  if (vm === undefined) return;
  const parts = [tx("scored", { n: vm.rows.length, ms: vm.millis })];
  if (vm.imported > 0) parts.push(tx("imported", { n: vm.imported }));
  $("status").textContent = parts.join(" · ");
}

function issueText(i: IssueRow): string {
  const where = [
    i.file,
    i.row === undefined ? undefined : tx("row", { row: i.row }),
    i.column === undefined ? undefined : tx("column", { column: i.column }),
    i.path === undefined || i.path === "" ? undefined : i.path,
  ].filter((x) => x !== undefined);
  return `${i.severity === "error" ? tx("error") : tx("warning")} · ${where.join(" ")}: ${i.message[state.lang]}`;
}

function renderMessages(): void {
  const box = $("messages");
  box.replaceChildren();
  for (const m of state.messages) {
    const block = node("div", "", { class: `message ${m.kind}` });
    block.append(node("p", m.title, { class: m.kind === "error" ? "error" : "" }));
    if (m.issues.length > 0) {
      const list = node("ul", "", { class: "issue-list" });
      for (const i of m.issues.slice(0, 50)) list.append(node("li", issueText(i), { class: i.severity }));
      if (m.issues.length > 50) list.append(node("li", `… +${m.issues.length - 50}`));
      block.append(list);
    }
    box.append(block);
  }
}

function renderTabs(): void {
  const nav = $("tabs");
  nav.setAttribute("aria-label", tx("title"));
  nav.replaceChildren(
    ...TABS.map(([id, key]) => {
      const b = node("button", tx(key), {
        type: "button",
        role: "tab",
        id: `tab-${id}`,
        "aria-controls": `panel-${id}`,
        "aria-selected": String(state.tab === id),
      });
      b.tabIndex = state.tab === id ? 0 : -1;
      b.addEventListener("click", () => selectTab(id));
      b.addEventListener("keydown", (event) => {
        const i = TABS.findIndex(([t]) => t === id);
        const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        const next = TABS[(i + step + TABS.length) % TABS.length]?.[0] ?? id;
        selectTab(next);
        $(`tab-${next}`).focus();
      });
      return b;
    }),
  );
  for (const [id] of TABS) {
    const panel = $(`panel-${id}`);
    panel.hidden = state.tab !== id;
    panel.setAttribute("aria-labelledby", `tab-${id}`);
  }
}

function selectTab(tab: Tab): void {
  state.tab = tab;
  renderTabs();
  if (tab === "progress") renderProgress();
  if (tab === "supervision") renderSupervision();
}

// Ranking ------------------------------------------------------------------------------------

const rankingTable = new VirtualTable<RankingRow>({ caption: "", columns: [] });

function rankingColumns(): Column<RankingRow>[] {
  const vm = state.vm as ViewModel;
  const categories = new Map(vm.categories.map((c) => [c.id, name(c.name)]));
  const grades = new Map(vm.grades.map((g) => [g.id, name(g.name)]));
  return [
    { header: tx("rank"), cell: (r) => (r.rank === null ? "—" : String(r.rank)), numeric: true },
    {
      header: tx("categoryRank"),
      cell: (r) => (r.categoryRank === null ? "—" : String(r.categoryRank)),
      numeric: true,
    },
    {
      header: tx("name"),
      cell: (r) => {
        const b = node("button", name(r.name), { type: "button", "data-unit": r.unit });
        b.addEventListener("click", () => void openUnit(r.unit));
        return b;
      },
    },
    { header: tx("unit"), cell: (r) => r.unit },
    { header: tx("category"), cell: (r) => (r.category === null ? "—" : (categories.get(r.category) ?? r.category)) },
    { header: tx("total"), cell: (r) => r.total ?? "—", numeric: true },
    { header: tx("grade"), cell: (r) => (r.grade === null ? "—" : (grades.get(r.grade) ?? r.grade)) },
    { header: tx("flags"), cell: (r) => r.flags.join(" ") },
  ];
}

function filteredRows(): RankingRow[] {
  const vm = state.vm as ViewModel;
  const q = state.search.trim().toLowerCase();
  return vm.rows.filter(
    (r) =>
      (state.category === "" || r.category === state.category) &&
      (q === "" || r.unit.toLowerCase().includes(q) || r.name.zh.includes(q) || r.name.en.toLowerCase().includes(q)),
  );
}

function renderRanking(): void {
  const panel = $("panel-ranking");
  const vm = state.vm;
  if (vm === undefined) return;
  if (!panel.contains(rankingTable.element)) {
    const filters = node("div", "", { class: "filters" });
    const catLabel = node("label", "", { for: "category", id: "category-label" });
    const select = node("select", "", { id: "category" });
    select.addEventListener("change", () => {
      state.category = select.value;
      updateRanking();
    });
    const searchLabel = node("label", "", { for: "search", id: "search-label" });
    const search = node("input", "", { id: "search", type: "search" });
    search.addEventListener("input", () => {
      state.search = search.value;
      updateRanking();
    });
    filters.append(catLabel, select, searchLabel, search, node("span", "", { id: "row-count" }));
    panel.append(filters, rankingTable.element);
  }
  $("category-label").textContent = tx("category");
  $("search-label").textContent = tx("search");
  const select = $<HTMLSelectElement>("category");
  select.replaceChildren(
    node("option", tx("allCategories"), { value: "" }),
    ...vm.categories.map((c) => node("option", name(c.name), { value: c.id })),
  );
  if (!vm.categories.some((c) => c.id === state.category)) state.category = "";
  select.value = state.category;
  updateRanking();
}

function updateRanking(): void {
  const rows = filteredRows();
  rankingTable.setCaption(`${tx("tabRanking")} — ${name((state.vm as ViewModel).project.plan)}`);
  rankingTable.update(rows, rankingColumns());
  $("row-count").textContent = tx("showing", { n: rows.length });
}

// Unit page ----------------------------------------------------------------------------------

async function openUnit(unit: string): Promise<void> {
  state.unit = unit;
  state.trace = await client.request<TraceRow[]>({ type: "explain", unit });
  renderUnit();
  selectTab("unit");
  $("unit-heading").focus();
}

function renderUnit(): void {
  const panel = $("panel-unit");
  const vm = state.vm;
  const row = vm?.rows.find((r) => r.unit === state.unit);
  if (vm === undefined || row === undefined) {
    panel.replaceChildren(node("p", tx("chooseUnit")));
    return;
  }
  const heading = node("h2", `${name(row.name)} (${row.unit})`, { id: "unit-heading", tabindex: "-1" });
  const back = node("button", tx("back"), { type: "button" });
  back.addEventListener("click", () => {
    selectTab("ranking");
    $("tab-ranking").focus();
  });
  const summary = node(
    "p",
    `${tx("rank")}: ${row.rank ?? "—"} · ${tx("total")}: ${row.total ?? "—"} · ${tx("grade")}: ${
      row.grade === null
        ? "—"
        : name(vm.grades.find((g) => g.id === row.grade)?.name ?? { zh: row.grade, en: row.grade })
    }`,
  );
  const axes = vm.pillars.map((p, i) => ({ label: name(p.name), score: row.pillars[i] ?? null }));
  const left = node("div");
  left.append(node("h3", tx("pillars")), radarChart(axes, tx("radar", { name: name(row.name) })));
  const pillarList = node("ul");
  for (const a of axes) pillarList.append(node("li", `${a.label}: ${a.score ?? "—"}`));
  left.append(pillarList);
  const right = node("div");
  const trace = node("ol", "", { id: "trace", class: "trace" });
  for (const s of state.trace) trace.append(node("li", s.text[state.lang], { "data-step": s.step }));
  right.append(node("h3", tx("trace")), trace);
  const grid = node("div", "", { class: "unit-page" });
  grid.append(left, right);
  panel.replaceChildren(heading, back, summary, grid);
}

// Progress board -----------------------------------------------------------------------------

const progressTable = new VirtualTable<ProgressRow>({ caption: "", columns: [] });

function light(colour: ProgressRow["colour"], text?: string): HTMLElement {
  return node("span", text ?? tx(colour), { class: `light ${colour}` });
}

function renderProgress(): void {
  const panel = $("panel-progress");
  const vm = state.vm;
  if (vm === undefined || state.tab !== "progress") return;
  const items = list<ProgressRow>("progress", vm.progress.itemsJson);
  const indicators = new Map(vm.indicators.map((i) => [i.id, name(i.name)]));
  const tiles = node("div", "", { class: "tiles" });
  for (const c of ["green", "yellow", "red", "grey"] as const)
    tiles.append(light(c, `${tx(c)} ${vm.progress.byColour[c] ?? 0}`));
  const filters = node("div", "", { class: "filters" });
  const label = node("label", tx("colour"), { for: "colour" });
  const select = node("select", "", { id: "colour" });
  select.append(node("option", tx("allColours"), { value: "" }));
  for (const c of ["red", "yellow", "green", "grey"]) select.append(node("option", tx(c as TextKey), { value: c }));
  select.value = state.colour;
  select.addEventListener("change", () => {
    state.colour = select.value as typeof state.colour;
    updateProgress();
  });
  filters.append(label, select);
  panel.replaceChildren(node("h2", `${tx("tabProgress")} · ${vm.asOf}`), tiles, filters, progressTable.element);
  progressTable.setCaption(`${tx("tabProgress")} ${vm.asOf}`);
  const updateProgress = () =>
    progressTable.update(
      items.filter((i) => state.colour === "" || i.colour === state.colour),
      [
        { header: tx("colour"), cell: (r) => light(r.colour) },
        { header: tx("unit"), cell: (r) => unitName(r.unit) },
        { header: tx("indicator"), cell: (r) => indicators.get(r.indicator) ?? r.indicator },
        { header: tx("message"), cell: (r) => r.message[state.lang] },
      ],
    );
  updateProgress();
}

// Supervision --------------------------------------------------------------------------------

const itemsTable = new VirtualTable<ItemRow>({ caption: "", columns: [], height: 300 });
const actionsTable = new VirtualTable<ActionRow>({ caption: "", columns: [], height: 300 });

function renderSupervision(): void {
  const panel = $("panel-supervision");
  const vm = state.vm;
  if (vm === undefined || state.tab !== "supervision") return;
  itemsTable.setCaption(`${tx("items")} (${vm.counts.items})`);
  itemsTable.update(list<ItemRow>("items", vm.itemsJson), [
    { header: tx("item"), cell: (r) => r.title[state.lang] },
    { header: tx("unit"), cell: (r) => unitName(r.unit) },
    { header: tx("state"), cell: (r) => r.state },
    { header: tx("due"), cell: (r) => r.dueAt },
    { header: tx("message"), cell: (r) => r.description[state.lang] },
  ]);
  actionsTable.setCaption(`${tx("actions")} (${vm.counts.actions})`);
  actionsTable.update(list<ActionRow>("actions", vm.actionsJson), [
    { header: tx("rule"), cell: (r) => r.rule },
    { header: tx("action"), cell: (r) => r.action },
    { header: tx("unit"), cell: (r) => unitName(r.unit) },
    { header: tx("target"), cell: (r) => r.target },
    { header: tx("message"), cell: (r) => r.message[state.lang] },
  ]);
  panel.replaceChildren(node("h2", tx("items")), itemsTable.element, node("h2", tx("actions")), actionsTable.element);
}

// Downloads ----------------------------------------------------------------------------------

function save(data: BlobPart, type: string, file: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = node("a", "", { href: url, download: file });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function renderDownloads(): void {
  const panel = $("panel-downloads");
  const vm = state.vm;
  if (vm === undefined) return;
  const xlsx = node("button", tx("downloadXlsx"), { type: "button", id: "download-xlsx" });
  xlsx.addEventListener("click", () =>
    run(async () => {
      const bytes = await client.request<ArrayBuffer>({ type: "workbook", lang: state.lang });
      save(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${vm.project.id}-results.xlsx`);
    }),
  );
  const report = node("button", tx("downloadReport"), { type: "button", id: "download-report" });
  report.addEventListener("click", () =>
    run(async () => {
      const html = await client.request<string>({ type: "report", lang: state.lang });
      save(html, "text/html;charset=utf-8", `${vm.project.id}-report.html`);
    }),
  );
  const list = node("div", "", { class: "filters" });
  list.append(xlsx, report);
  panel.replaceChildren(node("h2", tx("tabDownloads")), list);
}

function renderChrome(): void {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  document.title = tx("title");
  $("title").textContent = tx("title");
  const lang = $("lang");
  lang.textContent = t(state.lang, "switchLang");
  lang.setAttribute("lang", state.lang === "zh" ? "en" : "zh-CN");
  $("example").textContent = tx("loadExample");
  $("file-label").textContent = tx("fileLabel");
  $("drop-hint").textContent = tx("dropHint");
  $("as-of-label").textContent = tx("asOf");
  $("load-heading").textContent = tx("fileLabel");
  const vm = state.vm;
  $("project-name").textContent = vm === undefined ? "" : `${name(vm.project.name)} · ${name(vm.project.plan)}`;
}

function renderAll(): void {
  renderChrome();
  renderTabs();
  renderMessages();
  renderStatus();
  if (state.vm === undefined) return;
  renderRanking();
  renderUnit();
  renderProgress();
  renderSupervision();
  renderDownloads();
}

// ---- wiring --------------------------------------------------------------------------------

$("lang").addEventListener("click", () => {
  state.lang = state.lang === "zh" ? "en" : "zh";
  renderAll();
});
$("example").addEventListener("click", () => void loadExample());
const input = $<HTMLInputElement>("file");
input.addEventListener("change", () => {
  const files = [...(input.files ?? [])];
  input.value = "";
  if (files.length > 0) void loadFiles(files);
});
$("as-of").addEventListener("change", () => void run(recompute));
const drop = $("drop");
for (const type of ["dragenter", "dragover"])
  document.addEventListener(type, (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
document.addEventListener("dragleave", () => drop.classList.remove("over"));
document.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 0) void loadFiles(files);
});

renderAll();
void loadExample();
