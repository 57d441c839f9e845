/**
 * The scorer's text comparison: whitespace is ignored (wraps, column breaks and extraction put
 * it anywhere), except that a run of whitespace between two ASCII letters or digits counts as
 * one space ("COVID 19" is not "COVID19").
 * @example canonical('学党史 践行动\n') === canonical('学党史践行动') // true
 */
export function canonical(text: string): string {
	return text.replace(/\s+/gu, (space, offset: number, whole: string) =>
		/[A-Za-z0-9]/.test(whole[offset - 1] ?? '') && /[A-Za-z0-9]/.test(whole[offset + space.length] ?? '') ? ' ' : '',
	);
}

/** Two optional texts are equal under `canonical` (both absent counts as equal). */
export function sameText(a: string | null | undefined, b: string | null | undefined): boolean {
	if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
	return canonical(a) === canonical(b);
}
