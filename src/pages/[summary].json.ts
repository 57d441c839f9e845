import type { GetStaticPaths } from 'astro';
import publication from '../../publication.config.ts';
import { loadArchive } from '../data/archive.ts';
import { renderedText } from '../data/rendered-text.ts';
import { itemPath } from '../lib/archive/paths.ts';
import { rendersDate } from '../lib/parts/build-scope.ts';
import { editionDates } from '../lib/parts/preview-window.ts';
import { settings } from '../settings.ts';
import { SUMMARY_ROUTE, type PartSummary } from '../lib/parts/summary.ts';
import { getCollection } from 'astro:content';

/** Only a part build (BUILD_YEARS) writes its summary; the single build, the join and the daily build have none. */
export const getStaticPaths = (() =>
	settings.scope.role === 'part' && !settings.scope.join
		? [{ params: { summary: SUMMARY_ROUTE } }]
		: []) satisfies GetStaticPaths;

/** An entry's digest, as its content file gave it. */
const digestOf = (entry: { digest?: string | number }) =>
	entry.digest === undefined ? {} : { digest: String(entry.digest) };

/**
 * A part's summary (src/lib/parts/summary.ts): its editions, pages and items without bodies,
 * which the join lists across years from. The newest `feedSize` items keep their bodies and
 * their rendered text: the feed's excerpts come from them.
 */
export async function GET() {
	const scope = settings.scope;
	if (scope.role !== 'part') throw new Error('part summary: written only by a part build (BUILD_YEARS)');
	const { editions } = await loadArchive();
	const mine = editions.filter((e) => rendersDate(scope, e.date));
	const manifests = (await getCollection('editions')).filter((m) => rendersDate(scope, m.data.date));
	const items = mine.flatMap((e) => e.pages.flatMap((p) => p.items));
	// The feed quotes its items' rendered text (rehype-excerpt), which the join cannot render.
	const texts = await Promise.all(items.slice(0, publication.feedSize).map((item) => renderedText(item)));
	// The archive's newest month, from which the part's search shards were planned (search-index.ts).
	const newest = editionDates(settings.editionsDir(process.cwd()))
		.reduce((a, b) => (b > a ? b : a), '')
		.slice(0, 7);
	const summary: PartSummary = {
		format: 2,
		periods: scope.periods,
		...(newest && { newest }),
		editions: manifests.map((m) => ({ id: m.id, filePath: m.filePath, data: m.data, ...digestOf(m) })),
		items: items.map((item, i) => ({
			id: item.id,
			filePath: item.filePath,
			data: item.data,
			path: itemPath(item),
			...digestOf(item),
			...(i < publication.feedSize && item.body !== undefined ? { body: item.body, text: texts[i] } : {}),
		})),
	};
	return new Response(JSON.stringify(summary));
}
