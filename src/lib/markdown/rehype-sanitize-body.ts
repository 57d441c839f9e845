import type { Root } from 'hast';
import { sanitizeBody } from './sanitize-body.ts';

/**
 * Rehype plugin that publishes only what the body allowlist keeps (sanitize-body.ts), for
 * Markdown and MDX items alike: Astro's Markdown and MDX pipelines both run it
 * (astro.config.mjs), after remark-rehype and before the page is written.
 */
export default function rehypeSanitizeBody() {
	return (tree: Root): Root => sanitizeBody(tree);
}
