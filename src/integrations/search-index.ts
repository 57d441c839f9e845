import type { AstroIntegration } from 'astro';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { IndexSiteOptions } from './index-site.ts';

/**
 * Builds the search index in `astro:build:done` from the built item pages (see index-site.ts)
 * into `<outDir>/pagefind/`, and logs `search index: <pages> pages, <seconds> s`, the line
 * `npm run bench` reads. Any Pagefind error fails the build. `SEARCH_INDEX=off` skips indexing.
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, pages, logger }) => {
				if (process.env.SEARCH_INDEX === 'off') {
					logger.info('search index: skipped (SEARCH_INDEX=off)');
					return;
				}
				const started = performance.now();
				const count = await indexInChild({ dir: fileURLToPath(dir), pathnames: pages.map((p) => p.pathname) });
				logger.info(`search index: ${count} pages, ${((performance.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}

/** Indexes in a child process (index-site-process.ts); rejects with its error, so the build fails. */
function indexInChild(options: IndexSiteOptions): Promise<number> {
	const script = fileURLToPath(new URL('./index-site-process.ts', import.meta.url));
	return new Promise((resolve, reject) => {
		const child = fork(script, [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
		let answer: { indexed?: number; error?: string } | undefined;
		child.once('message', (message: { indexed?: number; error?: string }) => (answer = message));
		child.once('error', reject);
		child.once('exit', (code) => {
			if (answer?.indexed !== undefined && code === 0) resolve(answer.indexed);
			else reject(new Error(answer?.error ?? `search index: the indexing process stopped with exit code ${code}`));
		});
		child.send(options);
	});
}
