/**
 * `npm run corpus:tune6 [-- --out DIR] [--pages N] [--seed S] [--only 1,5,…] [--every-pdf]`: writes the tune6 corpus,
 * DIR/t6-0001/ … with text.txt, gold.json, pdf.txt and, for one page in four (keepsPdf; all with
 * `--every-pdf`), page.pdf. src/lib/corpus-tune6 composes, dumps and lays out each page; the shared
 * shell (scripts/lib/corpus-command.ts) prints it with one Chromium and extracts it with
 * `pdftotext -enc UTF-8`. Seeded: a second run writes the same bytes. Exit codes: 0 written, 1 a
 * page failed in every attempt or a tool failed, 2 bad arguments.
 */
import * as generator from '../src/lib/corpus-tune6/index.ts';
import { runCorpusCommand, type CorpusCommandIo } from './lib/corpus-command.ts';

export { keepsPdf } from './lib/corpus-command.ts';

/** Writes the corpus; returns the exit code. */
export function main(argv: string[], io: CorpusCommandIo): Promise<number> {
	return runCorpusCommand({ ...generator, name: 'corpus:tune6', out: 'corpus/tune6' }, argv, io);
}

if (import.meta.main) {
	process.exitCode = await main(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stderr: (text) => void process.stderr.write(text),
	});
}
