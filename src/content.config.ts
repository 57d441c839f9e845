import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { imagePath } from './schemas/image-path.ts';
import { itemFields } from './schemas/item.ts';
import { editionSchema } from './schemas/edition.ts';
import { contentFiles } from './loaders/content-files.ts';
import { checkMonthCut, loadedDates, partFolders } from './lib/parts/build-scope.ts';
import { settings } from './settings.ts';
import { summaryLoader } from './lib/parts/summary-loader.ts';
import { sharedLoader } from './lib/parts/shared-loader.ts';
import { editionDates, inWindow, previewWindow, windowGlob } from './lib/parts/preview-window.ts';

/**
 * The archive's content. Both collections read `content/editions/`:
 *
 * content/editions/<YYYY-MM-DD>/edition.yaml          one edition manifest (schemas/edition.ts)
 * content/editions/<YYYY-MM-DD>/<NN>/<n>-<slug>.md    one item each (schemas/item.ts); .mdx too
 * content/editions/<YYYY-MM-DD>/<NN>/<image>          a photo item's picture, named in `image`
 *
 * Every field is documented where it is declared, in src/schemas/. An entry's id is its file's
 * path there without the extension (src/loaders/content-files.ts).
 */
/** Where the content lives; `CONTENT_DIR` points a build at another archive (a shard, a test fixture). */
const editionsDir = settings.editionsDir(process.cwd()); // Astro runs in the project root

/**
 * Which part of the archive the build loads (src/lib/parts/build-scope.ts): a part loads its
 * years' or months' editions (and their neighbours, which its pages link to), the join the parts' summaries,
 * a part joined with the other parts (the daily build) both, the preview (`npm run dev`) its years
 * or newest editions, whose folders alone the loader lists.
 */
const { scope } = settings;
const present = scope.role === 'part' || scope.role === 'preview' ? editionDates(editionsDir) : [];
checkMonthCut(scope, present);
const preview = previewWindow(scope, present);
const dates = scope.role === 'part' ? loadedDates(scope, present) : undefined;
const dateOf = (file: string) => file.slice(0, file.indexOf('/'));
const include = preview
	? (file: string) => inWindow(preview, dateOf(file))
	: dates && ((file: string) => dates.has(dateOf(file)));
// The loader lists only the folders it loads: a part's years are a fifth or less of the archive.
const folders = preview ? windowGlob(preview) : scope.role === 'part' && dates ? partFolders(scope, dates) : '*';

/** The collection's loader: its content files, the parts' summaries, or both (src/lib/parts/shared-loader.ts). */
function loader(collection: 'items' | 'editions', pattern: string) {
	// The join's entries, like the daily build's other parts', are read from the summaries as the
	// build renders (src/data/archive.ts), not kept in the store: the loader only checks the parts.
	if (scope.role === 'join') return summaryLoader(collection, scope.parts);
	const files = contentFiles({ pattern: `${folders}/${pattern}`, base: editionsDir, include });
	if (scope.role !== 'part' || !scope.join || !dates) return files;
	// The other parts' entries are read from their summaries as the build renders (src/data/archive.ts),
	// not kept in the store: their loader only checks the parts, and drops what an older store held.
	return sharedLoader(files, summaryLoader(collection, scope.join, scope.periods, present), (id) =>
		dates.has(dateOf(id)),
	);
}

const items = defineCollection({
	loader: loader('items', '*/*.{md,mdx}'),
	schema: ({ image }) =>
		z
			.object({
				...itemFields,
				/**
				 * A photo item's picture: a path relative to the item file, e.g. `./chuan-cheng.jpg`; never outside
				 * its edition folder, never SVG (image-path.ts). In the join, and for the other parts' items
				 * of the daily build (their summaries' entries are not parsed again), the picture its part resolved.
				 */
				// image() is typed as the object it yields, but reads the path string that imagePath checks first.
				image:
					scope.role === 'join'
						? z.any().optional()
						: imagePath.pipe(image() as unknown as z.ZodType<z.output<ReturnType<typeof image>>, string>).optional(),
			})
			.strict(),
});

const editions = defineCollection({
	loader: loader('editions', 'edition.yaml'),
	schema: editionSchema,
});

export const collections = { items, editions };
