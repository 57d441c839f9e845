import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { checkParts, summaryLoader } from '../../src/lib/parts/summary-loader.ts';
import { summaryEntries } from '../../src/lib/parts/summary-entries.ts';
import type { PartSummary } from '../../src/lib/parts/summary.ts';
import { tmpDir } from '../support/site.ts';

const scratch = join(tmpDir, 'parts-summary-loader');

function writeSummary(part: string, period: string, ids: string[]): void {
	mkdirSync(part, { recursive: true });
	const summary: PartSummary = {
		format: 2,
		periods: [period],
		editions: [],
		items: ids.map((id) => ({ id, data: { headline: id }, path: `${id}/` })),
	};
	writeFileSync(join(part, 'summary.json'), JSON.stringify(summary));
}

/** A content store holding what an older build left, and the meta store, as the loader sees them. */
function fakeContext(left: string[] = []) {
	const entries = new Set(left);
	const meta = new Map<string, string>();
	const context = {
		store: { clear: () => entries.clear() },
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
	} as unknown as LoaderContext;
	return { context, entries };
}

describe('the parts’ loader', () => {
	test('checks the parts, keeps none of their entries in the store, and reads again only the summaries that changed', async () => {
		rmSync(scratch, { recursive: true, force: true });
		const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
		writeSummary(a, '2023', ['2023-05-01/01/x', '2023-05-02/01/y']);
		writeSummary(b, '2024', ['2024-01-01/01/z']);
		const whole = new Date('2024-01-01T00:00:00Z');
		utimesSync(join(a, 'summary.json'), whole, whole);
		const loader = summaryLoader('items', [a, b], ['2025-01']);
		// A store an older build filled with the parts' entries keeps nothing of it.
		const { context, entries } = fakeContext(['2023-05-01/01/x', '2024-01-01/01/z']);
		await loader.load(context);
		expect(entries.size).toBe(0);
		// Part a's file, unreadable now but with its stamp unchanged, is not read again.
		writeFileSync(join(a, 'summary.json'), '{'.padEnd(statSync(join(a, 'summary.json')).size, ' '));
		utimesSync(join(a, 'summary.json'), whole, whole);
		await expect(loader.load(context)).resolves.toBeUndefined();
		// Part b rebuilt, now holding the build's own month: read again, and refused.
		rmSync(join(b, 'summary.json'));
		writeSummary(b, '2025-01', ['2025-01-02/01/v']);
		await expect(loader.load(context)).rejects.toThrow(`${join(b, 'summary.json')}: holds 2025-01`);
	});

	test('the daily build reads the parts’ entries from their summaries, leaving its own dates’ to its files', () => {
		rmSync(scratch, { recursive: true, force: true });
		const [a, b] = [join(scratch, 'a'), join(scratch, 'b')];
		writeSummary(a, '2023', ['2023-05-01/01/x', '2023-12-31/01/y']);
		writeSummary(b, '2022', ['2022-05-01/01/w']);
		const read = summaryEntries([a, b], (id) => id.startsWith('2023-12-31/'));
		expect(read.items.map((entry) => [entry.id, entry.collection, entry.data])).toEqual([
			['2023-05-01/01/x', 'items', { headline: '2023-05-01/01/x' }],
			['2022-05-01/01/w', 'items', { headline: '2022-05-01/01/w' }],
		]);
		// Without a digest in the summary, one of the data: the lists that show an entry are rendered again when it changes.
		writeSummary(a, '2023', ['2023-05-01/01/x']);
		expect(summaryEntries([a], () => false).items[0].digest).toBe(read.items[0].digest);
		const summary = (headline: string, digest?: string): PartSummary => ({
			format: 2,
			periods: ['2023'],
			editions: [],
			items: [{ id: '2023-05-01/01/x', data: { headline }, path: 'x/', ...(digest && { digest }) }],
		});
		writeFileSync(join(a, 'summary.json'), JSON.stringify(summary('other')));
		expect(summaryEntries([a], () => false).items[0].digest).not.toBe(read.items[0].digest);
		// The digest the part's summary keeps, its content file's, is taken as it is.
		writeFileSync(join(a, 'summary.json'), JSON.stringify(summary('other', 'e251db87380331fa')));
		expect(summaryEntries([a], () => false).items[0].digest).toBe('e251db87380331fa');
	});

	test('refuses a part that holds a year the build loads from the content files, naming its summary', async () => {
		rmSync(scratch, { recursive: true, force: true });
		const a = join(scratch, 'a');
		writeSummary(a, '2024', ['2024-01-01/01/z']);
		const { context } = fakeContext();
		await expect(summaryLoader('items', [a], ['2024']).load(context)).rejects.toThrow(
			`${join(a, 'summary.json')}: holds 2024, which this build renders from the content files; leave that part out of the join`,
		);
		await expect(summaryLoader('items', [a], ['2023']).load(fakeContext().context)).resolves.toBeUndefined();
	});

	test('takes a year’s closed months and its current month as apart, and refuses a month inside a part’s year', async () => {
		rmSync(scratch, { recursive: true, force: true });
		const [closed, day] = [join(scratch, 'closed'), join(scratch, 'day')];
		mkdirSync(closed, { recursive: true });
		const summary: PartSummary = {
			format: 2,
			periods: ['2024-01', '2024-02'],
			editions: [],
			items: ['2024-01-03/01/a', '2024-02-03/01/b'].map((id) => ({ id, data: { headline: id }, path: `${id}/` })),
		};
		writeFileSync(join(closed, 'summary.json'), JSON.stringify(summary));
		writeSummary(day, '2024-03', ['2024-03-01/01/c']);
		await expect(summaryLoader('items', [closed, day]).load(fakeContext().context)).resolves.toBeUndefined();
		await expect(summaryLoader('items', [closed], ['2024']).load(fakeContext().context)).rejects.toThrow(
			/holds 2024-01, 2024-02, which this build renders/,
		);
		await expect(summaryLoader('items', [closed], ['2024-03']).load(fakeContext().context)).resolves.toBeUndefined();
	});

	test('names a part built when another month was the archive’s newest, and what to rebuild', () => {
		const months = (to: number) => Array.from({ length: to }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`);
		const dates = ['2023-06-01', '2024-10-31', '2024-11-30', '2024-12-01'];
		// Last month's closed months' part, not rebuilt when December began.
		expect(() =>
			checkParts(
				{
					'parts/2023': { periods: ['2023'], newest: '2024-06' },
					'parts/closed': { periods: months(10), newest: '2024-11' },
				},
				['2024-12'],
				dates,
			),
		).toThrow(
			"parts/closed/summary.json: built when the archive's newest month was 2024-11, but it is 2024-12 now, and the part's search shards and months are planned from the newest month; rebuild it: npm run build:part -- --years 2024-01..2024-11 --out parts/closed",
		);
		// A closed year built before it closed.
		expect(() => checkParts({ 'parts/2024': { periods: ['2024'], newest: '2024-12' } }, [], undefined)).not.toThrow();
		expect(() =>
			checkParts(
				{
					'parts/2024': { periods: ['2024'], newest: '2024-11' },
					'parts/2025': { periods: ['2025'], newest: '2025-01' },
				},
				[],
			),
		).toThrow(
			/parts\/2024\/summary.json: built when .* 2024-11, but it is 2025-01 now.*npm run build:part -- --years 2024 --out parts\/2024/,
		);
		// Up to date: an older year's part keeps the month it was built with.
		expect(() =>
			checkParts(
				{
					'parts/2023': { periods: ['2023'], newest: '2024-06' },
					'parts/closed': { periods: months(11), newest: '2024-12' },
				},
				['2024-12'],
				dates,
			),
		).not.toThrow();
	});

	test('names the months of the content no part holds', () => {
		expect(() =>
			checkParts(
				{ 'parts/closed': { periods: ['2024-01', '2024-02'], newest: '2024-04' } },
				['2024-04'],
				['2023-12-31', '2024-01-02', '2024-03-01', '2024-04-01'],
			),
		).toThrow(/no part holds 2023-12, 2024-03, and this build does not render them/);
	});
});
