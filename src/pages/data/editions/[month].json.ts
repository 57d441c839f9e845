import type { APIContext, GetStaticPaths } from 'astro';
import publication from '../../../../publication.config.ts';
import { loadArchive } from '../../../data/archive.ts';
import { absolute } from '../../../data/url.ts';
import { openDataMonth } from '../../../lib/archive/open-data.ts';
import { rendersDate } from '../../../lib/parts/build-scope.ts';
import { settings } from '../../../settings.ts';

/** A month's file is rendered by the build that renders its editions: a part its own months, the join none. */
export const getStaticPaths = (async () => {
	const { editions } = await loadArchive();
	const months = editions.filter((e) => rendersDate(settings.scope, e.date)).map((e) => e.date.slice(0, 7));
	return [...new Set(months)].map((month) => ({ params: { month } }));
}) satisfies GetStaticPaths;

/** Open data of one month: its editions, pages and items with their permalinks and metadata. Bodies stay on the item pages. */
export async function GET(context: APIContext) {
	const month = context.params.month!;
	const { editions } = await loadArchive();
	const mine = editions.filter((e) => e.date.startsWith(`${month}-`));
	const body = openDataMonth(publication.name, month, mine, (p) => absolute(p, context.site));
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
