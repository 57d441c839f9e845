import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';
import { pathName } from './path-name.ts';

/** The kinds of item a printed page holds. */
export const ITEM_KINDS = ['article', 'commentary', 'photo'] as const;

/**
 * Frontmatter of one item (article, commentary or photo) of a printed page.
 * The importer writes these fields; editors write the same fields by hand.
 * This is the one place the item format is documented.
 */
export const itemFields = {
	/** The headline as printed (主标题). Required, one line. */
	headline: z.string().trim().min(1),
	/** 引题: the line printed above the headline, often ending in ——. */
	kicker: z.string().trim().min(1).optional(),
	/** 副题: the line printed below the headline, often starting with ——. */
	subheadline: z.string().trim().min(1).optional(),
	/** The byline as printed, without the □/◎ marks: `本报记者 刘向平 实习生 冯雪`. */
	byline: z.string().trim().min(1).optional(),
	/** Person names only, in byline order: `[刘向平, 冯雪]`. Drives the author pages, one folder per name (path-name.ts). */
	authors: z.array(pathName).default([]),
	/** Column or section label printed with the item (视点, 观潮, 阵地, 知行合一); absent when none. A folder name too. */
	section: pathName.optional(),
	/** What the item is: `article` (news story), `commentary` (signed opinion), `photo` (picture with caption). */
	kind: z.enum(ITEM_KINDS).default('article'),
	/** Edition date, `YYYY-MM-DD`; must match the edition folder the file is in. */
	date: isoDate,
	/** Page number in the edition (1 for 第01版); must match the page folder. */
	page: z.number().int().positive(),
	/** Position on the page, 1 for the lead item; unique on its page. */
	order: z.number().int().positive(),
	/** Photo credit as printed, of a photo item or of an article's photo: `本报记者 陈春艳 摄`. */
	credit: z.string().trim().min(1).optional(),
	/** Where the item came from: the dump path and line range, `content/dumps/2021-06-08/01.txt:2-56`. */
	source: z.string().trim().min(1).optional(),
	/**
	 * The last part of the permalink. Defaults to the file name without its `NN-` order prefix,
	 * so that URLs do not change when items are added or reordered. Lower-case ASCII, digits, `-`.
	 */
	slug: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expects lower-case letters, digits and single dashes, like "da-chu-wei-min"')
		.optional(),
	/** Alternative text for the image of a photo item; defaults to the headline. */
	imageAlt: z.string().trim().min(1).optional(),
	/**
	 * 待核对: why the importer is unsure of this item's split, one short reason each
	 * (`[没有找到标题, 第 12 行有没能归入任何稿件的文字“…”]`). `npm run check` lists these items
	 * without failing, and the site builds them as usual; an editor deletes the field once the
	 * item is checked.
	 */
	review: z.array(z.string().trim().min(1)).min(1).optional(),
};

/** Zod schema of an item's frontmatter without the image field (usable outside Astro). */
export const itemSchema = z.object(itemFields).strict();

/** One item's frontmatter after validation. */
export type ItemData = z.infer<typeof itemSchema>;
