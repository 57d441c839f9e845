/**
 * `npm run corpus:dev [-- --pages N] [--grid N] [--no-pdf] [--only ID,…] [--pdf-out DIR]`: writes the development corpus of the split
 * benchmark to corpus/dev/: per page text.txt, gold.json, and pdf.txt, the text pdftotext
 * (poppler) extracts from the page printed to PDF by Chromium; page.pdf is kept for the first
 * 40 pages and the first 6 of the layout families (dev-0241 on) only, to keep the repository small. It also writes corpus/dev-pdf/: `--grid` pages
 * (default 40) laid out on grids of three to six columns (src/lib/corpus/render-grid-html.ts),
 * each only gold.json and page.pdf, for the PDF importer (bench:split --layout). `--no-pdf`
 * leaves pdf.txt and the PDFs as they are (fast, no browser); `--only dev-0029,…` prints the
 * PDFs of those pages alone; `--pdf-out DIR` also copies every printed page's page.pdf and gold.json to
 * DIR/dev/<id>/ (kept or not), for `bench:split -- --layout --root DIR`. Pages are composed by src/lib/corpus from the sample dump's sentences.
 * Exit codes: 0 written, 1 failed (the message says why), 2 bad arguments.
 */
import { execFileSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import {
	devPage,
	devPageId,
	FIRST_FAMILY_PAGE,
	goldJson,
	gridPage,
	gridPageId,
} from '../src/lib/corpus/corpus-page.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';
import { chromiumPath, launchBrowser } from './lib/launch-browser.ts';

/** Pages whose page.pdf is committed: the first 40, and the first 6 of the layout families. */
const keepPdf = (n: number) => n <= 40 || (n >= FIRST_FAMILY_PAGE && n < FIRST_FAMILY_PAGE + 6);
/**
 * On some pages Chromium embeds the whole CJK font instead of a subset: such a PDF is
 * printed again, and not kept if it stays that large (its pdf.txt is kept).
 */
const MAX_PDF_BYTES = 2_000_000;
const root = 'corpus/dev';
const gridRoot = 'corpus/dev-pdf';

const parsed = parseCommandLine({
	options: {
		pages: { type: 'string', default: '380' },
		grid: { type: 'string', default: '40' },
		'no-pdf': { type: 'boolean' },
		only: { type: 'string' },
		'pdf-out': { type: 'string' },
	},
});
if (typeof parsed === 'string') {
	console.error(
		`corpus:dev: ${parsed}. Usage: npm run corpus:dev -- [--pages N] [--grid N] [--no-pdf] [--only ID,…] [--pdf-out DIR]`,
	);
	process.exit(2);
}
const args = parsed.values;
const count = wholeNumber(args.pages, 1);
if (count === undefined) {
	console.error(`corpus:dev: expects --pages to be a positive whole number but found "${args.pages}"`);
	process.exit(2);
}
const gridCount = wholeNumber(args.grid);
if (gridCount === undefined) {
	console.error(`corpus:dev: expects --grid to be a whole number but found "${args.grid}"`);
	process.exit(2);
}

const corpus = corpusFromText(readFileSync('content/dumps/2021-06-08/01.txt', 'utf8'));
mkdirSync(root, { recursive: true });
const ids = Array.from({ length: count }, (_, i) => devPageId(i + 1));
for (const stale of readdirSync(root).filter((name) => !ids.includes(name)))
	rmSync(join(root, stale), { recursive: true });
const pages = ids.map((id) => devPage(id, corpus));
for (const page of pages) {
	const dir = join(root, page.gold.id);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'text.txt'), page.text);
	writeFileSync(join(dir, 'gold.json'), goldJson(page.gold));
}
console.log(`corpus:dev: wrote text.txt and gold.json of ${count} pages to ${root}/`);
mkdirSync(gridRoot, { recursive: true });
const gridIds = Array.from({ length: gridCount }, (_, i) => gridPageId(i + 1));
for (const stale of readdirSync(gridRoot).filter((name) => !gridIds.includes(name)))
	rmSync(join(gridRoot, stale), { recursive: true });
const grids = gridIds.map((id) => gridPage(id, corpus));
for (const page of grids) {
	mkdirSync(join(gridRoot, page.gold.id), { recursive: true });
	writeFileSync(join(gridRoot, page.gold.id, 'gold.json'), goldJson(page.gold));
}
console.log(`corpus:dev: wrote gold.json of ${gridCount} grid pages to ${gridRoot}/`);

const only = args.only?.split(',');
if (!args['no-pdf']) {
	if (!existsSync(chromiumPath)) {
		console.error(`corpus:dev: expects Chromium at ${chromiumPath}; install it with: apt-get install -y chromium`);
		process.exit(1);
	}
	const browser = await launchBrowser();
	try {
		const tab = await browser.newPage();
		for (const [i, page] of pages.entries()) {
			if (only && !only.includes(page.gold.id)) continue;
			const dir = join(root, page.gold.id);
			const pdf = join(dir, 'page.pdf');
			await tab.setContent(page.html);
			const { width, height } = await tab.evaluate(() => ({
				width: document.documentElement.scrollWidth,
				height: document.documentElement.scrollHeight,
			}));
			// One tall page: the whole layout on one sheet, as a newspaper page is; the layout
			// families are as wide as their grid.
			const sheet = page.model.layout ? `${width + 2}px` : '1148px';
			for (let attempt = 0; attempt < 3; attempt++) {
				await tab.pdf({ path: pdf, width: sheet, height: `${height + 2}px`, printBackground: true });
				if (statSync(pdf).size <= MAX_PDF_BYTES) break;
			}
			execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, join(dir, 'pdf.txt')]);
			const oversized = statSync(pdf).size > MAX_PDF_BYTES;
			if (oversized && keepPdf(i + 1))
				console.warn(`corpus:dev: ${pdf} not kept: Chromium embedded the whole font (${statSync(pdf).size} bytes)`);
			// Every page's PDF and gold, kept or not, for bench:split --layout --root DIR.
			if (args['pdf-out']) {
				const out = join(args['pdf-out'], 'dev', page.gold.id);
				mkdirSync(out, { recursive: true });
				copyFileSync(pdf, join(out, 'page.pdf'));
				writeFileSync(join(out, 'gold.json'), goldJson(page.gold));
			}
			if (!keepPdf(i + 1) || oversized) rmSync(pdf);
			if ((i + 1) % 20 === 0) console.log(`corpus:dev: printed ${i + 1} of ${count} PDFs`);
		}
		for (const page of grids) {
			if (only && !only.includes(page.gold.id)) continue;
			await printPdf(tab, page.html, join(gridRoot, page.gold.id, 'page.pdf'));
		}
	} finally {
		await browser.close();
	}
	console.log(
		`corpus:dev: wrote pdf.txt and page.pdf (kept for dev-0001 to dev-0040 and six pages from ${devPageId(FIRST_FAMILY_PAGE)})${only ? ` of ${only.join(', ')}` : ` of ${count} pages`}`,
	);
}

/** Prints `html` to one PDF page as large as its layout; a PDF that stays oversized is removed, with a warning. */
async function printPdf(tab: Page, html: string, pdf: string): Promise<void> {
	await tab.setContent(html);
	const { width, height } = await tab.evaluate(() => ({
		width: document.documentElement.scrollWidth,
		height: document.documentElement.scrollHeight,
	}));
	for (let attempt = 0; attempt < 3; attempt++) {
		await tab.pdf({ path: pdf, width: `${width + 2}px`, height: `${height + 2}px`, printBackground: true });
		if (statSync(pdf).size <= MAX_PDF_BYTES) return;
	}
	console.warn(`corpus:dev: ${pdf} not kept: Chromium embedded the whole font (${statSync(pdf).size} bytes)`);
	rmSync(pdf);
}
