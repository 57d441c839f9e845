import type { RegionBox } from './region-bounds.ts';

/** One region link of a facsimile: the item it leads to and where it stands on the page. */
export interface FacsimileLink {
	/** The item's `order` on its page. */
	order: number;
	/** The item's headline: the link's accessible name. */
	label: string;
	/** The item's link, as the page shows it. */
	href: string;
	/** Its rectangles, `[x, y, width, height]` in PDF points. */
	boxes: readonly RegionBox[];
}

/**
 * The region links of a facsimile: one per item that has regions, in print order. Regions of an
 * order no item has (an item an editor deleted or merged) are left out, as are items without regions.
 * @example facsimileLinks([{ order: 1, boxes: [[0, 0, 10, 10]] }], [{ order: 1, headline: '标题', href: '/x/' }]) // [{ order: 1, label: '标题', href: '/x/', boxes: [[0, 0, 10, 10]] }]
 */
export function facsimileLinks(
	regions: readonly { order: number; boxes: readonly RegionBox[] }[],
	items: readonly { order: number; headline: string; href: string }[],
): FacsimileLink[] {
	const boxesOf = new Map(regions.map((r) => [r.order, r.boxes]));
	return [...items]
		.sort((a, b) => a.order - b.order)
		.flatMap((item) => {
			const boxes = boxesOf.get(item.order);
			return boxes?.length ? [{ order: item.order, label: item.headline, href: item.href, boxes }] : [];
		});
}
