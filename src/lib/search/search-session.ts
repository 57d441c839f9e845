import { compactText, heldWords, wordTokens } from './match-words.ts';
import { parseQuery, type QueryWord, type SearchQuery } from './query-words.ts';
import type { ResultText } from './result-text.ts';
import { runLookups, type LookupRun, type PagefindApi } from './run-search.ts';
import { scoreText, type Match } from './score.ts';
import { isSingleCharacter, queryTokens, tokenFilters, type TokenField } from './token-filters.ts';

/** A result as the search page shows it: the item, its text, and how it matches. */
export interface RankedResult extends Match {
	id: string;
	url: string;
	meta: Record<string, string>;
	text: string;
}

/** What a search session needs besides the index. */
export interface SessionOptions {
	/** The reader's other filters (section, author, month, …), applied to every lookup. */
	filters?: Record<string, unknown>;
	sort?: 'relevance' | 'date';
	/** Ids of the shards to search, newest first, and how to merge one (runLookups). */
	shards: string[];
	load?: (shard: string) => Promise<unknown>;
	/** Fetches an item's text; the opening alone when `enough` (fetchResultText). */
	text: (url: string, enough: (opening: string) => boolean) => Promise<ResultText>;
	/** A date range by day (`YYYY-MM-DD`, dayOf), checked on each result's date. */
	days?: { from?: string; to?: string };
	/** How many candidates are ranked together (by score, within their lookup; by relevance only). */
	window?: number;
	/** Splits a Han run into words (Intl.Segmenter by default, see runWords). */
	split?: (run: string) => string[];
}

/** A search under way: results in rank order, a page at a time, with an honest count. */
export interface SearchSession {
	readonly query: SearchQuery;
	/** Whether no item holds every word, so that the results hold only some of them. */
	readonly partial: boolean;
	/** Items found so far (estimated until each is checked: see `exact`). */
	readonly count: number;
	/** Whether `count` is exact for the shards searched so far: each candidate checked, or sure without it. */
	readonly exact: boolean;
	/** How many of the shards, newest first, have been searched so far. */
	readonly searched: number;
	/** Whether every shard has been searched. */
	complete(): boolean;
	/** The next `n` results in rank order; fewer at the end, none after it. */
	next(n: number): Promise<RankedResult[]>;
	/** Whether every result has been handed out. */
	done(): boolean;
}

/** One lookup of the index, with what an item it finds must hold to be a result. */
interface Lookup {
	filters: Record<string, unknown>;
	accept: (match: Match) => boolean;
}

/** Filters for items holding every token in `field`: `{ t12: { all: [...] }, … }`. */
function allOf(tokens: string[], field: TokenField): Record<string, { all: string[] }> {
	const filters: Record<string, { all: string[] }> = {};
	for (const [bucket, list] of Object.entries(tokenFilters(tokens, field))) filters[bucket] = { all: list };
	return filters;
}

const tokensOfWords = (words: QueryWord[]) => [...new Set(words.flatMap(wordTokens))];

/**
 * The lookups of a query, narrowest first. By relevance: the headline holds every term as a run
 * (`h` filters), the text does (`t`), the headline holds every word apart (`h`), the text does;
 * by date, the last alone. A query of lone characters looks in headlines only (bodies file pairs).
 */
export function fullLookups(raw: string, query: SearchQuery, sort: 'relevance' | 'date'): Lookup[] {
	if (isSingleCharacter(raw)) return [{ filters: allOf(queryTokens(raw), 'h'), accept: (m) => m.grade === 3 }];
	const termTokens = queryTokens(query.terms.join(' '));
	const words = tokensOfWords(query.words);
	const sameWords =
		query.words.every((w) => !w.free) &&
		query.words.length === query.terms.length &&
		query.words.every((w) => query.terms.includes(w.text));
	const byWords: Lookup = { filters: allOf(words, 't'), accept: (m) => m.grade >= 1 };
	if (sort === 'date') return [byWords];
	const lookups: Lookup[] = [
		{ filters: allOf(termTokens, 'h'), accept: (m) => m.grade === 3 },
		{ filters: allOf(termTokens, 't'), accept: (m) => m.grade >= 2 },
	];
	if (!sameWords) lookups.push({ filters: allOf(words, 'h'), accept: (m) => m.grade >= 1 && m.inHeadline }, byWords);
	return lookups;
}

/** Every way of choosing `k` of `n` items (as index lists), in order. */
function choose(n: number, k: number): number[][] {
	if (k === 0) return [[]];
	if (n < k) return [];
	return [...choose(n - 1, k - 1).map((c) => [...c, n - 1]), ...choose(n - 1, k)];
}

/** At most this many combinations of words make one partial lookup. */
const MAX_COMBINATIONS = 20;

/**
 * The lookups for a partial match, when no item holds every word: items holding all but one of
 * the words, then all but two, … then any one (`any` of Pagefind's filters over the
 * combinations). `query` is partialQuery's: a query of one word has none.
 */
export function partialLookups(query: SearchQuery): Lookup[] {
	const words = query.words.filter((w) => wordTokens(w).length > 0);
	if (words.length < 2) return [];
	const lookups: Lookup[] = [];
	for (let k = words.length - 1; k >= 1; k--) {
		const sets = choose(words.length, k);
		if (sets.length > MAX_COMBINATIONS && k > 1) continue;
		lookups.push({
			filters: { any: sets.map((set) => allOf(tokensOfWords(set.map((i) => words[i])), 't')) },
			accept: (m) => m.held >= k,
		});
	}
	return lookups;
}

/**
 * The query a partial match counts words of: a joined word's parts count as words of their own
 * (`杭锦旗火星` holds `杭锦旗` and `火星`); a quoted query has no partial match.
 */
export function partialQuery(query: SearchQuery): SearchQuery {
	if (query.phrase) return { ...query, words: [] };
	const words: QueryWord[] = [];
	for (const word of query.words)
		for (const text of word.parts ?? [word.text])
			if (!words.some((w) => w.text === text)) words.push({ text, free: false });
	return { ...query, words };
}

/** Whether every candidate of the widest lookup surely matches without its text: each word is one token. */
function sureWithoutText(query: SearchQuery): boolean {
	return query.words.every((w) => !w.free && wordTokens(w).join() === w.text);
}

/**
 * Starts a search: parses the query into terms and words (parseQuery), looks the candidates up in
 * the index (fullLookups, newest first shard by shard, runLookups), checks each against its own
 * text, and ranks them: by lookup (the query as a run in the headline, in the text, its words
 * apart in the headline, in the text), then, among `window` candidates at a time, by score (scoreText), ties newest first.
 * By date: newest first. When no item holds every word, the items holding most of them
 * (partialLookups) follow, and `partial` says so.
 */
export function startSearch(pf: PagefindApi, raw: string, options: SessionOptions): SearchSession {
	const query = parseQuery(raw, options.split);
	const sort = options.sort ?? 'relevance';
	const window = options.window ?? 10;
	const inDays = (date: string | undefined) =>
		(!options.days?.from || (date ?? '') >= options.days.from) &&
		(!options.days?.to || (date ?? '') <= options.days.to);
	const hasWords = query.words.length > 0;
	let lookups = hasWords ? fullLookups(raw, query, sort) : [{ filters: {}, accept: () => true }];
	let run: LookupRun = runLookups(
		pf,
		lookups.map((l) => l.filters),
		options.filters ?? {},
		options.shards,
		options.load,
		false,
	);
	let partial = false;
	const accepted = new Set<string>();
	// Candidates of the widest lookup found not to match (their text, or their day).
	const rejected = new Set<string>();
	const texts = new Map<string, Promise<ResultText>>();
	const sure = sureWithoutText(query) && !options.days?.from && !options.days?.to;
	const ready: RankedResult[] = [];

	/** The text of an item, fetched once; again whole if its opening no longer suffices. */
	const textOf = async (url: string, enough: (text: string) => boolean) => {
		let got = texts.get(url);
		if (!got) texts.set(url, (got = options.text(url, enough)));
		const had = await got;
		if (had.whole || enough(had.text)) return had.text;
		const whole = options.text(url, () => false);
		texts.set(url, whole);
		return (await whole).text;
	};

	// The query being matched: the reader's, or partialQuery's once no item holds every word.
	let matching = query;
	const matchOf = (text: string): Match =>
		hasWords ? scoreText(text, matching) : { grade: 3, held: 0, inHeadline: true, score: 0, marks: [] };

	/** Checks and ranks the next `size` candidates; false when there are none left. */
	const fill = async (size: number): Promise<boolean> => {
		const batch = await run.next(size);
		if (batch.length === 0) return false;
		const widest = lookups.length - 1;
		const checked = await Promise.all(
			batch.map(async ({ result, lookup }) => {
				if (accepted.has(result.id)) return undefined;
				const { url, meta } = await result.data();
				if (!inDays(meta.date)) {
					rejected.add(result.id);
					return undefined;
				}
				const accept = lookups[lookup].accept;
				const text = await textOf(url, (t) => accept(quickMatch(t)));
				const match = matchOf(text);
				if (!accept(match)) {
					if (lookup === widest) rejected.add(result.id);
					return undefined;
				}
				return { lookup, result: { id: result.id, url, meta, text, ...match } };
			}),
		);
		const found = checked.filter((c) => c !== undefined);
		found.sort(
			(a, b) =>
				a.lookup - b.lookup ||
				(sort === 'relevance' ? b.result.held - a.result.held || b.result.score - a.result.score : 0) ||
				(b.result.meta.date ?? '').localeCompare(a.result.meta.date ?? ''),
		);
		for (const { result } of found) {
			if (accepted.has(result.id)) continue;
			accepted.add(result.id);
			ready.push(result);
		}
		return true;
	};

	/** A cheap check of an opening, to know whether the rest of the text is needed. */
	const quickMatch = (text: string): Match => {
		if (!hasWords) return { grade: 3, held: 0, inHeadline: true, score: 0, marks: [] };
		const lines = text.split('\n').map(compactText);
		const compact = lines.join('\n');
		const held = heldWords(compact, matching.words).filter(Boolean).length;
		const grade = matching.terms.every((t) => lines[0]?.includes(t))
			? 3
			: matching.terms.every((t) => compact.includes(t))
				? 2
				: held === matching.words.length
					? 1
					: 0;
		const inHeadline = heldWords(lines[0] ?? '', matching.words).every(Boolean);
		return { grade, held, inHeadline, score: 0, marks: [] };
	};

	const switchToPartial = () => {
		const more = partialLookups(partialQuery(query));
		if (partial || accepted.size > 0 || more.length === 0) return false;
		partial = true;
		matching = partialQuery(query);
		lookups = more;
		rejected.clear();
		run = runLookups(
			pf,
			more.map((l) => l.filters),
			options.filters ?? {},
			options.shards,
			options.load,
			false,
		);
		return true;
	};

	let queue: Promise<unknown> = Promise.resolve();
	const take = async (n: number) => {
		while (ready.length < n) {
			// By date nothing is ranked: ask only what the page needs, so that older shards load
			// only when the page reaches them.
			if (await fill(sort === 'date' ? n - ready.length : Math.max(n, window))) continue;
			if (!switchToPartial()) break;
		}
		return ready.splice(0, n);
	};
	const finished = () =>
		ready.length === 0 &&
		run.done() &&
		(partial || accepted.size > 0 || partialLookups(partialQuery(query)).length === 0);
	return {
		query,
		get partial() {
			return partial;
		},
		get count() {
			return Math.max(accepted.size, run.count - rejected.size);
		},
		get exact() {
			return sure || finished();
		},
		get searched() {
			return run.searched;
		},
		complete: () => run.complete(),
		next: (n) => {
			const page = queue.then(() => take(n));
			queue = page.catch(() => undefined);
			return page;
		},
		done: finished,
	};
}
