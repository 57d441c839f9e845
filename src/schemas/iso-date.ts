import { z } from 'astro/zod';

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers turn an unquoted date into a Date at
 * UTC midnight, so both forms are accepted and normalised to the string.
 * @example isoDate.parse(new Date('2021-06-08')) // '2021-06-08'
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'expects a date written YYYY-MM-DD, like 2021-06-08')
		.refine(
			(s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
			'expects a real calendar date',
		),
);
