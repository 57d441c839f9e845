import { posix } from 'node:path';
import type { Report } from './problem.ts';

/** Picture formats Astro's image pipeline reads. */
const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg'];

/**
 * Checks an item's `image` (at `line` of `file`): a file beside the item, in a format Astro
 * optimises, that exists, on a photo item (only photos show their picture).
 */
export function checkImage(data: Record<string, unknown>, file: string, line: number, exists: (path: string) => boolean, add: Report): void {
	const image = data.image;
	if (typeof image !== 'string' || image.trim() === '') return;
	if (/^[a-z]+:\/\//i.test(image) || image.startsWith('/')) {
		add(line, `“image”是“${image}”，只能写稿件旁边的图片文件。`, `把图片放进这篇稿件所在的文件夹，写成 image: ./${posix.basename(image) || 'photo.jpg'}`);
		return;
	}
	const ext = posix.extname(image).slice(1).toLowerCase();
	if (!IMAGE_FORMATS.includes(ext)) {
		add(line, `“image”是“${image}”，不是网站能处理的图片格式。`, `用 ${IMAGE_FORMATS.join('、')} 格式的图片。`);
		return;
	}
	const target = posix.normalize(posix.join(posix.dirname(file), image));
	if (!exists(target)) {
		add(line, `“image”指向的图片 ${target} 不存在。`, `把图片文件放到 ${posix.dirname(file)}/ 里，或改正文件名（大小写也要一致）。`);
	}
	if (data.kind !== 'photo') add(line, '这篇稿件有“image”，但不是图片稿，网站不会显示这张图。', '图片稿要写 kind: photo；不需要图就删掉 image 这一行。');
}
