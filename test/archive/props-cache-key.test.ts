import { describe, expect, test } from 'vitest';
import { propsCacheKey } from '../../src/lib/archive/props-cache-key.ts';

const entry = (id: string, digest: string, headline: string) => ({
	id,
	collection: 'items',
	digest,
	slug: id.split('/').pop(),
	data: { headline },
	body: `${headline}的正文`,
	rendered: { html: `<p>${headline}</p>` },
});

describe('propsCacheKey', () => {
	const item = entry('2021-06-01/01/a', 'd1', '甲');
	const page = { date: '2021-06-01', number: 1, name: '要闻', items: [item, entry('2021-06-01/01/b', 'd2', '乙')] };
	const key = propsCacheKey({ item, page });

	test('stays the same for the same props built anew', () => {
		const again = entry('2021-06-01/01/a', 'd1', '甲');
		expect(propsCacheKey({ item: again, page: { ...page, items: [again, page.items[1]] } })).toBe(key);
	});

	test('changes when an entry anywhere in the props changes its file (its digest)', () => {
		const changed = entry('2021-06-01/01/b', 'd2-edited', '乙');
		expect(propsCacheKey({ item, page: { ...page, items: [item, changed] } })).not.toBe(key);
	});

	test('changes when a field the route added to an entry, or any other prop, changes', () => {
		expect(propsCacheKey({ item: { ...item, slug: 'renamed' }, page })).not.toBe(key);
		expect(propsCacheKey({ item, page: { ...page, banner: '通栏' } })).not.toBe(key);
		expect(propsCacheKey({ item, page, older: { date: '2021-05-31' } })).not.toBe(key);
	});

	test('reads an entry by its digest, not by its body or rendering, which the digest covers', () => {
		const rerendered = { ...item, rendered: { html: '<p>甲</p>\n' } };
		expect(propsCacheKey({ item: rerendered, page })).toBe(key);
	});

	test('reads an object that many pages’ props share once, not once a page', () => {
		let reads = 0;
		const edition = { date: '2021-06-01', toJSON: () => (reads++, { date: '2021-06-01', pages: [page] }) };
		const keys = [item, page.items[1]].map((it) => propsCacheKey({ item: it, edition }));
		expect(reads).toBe(1);
		expect(keys[0]).not.toBe(keys[1]);
	});

	test('reads dates and nested lists as JSON does', () => {
		expect(propsCacheKey({ at: new Date('2021-06-01T00:00:00Z') })).toBe(
			propsCacheKey({ at: '2021-06-01T00:00:00.000Z' }),
		);
		expect(propsCacheKey({ list: [1, undefined], gone: undefined })).toBe(propsCacheKey({ list: [1, null] }));
		expect(propsCacheKey({ list: [1, 2] })).not.toBe(propsCacheKey({ list: [[1], 2] }));
	});
});
