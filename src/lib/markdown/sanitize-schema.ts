import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * What an item's body may publish: GitHub's allowlist (hast-util-sanitize's `defaultSchema`, the
 * HTML GitHub keeps in a README), made stricter in one place: links only to `http`, `https`,
 * `mailto` and relative addresses, pictures only from `http`, `https` and relative paths. So
 * headings, emphasis, links, lists, quotes, tables and pictures stay; `<script>`, `<style>`,
 * `<iframe>`, `<object>`, event attributes (`onerror=`), `style=` and `javascript:` addresses go.
 * The editors' guide lists it (docs/editing.zh-CN.md).
 */
export const BODY_SCHEMA: Schema = {
	...defaultSchema,
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};
