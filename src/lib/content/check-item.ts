import { posix } from 'node:path';
import { z } from 'astro/zod';
import { itemFields } from '../../schemas/item.ts';
import { isoDate } from '../../schemas/iso-date.ts';
import { slugFromFile } from '../archive/slug-from-file.ts';
import { ITEM_FIELD_LABELS } from './field-labels.ts';
import type { Problem } from './problem.ts';
import { mdxSyntaxError } from './mdx-syntax.ts';
import { isPlaceholder } from './placeholder.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { describeIssues } from './zod-issue-message.ts';

/**
 * The item schema as the build applies it (src/content.config.ts), with `image` as the path
 * string that Astro's `image()` resolves; so check and build accept exactly the same fields.
 */
const itemCheckSchema = z.object({ ...itemFields, image: z.string().trim().min(1).optional() }).strict();

/** Picture formats Astro's image pipeline reads. */
const IMAGE_FORMATS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg'];

/** Where an item file sits, from its path (see content-path.ts). */
export interface ItemPlace {
	date: string;
	page: number;
	fileName: string;
	mdx: boolean;
}

/** One item file after its own checks, with what the cross-file checks need. */
export interface CheckedItem {
	file: string;
	problems: Problem[];
	/** The `order` field and its line, when it is valid. */
	order?: { value: number; line: number };
	/** The permalink slug and the line that sets it (the `slug` field, or line 1 for the file name). */
	slug?: { value: string; line: number };
}

/**
 * Checks one item file on its own: frontmatter syntax and schema, date and page against the
 * folders, the slug, the picture, the body and (for MDX) its imports.
 * `exists` answers whether a project-relative path exists.
 */
export function checkItem(file: string, text: string, place: ItemPlace, exists: (path: string) => boolean): CheckedItem {
	const problems: Problem[] = [];
	const add = (line: number, message: string, hint?: string) => problems.push({ file, line, message, hint });
	const front = readFrontmatter(text);
	if (!front.ok) {
		add(front.line, front.message, front.hint);
		return { file, problems };
	}
	const { split, doc } = front;
	const data = doc.data as Record<string, unknown>;
	const parsed = itemCheckSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of describeIssues(parsed.error.issues, data, ITEM_FIELD_LABELS, () => Object.keys(itemCheckSchema.shape))) {
			const line = issue.path.length && issue.path[0] in data ? doc.lineOf(issue.path) : split.openLine;
			add(line, issue.message, issue.hint);
		}
	}
	for (const [key, value] of Object.entries(data)) {
		const texts = Array.isArray(value) ? value : [value];
		if (texts.some((text) => typeof text === 'string' && isPlaceholder(text))) {
			add(doc.lineOf([key]), `“${key}”${ITEM_FIELD_LABELS[key] ? `（${ITEM_FIELD_LABELS[key].label}）` : ''}还是 npm run new 留下的“待填写”。`, '填上真实内容；这篇稿件没有这一项就删掉这一行。');
		}
	}
	const date = isoDate.safeParse(data.date);
	if (date.success && date.data !== place.date) {
		add(doc.lineOf(['date']), `“date”是 ${date.data}，但文件在 ${place.date} 文件夹中。`, `把 date 改成 ${place.date}，或把文件移到 ${date.data} 文件夹。`);
	}
	if (typeof data.page === 'number' && Number.isInteger(data.page) && data.page > 0 && data.page !== place.page) {
		const folder = String(data.page).padStart(2, '0');
		add(doc.lineOf(['page']), `“page”是 ${data.page}，但文件在第 ${String(place.page).padStart(2, '0')} 版的文件夹中。`, `把 page 改成 ${place.page}，或把文件移到 ${place.date}/${folder} 文件夹。`);
	}
	const result: CheckedItem = { file, problems };
	if (typeof data.order === 'number' && Number.isInteger(data.order) && data.order > 0) result.order = { value: data.order, line: doc.lineOf(['order']) };
	if (typeof data.slug === 'string') {
		result.slug = { value: data.slug, line: doc.lineOf(['slug']) };
	} else {
		const slug = slugFromFile(place.fileName);
		if (itemFields.slug.safeParse(slug).success) result.slug = { value: slug, line: 1 };
		else add(1, `文件名“${place.fileName}”会成为网址的一部分，但它含有拼音字母、数字和短横线以外的字符。`, '把文件改名为“序号-拼音”的形式，如 03-xue-dang-shi.md；或加一行 slug: xue-dang-shi。');
	}
	checkImage(data, file, doc.lineOf(['image']), exists, add);
	checkBody(split.body, split.bodyLine, split.closeLine ?? split.openLine, data, place, file, exists, add);
	return result;
}

function checkImage(data: Record<string, unknown>, file: string, line: number, exists: (path: string) => boolean, add: (line: number, message: string, hint?: string) => void) {
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

function checkBody(body: string, bodyLine: number, closeLine: number, data: Record<string, unknown>, place: ItemPlace, file: string, exists: (path: string) => boolean, add: (line: number, message: string, hint?: string) => void) {
	const lines = body.split('\n');
	const lineAt = (i: number) => bodyLine + i;
	const syntax = place.mdx ? mdxSyntaxError(body) : undefined;
	if (syntax) add(lineAt(syntax.line - 1), `MDX 写法有错：${syntax.message}。`, '组件要成对写：<PullQuote>……</PullQuote>；正文里的 {、}、< 改用全角符号，或在前面加反斜杠 \\。');
	let hasText = false;
	// MDX fails at render time on a component nobody imported; say so here, at its line.
	const imported = new Set(lines.flatMap((text) => /^import\s+(.*?)\s+from\s/.exec(text)?.[1].match(/[A-Za-z_$][\w$]*/g) ?? []));
	const reported = new Set<string>();
	lines.forEach((text, i) => {
		if (!place.mdx || syntax || /^import\s/.test(text)) return;
		for (const [, name] of text.matchAll(/<([A-Z][\w$]*)/g)) {
			if (imported.has(name) || reported.has(name)) continue;
			reported.add(name);
			const known = name === 'PullQuote' ? `import PullQuote from '../../../../src/components/content/PullQuote.astro';` : `import ${name} from '…';`;
			add(lineAt(i), `用了组件 <${name}>，但文件里没有 import 它。`, `在第二个 --- 下面加一行：${known}`);
		}
	});
	lines.forEach((text, i) => {
		const imported = /^import\s.*?from\s+['"]([^'"]+)['"]/.exec(text);
		const component = /^\s*<([A-Z][\w.]*)/.exec(text);
		if (!place.mdx && (imported || component)) {
			add(lineAt(i), `这一行用了 MDX 的写法（${imported ? 'import' : `<${component![1]}>`}），但文件是 .md。`, `把文件扩展名改成 .mdx（${place.fileName.replace(/\.md$/i, '.mdx')}）。`);
		} else if (imported && imported[1].startsWith('.')) {
			const target = posix.normalize(posix.join(posix.dirname(file), imported[1]));
			if (!exists(target)) add(lineAt(i), `import 的文件 ${target} 不存在。`, '从编辑指南里复制 import 这一行（稿件文件夹到项目根目录是四层：../../../../）。');
		}
		if (isPlaceholder(text)) add(lineAt(i), '正文这一行还是 npm run new 留下的“待填写”。', '换成真正的正文（图片稿写图片说明）。');
		const mdxComment = place.mdx && /^\s*\{\/\*.*\*\/\}\s*$/.test(text);
		if (!imported && !mdxComment && text.trim() !== '' && !/^export\s/.test(text)) hasText = true;
	});
	const photoWithPicture = data.kind === 'photo' && typeof data.image === 'string';
	if (!hasText && !photoWithPicture) {
		const line = body.trim() === '' || !lines.some((l) => l.trim() !== '') ? closeLine : lineAt(0);
		add(line, '正文是空的。', data.kind === 'photo' ? '在第二个 --- 下面写图片说明，或用 image 加上图片。' : '在第二个 --- 下面空一行，写上正文。');
	}
}
