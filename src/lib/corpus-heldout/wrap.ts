/** Printed width of one character in em: full-width 1, ASCII half. */
export function charWidth(char: string): number {
	return char.charCodeAt(0) < 0x80 ? 0.5 : 1;
}

const noLineStart = new Set([...'，。、；：？！”’）》」』…%']);
const noLineEnd = new Set([...'“‘（《「『']);

/**
 * Breaks text into lines of at most `width` em, as a typesetter would: runs of ASCII letters and
 * digits stay whole, closing punctuation hangs at the end of a line, opening marks move down.
 * The first line may be narrower by `indent` em.
 */
export function wrapText(text: string, width: number, indent = 0): string[] {
	const units: string[] = text.match(/[A-Za-z0-9.%]+|——|……|./gsu) ?? [];
	const lines: string[] = [];
	let line = '';
	let used = indent;
	for (const unit of units) {
		const w = [...unit].reduce((n, c) => n + charWidth(c), 0);
		if (line && used + w > width && !noLineStart.has(unit[0])) {
			let carry = '';
			while (line && noLineEnd.has(line.at(-1)!)) {
				carry = line.at(-1)! + carry;
				line = line.slice(0, -1);
			}
			if (line) {
				lines.push(line);
				line = carry;
				used = [...carry].reduce((n, c) => n + charWidth(c), 0);
			} else line = carry;
		}
		line += unit;
		used += w;
	}
	if (line) lines.push(line);
	return lines;
}
