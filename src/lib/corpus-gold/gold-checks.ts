/**
 * The checks the corpus command's shell (scripts/lib/corpus-command.ts) asks of a generated page, shared by the
 * generators that need nothing else (tune5, tune6): every gold field reads in the text dump, every character of
 * the gold bodies in the PDF's text, and the PDF's dates zeroed so a second run writes the same bytes. Part of the
 * corpus contract, like gold.ts: no generator's composing code.
 */
import { canonical } from './compare-text.ts';
import type { GoldPage } from './gold.ts';

/** The characters of `want` (a multiset, whitespace aside) that `have` lacks, in order; '' when none. */
function lacking(want: string, have: string): string {
	const count = new Map<string, number>();
	for (const ch of have.replace(/\s/g, '')) count.set(ch, (count.get(ch) ?? 0) + 1);
	let out = '';
	for (const ch of want.replace(/\s/g, '')) {
		const left = count.get(ch) ?? 0;
		if (left > 0) count.set(ch, left - 1);
		else out += ch;
	}
	return out;
}

/**
 * The gold fields a text dump lacks: each head, byline, label and credit must read in it (as a
 * run, whitespace aside), each author's name too, and every character of every field (paragraphs
 * included; a paragraph may be cut by a column break). Empty when all is there.
 * @example missingInText(page.gold, page.text) // []
 */
export function missingInText(gold: GoldPage, text: string): string[] {
	const flat = canonical(text);
	const out: string[] = [];
	let all = '';
	gold.items.forEach((item, i) => {
		for (const key of ['headline', 'kicker', 'subheadline', 'byline', 'section', 'credit'] as const) {
			const v = item[key];
			if (typeof v !== 'string') continue;
			all += v;
			if (!flat.includes(canonical(v))) out.push(`items[${i}].${key}`);
		}
		item.authors.forEach((a, k) => {
			if (!flat.includes(canonical(a))) out.push(`items[${i}].authors[${k}]`);
		});
		all += item.paragraphs.join('');
	});
	const lost = lacking(all, text);
	if (lost !== '') out.push(`characters ${lost.slice(0, 20)}`);
	return out;
}

/** The characters of the gold bodies (a multiset, whitespace aside) the PDF's text lacks; '' when none. */
export function missingChars(gold: GoldPage, pdfText: string): string {
	return lacking(gold.items.map((item) => item.paragraphs.join('')).join(''), pdfText);
}

/** A Chromium PDF with its dates and document ID zeroed, same length, so a second run writes the same bytes. */
export function fixPdfDates(pdf: Uint8Array): Uint8Array {
	const text = Buffer.from(pdf).toString('latin1');
	const fixed = text
		.replace(/\/(CreationDate|ModDate) ?\(D:[^)]*\)/g, (m) => m.replace(/\d/g, '0'))
		.replace(/\/ID ?\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\]/g, (m) =>
			m.replace(/<[0-9A-Fa-f]+>/g, (h) => `<${'0'.repeat(h.length - 2)}>`),
		);
	return Buffer.from(fixed, 'latin1');
}
