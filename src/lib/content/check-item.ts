import { z } from 'astro/zod';
import { imagePath } from '../../schemas/image-path.ts';
import { itemFields } from '../../schemas/item.ts';
import { isoDate } from '../../schemas/iso-date.ts';
import { pad2 } from '../archive/paths.ts';
import { slugFromFile } from '../archive/slug-from-file.ts';
import { ITEM_FIELD_LABELS } from './field-labels.ts';
import type { Problem, Report } from './problem.ts';
import { checkBody } from './check-body.ts';
import { checkImage } from './check-image.ts';
import { isImporterPlaceholder, isPlaceholder } from './placeholder.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { describeIssues } from './zod-issue-message.ts';

/**
 * The item schema as the build applies it (src/content.config.ts), with `image` as the path
 * before Astro's `image()` resolves it; so check and build accept exactly the same fields.
 */
const itemCheckSchema = z.object({ ...itemFields, image: imagePath.optional() }).strict();

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
	const add: Report = (line, message, hint) => problems.push({ file, line, message, hint });
	const warn: Report = (line, message, hint) => problems.push({ file, line, message, hint, warning: true });
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
		if (texts.some((text) => typeof text === 'string' && isImporterPlaceholder(text))) {
			add(doc.lineOf([key]), `“${key}”${ITEM_FIELD_LABELS[key] ? `（${ITEM_FIELD_LABELS[key].label}）` : ''}还是导入时留下的占位“${String(texts.find((t) => typeof t === 'string' && isImporterPlaceholder(t))).trim()}”：导入程序没有在原版上找到它。`, '对照原版（source 字段指出的版面文件和行号）填上真实的标题。');
		}
	}
	const date = isoDate.safeParse(data.date);
	if (date.success && date.data !== place.date) {
		add(doc.lineOf(['date']), `“date”是 ${date.data}，但文件在 ${place.date} 文件夹中。`, `把 date 改成 ${place.date}，或把文件移到 ${date.data} 文件夹。`);
	}
	if (typeof data.page === 'number' && Number.isInteger(data.page) && data.page > 0 && data.page !== place.page) {
		add(doc.lineOf(['page']), `“page”是 ${data.page}，但文件在第 ${pad2(place.page)} 版的文件夹中。`, `把 page 改成 ${place.page}，或把文件移到 ${place.date}/${pad2(data.page)} 文件夹。`);
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
	checkBody({ text: split.body, line: split.bodyLine, afterLine: split.closeLine ?? split.openLine }, { ...place, kind: data.kind, image: data.image }, add, warn);
	return result;
}
