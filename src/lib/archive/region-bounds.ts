/** A rectangle on the printed page, `[x, y, width, height]` in PDF points (src/schemas/edition.ts). */
export type RegionBox = readonly [number, number, number, number];

/** Where an item stands on its page, as fractions of the page's width and height (0 to 1). */
export interface RegionBounds {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The share of the page its rectangles cover (overlaps counted once per rectangle). */
	area: number;
}

/**
 * The rectangle around an item's regions and the share of the page they cover, relative to the page.
 * @example regionBounds([[0, 0, 50, 10], [50, 0, 50, 30]], { width: 100, height: 100 }) // { x: 0, y: 0, width: 1, height: 0.3, area: 0.2 }
 */
export function regionBounds(boxes: readonly RegionBox[], page: { width: number; height: number }): RegionBounds {
	const left = Math.min(...boxes.map((b) => b[0]));
	const top = Math.min(...boxes.map((b) => b[1]));
	const right = Math.max(...boxes.map((b) => b[0] + b[2]));
	const bottom = Math.max(...boxes.map((b) => b[1] + b[3]));
	const area = boxes.reduce((sum, b) => sum + b[2] * b[3], 0);
	return {
		x: left / page.width,
		y: top / page.height,
		width: (right - left) / page.width,
		height: (bottom - top) / page.height,
		area: area / (page.width * page.height),
	};
}

/**
 * Where the item of an `order` stood on a page with a facsimile, or undefined when the page has no
 * facsimile or no regions for it.
 * @example regionOf({ width: 100, height: 100, regions: [{ order: 1, boxes: [[0, 0, 50, 50]] }] }, 1)?.area // 0.25
 */
export function regionOf(
	facsimile:
		{ width: number; height: number; regions: readonly { order: number; boxes: readonly RegionBox[] }[] } | undefined,
	order: number,
): RegionBounds | undefined {
	const boxes = facsimile?.regions.find((r) => r.order === order)?.boxes;
	return boxes?.length ? regionBounds(boxes, facsimile!) : undefined;
}

/**
 * An SVG path drawing an item's rectangles, shorter in the page than a `<rect>` each: in whole
 * points, each rectangle grown outwards to them (a tenth of a point is not worth its bytes).
 * @example regionPath([[18, 44.1, 185.2, 133.3]]) // 'M18 44h186v134H18z'
 */
export function regionPath(boxes: readonly RegionBox[]): string {
	return boxes
		.map(([x, y, width, height]) => {
			const [left, top] = [Math.floor(x), Math.floor(y)];
			return `M${left} ${top}h${Math.ceil(x + width) - left}v${Math.ceil(y + height) - top}H${left}z`;
		})
		.join('');
}
