const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ldquo: '“',
	rdquo: '”',
	lsquo: '‘',
	rsquo: '’',
	mdash: '—',
	hellip: '…',
	middot: '·',
};

/**
 * Decodes the character references a static site generator writes into text and attributes:
 * numeric ones and the few named ones escaping needs; other named ones are left as written.
 * @example decodeEntities('A &amp; B &#x4e2d;') // 'A & B 中'
 */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED[ref.toLowerCase()] ?? whole;
	});
}
