import { splitFrontmatter, type SplitFile } from './split-frontmatter.ts';
import { parseYamlDocument, type YamlDocument } from './yaml-document.ts';

/** What to do about YAML that a limit refused (yaml-document.ts); the edition check says the same. */
export const YAML_LIMIT_HINT = '不要用 YAML 的锚点和别名（&名字、*名字），每个字段直接写出它的值。';

/** A content file's frontmatter read for checking, or the first reason it cannot be read. */
export type ReadFrontmatter =
	| { ok: true; split: SplitFile; doc: YamlDocument }
	| { ok: false; line: number; message: string; hint: string };

/**
 * Finds and parses the frontmatter of a Markdown or MDX file; the data is a plain object of
 * fields when `ok`. Failures name the line and say how to fix it.
 */
export function readFrontmatter(text: string): ReadFrontmatter {
	const split = splitFrontmatter(text);
	if (split.yaml === undefined) {
		return { ok: false, line: split.openLine, message: '文件开头没有 frontmatter（两行 --- 之间的字段）。', hint: '在文件第一行写 ---，接着写 headline、date、page、order 等字段，再写一行 ---。' };
	}
	if (split.closeLine === undefined) {
		return { ok: false, line: split.openLine, message: 'frontmatter 只有开头的 ---，没有结尾的 ---。', hint: '在最后一个字段下面加一行 ---，正文写在它下面。' };
	}
	const doc = parseYamlDocument(split.yaml, split.yamlLine);
	if (doc.errors.length) {
		const [first] = doc.errors;
		if (first.limit) return { ok: false, line: first.line, message: `frontmatter 的 YAML ${first.message}。`, hint: YAML_LIMIT_HINT };
		return { ok: false, line: first.line, message: `frontmatter 这一行不是有效的 YAML：${first.message}。`, hint: '检查冒号后面是否有空格、引号是否成对、缩进是否对齐；值里有英文冒号或以引号开头时，把整个值用单引号括起来。' };
	}
	// An empty frontmatter is an item with every field missing: let the schema name them.
	if (doc.data === null || doc.data === undefined) return { ok: true, split, doc: { ...doc, data: {} } };
	if (typeof doc.data !== 'object' || Array.isArray(doc.data)) {
		return { ok: false, line: split.yamlLine, message: 'frontmatter 应是一行一个“字段: 值”。', hint: '照编辑指南的例子写，例如 headline: 传承红色精神。' };
	}
	return { ok: true, split, doc };
}
