import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { main as benchSplit } from '../../scripts/bench-split.ts';
import { main } from '../../scripts/corpus-fresh.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { fixPdfDates } from '../../src/lib/corpus-fresh/fixed-pdf-date.ts';
import { missingParagraphs } from '../../src/lib/corpus-fresh/paragraphs-found.ts';
import { wrapLine } from '../../src/lib/corpus-fresh/render-dump.ts';
import { chromiumNeutral } from '../support/chromium-neutral.ts';

const corpus = join(import.meta.dirname, '../../corpus/fresh');
const ids = readdirSync(corpus).sort();

test('the fresh corpus has about a hundred pages, a page PDF kept for every fifth', () => {
	expect(ids.length).toBeGreaterThanOrEqual(90);
	const kept = ids.filter((id) => existsSync(join(corpus, id, 'page.pdf')));
	expect(kept.length).toBeGreaterThanOrEqual(15);
	for (const id of kept) expect(Number(id.slice(3)) % 5).toBe(1);
});

test('every gold.json is a valid gold page whose paragraphs all occur in both dumps', () => {
	for (const id of ids) {
		const gold = readGold(JSON.parse(readFileSync(join(corpus, id, 'gold.json'), 'utf8')));
		expect(gold.id).toBe(id);
		expect(gold.items.length).toBeGreaterThan(0);
		for (const file of ['text.txt', 'pdf.txt'])
			expect(missingParagraphs(gold, readFileSync(join(corpus, id, file), 'utf8')), `${id}/${file}`).toEqual([]);
	}
});

test('finds a paragraph the extracted text lost, whitespace aside', () => {
	const gold = {
		items: [{ kind: 'article' as const, headline: '标题', authors: [], paragraphs: ['第一段。', '第二段落。'] }],
	};
	expect(missingParagraphs(gold, '第一\n段。\n第二段')).toEqual(['item 1 paragraph 2: 第二段落。']);
});

test('never starts a wrapped dump line with a closing mark', () => {
	expect(wrapLine('一二三，四五六。', 3)).toEqual(['一二三，', '四五六。']);
	expect(wrapLine('一二三四五六', null)).toEqual(['一二三四五六']);
});

test("overwrites Chromium's print time in a PDF, keeping its length", () => {
	const pdf = Buffer.from("<< /CreationDate (D:20261205221503+00'00') /ModDate (D:20261205221503+00'00') >>", 'latin1');
	const fixed = Buffer.from(fixPdfDates(pdf)).toString('latin1');
	expect(fixed).toBe("<< /CreationDate (D:20260101000000+00'00') /ModDate (D:20260101000000+00'00') >>");
});

test('the generator writes a committed page again byte for byte (page.pdf but for the Chromium release it stamps)', async () => {
	const out = mkdtempSync(join(tmpdir(), 'corpus-fresh-'));
	try {
		let stderr = '';
		const code = await main(['--only', 'fr-0001', '--out', out], {
			stdout: () => undefined,
			stderr: (text) => void (stderr += text),
		});
		expect(stderr).toBe('');
		expect(code).toBe(0);
		for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
			expect(readFileSync(join(out, 'fr-0001', file)).equals(readFileSync(join(corpus, 'fr-0001', file))), file).toBe(
				true,
			);
		expect(
			chromiumNeutral(readFileSync(join(out, 'fr-0001', 'page.pdf'))) ===
				chromiumNeutral(readFileSync(join(corpus, 'fr-0001', 'page.pdf'))),
			'page.pdf',
		).toBe(true);
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});

test('bench:split scores the fresh set with the others, and never page by page', async () => {
	const root = mkdtempSync(join(tmpdir(), 'corpus-fresh-bench-'));
	try {
		for (const set of ['dev', 'fresh'])
			cpSync(join(corpus, 'fr-0002'), join(root, set, 'fr-0002'), { recursive: true });
		const run = async (argv: string[]) => {
			let out = '';
			const code = await benchSplit(['--root', root, ...argv], {
				stdout: (t) => void (out += t),
				stderr: (t) => void (out += t),
			});
			return { code, out };
		};
		const all = await run(['--set', 'all']);
		expect(all.out).toMatch(/^## dev: 1 pages/m);
		expect(all.out).toMatch(/^## fresh: 1 pages/m);
		expect((await run(['--set', 'fresh'])).out).toMatch(/^## fresh: 1 pages/m);
		const misses = await run(['--set', 'fresh', '--misses']);
		expect(misses.code).toBe(2);
		expect(misses.out).toMatch(/held-out pages \(heldout, fresh, tune6\) are scored only as a whole/);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});
