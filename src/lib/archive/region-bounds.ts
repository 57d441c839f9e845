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
