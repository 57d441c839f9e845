import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

/** A rectangle on the printed page: `[x, y, width, height]` in PDF points from the page's top-left corner. */
const box = z.tuple([z.number(), z.number(), z.number().nonnegative(), z.number().nonnegative()]);

/** A file in the page's folder, published beside the page view: a plain name with an extension, no folder. */
const pageFileName = z
	.string()
	.trim()
	.regex(/^[^/\\.][^/\\]*\.[A-Za-z0-9]+$/, '应是本版文件夹里的文件名，如 page-960.webp，不含文件夹');

/**
 * The printed page itself, for a page imported from its PDF (`npm run import -- 01.pdf …`):
 * the PDF and the page images kept in the page's folder, and where each item stands on the page.
 */
export const facsimileSchema = z
	.object({
		/** The page PDF, a file in the page's folder: `2021-06-08-01.pdf` (the 下载本版PDF link). */
		pdf: pageFileName,
		/** The page's width in PDF points (1/72 inch); regions are measured in the same units. */
		width: z.number().positive(),
		/** The page's height in PDF points. */
		height: z.number().positive(),
		/** The page image in several widths (pixels), narrowest first: files in the page's folder, `page-1600.webp`. */
		images: z
			.array(
				z
					.object({
						file: pageFileName,
						width: z.number().int().positive(),
						height: z.number().int().positive(),
					})
					.strict(),
			)
			.min(1),
		/** Each item's regions on the page, by the item's `order`: one rectangle per column it runs in. */
		regions: z.array(z.object({ order: z.number().int().positive(), boxes: z.array(box).min(1) }).strict()).default([]),
	})
	.strict();

/** One printed page of an edition, as listed in the edition manifest. */
export const pageSchema = z
	.object({
		/** Page number, 1 for 第01版. */
		number: z.number().int().positive(),
		/** Page name printed in the page header (版名): 党建, 要闻, 经济 … */
		name: z.string().trim().min(1).optional(),
		/** The page's banner line (通栏标题), shown above the page's items: `五化协同 大抓基层`. */
		banner: z.string().trim().min(1).optional(),
		/** The raw dump this page was imported from, for provenance. */
		source: z.string().trim().min(1).optional(),
		/** The printed page as an image with each item's regions, when the page was imported from its PDF. */
		facsimile: facsimileSchema.optional(),
	})
	.strict();

/**
 * The edition manifest, `content/editions/<date>/edition.yaml`: one per day's paper.
 * Lists the pages; items live in `<date>/<page>/*.md`.
 */
export const editionSchema = z
	.object({
		/** The edition's date, `YYYY-MM-DD`; must match its folder name. */
		date: isoDate,
		/** 期号: the issue number printed on the front page, when known. */
		number: z.number().int().positive().optional(),
		/** The pages, in any order; numbers must be unique. */
		pages: z.array(pageSchema).default([]),
	})
	.strict();

/** An edition manifest after validation. */
export type EditionData = z.infer<typeof editionSchema>;
/** A page's facsimile after validation. */
export type FacsimileData = z.infer<typeof facsimileSchema>;
/** One page entry of an edition manifest. */
export type PageData = z.infer<typeof pageSchema>;
