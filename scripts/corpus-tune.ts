/**
 * `npm run corpus:tune [-- --pages N] [--only ID,…] [--out DIR] [--every-pdf] [--verbose]`: writes the tune corpus,
 * corpus/tune/<id>/ with text.txt, pdf.txt, gold.json and, for one page in five spread over every page type (keepsPdf;
 * every page with `--every-pdf`, whatever its size: for scoring the layout split locally, not for committing), page.pdf
 * (src/lib/corpus-tune composes each page; Chromium prints its HTML; `pdftotext` extracts it).
 * Seeded: a second run writes the same bytes. `--verbose` says which paragraph each redrawn layout lost. Exit codes: 0 written, 1 a page kept losing
 * paragraphs in its PDF text (named) or a tool failed, 2 bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRng } from '../src/lib/bench/prng.ts';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import {
	composeTunePage,
	dumpTuneText,
	missingParagraphs,
	normalizePdfDates,
	renderTuneHtml,
} from '../src/lib/corpus-tune/index.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';
import { launchBrowser } from './lib/launch-browser.ts';

/** Where the command writes; only the bin line binds it to process. */
export interface CorpusTuneIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const usage = 'Usage: npm run corpus:tune -- [--pages N] [--only tu-0001,…] [--out DIR] [--every-pdf] [--verbose]';
const SAMPLE = 'content/dumps/2021-06-08/01.txt';
/** Tries per page before a page whose PDF text loses a paragraph stops the run. */
const ATTEMPTS = 8;
/** A kept page.pdf above this size (a font embedded whole) is dropped. */
const KEEP_PDF_BYTES = 400_000;

/**
 * Whether page `n` keeps its page.pdf: one page in five, spread so that every page type (they
 * cycle every ten pages) keeps some, three each over the 150 pages. @example keepsPdf(12) // true
 */
export function keepsPdf(n: number): boolean {
	return (n - 1) % 5 === Math.floor((n - 1) / 10) % 5;
}

/** Writes the corpus; returns the exit code. */
export async function main(argv: string[], io: CorpusTuneIo): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			pages: { type: 'string', default: '150' },
			only: { type: 'string' },
			out: { type: 'string', default: 'corpus/tune' },
			verbose: { type: 'boolean' },
			'every-pdf': { type: 'boolean' },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`corpus:tune: ${parsed}. ${usage}\n`);
		return 2;
	}
	const pages = wholeNumber(parsed.values.pages as string, 1);
	if (pages === undefined) {
		io.stderr(
			`corpus:tune: expects --pages to be a whole number of at least 1 but found "${parsed.values.pages}". ${usage}\n`,
		);
		return 2;
	}
	const only = (parsed.values.only as string | undefined)?.split(',').map((s) => s.trim());
	if (only?.some((id) => !/^tu-\d{4}$/.test(id))) {
		io.stderr(`corpus:tune: expects --only to list ids like tu-0001 but found "${parsed.values.only}". ${usage}\n`);
		return 2;
	}
	const out = parsed.values.out as string;
	const numbers = only ? only.map((id) => Number(id.slice(3))) : Array.from({ length: pages }, (_, i) => i + 1);
	const sample = corpusFromText(readFileSync(SAMPLE, 'utf8')).sentences;
	const scratch = mkdtempSync(join(tmpdir(), 'corpus-tune-'));
	const browser = await launchBrowser();
	const started = performance.now();
	let retried = 0;
	try {
		const tab = await browser.newPage();
		for (const n of numbers) {
			let written = false;
			for (let attempt = 0; attempt < ATTEMPTS && !written; attempt++) {
				const page = composeTunePage(n, sample, attempt);
				const text = dumpTuneText(page, createRng(`tune-text-${n}-${attempt}`));
				await tab.setViewportSize({ width: page.width, height: 1000 });
				await tab.setContent(renderTuneHtml(page), { waitUntil: 'load' });
				const height = await tab.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
				const pdf = normalizePdfDates(
					await tab.pdf({ width: `${page.width}px`, height: `${height + 4}px`, printBackground: true }),
				);
				const pdfFile = join(scratch, 'page.pdf');
				writeFileSync(pdfFile, pdf);
				execFileSync('pdftotext', [pdfFile, join(scratch, 'pdf.txt')]);
				const pdfText = readFileSync(join(scratch, 'pdf.txt'), 'utf8');
				const lost = [
					...missingParagraphs(page.gold, text).map((m) => `text.txt ${m}`),
					...missingParagraphs(page.gold, pdfText).map((m) => `pdf.txt ${m}`),
				];
				if (lost.length > 0) {
					retried++;
					if (parsed.values.verbose) io.stderr(`${page.gold.id} attempt ${attempt + 1}: ${lost.join('; ')}\n`);
					if (attempt === ATTEMPTS - 1) {
						io.stderr(`corpus:tune: ${page.gold.id} loses ${lost[0]} in every one of ${ATTEMPTS} layouts.\n`);
						return 1;
					}
					continue;
				}
				const dir = join(out, page.gold.id);
				rmSync(dir, { recursive: true, force: true });
				mkdirSync(dir, { recursive: true });
				writeFileSync(join(dir, 'text.txt'), text);
				writeFileSync(join(dir, 'pdf.txt'), pdfText);
				writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(page.gold, null, '\t')}\n`);
				if (parsed.values['every-pdf'] || (keepsPdf(n) && pdf.length <= KEEP_PDF_BYTES))
					writeFileSync(join(dir, 'page.pdf'), pdf);
				else if (keepsPdf(n))
					io.stderr(`corpus:tune: ${page.gold.id}: page.pdf not kept, ${pdf.length} bytes (a font embedded whole?)\n`);
				written = true;
				if (parsed.values.verbose) io.stderr(`${page.gold.id} written at attempt ${attempt + 1}\n`);
			}
		}
	} finally {
		await browser.close();
		rmSync(scratch, { recursive: true, force: true });
	}
	const seconds = (performance.now() - started) / 1000;
	io.stdout(
		`corpus:tune: ${numbers.length} pages written to ${out}/ in ${seconds.toFixed(1)} s (${retried} layouts drawn again)\n`,
	);
	return 0;
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
