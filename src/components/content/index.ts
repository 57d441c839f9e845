import type { ContentComponentName } from '../../lib/markdown/content-components.ts';
import PullQuote from './PullQuote.astro';

/**
 * The content components by name, handed to every MDX item (the item page's `<Content
 * components={…}>`), so that an item uses them without an `import`. The names are those of
 * src/lib/markdown/content-components.ts, which the MDX policy allows; the type holds the two
 * lists together.
 */
export const contentComponents: Record<ContentComponentName, unknown> = { PullQuote };
