/**
 * Turns a page dump (hard-wrapped columns, blank lines between paragraphs) into the sentence
 * pool the synthetic archive is recombined from. Short lines (headlines, bylines, labels) are
 * dropped: only running text makes realistic article bodies.
 */

/** The sentence pool of one or more sample texts. */
export interface Corpus {
	/** Whole sentences of running text, each ending in 。！？ or …… */
	sentences: string[];
	/** Short clauses (6 to 16 characters) that read like headlines. */
	clauses: string[];
}

const sentenceEnd = /(?<=[。！？]|……)(?![”」』）])|(?<=[。！？]”)/u;

/** Bylines and photo credits slip into running text where a column starts; they are not prose. */
const byline = /本报记者|通讯员|实习生|[□◎■]| 摄/u;

/** Builds the pool from dump texts. @example corpusFromText('…').sentences.length */
export function corpusFromText(...texts: string[]): Corpus {
	const sentences = new Set<string>();
	const clauses = new Set<string>();
	for (const text of texts) {
		// Column breaks leave blank lines inside paragraphs, so running text is joined into one
		// stream before splitting sentences; short blocks (headlines, bylines, labels) are left out.
		const running = text
			.replace(/\r\n?/g, '\n')
			.split(/\n\s*\n/)
			.map((block) =>
				block
					.split('\n')
					.map((l) => l.trim())
					.join(''),
			)
			.filter((block) => block.length >= 30)
			.join('')
			// Strip private-use glyphs the typesetting system leaves behind.
			.replace(/[\uE000-\uF8FF\u{F0000}-\u{10FFFF}]/gu, '');
		for (const s of running.split(sentenceEnd)) {
			const sentence = s.trim();
			if (sentence.length < 8 || byline.test(sentence)) continue;
			sentences.add(sentence);
			for (const c of sentence.split(/[，。；：！？、“”《》（）…]/u)) {
				const clause = c.trim();
				if (clause.length >= 6 && clause.length <= 16 && !/\d/.test(clause)) clauses.add(clause);
			}
		}
	}
	if (sentences.size === 0)
		throw new Error('corpusFromText expects running text (paragraphs of 30+ characters) but found none');
	return { sentences: [...sentences], clauses: [...clauses] };
}
