/**
 * The review site's one stylesheet (written to `review/style.css`). System
 * fonts only: the CJK stack covers Windows, macOS and Linux (Noto/WenQuanYi)
 * without fetching anything, so pages open offline from disk.
 */
export const REVIEW_CSS = `
:root { --bg:#fff; --fg:#1d1d1f; --muted:#6b6b70; --line:#e3e3e8; --hl:#fff3b0; --bad:#c62828; --warn:#b26a00; --ok:#2e7d32; --link:#1a56c4; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
header.top { padding: 8px 16px; border-bottom: 1px solid var(--line); position: sticky; top: 0; background: var(--bg); z-index: 2; }
header.top h1 { font-size: 16px; margin: 0 0 2px; }
.meta { color: var(--muted); font-size: 12px; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 11px; border: 1px solid var(--line); }
.badge.data { color: var(--ok); border-color: var(--ok); }
.badge.empty, .badge.absent, .badge.illegible { color: var(--warn); border-color: var(--warn); }
.unknown, .unmatched { color: var(--bad); }
.unknown::after, .unmatched::after { content: " ∅"; font-size: 11px; }
.split { display: grid; grid-template-columns: minmax(320px, 42%) 1fr; height: calc(100vh - 64px); }
.source { overflow: auto; border-right: 1px solid var(--line); font: 12px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", "Noto Sans CJK SC", "Microsoft YaHei", monospace; }
.extracted { overflow: auto; padding: 8px 16px 40vh; }
.ln { display: flex; white-space: pre-wrap; word-break: break-all; tab-size: 4; }
.ln > .no { flex: 0 0 5.5em; text-align: right; padding-right: 8px; color: var(--muted); user-select: none; }
.ln > .tx { flex: 1; }
.ln .tab { border-left: 1px dotted #b0b0b8; margin: 0 3px; }
.ln.r-heading .tx { font-weight: bold; color: #0d47a1; }
.ln.r-table .tx { background: #f5f9ff; }
.ln.finding { background: #ffe9e6; }
.ln:target, .ln.finding:target { background: var(--hl); outline: 2px solid #e0b000; }
.ln > .back { flex: 0 0 auto; padding: 0 6px; font-size: 11px; }
.page-head { position: sticky; top: 0; background: #eef; padding: 2px 8px; font-weight: bold; }
.page-img { width: 100%; display: block; border: 1px solid var(--line); margin: 4px 0; }
table.grid { border-collapse: collapse; margin: 6px 0 16px; font-size: 12px; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 2px 6px; vertical-align: top; }
table.grid th { background: #f6f6f8; font-weight: normal; }
table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.grid td.dash { text-align: center; color: var(--muted); }
table.grid .key { color: var(--muted); font-size: 11px; }
td.finding, tr.finding > td.name { background: #ffe9e6; outline: 1px solid var(--bad); }
td:target, tr:target > td { background: var(--hl); }
table.grid td a:focus { outline: 2px solid #e0b000; background: var(--hl); }
section.table { border-top: 1px solid var(--line); padding-top: 6px; }
section.table h3 { font-size: 14px; margin: 4px 0; }
ul.findings { padding-left: 18px; font-size: 12px; }
li.error { color: var(--bad); } li.warning { color: var(--warn); }
details { margin: 6px 0; }
table.index { border-collapse: collapse; margin: 12px 16px; font-size: 13px; }
table.index th, table.index td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; }
table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.index td.flag { color: var(--bad); font-weight: bold; }
`;
