import type { PageReport } from './write-page.ts';
import { lineSpan } from './warnings.ts';

/**
 * The human-readable report of one page: where it went, each item with what was done to its
 * file, then warnings as `dump:line: message`, so an editor can jump to the line.
 */
export function formatPage(report: PageReport, dryRun: boolean): string {
	const verb = (action: string) =>
		(dryRun
			? { write: 'would write', unchanged: 'unchanged', skip: 'would skip', remove: 'would remove' }
			: { write: 'wrote', unchanged: 'unchanged', skip: 'skipped', remove: 'removed' })[action] ?? action;
	const out = [`${report.source} -> ${report.dir} (${report.items.length} items, ${report.encoding})`];
	if (report.banner) out.push(`  banner: ${report.banner}`);
	for (const item of report.items)
		out.push(`  ${verb(item.action).padEnd(11)} ${item.file}  ${item.kind}, lines ${item.lines}`);
	for (const skip of report.skipped)
		out.push(`  ${verb('skip').padEnd(11)} ${skip.file}: ${skip.reason} (use --force to replace it, keeping a backup)`);
	for (const name of report.removed) out.push(`  ${verb('remove').padEnd(11)} ${name}: no longer produced`);
	for (const backup of report.backups) out.push(`  backup      ${backup}`);
	for (const f of report.furniture)
		out.push(`  ${report.source}:${f.line}: page furniture (${f.kind}), not imported: ${f.text}`);
	for (const w of report.warnings)
		out.push(
			`  ${w.line > 0 ? `${report.source}:${lineSpan(w.line, w.endLine ?? w.line)}: ` : ''}${w.code === 'banner' || w.code === 'junk' ? 'note' : 'warning'}: ${w.message}`,
		);
	return `${out.join('\n')}\n`;
}
