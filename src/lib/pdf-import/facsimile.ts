import type { Box } from './page-types.ts';
import type { PageImage } from './render-page.ts';

/** A page's facsimile as the edition manifest lists it (see `facsimileSchema` in src/schemas/edition.ts). */
export interface Facsimile {
	pdf: string;
	width: number;
	height: number;
	images: { file: string; width: number; height: number }[];
	regions: { order: number; boxes: [number, number, number, number][] }[];
}

/** The page image's file name for one width. @example imageName(1600) // 'page-1600.webp' */
export function imageName(width: number): string {
	return `page-${width}.webp`;
}

/** The kept PDF's file name: the date and page, so a download is named for what it is. @example pdfName('2021-06-08', 1) // '2021-06-08-01.pdf' */
export function pdfName(date: string, page: number): string {
	return `${date}-${String(page).padStart(2, '0')}.pdf`;
}

/** The facsimile entry of a page: its PDF, size, images (narrowest first) and each item's regions by order. */
export function facsimileOf(
	pdf: string,
	size: { width: number; height: number },
	images: PageImage[],
	regions: Box[][],
): Facsimile {
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		pdf,
		width: round(size.width),
		height: round(size.height),
		images: [...images]
			.sort((a, b) => a.width - b.width)
			.map((i) => ({ file: imageName(i.width), width: i.width, height: i.height })),
		regions: regions.map((boxes, i) => ({
			order: i + 1,
			boxes: boxes.map(
				(b) => [round(b.x), round(b.y), round(b.width), round(b.height)] as [number, number, number, number],
			),
		})),
	};
}
