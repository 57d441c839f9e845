import type { PageReport } from './write-page.ts';
import { lineSpan } from './warnings.ts';

const VERBS = {
	done: {
		write: 'wrote',
		overwrite: 'overwrote',
		unchanged: 'unchanged',
		skip: 'skipped',
		remove: 'removed',
		backup: 'backup',
	},
	dryRun: {
		write: 'would write',
		overwrite: 'would overwrite',
		unchanged: 'unchanged',
		skip: 'would skip',
		remove: 'would remove',
		backup: 'would back up',
	},
} as const;

/**
 * The human-readable report of one page: where it went, each item with what was done to its
 * file (an editor's change overwritten by --force shows as such, with its backup), the manifest
 * entry, then warnings as `dump:line: message`, so an editor can jump to the line.
 */
export function formatPage(report: PageReport, dryRun: boolean): string {
	const verbs = VERBS[dryRun ? 'dryRun' : 'done'];
	const line = (verb: keyof typeof verbs, text: string) => `  ${verbs[verb].padEnd(11)} ${text}`;
	const out = [`${report.source} -> ${report.dir} (${report.items.length} items, ${report.encoding})`];
	if (report.banner) out.push(`  banner: ${report.banner}`);
	for (const path of report.leftovers) out.push(line('remove', `${path}: left by an interrupted import`));
	for (const item of report.items)
		out.push(
			line(
				item.replaces === 'edit' ? 'overwrite' : item.action,
				`${item.file}  ${item.kind}, lines ${item.lines}${item.replaces === 'edit' ? ' (an editor had changed it)' : ''}`,
			),
		);
	const overwritten = report.manifest.fields.flatMap((f) =>
		f.action === 'write' && f.replaces === 'edit' ? [f.field] : [],
	);
	const written = report.manifest.fields.flatMap((f) => (f.action === 'write' ? [f.field] : []));
	out.push(
		line(
			overwritten.length > 0 ? 'overwrite' : report.manifest.action,
			`${report.manifest.path} (page ${report.page}${written.length > 0 ? `: ${written.join(', ')}` : ''})${overwritten.length > 0 ? ` (an editor had changed ${overwritten.join(', ')})` : ''}`,
		),
	);
	for (const skip of report.skipped)
		out.push(line('skip', `${skip.file}: ${skip.reason} (use --force to replace it, keeping a backup)`));
	for (const name of report.removed) out.push(line('remove', `${name}: no longer produced`));
	for (const backup of report.backups) out.push(line('backup', backup));
	for (const f of report.furniture)
		out.push(`  ${report.source}:${f.line}: page furniture (${f.kind}), not imported: ${f.text}`);
	for (const w of report.warnings)
		out.push(
			`  ${w.line > 0 ? `${report.source}:${lineSpan(w.line, w.endLine ?? w.line)}: ` : ''}${w.code === 'banner' || w.code === 'junk' ? 'note' : 'warning'}: ${w.message}`,
		);
	return `${out.join('\n')}\n`;
}
