/**
 * `npm run corpus:heldout [-- --pages N --seed S --out DIR --keep-pdf K]`: writes the held-out
 * importer corpus (docs/importer.md, "Held-out corpus"). For each page, text.txt and gold.json
 * come from src/lib/corpus-heldout; the page's HTML is printed to page.pdf by Debian's Chromium
 * and pdftotext (poppler) extracts pdf.txt; page.pdf is kept for the first K pages only.
 *
 * Exit codes: 0 written, 2 bad arguments, 3 a tool is missing (Chromium, pdftotext, a CJK font).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateHeldoutPage, goldJson, heldoutSeed } from '../src/lib/corpus-heldout/index.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';
import { chromiumPath, launchBrowser } from './lib/launch-browser.ts';

const usage = 'usage: npm run corpus:heldout [-- --pages N --seed S --out DIR --keep-pdf K]';

interface Io {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
}

/** The option `name` as a whole number, or undefined after saying what is wrong with it. */
function numberOption(
	name: 'pages' | 'seed' | 'keep-pdf',
	values: Record<typeof name, string>,
	io: Io,
): number | undefined {
	const value = wholeNumber(values[name]);
	if (value === undefined)
		io.stderr(`expects --${name} as a whole number but found --${name} ${values[name]}\n${usage}\n`);
	return value;
}

function missingTool(): string | undefined {
	if (!existsSync(chromiumPath))
		return `expects Chromium at ${chromiumPath}; install it with: apt-get install -y chromium`;
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
	} catch {
		return 'expects pdftotext on the PATH; install it with: apt-get install -y poppler-utils';
	}
	if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim())
		return 'expects a Chinese font; install one with: apt-get install -y fonts-wqy-zenhei';
	return undefined;
}

/** Writes the corpus; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			pages: { type: 'string', default: '96' },
			seed: { type: 'string', default: String(heldoutSeed) },
			out: { type: 'string', default: 'corpus/heldout' },
			'keep-pdf': { type: 'string', default: '30' },
		},
	});
	if (typeof parsed === 'string') {
		io.stderr(`${parsed}\n${usage}\n`);
		return 2;
	}
	const { values } = parsed;
	const pages = numberOption('pages', values, io);
	const seed = numberOption('seed', values, io);
	const keep = numberOption('keep-pdf', values, io);
	if (pages === undefined || seed === undefined || keep === undefined) return 2;
	const problem = missingTool();
	if (problem) {
		io.stderr(problem + '\n');
		return 3;
	}
	mkdirSync(values.out, { recursive: true });
	for (const name of readdirSync(values.out))
		if (/^ho-\d{4}$/.test(name)) rmSync(join(values.out, name), { recursive: true });
	const browser = await launchBrowser();
	try {
		const tab = await browser.newPage();
		for (let i = 0; i < pages; i++) {
			const page = generateHeldoutPage(seed, i);
			const dir = join(values.out, page.id);
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'text.txt'), page.text);
			writeFileSync(join(dir, 'gold.json'), goldJson(page.gold));
			await tab.setContent(page.html);
			const height = await tab.evaluate(() => document.documentElement.scrollHeight);
			const pdf = join(dir, 'page.pdf');
			await tab.pdf({ path: pdf, width: '1100px', height: `${height + 2}px`, printBackground: true });
			execFileSync('pdftotext', [pdf, join(dir, 'pdf.txt')]);
			if (i >= keep) rmSync(pdf);
			io.stdout(`${page.id}: ${page.gold.items.length} items\n`);
		}
	} finally {
		await browser.close();
	}
	io.stdout(`wrote ${pages} pages to ${values.out} (page.pdf kept for the first ${Math.min(keep, pages)})\n`);
	return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (t) => process.stdout.write(t),
		stderr: (t) => process.stderr.write(t),
	});
