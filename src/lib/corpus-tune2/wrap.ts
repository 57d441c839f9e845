/** Line breaking for tune2: Chinese lines that never start with closing punctuation and never split a number. */

const CLOSING = new Set([...'，。、；：？！”’）》」』】…—·%']);
const OPENING = new Set([...'“‘（《「『【']);

/** Splits text into unbreakable tokens: runs of ASCII letters and digits (with . % + -), else single characters. */
function tokens(text: string): string[] {
	return text.match(/[A-Za-z0-9][A-Za-z0-9.%+\-/:]*|[^A-Za-z0-9]/gu) ?? [];
}

/** The width of a token in em: a CJK character 1, an ASCII character 0.55. */
function width(token: string): number {
	return /^[\x21-\x7e]/.test(token) ? token.length * 0.55 : 1;
}

/**
 * Breaks `text` into lines of at most `em` em (closing punctuation may hang over by one), the
 * first line `indent` em shorter. @example wrapLines('一二三四。', 4) // ['一二三四。']
 */
export function wrapLines(text: string, em: number, indent = 0): string[] {
	const out: string[] = [];
	let line: string[] = [];
	let used = indent;
	for (const t of tokens(text)) {
		const w = width(t);
		if (used + w > em + 1e-9 && line.length > 0 && !CLOSING.has(t[0])) {
			// An opening mark does not end a line: carry it over.
			const carry: string[] = [];
			while (line.length > 1 && OPENING.has(line[line.length - 1])) carry.unshift(line.pop()!);
			out.push(line.join(''));
			line = carry;
			used = carry.reduce((s, c) => s + width(c), 0);
		}
		line.push(t);
		used += w;
	}
	if (line.length > 0) out.push(line.join(''));
	return out;
}

/** The width of a text in em. */
export function textWidth(text: string): number {
	return tokens(text).reduce((s, t) => s + width(t), 0);
}
