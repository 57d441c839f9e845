/** A page image as the manifest lists it: a file in the page's folder and its size in pixels. */
export interface FacsimileImage {
	file: string;
	width: number;
	height: number;
}

/**
 * The `srcset` of a page image in its widths, each file's link made by `link`.
 * @example facsimileSrcset([{ file: 'page-480.webp', width: 480, height: 570 }], (f) => `/p/${f}`) // '/p/page-480.webp 480w'
 */
export function facsimileSrcset(images: readonly FacsimileImage[], link: (file: string) => string): string {
	return [...images]
		.sort((a, b) => a.width - b.width)
		.map((i) => `${link(i.file)} ${i.width}w`)
		.join(', ');
}

/**
 * The narrowest image at least `width` pixels wide, or the widest there is: the `src` a browser
 * without `srcset` loads, and the picture the zoomed view opens.
 * @example imageAtLeast([{ file: 'a', width: 480, height: 1 }, { file: 'b', width: 960, height: 2 }], 600).file // 'b'
 */
export function imageAtLeast<I extends FacsimileImage>(images: readonly I[], width: number): I {
	const sorted = [...images].sort((a, b) => a.width - b.width);
	return sorted.find((i) => i.width >= width) ?? sorted.at(-1)!;
}
