/**
 * `npm run corpus:tune2 [-- --count N] [--only t2-0001,…] [--out DIR] [--every-pdf] [--verbose]`: writes the
 * tune2 corpus, corpus/tune2/<id>/ with text.txt, pdf.txt, gold.json and, for two pages in every twelve (one
 * cycle of the page types, the kept types turning with each cycle; keepsPdf), page.pdf. src/lib/corpus-tune2
 * composes, lays out and dumps each page; one Chromium prints every page's HTML; `pdftotext` (default mode)
 * extracts it. Seeded: a second run writes the same bytes. A page whose text dump lacks a gold field, or whose
 * PDF text lacks a character of the gold paragraphs, is drawn again with the next attempt's seed.
 * Exit codes: 0 written, 1 a page failed in every attempt (named) or a tool failed, 2 bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixPdfDates, generatePage, missingChars, missingInText, PAGE_TYPES } from '../src/lib/corpus-tune2/index.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';
import { launchBrowser } from './lib/launch-browser.ts';

/** Where the command writes; only the bin line binds it to process. */
export interface CorpusTune2Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const usage = 'Usage: npm run corpus:tune2 -- [--count N] [--only t2-0001,…] [--out DIR] [--every-pdf] [--verbose]';
const ATTEMPTS = 6;
/** A kept page.pdf above this size (a font embedded whole) is dropped. */
const KEEP_PDF_BYTES = 400_000;

/**
 * Whether page `n` keeps its page.pdf: two pages in each cycle of the twelve page types, the two
 * types six apart and turning by one each cycle, so every type keeps some. @example keepsPdf(1) // true
 */
export function keepsPdf(n: number): boolean {
	const types = PAGE_TYPES.length;
	const cycle = Math.floor((n - 1) / types);
	const type = (n - 1) % types;
	return type === cycle % types || type === (cycle + types / 2) % types;
}

/** Writes the corpus; returns the exit code. */
export async function main(argv: string[], io: CorpusTune2Io): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			count: { type: 'string', default: '168' },
			only: { type: 'string' },
			out: { type: 'string', default: 'corpus/tune2' },
			verbose: { type: 'boolean' },
			'every-pdf': { type: 'boolean' },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`corpus:tune2: ${parsed}. ${usage}\n`);
		return 2;
	}
	const count = wholeNumber(parsed.values.count as string, 1);
	if (count === undefined) {
		io.stderr(
			`corpus:tune2: expects --count to be a whole number of at least 1 but found "${parsed.values.count}". ${usage}\n`,
		);
		return 2;
	}
	const only = (parsed.values.only as string | undefined)?.split(',').map((s) => s.trim());
	if (only?.some((id) => !/^t2-\d{4}$/.test(id))) {
		io.stderr(`corpus:tune2: expects --only to list ids like t2-0001 but found "${parsed.values.only}". ${usage}\n`);
		return 2;
	}
	const out = parsed.values.out as string;
	const numbers = only ? only.map((id) => Number(id.slice(3))) : Array.from({ length: count }, (_, i) => i + 1);
	const scratch = mkdtempSync(join(tmpdir(), 'corpus-tune2-'));
	const browser = await launchBrowser();
	const started = performance.now();
	let redrawn = 0;
	try {
		const tab = await browser.newPage();
		for (const n of numbers) {
			let written = false;
			for (let attempt = 0; attempt < ATTEMPTS && !written; attempt++) {
				const page = generatePage(n, attempt);
				await tab.setViewportSize({ width: page.width, height: 800 });
				await tab.setContent(page.html, { waitUntil: 'load' });
				const pdf = fixPdfDates(
					await tab.pdf({
						width: `${page.width}px`,
						height: `${page.height}px`,
						printBackground: true,
						pageRanges: '1',
					}),
				);
				const pdfFile = join(scratch, 'page.pdf');
				writeFileSync(pdfFile, pdf);
				execFileSync('pdftotext', [pdfFile, join(scratch, 'pdf.txt')]);
				const pdfText = readFileSync(join(scratch, 'pdf.txt'), 'utf8');
				const lostText = missingInText(page.gold, page.text);
				const lostPdf = missingChars(page.gold, pdfText);
				if (lostText.length > 0 || lostPdf !== '') {
					redrawn++;
					const why =
						lostText.length > 0 ? `text.txt lacks "${lostText[0]}"` : `pdf.txt lacks "${lostPdf.slice(0, 20)}"`;
					if (parsed.values.verbose) io.stderr(`${page.gold.id} attempt ${attempt + 1}: ${why}\n`);
					if (attempt === ATTEMPTS - 1) {
						io.stderr(`corpus:tune2: ${page.gold.id}: ${why} in every one of ${ATTEMPTS} attempts.\n`);
						return 1;
					}
					continue;
				}
				const dir = join(out, page.gold.id);
				rmSync(dir, { recursive: true, force: true });
				mkdirSync(dir, { recursive: true });
				writeFileSync(join(dir, 'text.txt'), page.text);
				writeFileSync(join(dir, 'pdf.txt'), pdfText);
				writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(page.gold, null, '\t')}\n`);
				if (parsed.values['every-pdf'] || (keepsPdf(n) && pdf.length <= KEEP_PDF_BYTES))
					writeFileSync(join(dir, 'page.pdf'), pdf);
				else if (keepsPdf(n))
					io.stderr(`corpus:tune2: ${page.gold.id}: page.pdf not kept, ${pdf.length} bytes (a font embedded whole?)\n`);
				written = true;
			}
		}
	} finally {
		await browser.close();
		rmSync(scratch, { recursive: true, force: true });
	}
	const seconds = (performance.now() - started) / 1000;
	io.stdout(
		`corpus:tune2: ${numbers.length} pages written to ${out}/ in ${seconds.toFixed(1)} s (${redrawn} drawn again)\n`,
	);
	return 0;
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
