import { propsCacheKey } from '../lib/archive/props-cache-key.ts';
import { rendersDate } from '../lib/parts/build-scope.ts';
import { settings } from '../settings.ts';
import { loadArchive, type Edition } from './archive.ts';

/** A route's path: its params and the props its page renders. */
export interface RoutePath<P> {
	params: Record<string, string>;
	props: P;
}

/**
 * The static paths of a route over the editions this build renders (every one, or a part's
 * years): `paths` gives an edition's paths, from the edition, its index and every edition
 * (newest first, for the links across days). Each path's incremental-build key is its props'
 * (props-cache-key.ts): the page is reused while they are unchanged.
 * @example editionPaths((edition) => [{ params: { date: edition.date }, props: { edition } }])
 */
export async function editionPaths<P extends object>(
	paths: (edition: Edition, index: number, editions: Edition[]) => RoutePath<P>[],
) {
	const { editions } = await loadArchive();
	return editions.flatMap((edition, i) =>
		rendersDate(settings.scope, edition.date)
			? paths(edition, i, editions).map((path) => ({ ...path, cacheKey: propsCacheKey(path.props) }))
			: [],
	);
}
