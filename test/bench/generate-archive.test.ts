import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { itemSchema } from '../../src/schemas/item.ts';
import { editionSchema } from '../../src/schemas/edition.ts';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { generateArchive, nextEdition } from '../../src/lib/bench/plan-archive.ts';
import { createRng } from '../../src/lib/bench/prng.ts';
import { addDays } from '../../src/lib/bench/dates.ts';

const corpus = corpusFromText(readFileSync(new URL('../../content/dumps/2021-06-08/01.txt', import.meta.url), 'utf8'));
const archive = (articles: number, seed = 7) => [...generateArchive({ articles, seed, corpus, newest: '2021-06-07' })];
const frontmatter = (text: string) => parse(text.split('---\n')[1]);
const items = (editions: ReturnType<typeof archive>) =>
	editions.flatMap((e) => e.files.filter((f) => f.path.endsWith('.md')));

describe('the synthetic archive', () => {
	const editions = archive(600);

	test('holds exactly the number of items asked for', () => {
		expect(editions.reduce((n, e) => n + e.items, 0)).toBe(600);
		expect(items(editions)).toHaveLength(600);
	});

	test('is the same for the same seed and different for another', () => {
		expect(archive(120)).toEqual(archive(120));
		expect(archive(120, 8)).not.toEqual(archive(120));
	});

	test('runs back one day at a time from the newest edition', () => {
		expect(editions[0].date).toBe('2021-06-07');
		editions.forEach((e, i) => expect(e.date).toBe(addDays('2021-06-07', -i)));
	});

	test('prints 4 to 8 pages of 3 to 8 items each, except the cut-short oldest edition', () => {
		for (const edition of editions.slice(0, -1)) {
			const manifest = editionSchema.parse(parse(edition.files[0].text));
			expect(manifest.pages.length).toBeGreaterThanOrEqual(4);
			expect(manifest.pages.length).toBeLessThanOrEqual(8);
			for (const page of manifest.pages) {
				const count = edition.files.filter((f) =>
					f.path.startsWith(`${edition.date}/${String(page.number).padStart(2, '0')}/`),
				).length;
				expect(count).toBeGreaterThanOrEqual(3);
				expect(count).toBeLessThanOrEqual(8);
			}
		}
	});

	test('writes items that the content schema accepts, in the folder their fields name', () => {
		for (const file of items(editions)) {
			const data = itemSchema.parse(frontmatter(file.text));
			expect(file.path).toMatch(
				new RegExp(
					`^${data.date}/${String(data.page).padStart(2, '0')}/${String(data.order).padStart(2, '0')}-[a-z0-9-]+\\.md$`,
				),
			);
		}
	});

	test('mixes articles with commentaries and photo items', () => {
		const kinds = items(editions).map((f) => itemSchema.parse(frontmatter(f.text)).kind);
		const share = (k: string) => kinds.filter((x) => x === k).length / kinds.length;
		expect(share('photo')).toBeGreaterThan(0.05);
		expect(share('commentary')).toBeGreaterThan(0.05);
		expect(share('article')).toBeGreaterThan(0.6);
	});

	test('gives every item a slug unique on its page', () => {
		const paths = items(editions).map((f) => f.path.replace(/\/\d\d-/, '/'));
		expect(new Set(paths).size).toBe(paths.length);
	});

	test('has article bodies of realistic length with names search has not seen in the sample', () => {
		const article = items(editions).find((f) => frontmatter(f.text).kind === 'article')!;
		const body = article.text.split('---\n')[2];
		expect(body.replace(/\s/g, '').length).toBeGreaterThan(150);
		const authors = new Set(items(editions).flatMap((f) => frontmatter(f.text).authors as string[]));
		expect(authors.size).toBeGreaterThan(100);
		expect(items(editions).some((f) => f.text.includes('巴音吉嘎啦'))).toBe(false);
	});

	test('adds the next day as the incremental edition, with no item of the archive changed', () => {
		const next = nextEdition({ seed: 7, corpus, newest: '2021-06-07' });
		expect(next.date).toBe('2021-06-08');
		expect(next.items).toBeGreaterThanOrEqual(12);
		expect(archive(600)[0]).toEqual(editions[0]);
	});
});

describe('corpusFromText', () => {
	test('joins sentences split across a column break and leaves bylines out', () => {
		const corpus = corpusFromText(
			'□本报记者 宋爽\n\n今天我们去了杭锦旗，看到了许多新\n变化，大家都很高兴。“上海党的一大会址，是党梦\n\n想起航的地方。”这是一句很长的话，用来凑足三十个字的段落，再多写几个字也无妨。',
		);
		expect(corpus.sentences).toContain('今天我们去了杭锦旗，看到了许多新变化，大家都很高兴。');
		expect(corpus.sentences).toContain('“上海党的一大会址，是党梦想起航的地方。”');
		expect(corpus.sentences.some((s) => s.includes('本报记者'))).toBe(false);
	});

	test('says what it expected when given no running text', () => {
		expect(() => corpusFromText('短标题\n\n本报记者')).toThrow(/expects running text/);
	});
});

test('the seeded generator repeats its stream and stays in range', () => {
	const a = createRng(42);
	const b = createRng(42);
	const draws = Array.from({ length: 50 }, () => a.int(3, 8));
	expect(Array.from({ length: 50 }, () => b.int(3, 8))).toEqual(draws);
	expect(Math.min(...draws)).toBe(3);
	expect(Math.max(...draws)).toBe(8);
});

describe('telling a generated place name', () => {
	test('knows the names placeName makes and not any run ending in a suffix', async () => {
		const { isPlaceName, placeName } = await import('../../src/lib/bench/vocabulary.ts');
		const { createRng } = await import('../../src/lib/bench/prng.ts');
		const rng = createRng(3);
		for (let i = 0; i < 50; i++) expect(isPlaceName(placeName(rng))).toBe(true);
		expect(isPlaceName('年可以给嘎查')).toBe(false);
		expect(isPlaceName('旗')).toBe(false);
	});
});
