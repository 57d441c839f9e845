/**
 * The width of a text in em, as it was set in the printed column: full-width characters (Han,
 * Chinese punctuation) count 1, ASCII counts 0.5. Column widths are compared in this unit, so a
 * line holding "2021" is as full as a line of Han characters.
 * @example displayWidth('达2327万元') // 5
 */
export function displayWidth(text: string): number {
	let width = 0;
	// Speed: read by index, not `for…of`, which makes a string of each character (garbage on every line).
	for (let i = 0; i < text.length; i++) {
		const code = text.codePointAt(i) as number;
		// A character outside the BMP (two UTF-16 units) counts once.
		if (code > 0xffff) i++;
		width += code < 0x7f || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
	}
	return width;
}
