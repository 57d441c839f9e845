/** Something the importer could not decide for sure, with the dump lines it concerns. */
export interface Warning {
	/**
	 * `unplaced`: text that fits no item (listed in `text`, so nothing is lost);
	 * `no-headline`: an item without a headline (a placeholder was written);
	 * `banner`: a heading with no item of its own, taken as the page banner;
	 * `junk`: junk glyphs removed; `page`: the dump's header disagrees with the arguments;
	 * `skipped`: a file an editor changed, left alone; `review`: a PDF page's item the layout did not settle.
	 */
	code: 'unplaced' | 'no-headline' | 'banner' | 'junk' | 'page' | 'skipped' | 'review';
	/** First dump line concerned (1-based); 0 when the warning is not about a line. */
	line: number;
	/** Last dump line concerned, when more than one. */
	endLine?: number;
	/** One line a person can act on. */
	message: string;
	/** The dump text the warning holds, for `unplaced`: the only place that text ends up. */
	text?: string;
}

/**
 * `12` or `12-15`: the line span of a warning or an item, as shown after a file name.
 * @example lineSpan(3, 7) // '3-7'
 */
export function lineSpan(first: number, last: number): string {
	return first === last ? String(first) : `${first}-${last}`;
}
