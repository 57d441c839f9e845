import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keepsPdf, main } from '../../scripts/corpus-tune6.ts';
import { readGold } from '../../src/lib/corpus-gold/gold.ts';
import { wrap } from '../../src/lib/corpus-tune6/dump.ts';
import {
	DEFAULT_SEED,
	fixPdfDates,
	generatePage,
	missingChars,
	missingInText,
	PAGE_TYPES,
	pageId,
} from '../../src/lib/corpus-tune6/index.ts';
import { chromiumNeutral } from '../support/chromium-neutral.ts';

const root = 'corpus/tune6';
const ids = existsSync(root)
	? readdirSync(root)
			.filter((name) => /^t6-\d{4}$/.test(name))
			.sort()
	: [];
const read = (id: string, file: string) => readFileSync(join(root, id, file), 'utf8');

describe('the tune6 generator', () => {
	test('is deterministic: the same page, seed and attempt give the same gold, dump and HTML', () => {
		expect(DEFAULT_SEED).toBe(6006);
		expect(pageId(7)).toBe('t6-0007');
		for (const n of [1, 4, 8]) expect(generatePage(n)).toEqual(generatePage(n));
		expect(generatePage(3).text).not.toBe(generatePage(3, 99).text);
		expect(generatePage(3).text).not.toBe(generatePage(3, undefined, 1).text);
	});

	test('every page type gives a well-formed gold of three items or more, each field read in its dump', () => {
		const types = new Set<string>();
		for (let n = 1; n <= 2 * PAGE_TYPES.length; n++) {
			const page = generatePage(n);
			types.add(page.gold.traits.find((t) => t.startsWith('type:')) ?? '');
			expect(readGold(JSON.parse(JSON.stringify(page.gold))).items.length).toBeGreaterThanOrEqual(3);
			expect(missingInText(page.gold, page.text), page.gold.id).toEqual([]);
			for (const item of page.gold.items)
				for (const i of item.intertitles ?? []) expect(item.paragraphs[i], page.gold.id).toBeDefined();
		}
		expect(types.size).toBe(PAGE_TYPES.length);
	});

	test('finds a character the dump lost, and one the PDF text lost', () => {
		const page = generatePage(2);
		const fields = page.gold.items.flatMap((i) => [
			i.kicker ?? '',
			i.headline ?? '',
			i.subheadline ?? '',
			i.byline ?? '',
			i.section ?? '',
			i.credit ?? '',
			...i.authors,
			...i.paragraphs,
		]);
		const dump = fields.join('\n');
		expect(missingInText(page.gold, dump)).toEqual([]);
		const body = page.gold.items[0].paragraphs[0];
		expect(missingInText(page.gold, dump.replace(body, body.slice(6))).length).toBeGreaterThan(0);
		expect(missingChars(page.gold, '')).not.toBe('');
		expect(missingChars(page.gold, page.gold.items.flatMap((i) => i.paragraphs).join('\n'))).toBe('');
	});

	test('wraps without starting a line with closing punctuation, ending one with an opening mark or splitting a number', () => {
		const text = '前3个月增长了12.5%，达到“2024年的水平”（同比），比分3∶1。';
		for (const width of [4, 5, 7, 12]) {
			const lines = wrap(text, width, '\u3000\u3000');
			expect(lines.join('')).toBe(`\u3000\u3000${text}`);
			for (const line of lines) expect(line).not.toMatch(/^[，。、”）%]|[“（]$/);
			expect(lines.some((l) => l.includes('12.5%'))).toBe(true);
			expect(lines.some((l) => l.includes('2024'))).toBe(true);
		}
		expect(wrap(text, null)).toEqual([text]);
	});

	test('fixes the dates and document ID of a PDF, keeping its length', () => {
		const pdf = Buffer.from("/CreationDate (D:20261207041200+00'00') /ID [<A1B2> <C3D4>]", 'latin1');
		const fixed = Buffer.from(fixPdfDates(pdf)).toString('latin1');
		expect(fixed).toBe("/CreationDate (D:00000000000000+00'00') /ID [<0000> <0000>]");
	});
});

describe('the committed tune6 corpus', () => {
	test('holds 120 pages numbered from t6-0001 without gaps, each with its files, a PDF for one page in four', () => {
		expect(ids.length).toBe(120);
		ids.forEach((id, i) => expect(id).toBe(`t6-${String(i + 1).padStart(4, '0')}`));
		for (const id of ids) {
			for (const file of ['text.txt', 'pdf.txt', 'gold.json'])
				expect(existsSync(join(root, id, file)), `${id}/${file}`).toBe(true);
			expect(existsSync(join(root, id, 'page.pdf')), `${id}/page.pdf`).toBe(keepsPdf(Number(id.slice(3))));
		}
	});

	test('every gold field reads in text.txt, every character of the gold bodies is in pdf.txt', () => {
		for (const id of ids) {
			const gold = readGold(JSON.parse(read(id, 'gold.json')));
			expect(gold.id).toBe(id);
			expect(missingInText(gold, read(id, 'text.txt')), `${id}/text.txt`).toEqual([]);
			expect(missingChars(gold, read(id, 'pdf.txt')), `${id}/pdf.txt`).toBe('');
		}
	});

	test(
		'the command rewrites three committed pages byte for byte, PDF text and PDF included (but for the Chromium release the PDF stamps)',
		{ timeout: 180_000 },
		async () => {
			const out = mkdtempSync(join(tmpdir(), 'tune6-test-'));
			try {
				let said = '';
				const io = { stdout: () => undefined, stderr: (text: string) => void (said += text) };
				expect(await main(['--only', '1,2,7', '--out', out], io)).toBe(0);
				expect(said).toBe('');
				for (const id of ['t6-0001', 't6-0002', 't6-0007']) {
					expect(readdirSync(join(out, id)).sort()).toEqual(readdirSync(join(root, id)).sort());
					for (const file of readdirSync(join(root, id)))
						if (file.endsWith('.pdf'))
							expect(
								chromiumNeutral(readFileSync(join(out, id, file))) ===
									chromiumNeutral(readFileSync(join(root, id, file))),
								`${id}/${file}`,
							).toBe(true);
						else
							expect(
								readFileSync(join(out, id, file)).equals(readFileSync(join(root, id, file))),
								`${id}/${file}`,
							).toBe(true);
				}
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		},
	);

	test('the command refuses a bad page count, a bad seed and a bad page list with exit code 2', async () => {
		for (const argv of [['--pages', 'many'], ['--seed', '0'], ['--only', '1,x'], ['--colour']]) {
			let said = '';
			expect(await main(argv, { stdout: () => undefined, stderr: (t) => void (said += t) }), argv.join(' ')).toBe(2);
			expect(said).toMatch(/^corpus:tune6: .*Usage: npm run corpus:tune6/);
		}
	});
});
