/**
 * Plain text cut near `max` characters, on a sentence end where one is close; paragraphs are
 * lines. The text is what the item renders to (rehype-excerpt.ts), never its source.
 * @example excerpt('第一句。第二句。', 5) // '第一句。'
 */
export function excerpt(text: string, max = 120): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max);
	const end = Math.max(...['。', '！', '？', '”'].map((p) => cut.lastIndexOf(p)));
	return end >= max * 0.6 ? cut.slice(0, end + 1) : `${cut.replace(/\n+$/, '')}……`;
}
