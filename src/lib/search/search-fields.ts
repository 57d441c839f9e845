/**
 * The search form's fields that the page and its script share: kinds with their labels, and the
 * two ends of a date range, which take the same input (a year, a month or a day; date-range.ts).
 */

/** The kinds of item, by their `kind` value, with the label the form and the results show. */
export const KIND_LABELS: Record<string, string> = { article: '文章', commentary: '评论', photo: '图片' };

/** The two ends of a date range: the URL's key and the label before the field. */
export const DATE_FIELDS = [
	{ name: 'from', label: '从' },
	{ name: 'to', label: '到' },
] as const;

/** What a date field accepts, as an `<input pattern>`: `2021`, `2021-06` or `2021-06-08`. */
export const DATE_INPUT_PATTERN = String.raw`\d{4}(-\d{1,2}){0,2}`;
