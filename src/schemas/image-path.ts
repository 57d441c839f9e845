import { posix } from 'node:path';
import { z } from 'astro/zod';

/** Picture formats the site publishes: those Astro's image pipeline optimises into new files. SVG is not one (it can hold scripts, and is copied as it is). */
export const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'];

/**
 * Why a picture path written in an item cannot be published, or undefined when it can: it must be
 * relative, stay inside the item's edition folder (an item sits two folders down, in
 * `<date>/<page>/`, so at most one `../`), and be a raster format (IMAGE_FORMATS).
 * @example imagePathProblem('../../../../secret.jpg') // '在这一期的文件夹外面……'
 */
export function imagePathProblem(path: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.startsWith('\\'))
		return '不是稿件旁边的图片文件：只能写相对于稿件的路径，如 ./photo.jpg。';
	const normal = posix.normalize(path.replace(/\\/g, '/'));
	if (normal === '..' || normal.startsWith('../../') || normal === '../..')
		return '在这一期的文件夹外面：图片要放在稿件旁边（或这一期的文件夹里）。';
	const ext = posix.extname(normal).slice(1).toLowerCase();
	if (ext === 'svg') return '是 SVG 图片：SVG 里可以带脚本，网站不发布 SVG。';
	if (!IMAGE_FORMATS.includes(ext)) return `不是网站能处理的图片格式（只能用 ${IMAGE_FORMATS.join('、')}）。`;
	return undefined;
}

/** A photo item's picture path as written, refused when imagePathProblem says so; the build then resolves it with Astro's `image()`. */
export const imagePath = z
	.string()
	.trim()
	.min(1)
	.superRefine((path, ctx) => {
		const problem = imagePathProblem(path);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});
