/**
 * Whether a record's filters meet a Pagefind filter object, as Pagefind reads one: a value the
 * record must have, `{ all, any }` lists of values, and `any` of several such objects. What the
 * fake Pagefinds of the search tests filter by.
 */
export function filtersMatch(filters: Record<string, string[]>, wanted: Record<string, unknown>): boolean {
	return Object.entries(wanted).every(([key, want]) => {
		if (key === 'any') return (want as Record<string, unknown>[]).some((w) => filtersMatch(filters, w));
		const values = filters[key] ?? [];
		if (typeof want === 'string') return values.includes(want);
		const { all, any } = want as { all?: string[]; any?: string[] };
		return (all ?? []).every((v) => values.includes(v)) && (!any || any.some((v) => values.includes(v)));
	});
}
