/**
 * `npm run corpus:tune4 [-- --out DIR] [--pages N] [--seed S] [--only 1,5,…] [--every-pdf]`: writes the tune4 corpus,
 * DIR/t4-0001/ … with text.txt, gold.json, pdf.txt and, for one page in four (keepsPdf; all with
 * `--every-pdf`), page.pdf. src/lib/corpus-tune4 composes, dumps
 * and lays out each page; one Chromium prints every page's HTML; `pdftotext -enc UTF-8` (default
 * mode) extracts it. Seeded: a second run writes the same bytes (the PDF dates are fixed). A page
 * whose text dump lacks a gold field, or whose PDF text lacks a character of the gold bodies, is drawn
 * again with the next attempt. Exit codes: 0 written, 1 a page failed in every attempt or a tool
 * failed, 2 bad arguments.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, fixPdfDates, generatePage, missingChars, missingInText } from '../src/lib/corpus-tune4/index.ts';
import { launchBrowser } from './lib/launch-browser.ts';

/** Where the command writes; only the bin line binds it to process. */
export interface CorpusTune4Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

const usage = 'Usage: npm run corpus:tune4 -- [--out DIR] [--pages N] [--seed S] [--only 1,5,…] [--every-pdf]';
const ATTEMPTS = 6;

/**
 * Whether page `n` keeps its page.pdf (about 120 kB each, the font subset): one page in four, the
 * kept page types turning with each cycle of eight so every type keeps some. @example keepsPdf(1) // true
 */
export function keepsPdf(n: number): boolean {
	return (n - 1 + Math.floor((n - 1) / 8)) % 4 === 0;
}

/** Writes the corpus; returns the exit code. */
export async function main(argv: string[], io: CorpusTune4Io): Promise<number> {
	let values;
	try {
		values = parseArgs({
			args: argv,
			options: {
				out: { type: 'string', default: 'corpus/tune4' },
				pages: { type: 'string', default: '120' },
				seed: { type: 'string', default: String(DEFAULT_SEED) },
				only: { type: 'string' },
				'every-pdf': { type: 'boolean' },
			},
		}).values;
	} catch (error) {
		io.stderr(`corpus:tune4: ${(error as Error).message}. ${usage}\n`);
		return 2;
	}
	const whole = (v: string) => (/^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : undefined);
	const pages = whole(values.pages);
	const seed = whole(values.seed);
	if (pages === undefined || seed === undefined) {
		io.stderr(`corpus:tune4: expects --pages and --seed to be whole numbers of at least 1. ${usage}\n`);
		return 2;
	}
	const numbers = values.only
		? values.only.split(',').map((s) => Number(s.trim()))
		: Array.from({ length: pages }, (_, i) => i + 1);
	if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
		io.stderr(`corpus:tune4: expects --only to list page numbers like 1,5 but found "${values.only}". ${usage}\n`);
		return 2;
	}
	const out = values.out;
	const browser = await launchBrowser();
	const started = performance.now();
	let redrawn = 0;
	try {
		const tab = await browser.newPage();
		for (const n of numbers) {
			for (let attempt = 0; ; attempt++) {
				if (attempt === ATTEMPTS) {
					io.stderr(`corpus:tune4: page ${n} failed in every one of ${ATTEMPTS} attempts.\n`);
					return 1;
				}
				const page = generatePage(n, seed, attempt);
				await tab.setViewportSize({ width: page.width, height: 800 });
				await tab.setContent(page.html, { waitUntil: 'load' });
				const height = await tab.evaluate(() => document.documentElement.scrollHeight);
				const dir = join(out, page.gold.id);
				mkdirSync(dir, { recursive: true });
				const pdfFile = join(dir, 'page.pdf');
				const pdf = fixPdfDates(
					await tab.pdf({
						width: `${page.width}px`,
						height: `${height + 2}px`,
						printBackground: true,
						pageRanges: '1',
					}),
				);
				writeFileSync(pdfFile, pdf);
				execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, join(dir, 'pdf.txt')]);
				const pdfText = readFileSync(join(dir, 'pdf.txt'), 'utf8');
				const lost = missingInText(page.gold, page.text);
				const lostPdf = missingChars(page.gold, pdfText);
				if (lost.length > 0 || lostPdf !== '') {
					redrawn++;
					if (process.env.CORPUS_TUNE4_DEBUG)
						io.stderr(
							`page ${n} attempt ${attempt}: ${[...lost, lostPdf && `pdf lacks ${lostPdf.slice(0, 20)}`].join('; ')}\n`,
						);
					rmSync(dir, { recursive: true, force: true });
					continue;
				}
				writeFileSync(join(dir, 'text.txt'), page.text);
				writeFileSync(join(dir, 'gold.json'), `${JSON.stringify(page.gold, null, '\t')}\n`);
				if (!values['every-pdf'] && !keepsPdf(n)) rmSync(pdfFile);
				break;
			}
		}
	} finally {
		await browser.close();
	}
	const seconds = (performance.now() - started) / 1000;
	io.stdout(
		`corpus:tune4: ${numbers.length} pages written to ${out}/ in ${seconds.toFixed(1)} s (${redrawn} drawn again)\n`,
	);
	return 0;
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
