import { expect } from 'vitest';
import { checkConservation } from '../../src/lib/importer/conservation.ts';
import { parsePage } from '../../src/lib/importer/parse-page.ts';

/** The page parsed, with every character of the dump in exactly one place of it (asserted). */
export function parseConserved(dump: string) {
	const page = parsePage(dump);
	expect(checkConservation(dump, page)).toEqual({ missing: '', extra: '' });
	return page;
}
