/** The entries before and after one entry of an ordered list. */
export interface Neighbours<T> {
	prev?: T;
	next?: T;
}

/**
 * Previous and next entry around `index` in an ordered list; absent at either end.
 * @example neighbours(['a', 'b', 'c'], 0) // { prev: undefined, next: 'b' }
 */
export function neighbours<T>(list: readonly T[], index: number): Neighbours<T> {
	if (index < 0 || index >= list.length) return {};
	return { prev: index > 0 ? list[index - 1] : undefined, next: index < list.length - 1 ? list[index + 1] : undefined };
}
