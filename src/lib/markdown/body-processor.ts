import remarkBodyPolicy from './remark-body-policy.ts';
import rehypeSanitizeBody from './rehype-sanitize-body.ts';
import { rehypeExcerpt } from '../archive/rehype-excerpt.ts';

/**
 * The options of the unified processor that renders item bodies (astro.config.mjs; MDX inherits
 * them), for the project at `root`. Item bodies are text, never code (docs/editing.zh-CN.md):
 * remarkBodyPolicy refuses an MDX item's import, export, expressions and unknown tags, and
 * pictures outside the edition, before MDX compiles anything; rehypeSanitizeBody publishes only
 * the allowlisted HTML of Markdown and MDX bodies; rehypeExcerpt then takes each item's rendered,
 * sanitised text for teasers, the feed and structured data.
 */
export function bodyProcessorOptions(root: string) {
	return {
		remarkPlugins: [[remarkBodyPolicy, { root }]] as [typeof remarkBodyPolicy, { root: string }][],
		rehypePlugins: [rehypeSanitizeBody, rehypeExcerpt],
	};
}
