/**
 * The command shell the tune3, tune4 and tune5 corpus generators share (`npm run corpus:tune3`,
 * `corpus:tune4`, `corpus:tune5`): arguments `[--out DIR] [--pages N] [--seed S] [--only 1,5,…] [--every-pdf]`, one
 * Chromium printing every page's HTML to PDF, `pdftotext -enc UTF-8` (default mode) extracting it,
 * a page drawn again (up to six attempts) when its text dump lacks a gold field or its PDF text a
 * character of the gold bodies, and DIR/ID/{text.txt,gold.json,pdf.txt,page.pdf} written. Each
 * generator brings its own composing code (`CorpusGenerator`); the shell knows none of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { GoldPage } from '../../src/lib/corpus-gold/gold.ts';
import { launchBrowser } from './launch-browser.ts';

/** Where the command writes; only the bin line binds it to process. */
export interface CorpusCommandIo {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** What a generator gives the shell: its seed, its pages and its checks. */
export interface CorpusGenerator {
	/** The command's name in messages (`corpus:tune4`) and the default output folder (`corpus/tune4`). */
	name: string;
	out: string;
	DEFAULT_SEED: number;
	generatePage: (
		n: number,
		seed: number,
		attempt: number,
	) => { gold: GoldPage; text: string; html: string; width: number };
	/** The PDF with its dates and document ID fixed, so a second run writes the same bytes. */
	fixPdfDates: (pdf: Buffer) => Uint8Array;
	/** The gold fields the text dump lacks. */
	missingInText: (gold: GoldPage, text: string) => string[];
	/** The characters of the gold bodies the PDF text lacks ('' when none). */
	missingChars: (gold: GoldPage, text: string) => string;
}

const ATTEMPTS = 6;

/**
 * Whether page `n` keeps its page.pdf (about 120 kB each, the font subset): one page in four, the
 * kept page types turning with each cycle of eight so every type keeps some. @example keepsPdf(1) // true
 */
export function keepsPdf(n: number): boolean {
	return (n - 1 + Math.floor((n - 1) / 8)) % 4 === 0;
}

/** Writes the corpus of `generator`; returns the exit code (0 written, 1 a page or a tool failed, 2 bad arguments). */
export async function runCorpusCommand(
	generator: CorpusGenerator,
	argv: string[],
	io: CorpusCommandIo,
): Promise<number> {
	const { name, DEFAULT_SEED, generatePage, fixPdfDates, missingInText, missingChars } = generator;
	const usage = `Usage: npm run ${name} -- [--out DIR] [--pages N] [--seed S] [--only 1,5,…] [--every-pdf]`;
	let values;
	try {
		values = parseArgs({
			args: argv,
			options: {
				out: { type: 'string', default: generator.out },
				pages: { type: 'string', default: '120' },
				seed: { type: 'string', default: String(DEFAULT_SEED) },
				only: { type: 'string' },
				'every-pdf': { type: 'boolean' },
			},
		}).values;
	} catch (error) {
		io.stderr(`${name}: ${(error as Error).message}. ${usage}\n`);
		return 2;
	}
	const whole = (v: string) => (/^\d+$/.test(v) && Number(v) >= 1 ? Number(v) : undefined);
	const pages = whole(values.pages);
	const seed = whole(values.seed);
	if (pages === undefined || seed === undefined) {
		io.stderr(`${name}: expects --pages and --seed to be whole numbers of at least 1. ${usage}\n`);
		return 2;
	}
	const numbers = values.only
		? values.only.split(',').map((s) => Number(s.trim()))
		: Array.from({ length: pages }, (_, i) => i + 1);
	if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
		io.stderr(`${name}: expects --only to list page numbers like 1,5 but found "${values.only}". ${usage}\n`);
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
					io.stderr(`${name}: page ${n} failed in every one of ${ATTEMPTS} attempts.\n`);
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
		`${name}: ${numbers.length} pages written to ${out}/ in ${seconds.toFixed(1)} s (${redrawn} drawn again)\n`,
	);
	return 0;
}
