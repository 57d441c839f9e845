import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ItemTokens, writeTokenFilters } from '../../src/integrations/token-filter-files.ts';
import { bucketOf } from '../../src/lib/search/token-filters.ts';

// A real bundle written by Pagefind's Node API, as the indexer writes a shard: items without tokens.
const items: Record<string, { headline: string; tokens: ItemTokens }> = {
	'/2021-06-08/01/a/': {
		headline: '额济纳旗',
		tokens: { t: ['额济', '济纳', '纳旗', '2327'], h: ['额济', '济纳', '纳旗', '额', '济', '纳', '旗'] },
	},
	'/2021-06-08/01/b/': { headline: '巴音', tokens: { t: ['巴音', '额济', '济纳'], h: ['巴音', '巴', '音'] } },
	'/2021-06-09/02/c/': { headline: '民生', tokens: { t: ['民生', '2327'], h: ['民生', '民', '生'] } },
};

let root = '';
let bundle = '';

/** Writes a fresh bundle of the items to `bundle`. */
async function writeBundle(): Promise<void> {
	rmSync(bundle, { recursive: true, force: true });
	const { index } = await pagefind.createIndex({ forceLanguage: 'und' });
	for (const [url, item] of Object.entries(items)) {
		const response = await index!.addCustomRecord({
			url,
			content: item.headline,
			language: 'und',
			meta: { title: item.headline },
			filters: { section: ['视点'] },
			sort: { date: url.slice(1, 11) },
		});
		expect(response.errors).toEqual([]);
	}
	expect((await index!.writeFiles({ outputPath: bundle })).errors).toEqual([]);
	await pagefind.close();
}

const tokens = () => new Map(Object.entries(items).map(([url, item]) => [url, item.tokens]));
const read = (file: string) => gunzipSync(readFileSync(file));
const entryHash = () =>
	JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')).languages.und.hash as string;

/** What the bundle files under each filter value, as the search page would look it up: value to URLs. */
function filed(): Map<string, string[]> {
	const meta = decode(read(join(bundle, `pagefind.${entryHash()}.pf_meta`)).subarray(12)) as [
		string,
		[string][],
		unknown,
		[string, string][],
	];
	const urls = meta[1].map(
		([hash]) =>
			JSON.parse(
				read(join(bundle, 'fragment', `${hash}.pf_fragment`))
					.subarray(12)
					.toString(),
			).url as string,
	);
	const found = new Map<string, string[]>();
	for (const [name, hash] of meta[3]) {
		const data = read(join(bundle, 'filter', `${hash}.pf_filter`));
		expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
		const [filter, values] = decode(data.subarray(12)) as [string, [string, number[]][]];
		expect(filter).toBe(name);
		for (const [value, pages] of values) found.set(`${name}:${value}`, pages.map((page) => urls[page]).sort());
	}
	return found;
}

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'token-filters-'));
	bundle = join(root, 'bundle');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeTokenFilters', () => {
	test('files every token under its bucket, with the pages that hold it, beside Pagefind’s own filters', async () => {
		await writeBundle();
		const before = entryHash();
		writeTokenFilters(bundle, tokens());
		const found = filed();
		expect(found.get(`${bucketOf('额济')}:额济`)).toEqual(['/2021-06-08/01/a/', '/2021-06-08/01/b/']);
		expect(found.get(`${bucketOf('2327')}:2327`)).toEqual(['/2021-06-08/01/a/', '/2021-06-09/02/c/']);
		expect(found.get(`${bucketOf('巴音')}:巴音`)).toEqual(['/2021-06-08/01/b/']);
		expect(found.get(`${bucketOf('额济', 'h')}:额济`)).toEqual(['/2021-06-08/01/a/']);
		expect(found.get(`${bucketOf('旗', 'h')}:旗`)).toEqual(['/2021-06-08/01/a/']);
		expect(found.has(`${bucketOf('旗')}:旗`)).toBe(false);
		expect(found.get('section:视点')).toEqual(Object.keys(items).sort());
		// Every token of every item, once per field, and nothing else.
		const values = new Set(
			Object.values(items).flatMap((item) => [
				...[...item.tokens.t].map((t) => `${bucketOf(t)}:${t}`),
				...[...item.tokens.h].map((t) => `${bucketOf(t, 'h')}:${t}`),
			]),
		);
		expect([...found.keys()].filter((key) => key !== 'section:视点').sort()).toEqual([...values].sort());
		// The meta file is renamed after its new contents, and the old one goes.
		expect(entryHash()).not.toBe(before);
		expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toEqual([
			`pagefind.${entryHash()}.pf_meta`,
		]);
	});

	test('lists the filters sorted by name, as Pagefind does', async () => {
		await writeBundle();
		writeTokenFilters(bundle, tokens());
		const names = (
			decode(read(join(bundle, `pagefind.${entryHash()}.pf_meta`)).subarray(12)) as [
				unknown,
				unknown,
				unknown,
				[string][],
			]
		)[3].map(([name]) => name);
		expect(names).toEqual([...names].sort());
		expect(names).toContain('section');
	});

	test('names the page when a page of the bundle has no tokens given', async () => {
		await writeBundle();
		const some = tokens();
		some.delete('/2021-06-09/02/c/');
		expect(() => writeTokenFilters(bundle, some)).toThrow(
			/Pagefind's page \/2021-06-09\/02\/c\/ \(.*\.pf_fragment\) is not one of the items indexed/,
		);
	});

	test('names the file when the bundle is not in the format it expects', async () => {
		await writeBundle();
		const meta = join(bundle, `pagefind.${entryHash()}.pf_meta`);
		writeFileSync(meta, gzipSync(Buffer.from('something else')));
		expect(() => writeTokenFilters(bundle, tokens())).toThrow(
			new RegExp(`expects Pagefind's ${meta} to start with "pagefind_dcd"; has Pagefind's format changed\\?`),
		);
		await writeBundle();
		writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: {} }));
		expect(() => writeTokenFilters(bundle, tokens())).toThrow(
			/pagefind-entry\.json to name one language and its meta file/,
		);
	});
});
