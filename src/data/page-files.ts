import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { pad2 } from '../lib/archive/paths.ts';
import { settings } from '../settings.ts';

/**
 * A file a page imported from its PDF keeps in its folder (a page image, the PDF), to publish beside
 * the page view. A type, not an interface, since a route's props must be indexable.
 */
export type PageFile = {
	date: string;
	page: number;
	/** Its name in the page's folder and in the published page's folder: `page-960.webp`, `2021-06-08-01.pdf`. */
	file: string;
	/** Where it is on disk. */
	source: string;
	/** Its size and modification time: the file is copied again only when this changes. */
	stamp: string;
};

/**
 * Every file the facsimiles of the editions on `dates` name: their page images and PDFs, found in
 * each page's folder beside the edition manifest (`<date>/edition.yaml`, `<date>/<NN>/`). A file
 * named in a manifest but missing stops the build with the manifest's path.
 */
export async function pageFiles(dates: (date: string) => boolean): Promise<PageFile[]> {
	// The join renders no dated page, and its store holds no entries (src/data/archive.ts).
	if (settings.scope.role === 'join') return [];
	const manifests = await getCollection('editions');
	return manifests
		.filter((m) => dates(m.data.date) && m.filePath)
		.flatMap((m) =>
			m.data.pages.flatMap((page) => {
				if (!page.facsimile) return [];
				const folder = resolve(dirname(m.filePath!), pad2(page.number));
				return [page.facsimile.pdf, ...page.facsimile.images.map((i) => i.file)].map((file) => {
					const source = resolve(folder, file);
					let stamp: string;
					try {
						const stat = statSync(source);
						stamp = `${stat.size}:${stat.mtimeMs}`;
					} catch {
						throw new Error(
							`${m.filePath}: page ${page.number}'s facsimile names ${file}, but ${source} is not there. 提示：re-import the page's PDF (npm run import), or remove the facsimile entry.`,
						);
					}
					return { date: m.data.date, page: page.number, file, source, stamp };
				});
			}),
		);
}
