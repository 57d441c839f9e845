/**
 * `npm run corpus:fresh [-- --pages N] [--only ID,…] [--out DIR] [--verbose]`: writes the fresh
 * corpus, corpus/fresh/<id>/ with text.txt, pdf.txt, gold.json and, for every fifth page (fr-0001,
 * fr-0006, …) when under 400 kB, page.pdf. src/lib/corpus-fresh composes and lays out each page;
 * Chromium prints its HTML; `pdftotext` (poppler, default mode) extracts pdf.txt. Seeded: a second
 * run writes the same bytes. A layout whose PDF text loses a gold paragraph is drawn again, and
 * after five tries the page is stacked full width.
 * Exit codes: 0 written, 1 a page lost a paragraph in every layout (named), 2 bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { fixPdfDates } from '../src/lib/corpus-fresh/fixed-pdf-date.ts';
import { dumpedPage, FRESH_SEED, pageGold, pageHtml } from '../src/lib/corpus-fresh/fresh-page.ts';
import { missingParagraphs } from '../src/lib/corpus-fresh/paragraphs-found.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';
import { launchBrowser } from './lib/launch-browser.ts';

/** Where the script writes; only the bin line binds it to process. */
export interface CorpusFreshIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const usage = 'Usage: npm run corpus:fresh -- [--pages N] [--only fr-0001,…] [--out DIR] [--verbose]';
const SAMPLE = 'content/dumps/2021-06-08/01.txt';
const TRIES = 5;
const KEEP_PDF_BYTES = 400_000;

/** Writes the corpus; returns the exit code. */
export async function main(argv: string[], io: CorpusFreshIo): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			pages: { type: 'string', default: '100' },
			only: { type: 'string' },
			out: { type: 'string', default: 'corpus/fresh' },
			verbose: { type: 'boolean' },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`corpus:fresh: ${parsed}. ${usage}\n`);
		return 2;
	}
	const { values } = parsed;
	const pages = wholeNumber(values.pages, 1);
	if (pages === undefined) {
		io.stderr(
			`corpus:fresh: expects --pages to be a whole number of at least 1 but found "${values.pages}". ${usage}\n`,
		);
		return 2;
	}
	const only = values.only?.split(',').map((id) => id.trim());
	const bad = only?.find((id) => !/^fr-\d{4}$/.test(id));
	if (bad !== undefined) {
		io.stderr(`corpus:fresh: expects --only to list ids like fr-0007 but found "${bad}". ${usage}\n`);
		return 2;
	}
	const indices = only ? only.map((id) => Number(id.slice(3))) : Array.from({ length: pages }, (_, i) => i + 1);
	const pool = corpusFromText(readFileSync(SAMPLE, 'utf8'));
	const scratch = mkdtempSync(join(tmpdir(), 'corpus-fresh-'));
	const browser = await launchBrowser();
	try {
		const tab = await browser.newPage();
		for (const index of indices) {
			const dumped = dumpedPage(pool, FRESH_SEED, index);
			const { id } = dumped.page;
			const lostInDump = missingParagraphs(pageGold(dumped, []), dumped.text);
			if (lostInDump.length) throw new Error(`${id}: the text dump lost ${lostInDump[0]} (a generator bug)`);
			let result: { pdf: Uint8Array; text: string; traits: string[] } | undefined;
			for (let attempt = 0; attempt <= TRIES && !result; attempt++) {
				const { html, traits } = pageHtml(dumped.page, FRESH_SEED, attempt, attempt === TRIES);
				const pdf = await printPdf(tab, html);
				const text = extract(pdf, scratch);
				const lost = missingParagraphs(pageGold(dumped, traits), text);
				if (lost.length === 0) result = { pdf, text, traits };
				else if (values.verbose) io.stdout(`${id}: layout ${attempt} lost ${lost[0]}\n`);
			}
			if (!result) {
				io.stderr(
					`corpus:fresh: ${id} lost a paragraph in pdf.txt in every layout, the plain stack included. Run with --verbose to see which.\n`,
				);
				return 1;
			}
			const dir = join(values.out, id);
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'text.txt'), dumped.text);
			writeFileSync(join(dir, 'pdf.txt'), result.text);
			writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(pageGold(dumped, result.traits), null, '\t')}\n`);
			const keep = index % 5 === 1 && result.pdf.byteLength < KEEP_PDF_BYTES;
			if (keep) writeFileSync(join(dir, 'page.pdf'), result.pdf);
			else if (existsSync(join(dir, 'page.pdf'))) rmSync(join(dir, 'page.pdf'));
			if (index % 5 === 1 && !keep)
				io.stdout(`${id}: page.pdf not kept (${result.pdf.byteLength} bytes: the font was not subset)\n`);
		}
	} finally {
		await browser.close();
		rmSync(scratch, { recursive: true, force: true });
	}
	io.stdout(`corpus:fresh: ${indices.length} pages written to ${values.out}/\n`);
	return 0;
}

/** Chromium's PDF of `html`, one page as tall as the content, with a fixed print time. */
async function printPdf(tab: Page, html: string): Promise<Uint8Array> {
	await tab.setContent(html, { waitUntil: 'load' });
	await tab.evaluate(() => document.fonts.ready);
	const { width, height } = await tab.evaluate(() => ({
		width: Math.ceil(document.body.scrollWidth),
		height: Math.ceil(document.documentElement.scrollHeight) + 2,
	}));
	return fixPdfDates(
		await tab.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, pageRanges: '1' }),
	);
}

/** What `pdftotext page.pdf pdf.txt` extracts (poppler, default mode, UTF-8). */
function extract(pdf: Uint8Array, scratch: string): string {
	const pdfPath = join(scratch, 'page.pdf');
	const textPath = join(scratch, 'pdf.txt');
	writeFileSync(pdfPath, pdf);
	execFileSync('pdftotext', [pdfPath, textPath]);
	return readFileSync(textPath, 'utf8');
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
