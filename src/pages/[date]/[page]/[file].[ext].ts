import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageFiles, type PageFile } from '../../../data/page-files.ts';
import { pad2 } from '../../../lib/archive/paths.ts';
import { rendersDate } from '../../../lib/parts/build-scope.ts';
import { settings } from '../../../settings.ts';

/**
 * A page's facsimile files as they were imported (src/lib/pdf-import): the page images and the PDF,
 * published beside the page view (`/2021-06-08/01/page-960.webp`, `/2021-06-08/01/2021-06-08-01.pdf`)
 * and never encoded again. An incremental build reuses a file while its size and time are unchanged.
 */
export const getStaticPaths = (async () => {
	const { scope } = settings;
	const files = await pageFiles((date) => rendersDate(scope, date));
	return files.map((f) => {
		const dot = f.file.lastIndexOf('.');
		return {
			params: { date: f.date, page: pad2(f.page), file: f.file.slice(0, dot), ext: f.file.slice(dot + 1) },
			props: f,
			cacheKey: f.stamp,
		};
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute<PageFile> = async ({ props }) => new Response(await readFile(props.source));
