import type { APIContext } from 'astro';
import publication from '../../../publication.config.ts';
import { loadArchive } from '../../data/archive.ts';
import { absolute } from '../../data/url.ts';
import { editionPath, itemPath, pagePath } from '../../lib/archive/paths.ts';

/**
 * Open data: every edition, page and item with its permalink and metadata, for harvesters
 * and researchers, as library archives offer. Bodies stay on the item pages.
 */
export async function GET(context: APIContext) {
	const { editions } = await loadArchive();
	const url = (p: string) => absolute(p, context.site);
	const body = {
		publication: publication.name,
		editions: editions.map((e) => ({
			date: e.date,
			url: url(editionPath(e.date)),
			pages: e.pages.map((p) => ({
				number: p.number,
				name: p.name ?? null,
				banner: p.banner ?? null,
				url: url(pagePath(e.date, p.number)),
				items: p.items.map((i) => ({
					order: i.data.order,
					headline: i.data.headline,
					kind: i.data.kind,
					section: i.data.section ?? null,
					byline: i.data.byline ?? i.data.credit ?? null,
					authors: i.data.authors,
					url: url(itemPath(i)),
				})),
			})),
		})),
	};
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
