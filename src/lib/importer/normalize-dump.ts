/** A dump's text with line ends unified and junk glyphs removed, and where the junk was. */
export interface Normalized {
	text: string;
	/** How many junk glyphs were removed. */
	junk: number;
	/** 1-based numbers of the lines that held junk glyphs. */
	junkLines: number[];
}

/**
 * Junk glyphs: code points a PDF's embedded fonts map to nothing readable. Private-use areas
 * (the fonts' own glyph ids), the historic scripts of the Supplementary Multilingual Plane up
 * to the musical symbols (U+10000-U+1CFFF, where a font whose glyph ids were offset by 0x10000
 * lands: `𐀸`, Linear B; no Chinese paper prints them), the replacement character, zero-width,
 * bidirectional and control characters.
 * Nothing else is ever dropped, so this list is the whole of what "recognised junk" means.
 */
export const JUNK =
	// eslint-disable-next-line no-control-regex -- C0 control characters are junk this pattern removes
	/[\uE000-\uF8FF\u{10000}-\u{1CFFF}\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}\uFFFD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/gu;

// JUNK without the global flag, for a test that keeps no position.
const ANY_JUNK = new RegExp(JUNK.source, 'u');

/**
 * Unifies line ends (CRLF and CR read as LF), drops form feeds, a byte-order mark and junk
 * glyphs, and counts the junk it dropped per line so the report can say where.
 * @example normalize('a\r\nb\uE000').text // 'a\nb'
 */
export function normalize(text: string): Normalized {
	// A form feed is pdftotext's page end: layout, not junk, so it goes without a count.
	const unified = text.replace(/\r\n?/g, '\n').replace(/\f/g, '');
	// Speed: most dumps hold no junk at all, and are not read line by line for it.
	if (!ANY_JUNK.test(unified)) return { text: unified, junk: 0, junkLines: [] };
	const lines = unified.split('\n');
	let junk = 0;
	const junkLines: number[] = [];
	const clean = lines.map((line, index) => {
		let removed = 0;
		const kept = line.replace(JUNK, () => {
			removed++;
			return '';
		});
		if (removed > 0) {
			junk += removed;
			junkLines.push(index + 1);
		}
		return kept;
	});
	return { text: clean.join('\n'), junk, junkLines };
}
