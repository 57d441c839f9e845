/**
 * The edge where a PDF page becomes pictures: pdfjs-dist draws it on an @napi-rs/canvas canvas
 * (prebuilt Skia from npm, no system library), sharp encodes it as WebP in each width.
 */
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { bottom, right, type Box } from './page-types.ts';
import type { PdfDocument } from './read-pdf.ts';

/** The widths, in pixels, the page image is written in. */
export const IMAGE_WIDTHS = [480, 960, 1600] as const;

/** The WebP quality of page images: text stays crisp at 1,600 px. */
const QUALITY = 60;
/** The most a page image at 1,600 px should weigh; a denser page is posterized to POSTER_TONES tones. */
export const IMAGE_BUDGET = 250_000;
/** The grey tones of a posterized page: paper, ink and two greys for the edges of type. */
const POSTER_TONES = 4;
/** How a page image's WebP size grows with its width (measured on corpus pages: 960 → 1,600 px gives 2.25–2.3 times the bytes). */
const PREDICT = 1.6;

/** One encoded page image. */
export interface PageImage {
	width: number;
	height: number;
	webp: Uint8Array;
}

/**
 * Draws page `number` once at the largest width and encodes it as WebP at every width of
 * `widths` (largest first, the others scaled down from the same drawing); a largest image over
 * IMAGE_BUDGET is encoded again posterized (lossless, four tones, the `photos` dithered: boxes in
 * PDF points from the page's top-left corner).
 */
export async function renderPage(
	doc: PdfDocument,
	number: number,
	widths: readonly number[] = IMAGE_WIDTHS,
	photos: Box[] = [],
): Promise<PageImage[]> {
	const page = await doc.getPage(number);
	const largest = Math.max(...widths);
	const viewport = page.getViewport({
		scale: largest / page.getViewport({ scale: 1 }).width,
	});
	const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
	const context = canvas.getContext('2d', { alpha: false });
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	await page.render({
		canvas: canvas as unknown as HTMLCanvasElement,
		canvasContext: context as unknown as CanvasRenderingContext2D,
		viewport,
	}).promise;
	// The canvas's own pixels (premultiplied, which changes nothing on an opaque page), their alpha
	// dropped once: sharp premultiplies and unpremultiplies an image with alpha at every width it
	// scales to, for the same bytes in the end.
	const raw = { raw: { width: canvas.width, height: canvas.height, channels: 3 as const } };
	const pixels = await sharp(canvas.data(), { raw: { ...raw.raw, channels: 4 } })
		.removeAlpha()
		.raw()
		.toBuffer();
	const encode = async (width: number, quality: number): Promise<PageImage> => {
		const { data, info } = await sharp(pixels, raw)
			.resize({ width })
			.webp({ quality, effort: 2 })
			.toBuffer({ resolveWithObject: true });
		return { width: info.width, height: info.height, webp: new Uint8Array(data) };
	};
	// The budget holds at 1,600 px; a wider largest image gets a budget grown with its area. The
	// page's encoding is decided once, from one measure: the widths are encoded lossy from the
	// smallest up, and each foretells the largest (WebP's size grows about as the width to the
	// power PREDICT; from the smallest this foretells low, so it errs towards lossy). Once the
	// largest is foretold over budget the page is dense: the largest is posterized without a lossy
	// try, and so is every width left but the smallest, since in lossy WebP the next largest
	// would weigh more than the posterized largest (dev-0003: 221 kB at 960 px against 206 kB at
	// 1,600 px). The smallest stays lossy: a thumbnail in four tones loses more than it saves.
	// Should a page foretold within budget still go over, it is posterized as a dense one (no page
	// of the open sets does).
	const budget = IMAGE_BUDGET * (largest / 1600) ** 2;
	const ascending = [...widths].sort((x, y) => x - y);
	const lossy = new Map<number, PageImage>();
	const foretells = (image: PageImage) => image.webp.length * (largest / image.width) ** PREDICT > budget;
	for (const width of ascending) {
		const image = await encode(width, QUALITY);
		const over = width === largest ? image.webp.length > budget : foretells(image);
		if (!over || (width === ascending[0] && width !== largest)) lossy.set(width, image);
		if (over) break;
	}
	if (lossy.has(largest))
		return [lossy.get(largest)!, ...widths.filter((w) => w !== largest).map((w) => lossy.get(w)!)];
	const scale = canvas.width / page.getViewport({ scale: 1 }).width;
	const inPixels = photos.map((b) => ({
		x: b.x * scale,
		y: b.y * scale,
		width: b.width * scale,
		height: b.height * scale,
	}));
	// The drawing in grey once, scaled to each width posterized.
	const grey = await sharp(pixels, raw).greyscale().raw().toBuffer();
	const size = { width: canvas.width, height: canvas.height, channels: 1 as const };
	const top = await posterize(grey, size, largest, inPixels);
	const rest = await Promise.all(
		widths
			.filter((w) => w !== largest)
			.map((width) => (width === ascending[0] ? lossy.get(width)! : posterize(grey, size, width, inPixels))),
	);
	return [top, ...rest];
}

/**
 * A dense page (`grey`, the drawing in grey) at `width` in POSTER_TONES grey tones, encoded
 * losslessly. Lossy WebP spends its bytes on the edges of small type, and a page of dense type stays over budget at any quality; in
 * four flat tones type keeps sharp edges, long runs of one tone compress well, and a page of it
 * weighs about half as much. Only the photos (`photos`, boxes in pixels of the drawing) are
 * dithered, so they keep their shades as on newsprint.
 */
async function posterize(
	grey: Uint8Array,
	raw: { width: number; height: number; channels: 1 },
	width: number,
	photos: Box[],
): Promise<PageImage> {
	// Greyscale again: sharp turns a one-channel raw input into three channels unless told.
	const { data, info } = await sharp(grey, { raw })
		.resize({ width })
		.greyscale()
		.raw()
		.toBuffer({ resolveWithObject: true });
	const scale = info.width / raw.width;
	const step = 255 / (POSTER_TONES - 1);
	const tone = (v: number) => Math.round(Math.round(v / step) * step);
	const inPhoto = new Uint8Array(data.length);
	for (const box of photos) {
		const [x0, y0] = [Math.max(0, Math.floor(box.x * scale)), Math.max(0, Math.floor(box.y * scale))];
		const [x1, y1] = [
			Math.min(info.width, Math.ceil(right(box) * scale)),
			Math.min(info.height, Math.ceil(bottom(box) * scale)),
		];
		for (let y = y0; y < y1; y++) inPhoto.fill(1, y * info.width + x0, y * info.width + x1);
	}
	ditherInPlace(data, info.width, inPhoto, tone);
	const lut = Uint8Array.from({ length: 256 }, (_, v) => tone(v));
	for (let i = 0; i < data.length; i++) if (!inPhoto[i]) data[i] = lut[data[i]];
	// In lossless WebP the quality is how hard the encoder searches for repeats: at 1 a page in
	// four tones takes half the time of the default 80 for 0.02% more bytes (the same pixels).
	const out = await sharp(data, { raw: { width: info.width, height: info.height, channels: 1 } })
		.webp({ lossless: true, quality: 1, effort: 1 })
		.toBuffer({ resolveWithObject: true });
	return { width: out.info.width, height: out.info.height, webp: new Uint8Array(out.data) };
}

/** Floyd–Steinberg error diffusion to `tone` over the pixels marked in `mask` (one byte a pixel, rows of `width`); the error stays inside the mask. */
function ditherInPlace(grey: Uint8Array, width: number, mask: Uint8Array, tone: (v: number) => number): void {
	const error = new Float32Array(grey.length);
	const spread = (i: number, e: number) => {
		if (mask[i]) error[i] += e;
	};
	for (let i = 0; i < grey.length; i++) {
		if (!mask[i]) continue;
		const value = grey[i] + error[i];
		const to = tone(Math.min(255, Math.max(0, value)));
		grey[i] = to;
		const e = value - to;
		const x = i % width;
		if (x + 1 < width) spread(i + 1, (e * 7) / 16);
		if (x > 0) spread(i + width - 1, (e * 3) / 16);
		spread(i + width, (e * 5) / 16);
		if (x + 1 < width) spread(i + width + 1, e / 16);
	}
}
