import { posix } from 'node:path';
import { imagePathProblem } from '../../schemas/image-path.ts';
import type { Report } from './problem.ts';

/**
 * Checks an item's `image` (at `line` of `file`) beyond the schema's path rule (image-path.ts):
 * that the picture exists, on a photo item (only photos show their picture).
 */
export function checkImage(data: Record<string, unknown>, file: string, line: number, exists: (path: string) => boolean, add: Report): void {
	const image = data.image;
	if (typeof image !== 'string' || image.trim() === '' || imagePathProblem(image.trim())) return;
	const target = posix.normalize(posix.join(posix.dirname(file), image.trim()));
	if (!exists(target)) {
		add(line, `“image”指向的图片 ${target} 不存在。`, `把图片文件放到 ${posix.dirname(file)}/ 里，或改正文件名（大小写也要一致）。`);
	}
	if (data.kind !== 'photo') add(line, '这篇稿件有“image”，但不是图片稿，网站不会显示这张图。', '图片稿要写 kind: photo；不需要图就删掉 image 这一行。');
}
