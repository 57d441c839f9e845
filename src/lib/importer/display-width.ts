/**
 * The width of a text in em, as it was set in the printed column: full-width characters (Han,
 * Chinese punctuation) count 1, ASCII counts 0.5. Column widths are compared in this unit, so a
 * line holding "2021" is as full as a line of Han characters.
 * @example displayWidth('达2327万元') // 5
 */
export function displayWidth(text: string): number {
	let width = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		width += code < 0x7f || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
	}
	return width;
}
