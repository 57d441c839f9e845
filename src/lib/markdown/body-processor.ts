import type { unified } from '@astrojs/markdown-remark';
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

type UnifiedProcessor = ReturnType<typeof unified>;

/**
 * `unified(bodyProcessorOptions(root))` of @astrojs/markdown-remark, whose modules (remark, rehype,
 * GFM, SmartyPants, some 320; MDX's compiler, some 120 more, docs/patches.md) are loaded when
 * it first renders a body, not with the configuration: a build that renders no body (the join, a
 * part or a day with nothing new: the content layer renders only changed files) does not load
 * them. The same processor: its name and options are those `unified()` gives (which integrations
 * read and extend), and the renderers are `unified()`'s own, given these options.
 */
export function bodyProcessor(root: string): UnifiedProcessor {
	const { remarkPlugins, rehypePlugins } = bodyProcessorOptions(root);
	let loaded: Promise<UnifiedProcessor> | undefined;
	const real = () =>
		(loaded ??= import('@astrojs/markdown-remark').then(({ unified }) =>
			// unified()'s renderers read their processor's options when they are created.
			Object.assign(unified(), { options: processor.options }),
		));
	const processor: UnifiedProcessor = {
		name: 'unified',
		options: {
			remarkPlugins,
			rehypePlugins,
			remarkRehype: {},
			recmaPlugins: [],
			gfm: undefined,
			smartypants: undefined,
		},
		createRenderer: async (shared) => (await real()).createRenderer(shared),
		createMdxRenderer: async (shared, mdx) => (await real()).createMdxRenderer!(shared, mdx),
	};
	return processor;
}
