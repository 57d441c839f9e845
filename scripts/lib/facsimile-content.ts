import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pad2 } from '../../src/lib/archive/paths.ts';
import { main } from '../../src/lib/importer/index.ts';
import { nodeIo } from '../import.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The page PDF the facsimile tests import: a page of the development corpus printed by Chromium. */
export const FACSIMILE_PDF = 'corpus/dev/dev-0001/page.pdf';
/** Where the imported page lands in the fixture archive. */
export const FACSIMILE_DATE = '2021-06-09';

/**
 * Imports a page PDF (relative to the project) into the content folder `dir` (holding `editions/`)
 * as an editor would: `npm run import`, then a headline written where the importer left a placeholder.
 */
export async function importFacsimilePage(dir: string, pdf: string, date: string, page: number): Promise<void> {
	const dumps = mkdtempSync(join(tmpdir(), 'facsimile-'));
	try {
		cpSync(join(root, pdf), join(dumps, `${pad2(page)}.pdf`));
		const quiet = { ...nodeIo(dumps), stdout: () => {}, stderr: () => {} };
		const args = [`${pad2(page)}.pdf`, '--date', date, '--page', String(page), '--out', dir];
		const status = await main(args, quiet);
		if (status !== 0) throw new Error(`importing ${pdf} into ${dir} failed (exit ${status})`);
	} finally {
		rmSync(dumps, { recursive: true, force: true });
	}
	const folder = join(dir, `editions/${date}/${pad2(page)}`);
	let n = 0;
	for (const file of readdirSync(folder).filter((f) => f.endsWith('.md'))) {
		const text = readFileSync(join(folder, file), 'utf8');
		writeFileSync(
			join(folder, file),
			text.replace(/^headline: .*无标题.*$/m, () => `headline: 图片说明${++n}`),
		);
	}
}

/**
 * An archive in `dir` of the sample edition, whose page is a text dump's, and one edition whose
 * page 1 is imported from FACSIMILE_PDF.
 */
export async function facsimileContent(dir: string): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(root, 'content/editions'), join(dir, 'editions'), { recursive: true });
	await importFacsimilePage(dir, FACSIMILE_PDF, FACSIMILE_DATE, 1);
}
