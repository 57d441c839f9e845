import type { APIContext, GetStaticPaths } from 'astro';
import publication from '../../../../publication.config.ts';
import { loadArchive } from '../../../data/archive.ts';
import { absolute } from '../../../data/url.ts';
import { openDataYear } from '../../../lib/archive/open-data.ts';
import { rendersDate } from '../../../lib/parts/build-scope.ts';
import { settings } from '../../../settings.ts';

/** A year's file is rendered by the build that renders its editions: a part its own years, the join none. */
export const getStaticPaths = (async () => {
	const { editions } = await loadArchive();
	const years = editions.filter((e) => rendersDate(settings.scope, e.date)).map((e) => e.date.slice(0, 4));
	return [...new Set(years)].map((year) => ({ params: { year } }));
}) satisfies GetStaticPaths;

/** Open data of one year: its editions, pages and items with their permalinks and metadata. Bodies stay on the item pages. */
export async function GET(context: APIContext) {
	const year = context.params.year!;
	const { editions } = await loadArchive();
	const mine = editions.filter((e) => e.date.startsWith(`${year}-`));
	const body = openDataYear(publication.name, year, mine, (p) => absolute(p, context.site));
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
