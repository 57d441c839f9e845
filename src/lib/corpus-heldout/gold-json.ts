import type { GoldItem, GoldPage } from './types.ts';

const itemKeys: (keyof GoldItem)[] = [
	'kind',
	'headline',
	'kicker',
	'subheadline',
	'byline',
	'authors',
	'section',
	'credit',
	'paragraphs',
	'intertitles',
];

/** A page's gold as JSON, fields in the order of docs/importer.md ("Corpus and scoring"), tab-indented, ending in a newline. */
export function goldJson(page: GoldPage): string {
	const items = page.items.map((item) =>
		Object.fromEntries(itemKeys.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])),
	);
	const ordered = {
		id: page.id,
		date: page.date,
		page: page.page,
		...(page.pageName ? { pageName: page.pageName } : {}),
		...(page.banner ? { banner: page.banner } : {}),
		traits: page.traits,
		items,
	};
	return JSON.stringify(ordered, null, '\t') + '\n';
}
