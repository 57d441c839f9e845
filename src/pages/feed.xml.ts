import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import publication from '../../publication.config.ts';
import { loadArchive } from '../data/archive.ts';
import { renderedText } from '../data/rendered-text.ts';
import { absolute } from '../data/url.ts';
import { itemPath } from '../lib/archive/paths.ts';
import { excerpt } from '../lib/archive/cut-at-sentence.ts';
import { pageLabel } from '../lib/archive/page-label.ts';

/** RSS feed of the most recent items, newest edition first, in print order within a day. */
export async function GET(context: APIContext) {
	const { editions } = await loadArchive();
	const recent = editions
		.flatMap((e) => e.pages.flatMap((p) => p.items.map((item) => ({ item, page: p }))))
		.slice(0, publication.feedSize);
	const texts = await Promise.all(recent.map(({ item }) => renderedText(item)));
	return rss({
		title: publication.name,
		description: publication.description,
		site: absolute('', context.site),
		customData: `<language>${publication.lang}</language>`,
		items: recent.map(({ item, page }, i) => ({
			title: item.data.headline,
			link: absolute(itemPath(item), context.site),
			pubDate: new Date(`${item.data.date}T00:00:00+08:00`),
			description: excerpt(texts[i].excerpt, 200),
			author: item.data.authors.join('、') || undefined,
			categories: [pageLabel(page), item.data.section].filter((c): c is string => Boolean(c)),
		})),
	});
}
