/**
 * Background and border colours of the items in the import report, in page order (cycled):
 * light enough to read black text on, and far enough apart that neighbours never look alike.
 */
export const REPORT_COLORS: [background: string, border: string][] = [
	['#dbeafe', '#2563eb'],
	['#fde68a', '#b45309'],
	['#d1fae5', '#059669'],
	['#fce7f3', '#db2777'],
	['#e0e7ff', '#4f46e5'],
	['#ffedd5', '#ea580c'],
	['#ccfbf1', '#0d9488'],
	['#f3e8ff', '#9333ea'],
	['#ecfccb', '#65a30d'],
	['#fee2e2', '#b91c1c'],
];

/** The report's whole stylesheet, inlined so the page needs no other file. */
export const REPORT_STYLE = `
:root { color-scheme: light; font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2937; background: #f9fafb; }
body { margin: 0; padding: 0 1.25rem 3rem; line-height: 1.5; }
h1 { font-size: 1.5rem; margin: 1rem 0 0.25rem; }
h2 { font-size: 1.25rem; margin: 0; }
h3 { font-size: 0.95rem; margin: 0 0 0.5rem; color: #4b5563; position: sticky; top: 0; background: #f9fafb; padding: 0.35rem 0; z-index: 1; }
.top { border-bottom: 1px solid #d1d5db; padding-bottom: 0.75rem; margin-bottom: 1rem; }
.summary { margin: 0.25rem 0; font-size: 1.05rem; }
.legend { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; font-size: 0.85rem; }
.key { padding: 0.1rem 0.5rem; border-radius: 3px; border-left: 4px solid transparent; }
.key.item { background: var(--bg); border-left-color: var(--bd); }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; padding: 0; margin: 0.5rem 0 0; list-style: none; }
.errors { color: #991b1b; }
.todo { margin: 0.5rem 0 0; padding: 0.4rem 0.75rem; background: #fef2f2; border-left: 4px solid #dc2626; border-radius: 4px; font-size: 0.9rem; }
.todo h2 { font-size: 1rem; color: #991b1b; }
.todo ul { margin: 0.25rem 0 0; padding-left: 1.25rem; }
.page { margin: 1.5rem 0 2.5rem; }
.meta { margin: 0.25rem 0 0.75rem; color: #4b5563; font-size: 0.9rem; }
.warn { color: #b91c1c; }
.split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.25rem; align-items: start; }
.dump { background: #fff; border: 1px solid #e5e7eb; border-radius: 6px; padding: 0 0.5rem 0.5rem; font-size: 0.9rem; }
.line { display: grid; grid-template-columns: 2.75rem 1.75rem 1fr; border-left: 4px solid transparent; min-height: 1.5em; }
.line .no { color: #6b7280; text-align: right; padding-right: 0.5rem; text-decoration: none; font-variant-numeric: tabular-nums; font-size: 0.8rem; line-height: 1.9; }
.line .tag { font-weight: 700; font-size: 0.75rem; color: var(--bd, #374151); line-height: 1.9; }
.line .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.line.blank { min-height: 0.6rem; }
.line.blank .no { visibility: hidden; line-height: 0.6rem; }
.line.item, .key.item { background: var(--bg); border-left-color: var(--bd); }
.line.banner, .key.banner { background: #fef3c7; border-left-color: #d97706; font-weight: 700; }
.line.furniture, .key.furniture { background: repeating-linear-gradient(135deg, #f3f4f6 0 6px, #e5e7eb 6px 12px); border-left-color: #9ca3af; color: #6b7280; }
.line.unplaced, .key.unplaced { background: #fee2e2; border-left-color: #dc2626; outline: 1px dashed #dc2626; outline-offset: -1px; }
.line.unknown { background: #fff; border-left-color: #d1d5db; }
.line.flagged { box-shadow: inset -4px 0 0 #dc2626; }
.line:target, .card:target { outline: 2px solid #111827; }
.note { margin: 0 0 0.15rem 4.5rem; padding: 0.15rem 0.5rem; background: #fef2f2; color: #991b1b; border-left: 3px solid #dc2626; font-size: 0.82rem; }
.key.flag { color: #991b1b; background: #fef2f2; border-left-color: #dc2626; }
.items { position: sticky; top: 0; max-height: 100vh; overflow: auto; }
.card { background: #fff; border: 1px solid #e5e7eb; border-left: 6px solid var(--bd); border-radius: 6px; padding: 0.5rem 0.75rem; margin-bottom: 0.6rem; }
.card.flagged { border-color: #fca5a5; border-left-color: var(--bd); box-shadow: 0 0 0 2px #fecaca; }
.card h4 { margin: 0 0 0.35rem; font-size: 1.05rem; display: flex; gap: 0.5rem; align-items: baseline; }
.badge { display: inline-block; min-width: 1.5rem; text-align: center; border-radius: 999px; background: var(--bg); border: 1px solid var(--bd); font-size: 0.8rem; }
.missing { color: #b91c1c; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 0.75rem; margin: 0; font-size: 0.85rem; }
.card dt { color: #6b7280; }
.card dd { margin: 0; }
.review { margin: 0.4rem 0 0; padding: 0.3rem 0.5rem; list-style: none; background: #fef2f2; color: #991b1b; border-radius: 4px; font-size: 0.85rem; }
.links { margin: 0.35rem 0 0; font-size: 0.85rem; }
@media (max-width: 900px) { .split { grid-template-columns: 1fr; } .items { position: static; max-height: none; } }
@media print { .items { position: static; max-height: none; } h3 { position: static; } }
`;
