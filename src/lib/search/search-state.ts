/** Everything a search is, as kept in the search page's URL: `?q=…&section=…&sort=date`. */
export interface SearchState {
	q: string;
	section: string;
	author: string;
	/** article, commentary or photo; '' for any. */
	kind: string;
	/** Page number as a string, '' for any. */
	page: string;
	/** Date range ends: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` ('' for open). */
	from: string;
	to: string;
	sort: 'relevance' | 'date';
}

/** The URL parameters of a search, in the order they are written. */
export const STATE_KEYS = ['q', 'section', 'author', 'kind', 'page', 'from', 'to', 'sort'] as const;

/**
 * Reads a search from URL parameters; unknown or empty values fall back to "any".
 * @example searchState(new URLSearchParams('q=额济纳旗&sort=date')).sort // 'date'
 */
export function searchState(params: URLSearchParams): SearchState {
	const get = (key: string) => (params.get(key) ?? '').trim();
	return {
		q: get('q'),
		section: get('section'),
		author: get('author'),
		kind: get('kind'),
		page: /^\d+$/.test(get('page')) ? String(Number(get('page'))) : '',
		from: get('from'),
		to: get('to'),
		sort: get('sort') === 'date' ? 'date' : 'relevance',
	};
}

/**
 * The URL parameters of a search, leaving out what is empty or default, so shared links stay short.
 * @example searchParams({ ...empty, q: '2327' }).toString() // 'q=2327'
 */
export function searchParams(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of STATE_KEYS) {
		const value = state[key];
		if (value && !(key === 'sort' && value === 'relevance')) params.set(key, value);
	}
	return params;
}
