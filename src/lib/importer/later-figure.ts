import type { Draft } from './assemble-items.ts';

// A figure mark after the first (图②, 图3): a later photo of a group, under the group's one title.
const LATER_FIGURE = /^图(?:[②-⑩]|[2-9](?!\d)|[1-9]\d)/u;

/**
 * A body that takes no headline of its own: the caption of a later photo of a group (图②…), whose
 * title the first photo carries.
 * @example needsNoHeadline({ paragraphs: [{ text: '图②：…' }] }) // true
 */
export function needsNoHeadline(body: Pick<Draft, 'paragraphs'>): boolean {
	return body.paragraphs.length === 1 && LATER_FIGURE.test(body.paragraphs[0].text);
}
