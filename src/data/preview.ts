import { resolve } from 'node:path';
import { currentWindow, editionDates, previewLine } from '../lib/parts/preview-window.ts';
import { settings } from '../settings.ts';

/** The editions folder the dev server reads, as src/content.config.ts finds it. */
const editions = resolve(settings.contentDir, 'editions');
/** Set by src/integrations/preview-mode.ts: whether `astro dev` serves this page. */
declare const __ARCHIVE_PREVIEW__: boolean | undefined;
const preview = typeof __ARCHIVE_PREVIEW__ !== 'undefined' && __ARCHIVE_PREVIEW__;
const loaded = preview ? currentWindow(editions, settings.scope) : undefined;

/** The line a preview page shows about what `npm run dev` loaded (src/lib/parts/preview-window.ts); none in a build. */
export function previewNotice(): string | undefined {
	return preview ? previewLine(loaded, editionDates(editions)) : undefined;
}
