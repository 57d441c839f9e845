import { resolve } from 'node:path';
import { currentWindow, editionDates, previewLine } from '../lib/parts/preview-window.ts';

/** The editions folder the dev server reads, as src/content.config.ts finds it. */
const editions = resolve(process.env.CONTENT_DIR || './content', 'editions');
const loaded = import.meta.env.DEV ? currentWindow(editions) : undefined;

/** The line a preview page shows about what `npm run dev` loaded (src/lib/parts/preview-window.ts); none in a build. */
export function previewNotice(): string | undefined {
	return import.meta.env.DEV ? previewLine(loaded, editionDates(editions)) : undefined;
}
