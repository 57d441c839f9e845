import type { AstroIntegration } from 'astro';

/**
 * Tells the pages whether `astro dev` serves them (the preview, src/data/preview.ts) through the
 * constant `__ARCHIVE_PREVIEW__`. The command decides, not `import.meta.env.DEV`: a build run with
 * NODE_ENV=test (vitest) has DEV true, and would print the preview's line into the built site.
 */
export default function previewMode(): AstroIntegration {
	return {
		name: 'preview-mode',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({ vite: { define: { __ARCHIVE_PREVIEW__: JSON.stringify(command === 'dev') } } });
			},
		},
	};
}
