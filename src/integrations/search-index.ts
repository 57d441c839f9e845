import type { AstroIntegration } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readSearchDocument } from '../lib/search/read-search-document.ts';
import { indexHtml } from '../lib/search/index-html.ts';
import { INDEX_LANGUAGE } from '../lib/search/index-language.ts';
import { withBase } from '../lib/archive/paths.ts';

// Pages in flight at once: enough to keep the Pagefind service busy while we read and tokenise.
const BATCH = 64;

/**
 * Builds the Pagefind index in `astro:build:done` from the built item pages, with our own
 * Chinese tokenisation (src/lib/search) in place of Pagefind's segmenter; writes `<outDir>/pagefind/`.
 * Every Pagefind response is checked and any error fails the build; `SEARCH_INDEX=off` skips it.
 */
export default function searchIndex(): AstroIntegration {
	let base = '/';
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (process.env.SEARCH_INDEX === 'off') {
					logger.info('search index: skipped (SEARCH_INDEX=off)');
					return;
				}
				const started = performance.now();
				const check = <T extends { errors: string[] }>(response: T, what: string): T => {
					if (response.errors.length > 0) throw new Error(`search index: Pagefind failed to ${what}:\n${response.errors.join('\n')}`);
					return response;
				};
				let indexed = 0;
				try {
					const { index } = check(await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE }), 'create an index');
					if (!index) throw new Error('search index: Pagefind returned no index and no error');
					const addPage = async (pathname: string) => {
						const file = fileURLToPath(new URL(`${pathname.replace(/^\/+/, '')}${pathname.endsWith('.html') ? '' : 'index.html'}`, dir));
						const html = await readFile(file, 'utf8').catch(() => '');
						const doc = readSearchDocument(html, file);
						if (!doc) return;
						check(await index.addHTMLFile({ url: withBase(base, pathname), content: indexHtml(doc) }), `index ${file}`);
						indexed++;
					};
					for (let i = 0; i < pages.length; i += BATCH) await Promise.all(pages.slice(i, i + BATCH).map((p) => addPage(p.pathname)));
					check(await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }), 'write the index');
				} finally {
					await pagefind.close();
				}
				logger.info(`search index: ${indexed} pages, ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}
