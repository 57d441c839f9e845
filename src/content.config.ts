import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { imagePath } from './schemas/image-path.ts';
import { itemFields } from './schemas/item.ts';
import { editionSchema } from './schemas/edition.ts';
import { contentFiles } from './loaders/content-files.ts';

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
const editionsDir = `${(process.env.CONTENT_DIR || './content').replace(/\/+$/, '')}/editions`;

const items = defineCollection({
	loader: contentFiles({ pattern: '*/*/*.{md,mdx}', base: editionsDir }),
	schema: ({ image }) =>
		z
			.object({
				...itemFields,
				/** A photo item's picture: a path relative to the item file, e.g. `./chuan-cheng.jpg`; never outside its edition folder, never SVG (image-path.ts). */
				// image() is typed as the object it yields, but reads the path string that imagePath checks first.
				image: imagePath.pipe(image() as unknown as z.ZodType<z.output<ReturnType<typeof image>>, string>).optional(),
			})
			.strict(),
});

const editions = defineCollection({
	loader: contentFiles({ pattern: '*/edition.yaml', base: editionsDir }),
	schema: editionSchema,
});

export const collections = { items, editions };
