/**
 * Runs indexSite in a process of its own, so that the memory of reading and tokenising every
 * page is not added to the Astro build's own (the build already holds every entry and route),
 * and is all given back when indexing ends. Started by search-index.ts with `fork`; receives
 * `{ dir, pathnames }` and answers `{ indexed }` or `{ error }`.
 */
import { indexSite, type IndexSiteOptions } from './index-site.ts';

process.once('message', async (options: IndexSiteOptions) => {
	try {
		const indexed = await indexSite(options);
		process.send!({ indexed }, () => process.exit(0));
	} catch (error) {
		process.send!({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1));
	}
});
