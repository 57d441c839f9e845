import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkConservation, decode, parsePage } from '../../src/lib/importer/index.ts';

// Each folder under fixtures/ is one trait of real dumps: input.txt (any encoding) and
// expected.json, the parse a person checked. A missing expected.json is written from the
// current output; UPDATE=1 rewrites them all, for review in the diff.
const root = join(import.meta.dirname, 'fixtures');
const update = process.env.UPDATE === '1';

/** The parse of a dump, as stored in expected.json: what an editor would see. */
function summary(bytes: Uint8Array) {
	const page = parsePage(decode(bytes).text);
	return {
		banner: page.banner?.text,
		items: page.items.map((item) => ({
			headline: item.headlineMissing ? null : item.headline,
			...(item.kicker && { kicker: item.kicker }),
			...(item.subheadline && { subheadline: item.subheadline }),
			...(item.byline && { byline: item.byline }),
			authors: item.authors,
			...(item.section && { section: item.section }),
			kind: item.kind,
			...(item.credit && { credit: item.credit }),
			lines: `${item.firstLine}-${item.lastLine}`,
			paragraphs: item.paragraphs,
			...(item.intertitles.length > 0 && { intertitles: item.intertitles }),
			...(item.uncertain && { uncertain: item.uncertain }),
		})),
		furniture: page.furniture,
		warnings: page.warnings.map((w) => ({ code: w.code, line: w.line, ...(w.text && { text: w.text }) })),
	};
}

describe('fixtures', () => {
	for (const name of readdirSync(root).sort()) {
		const input = readFileSync(join(root, name, 'input.txt'));
		test(name.replaceAll('-', ' '), () => {
			const actual = summary(input);
			const expectedPath = join(root, name, 'expected.json');
			if (update || !existsSync(expectedPath)) writeFileSync(expectedPath, `${JSON.stringify(actual, null, '\t')}\n`);
			expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
		});
		test(`${name.replaceAll('-', ' ')}: places every character exactly once`, () => {
			const text = decode(input).text;
			expect(checkConservation(text, parsePage(text))).toEqual({ missing: '', extra: '' });
		});
	}
});
