import { compactText, heldWords } from './match-words.ts';
import type { SearchQuery } from './query-words.ts';

/**
 * How well an item matches a query. `grade`: 3 when its headline holds every term of the query
 * as a run, 2 when its text does, 1 when it holds every word apart, 0 when only some. `held`:
 * how many of the query's words it holds. `inHeadline`: whether its headline holds every word.
 * `score` orders items of the same grade (see scoreText). `marks`: what to mark in it, each a run
 * of its normalised text.
 */
export interface Match {
	grade: 0 | 1 | 2 | 3;
	held: number;
	inHeadline: boolean;
	score: number;
	marks: string[];
}

/** Weights of where a word stands, by the line of the item's text file (TEXT_FILE). */
export const FIELD_WEIGHTS = { headline: 8, header: 4, lead: 2, body: 1 } as const;

/**
 * A paragraph at least this long ends the item's header: the lines between the headline and it
 * (kicker, subheadline, byline) are the header, and it is the lead paragraph.
 */
const LEAD_CHARS = 40;

/** The weight of each line of an item's text file: headline, header lines, lead paragraph, body. */
export function lineWeights(lines: string[]): number[] {
	let lead = lines.findIndex((line, i) => i > 0 && [...line].length >= LEAD_CHARS);
	if (lead < 0) lead = lines.length;
	return lines.map((_, i) =>
		i === 0
			? FIELD_WEIGHTS.headline
			: i < lead
				? FIELD_WEIGHTS.header
				: i === lead
					? FIELD_WEIGHTS.lead
					: FIELD_WEIGHTS.body,
	);
}

/** Every place a run stands in a text, up to `limit` of them. */
function positions(text: string, run: string, limit = 50): number[] {
	const found: number[] = [];
	for (let at = text.indexOf(run); at >= 0 && found.length < limit; at = text.indexOf(run, at + 1)) found.push(at);
	return found;
}

/** The length of the shortest stretch of `text` that holds one occurrence of every run. */
function shortestSpan(text: string, runs: string[]): number {
	const hits = runs
		.flatMap((run, id) => positions(text, run).map((at) => ({ at, end: at + run.length, id })))
		.sort((a, b) => a.at - b.at);
	const need = new Set(runs.map((_, id) => id)).size;
	const inWindow = new Map<number, number>();
	let best = Infinity;
	let left = 0;
	for (let right = 0; right < hits.length; right++) {
		inWindow.set(hits[right].id, (inWindow.get(hits[right].id) ?? 0) + 1);
		while (inWindow.size === need) {
			const end = Math.max(...hits.slice(left, right + 1).map((h) => h.end));
			best = Math.min(best, end - hits[left].at);
			const id = hits[left].id;
			const left_count = inWindow.get(id)! - 1;
			if (left_count === 0) inWindow.delete(id);
			else inWindow.set(id, left_count);
			left++;
		}
	}
	return best;
}

/**
 * Scores an item's text (its text file: the headline, then a block a line) against a query.
 * The score adds, for each word the item holds, the weight of the best place it stands
 * (FIELD_WEIGHTS: headline 8, header 4, lead paragraph 2, body 1) and log2(1 + how often it
 * stands there and anywhere else, up to 50 times); and, when it holds every word, 4 × the
 * query's length over the shortest stretch of the text holding them all (4 when they stand
 * together). A free word that stands in pieces counts by its pieces.
 * @example scoreText('杭锦旗不动产登记中心\n…', parseQuery('杭锦旗登记中心')).grade // 3
 */
export function scoreText(text: string, query: SearchQuery): Match {
	const lines = text.split('\n').map(compactText);
	const compact = lines.join('\n');
	const weights = lineWeights(lines);
	const held = heldWords(compact, query.words);
	const pieces = held.filter((p): p is string[] => p !== undefined);
	let score = 0;
	for (const runs of pieces) {
		const best = Math.max(...weights.filter((_, i) => runs.every((run) => lines[i].includes(run))), FIELD_WEIGHTS.body);
		const often = Math.min(...runs.map((run) => positions(compact, run).length));
		score += best + Math.log2(1 + often);
	}
	const all = pieces.length === query.words.length;
	if (all && query.words.length > 0) {
		const span = shortestSpan(compact, pieces.flat());
		const length = query.words.reduce((sum, w) => sum + w.text.length, 0);
		if (Number.isFinite(span)) score += (4 * length) / Math.max(length, span);
	}
	const runs = query.terms.filter((term) => term.length > 0);
	const grade =
		runs.length > 0 && runs.every((term) => lines[0]?.includes(term))
			? 3
			: runs.length > 0 && runs.every((term) => compact.includes(term))
				? 2
				: all
					? 1
					: 0;
	const marks = grade >= 2 ? [...runs, ...pieces.flat()] : pieces.flat();
	const inHeadline = query.words.length > 0 && heldWords(lines[0] ?? '', query.words).every(Boolean);
	return { grade, held: pieces.length, inHeadline, score, marks: [...new Set(marks)] };
}
