import type { Line } from '../importer/lines.ts';
import type { GoldItem } from './gold.ts';
import { canonical } from './compare-text.ts';
import type { MissCategory } from './split-misses.ts';

/**
 * How well a line stream (a pdftotext dump before or after the extraction order) follows the
 * gold text (a development aid; never run on held-out pages). Each dump line that stands exactly
 * once in the gold bodies (four characters or more) gets its place there; a line "joins right"
 * when the next non-blank line of the stream is the one that follows it in the gold text. A line
 * whose gold predecessor is not right before it is an orphan: it opens a paragraph or starts in
 * mid-paragraph, and its predecessor stands before or after it.
 */
export interface JoinCounts {
	/** Lines with a gold successor. */
	total: number;
	right: number;
	/** Wrong: the next line is another item's body line, the same item's wrong line, a head or unplaced line, or none. */
	otherItem: number;
	sameItem: number;
	unmapped: number;
	end: number;
	orphans: Record<'paragraph-before' | 'paragraph-after' | 'mid-before' | 'mid-after', number>;
}

/** One wrong join, for a page-by-page reading. */
export interface WrongJoin {
	line: Line;
	next?: Line;
	want: Line;
}

interface Place {
	item: number;
	start: number;
	end: number;
}

/**
 * Counts the joins of `stream` against the gold items; `wrong` collects the wrong ones.
 * @example countJoins(lines, gold.items).right / countJoins(lines, gold.items).total
 */
export function countJoins(stream: Line[], gold: GoldItem[], wrong: WrongJoin[] = []): JoinCounts {
	const bodies = gold.map((g) => canonical(g.paragraphs.join('')));
	const starts = gold.map((g) => {
		const out = new Set<number>();
		let at = 0;
		for (const paragraph of g.paragraphs) {
			out.add(at);
			at += canonical(paragraph).length;
		}
		return out;
	});
	const body = stream.filter((l) => l.text !== '');
	const where = places(body, bodies);
	const index = new Map(body.map((l, i) => [l.number, i]));
	const byStart = new Map<string, number>();
	const byEnd = new Map<string, number>();
	for (const [number, p] of where) {
		byStart.set(`${p.item}:${p.start}`, number);
		byEnd.set(`${p.item}:${p.end}`, number);
	}
	const counts: JoinCounts = {
		total: 0,
		right: 0,
		otherItem: 0,
		sameItem: 0,
		unmapped: 0,
		end: 0,
		orphans: { 'paragraph-before': 0, 'paragraph-after': 0, 'mid-before': 0, 'mid-after': 0 },
	};
	for (const [number, p] of where) {
		const at = index.get(number) as number;
		const successor = byStart.get(`${p.item}:${p.end}`);
		if (successor !== undefined) {
			counts.total++;
			const next = body[at + 1];
			if (next?.number === successor) counts.right++;
			else {
				const q = next && where.get(next.number);
				if (!next) counts.end++;
				else if (!q) counts.unmapped++;
				else if (q.item === p.item) counts.sameItem++;
				else counts.otherItem++;
				wrong.push({ line: body[at], next, want: body[index.get(successor) as number] });
			}
		}
		const predecessor = byEnd.get(`${p.item}:${p.start}`);
		if (predecessor !== undefined && body[at - 1]?.number !== predecessor) {
			const opens = starts[p.item].has(p.start) ? 'paragraph' : 'mid';
			const side = (index.get(predecessor) as number) < at ? 'before' : 'after';
			counts.orphans[`${opens}-${side}`]++;
		}
	}
	return counts;
}

/** Each line's place in the gold bodies, where the line's text stands there exactly once. */
function places(lines: Line[], bodies: string[]): Map<number, Place> {
	const out = new Map<number, Place>();
	for (const line of lines) {
		const text = canonical(line.text);
		if ([...text].length < 4) continue;
		let found: Place | undefined;
		let count = 0;
		bodies.forEach((body, item) => {
			for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
				count++;
				found = { item, start: at, end: at + text.length };
			}
		});
		if (count === 1 && found) out.set(line.number, found);
	}
	return out;
}

/**
 * The one class a missed gold item counts in, from its miss categories (`split-misses.ts`):
 * split, merged, absorbed or lost, body in the wrong order (another parsed body holds exactly
 * its characters), body swapped with another item's, headline only, authors only.
 */
export function missClass(categories: MissCategory[], goldBody: string, parsedBodies: string[]): string {
	const sorted = (text: string) => [...text].sort().join('');
	const want = sorted(goldBody);
	if (categories.includes('over-split')) return 'split';
	if (categories.includes('merged')) return 'merged';
	if (categories.includes('absorbed') || categories.includes('lost')) return 'absorbed or lost';
	if (parsedBodies.some((b) => b !== goldBody && sorted(b) === want)) return 'body in the wrong order';
	if (categories.includes('body-differs')) return 'body swapped with another item';
	if (categories.some((c) => c.startsWith('headline') || c === 'neighbour-headline' || c === 'spurious-headline'))
		return 'headline only';
	return 'authors only';
}
