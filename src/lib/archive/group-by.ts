/**
 * Groups items under every key a function gives for them (an item with two authors goes under
 * both), keys sorted by the Chinese collation, items kept in input order.
 * @example groupBy([{ a: ['x', 'y'] }], (i) => i.a) // Map { 'x' => [...], 'y' => [...] }
 */
export function groupBy<T>(items: Iterable<T>, keys: (item: T) => Iterable<string | undefined>): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of new Set(keys(item))) {
			if (!key) continue;
			if (!groups.has(key)) groups.set(key, []);
			groups.get(key)!.push(item);
		}
	}
	const collator = new Intl.Collator('zh-CN');
	return new Map([...groups].sort((a, b) => collator.compare(a[0], b[0])));
}
