import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { devPage, devPageId, FIRST_FAMILY_PAGE, goldJson, type DevPage } from '../../src/lib/corpus/corpus-page.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { pageFurniture } from '../../src/lib/corpus/page-model.ts';
import { DECORATION, JUNK } from '../../src/lib/importer/index.ts';

// The committed development corpus (npm run corpus:dev) must be what the generator writes, and
// its gold must agree with its dumps: every character of a dump is in exactly one gold field,
// or in the page's furniture or column labels, and every gold field reads in the dump as one run.
const root = join(import.meta.dirname, '../../corpus/dev');
const corpus = corpusFromText(readFileSync(join(import.meta.dirname, '../../content/dumps/2021-06-08/01.txt'), 'utf8'));
const ids = readdirSync(root).sort();

/** A text with whitespace, junk glyphs and the marks □◎■【】● taken out. */
const bare = (text: string) => text.replace(JUNK, '').replace(DECORATION, '');

/** The gold's printed strings, and what else the page prints: furniture, labels, jump lines, notices. */
function printed(page: DevPage): { gold: string[]; other: string[] } {
	const gold = [page.gold.banner ?? ''];
	for (const item of page.gold.items)
		gold.push(item.kicker ?? '', item.headline ?? '', item.subheadline ?? '', item.byline ?? '', item.credit ?? '', ...item.paragraphs);
	return { gold: gold.filter(Boolean), other: pageFurniture(page.model) };
}

/** Characters of `a` not in `b` and of `b` not in `a`, as multisets. */
function difference(a: string, b: string): { onlyA: string; onlyB: string } {
	const counts = new Map<string, number>();
	for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
	for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
	let onlyA = '';
	let onlyB = '';
	for (const [c, n] of counts) {
		if (n > 0) onlyA += c.repeat(n);
		if (n < 0) onlyB += c.repeat(-n);
	}
	return { onlyA, onlyB };
}

describe('the development corpus', () => {
	test('holds at least 200 pages, each with text.txt, pdf.txt and gold.json', () => {
		expect(ids.length).toBeGreaterThanOrEqual(200);
		expect(ids).toEqual(ids.map((_, i) => devPageId(i + 1)));
		for (const id of ids)
			for (const file of ['text.txt', 'pdf.txt', 'gold.json']) expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
	});

	test('keeps as many page PDFs as docs/importer.md counts, in the classic layout and the families', () => {
		const kept = ids.filter((id) => existsSync(join(root, id, 'page.pdf')));
		const classic = kept.filter((id) => Number(id.slice(4)) < FIRST_FAMILY_PAGE).length;
		const grid = readdirSync(join(root, '../dev-pdf')).filter((id) => existsSync(join(root, '../dev-pdf', id, 'page.pdf')));
		const docs = readFileSync(join(import.meta.dirname, '../../docs/importer.md'), 'utf8').replace(/\s+/g, ' ');
		const counted = /the (\d+) of `corpus\/dev\/` that keep their PDF \((\d+) in the classic layout of `render-html.ts`, (\d+) of the layout families\) and the (\d+) grid pages/.exec(docs);
		expect(counted?.slice(1).map(Number)).toEqual([kept.length, classic, kept.length - classic, grid.length]);
	});

	test('lays the pages from dev-0241 on out in every layout family, on grids of four to eight columns', () => {
		const families = ids.filter((id) => Number(id.slice(4)) >= FIRST_FAMILY_PAGE).map((id) => devPage(id, corpus));
		expect(families.length).toBeGreaterThanOrEqual(120);
		const tagged = new Set(families.flatMap((page) => page.gold.traits.filter((t) => t.startsWith('family:'))));
		expect([...tagged].sort()).toEqual(['family:feature', 'family:news', 'family:opinion', 'family:pictures']);
		for (const page of families) {
			const columns = page.model.layout?.columns ?? 0;
			expect(columns, page.gold.id).toBeGreaterThanOrEqual(4);
			expect(columns, page.gold.id).toBeLessThanOrEqual(8);
			expect(page.html, page.gold.id).toContain(`repeat(${columns}, 1fr)`);
		}
		for (const id of ids.filter((id) => Number(id.slice(4)) < FIRST_FAMILY_PAGE).slice(0, 20))
			expect(devPage(id, corpus).model.layout, id).toBeUndefined();
	});

	test('is generated deterministically: the same id gives the same page twice', () => {
		for (const id of ids.slice(0, 20)) expect(devPage(id, corpus)).toEqual(devPage(id, corpus));
		expect(devPage('dev-0001', corpus).text).not.toBe(devPage('dev-0002', corpus).text);
	});

	test('is what the generator writes now (run npm run corpus:dev after changing it)', () => {
		for (const id of ids) {
			const page = devPage(id, corpus);
			expect(readFileSync(join(root, id, 'text.txt'), 'utf8'), `${id}/text.txt`).toBe(page.text);
			expect(readFileSync(join(root, id, 'gold.json'), 'utf8'), `${id}/gold.json`).toBe(goldJson(page.gold));
		}
	});

	test('has gold that accounts for every character of its text dumps, each field in one run', () => {
		for (const id of ids) {
			const page = devPage(id, corpus);
			readGold(page.gold);
			const dump = bare(page.text);
			const { gold, other } = printed(page);
			expect(difference(dump, bare([...gold, ...other, ...page.textFurniture].join(''))), id).toEqual({
				onlyA: '',
				onlyB: '',
			});
			// Stray page numbers stand in column breaks, inside paragraphs: the runs are read without them.
			const runs = bare(
				page.text
					.split(/\r?\n/)
					.filter((line) => !page.textFurniture.includes(line))
					.join('\n'),
			);
			for (const field of gold) expect(runs.includes(bare(field)), `${id}: ${field.slice(0, 20)}`).toBe(true);
		}
	});

	test('has gold that accounts for every character the PDF extraction gives', () => {
		for (const id of ids) {
			const page = devPage(id, corpus);
			const { gold, other } = printed(page);
			const extracted = bare(readFileSync(join(root, id, 'pdf.txt'), 'utf8'));
			expect(difference(extracted, bare([...gold, ...other, page.model.paper].join(''))), id).toEqual({ onlyA: '', onlyB: '' });
		}
	});
});
