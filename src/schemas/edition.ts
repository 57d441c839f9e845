import { z } from 'astro/zod';
import { isoDate } from './iso-date.ts';

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
/** One page entry of an edition manifest. */
export type PageData = z.infer<typeof pageSchema>;
