import { resolve } from 'node:path';
import { currentWindow, editionDates, previewLine } from '../lib/parts/preview-window.ts';
import { settings } from '../settings.ts';

/** The editions folder the dev server reads, as src/content.config.ts finds it. */
const editions = resolve(settings.contentDir, 'editions');
/**
 * Vite's mode, not `import.meta.env.DEV`: a build run inside vitest has NODE_ENV=test, which makes
 * DEV true, while `astro build` always runs in the production mode and `astro dev` in development.
 */
const preview = import.meta.env.MODE === 'development';
const loaded = preview ? currentWindow(editions, settings.scope) : undefined;

/** The line a preview page shows about what `npm run dev` loaded (src/lib/parts/preview-window.ts); none in a build. */
export function previewNotice(): string | undefined {
	return preview ? previewLine(loaded, editionDates(editions)) : undefined;
}
