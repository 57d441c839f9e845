/**
 * The page images of the PDF import, per page of the open PDF sets: kB at each width, lossless
 * (L) or lossy, and the CPU seconds of drawing and encoding them.
 * `node scripts/page-images.ts [--set dev,tune2] [--json] [--record]`: `--record` writes the
 * written images of the pages docs/importer-results.json's `pageImages` lists (their kB at
 * 1,600 px and at the smaller widths); then `npm run bench:split:docs`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import sharp from 'sharp';
import { openPdf, readPdfPage } from '../src/lib/pdf-import/read-pdf.ts';
import type { ImporterResults } from '../src/lib/bench/importer-tables.ts';
import { renderPage } from '../src/lib/pdf-import/render-page.ts';
import { parseCommandLine } from './lib/command-line.ts';

const OPEN_SETS = ['dev', 'tune', 'tune2', 'tune3'];
const usage = 'Usage: node scripts/page-images.ts [--set dev,tune,tune2,tune3] [--json] [--record]';
const parsed = parseCommandLine({
	args: process.argv.slice(2),
	options: {
		set: { type: 'string', default: 'dev,tune2' },
		json: { type: 'boolean', default: false },
		record: { type: 'boolean', default: false },
	},
});
const fail: (message: string) => never = (message) => {
	console.error(`page-images: ${message}. ${usage}`);
	process.exit(2);
};
if (typeof parsed === 'string') fail(parsed);
const { values } = parsed;
const sets = values.set.split(',').filter(Boolean);
// The blind sets (heldout, fresh) are scored whole by bench:split only, never looked at page by page.
if (sets.length === 0 || sets.some((set) => !OPEN_SETS.includes(set)))
	fail(`expects --set to name the open sets ${OPEN_SETS.join(', ')} but found "${values.set}"`);
const { json, record } = values;
interface Row {
	page: string;
	bytes: Record<number, number>;
	lossless: Record<number, boolean>;
	cpu_s: number;
}
const rows: Row[] = [];
for (const set of sets) {
	const root = join(import.meta.dirname, '../corpus', set);
	for (const name of readdirSync(root).sort()) {
		const file = join(root, name, 'page.pdf');
		if (!existsSync(file)) continue;
		const doc = await openPdf(readFileSync(file), file);
		try {
			const content = await readPdfPage(doc, 1);
			const start = cpuUsage();
			const images = await renderPage(doc, 1, undefined, content.images);
			const spent = cpuUsage(start);
			const bytes: Record<number, number> = {};
			const lossless: Record<number, boolean> = {};
			for (const i of images) {
				bytes[i.width] = i.webp.length;
				// A lossless WebP chunk is VP8L, a lossy one VP8.
				lossless[i.width] = Buffer.from(i.webp.subarray(12, 16)).toString('latin1') === 'VP8L';
				const meta = await sharp(i.webp).metadata();
				if (meta.format !== 'webp' || meta.width !== i.width) throw new Error(`${name}: not a WebP ${i.width} px wide`);
			}
			rows.push({ page: name, bytes, lossless, cpu_s: (spent.user + spent.system) / 1e6 });
		} finally {
			await doc.loadingTask.destroy();
		}
	}
}
const kB = (bytes: number) => Math.round(bytes / 1000);
if (record) {
	const file = join(import.meta.dirname, '../docs/importer-results.json');
	const results = JSON.parse(readFileSync(file, 'utf8')) as ImporterResults;
	const block = results.pageImages;
	block.command = `node scripts/page-images.ts --set ${sets.join(',')} --record`;
	block.runs = 1;
	block.load = `load average ${loadavg()[0].toFixed(1)}`;
	block.machine = `${cpus().length} cores`;
	block.measured = new Date().toISOString().slice(0, 10);
	for (const image of block.images.filter((i) => i.written)) {
		const row = rows.find((r) => r.page === image.page);
		if (!row) continue;
		image.encoding = row.lossless[1600] ? 'posterized, lossless WebP' : 'lossy WebP, quality 60';
		image.kB = kB(row.bytes[1600]);
		image.smaller = [480, 960].map((width) => ({ width, kB: kB(row.bytes[width]) }));
	}
	writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
}
if (json) console.log(JSON.stringify(rows, null, '\t'));
else
	for (const r of rows)
		console.log(
			[
				r.page,
				...[480, 960, 1600].map((w) => `${(r.bytes[w] / 1000).toFixed(1)}${r.lossless[w] ? 'L' : ''}`),
				r.cpu_s.toFixed(2),
			].join('\t'),
		);
