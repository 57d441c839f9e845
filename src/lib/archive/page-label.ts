import { pad2 } from './paths.ts';

/**
 * The label of a page as printed in 版面导航.
 * @example pageLabel({ number: 1, name: '党建' }) // '第01版：党建'
 */
export function pageLabel(page: { number: number; name?: string }): string {
	return page.name ? `第${pad2(page.number)}版：${page.name}` : `第${pad2(page.number)}版`;
}
