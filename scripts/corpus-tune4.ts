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
import * as generator from '../src/lib/corpus-tune4/index.ts';
import { runCorpusCommand, type CorpusCommandIo } from './lib/corpus-command.ts';

export { keepsPdf } from './lib/corpus-command.ts';

/** Writes the corpus; returns the exit code. */
export function main(argv: string[], io: CorpusCommandIo): Promise<number> {
	return runCorpusCommand({ ...generator, name: 'corpus:tune4', out: 'corpus/tune4' }, argv, io);
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
