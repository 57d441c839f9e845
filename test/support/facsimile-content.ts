import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeIo } from '../../scripts/import.ts';
import { main } from '../../src/lib/importer/index.ts';
import { root } from './site.ts';

/** The page PDF the facsimile tests import: a page of the development corpus printed by Chromium. */
export const FACSIMILE_PDF = 'corpus/dev/dev-0001/page.pdf';
/** Where the imported page lands in the fixture archive. */
export const FACSIMILE_DATE = '2021-06-09';

/**
 * An archive in `dir` (under the project root, for CONTENT_DIR) of the sample edition, whose page
 * is a text dump's, and one edition whose page 1 is imported from FACSIMILE_PDF, as an editor
 * would: `npm run import`, then a headline written where the importer left a placeholder.
 */
export async function facsimileContent(dir: string): Promise<void> {
	rmSync(dir, { recursive: true, force: true });
	cpSync(join(root, 'content/editions'), join(dir, 'editions'), { recursive: true });
	cpSync(join(root, FACSIMILE_PDF), join(dir, `dumps/${FACSIMILE_DATE}/01.pdf`));
	const quiet = { ...nodeIo(dir), stdout: () => {}, stderr: () => {} };
	const status = await main([`dumps/${FACSIMILE_DATE}/01.pdf`, '--date', FACSIMILE_DATE, '--page', '1'], quiet);
	if (status !== 0) throw new Error(`importing ${FACSIMILE_PDF} into ${dir} failed (exit ${status})`);
	const page = join(dir, `content/editions/${FACSIMILE_DATE}/01`);
	let n = 0;
	for (const file of readdirSync(page).filter((f) => f.endsWith('.md'))) {
		const text = readFileSync(join(page, file), 'utf8');
		writeFileSync(
			join(page, file),
			text.replace(/^headline: .*无标题.*$/m, () => `headline: 图片说明${++n}`),
		);
	}
	cpSync(join(dir, `content/editions/${FACSIMILE_DATE}`), join(dir, `editions/${FACSIMILE_DATE}`), { recursive: true });
	rmSync(join(dir, 'content'), { recursive: true });
}
