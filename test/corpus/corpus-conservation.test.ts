import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkConservation, decode, parsePage } from '../../src/lib/importer/index.ts';
import { readPdfLayout } from '../../src/lib/pdf-import/import-pdf-page.ts';

// Every committed corpus page, open and held out alike: the importer places every character of its text dump,
// its pdftotext extract and (where kept) its PDF's layout split in exactly one place. Only the ids of pages that
// fail are named, never their text.
const root = 'corpus';
const pages = readdirSync(root, { withFileTypes: true })
	.filter((set) => set.isDirectory())
	.flatMap((set) =>
		readdirSync(join(root, set.name), { withFileTypes: true })
			.filter((page) => page.isDirectory())
			.map((page) => join(root, set.name, page.name)),
	)
	.sort();

const failing = (missing: string, extra: string) => missing !== '' || extra !== '';

describe('the corpus conserves every character', () => {
	test('in the parse of every text dump and pdftotext extract', () => {
		const files = pages.flatMap((page) =>
			['text.txt', 'pdf.txt'].map((name) => join(page, name)).filter((file) => existsSync(file)),
		);
		expect(files.length).toBeGreaterThan(2000);
		const failed = files.filter((file) => {
			const text = decode(readFileSync(file)).text;
			const { missing, extra } = checkConservation(text, parsePage(text));
			return failing(missing, extra);
		});
		expect(failed).toEqual([]);
	});

	test('in the layout split of every kept page PDF', { timeout: 600_000 }, async () => {
		const files = pages.map((page) => join(page, 'page.pdf')).filter((file) => existsSync(file));
		expect(files.length).toBeGreaterThan(300);
		const failed: string[] = [];
		for (const file of files) {
			const page = await readPdfLayout(new Uint8Array(readFileSync(file)), file);
			const { missing, extra } = checkConservation(page.text, page);
			if (failing(missing, extra)) failed.push(file);
		}
		expect(failed).toEqual([]);
	});
});
