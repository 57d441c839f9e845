/**
 * The newsroom's content components: the only tags an MDX item may use, each with the props it
 * takes. The item page hands them to every MDX item (src/components/content/index.ts), so an item
 * uses them without an `import`. A component added here must be added there too; the type check
 * holds the two lists to each other.
 */
export const CONTENT_COMPONENTS = {
	/** 引语框: `<PullQuote by="巴音吉嘎啦">办好了，终于办好了！</PullQuote>`. */
	PullQuote: { props: ['by'] },
} as const satisfies Record<string, { props: readonly string[] }>;

/** The name of a content component: `PullQuote`. */
export type ContentComponentName = keyof typeof CONTENT_COMPONENTS;

/** True when `name` is one of the content components. */
export function isContentComponent(name: string | null | undefined): name is ContentComponentName {
	return typeof name === 'string' && Object.hasOwn(CONTENT_COMPONENTS, name);
}
