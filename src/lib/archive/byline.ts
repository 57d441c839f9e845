/** A piece of a printed line: plain text, or an author's name as printed. */
export type BylinePart = { text: string } | { name: string };

/**
 * A printed line (byline or photo credit) cut into text and the authors' names in it, so a view
 * can link each name where it is printed instead of repeating it on a line of its own.
 * @example bylineParts('本报记者 宋爽', ['宋爽']) // [{ text: '本报记者 ' }, { name: '宋爽' }]
 */
export function bylineParts(line: string, authors: readonly string[]): BylinePart[] {
	const names = [...authors].filter(Boolean).sort((a, b) => b.length - a.length);
	const parts: BylinePart[] = [];
	let rest = line;
	while (rest) {
		let at = -1;
		let found = '';
		for (const name of names) {
			const i = rest.indexOf(name);
			if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, name];
		}
		if (at < 0) break;
		if (at > 0) parts.push({ text: rest.slice(0, at) });
		parts.push({ name: found });
		rest = rest.slice(at + found.length);
	}
	if (rest) parts.push({ text: rest });
	return parts;
}

/**
 * The authors printed in none of the lines: they need a line of their own.
 * @example unprintedAuthors(['本报记者 宋爽'], ['宋爽', '冯雪']) // ['冯雪']
 */
export function unprintedAuthors(lines: readonly (string | undefined)[], authors: readonly string[]): string[] {
	return authors.filter((name) => !lines.some((line) => line?.includes(name)));
}

/**
 * A byline as printed: a commentary is signed with ◎, in every view.
 * @example signedByline('commentary', '郝佳丽') // '◎郝佳丽'
 */
export function signedByline(kind: string, byline: string): string {
	return kind === 'commentary' && !byline.startsWith('◎') ? `◎${byline}` : byline;
}
