import { editionSchema, pageSchema } from '../../schemas/edition.ts';
import { isoDate } from '../../schemas/iso-date.ts';
import { EDITION_FIELD_LABELS } from './field-labels.ts';
import type { Problem } from './problem.ts';
import { YAML_LIMIT_HINT } from './read-frontmatter.ts';
import { parseYamlDocument } from './yaml-document.ts';
import { describeIssues } from './zod-issue-message.ts';

/** An edition manifest after its own checks, with the page numbers it lists. */
export interface CheckedEdition {
	file: string;
	problems: Problem[];
	/** Page numbers listed, when the manifest could be read; absent when it could not. */
	pages?: Set<number>;
	/** Line of the `pages` field (or of the file's start), where a missing page would go. */
	pagesLine: number;
	/** The files the pages' facsimiles name (their PDF and images), each at the line naming it. */
	facsimileFiles: { page: number; file: string; line: number }[];
}

/**
 * Checks one `edition.yaml`: YAML syntax, the schema, the date against its folder and that no
 * page number is listed twice.
 */
export function checkEdition(file: string, text: string, folderDate: string): CheckedEdition {
	const problems: Problem[] = [];
	const add = (line: number, message: string, hint?: string) => problems.push({ file, line, message, hint });
	const doc = parseYamlDocument(text, 1);
	if (doc.errors.length) {
		const [first] = doc.errors;
		if (first.limit) add(first.line, `版面清单的 YAML ${first.message}。`, YAML_LIMIT_HINT);
		else add(first.line, `版面清单这一行不是有效的 YAML：${first.message}。`, '检查冒号后面是否有空格、引号是否成对；pages 下面每一版以“  - number:”开头，缩进对齐。');
		return { file, problems, pagesLine: 1, facsimileFiles: [] };
	}
	const data = (doc.data ?? {}) as Record<string, unknown>;
	if (typeof data !== 'object' || Array.isArray(data)) {
		add(1, '版面清单应是一行一个“字段: 值”。', '照编辑指南的例子写：date、pages。');
		return { file, problems, pagesLine: 1, facsimileFiles: [] };
	}
	const known = (path: PropertyKey[]) => Object.keys(path.length ? pageSchema.shape : editionSchema.shape);
	const parsed = editionSchema.safeParse(data);
	if (!parsed.success) {
		for (const issue of describeIssues(parsed.error.issues, data, EDITION_FIELD_LABELS, known)) {
			add(issue.path.length && issue.path[0] in data ? doc.lineOf(issue.path) : 1, issue.message, issue.hint.replace('frontmatter', 'edition.yaml'));
		}
	}
	const date = isoDate.safeParse(data.date);
	if (date.success && date.data !== folderDate) {
		add(doc.lineOf(['date']), `“date”是 ${date.data}，但版面清单在 ${folderDate} 文件夹中。`, `把 date 改成 ${folderDate}，或把整个文件夹改名为 ${date.data}。`);
	}
	const pages = new Set<number>();
	const firstLine = new Map<number, number>();
	if (Array.isArray(data.pages)) {
		data.pages.forEach((entry: unknown, i) => {
			const n = (entry as { number?: unknown } | null)?.number;
			if (typeof n !== 'number') return;
			const line = doc.lineOf(['pages', i, 'number']);
			if (firstLine.has(n)) add(line, `第 ${n} 版在 pages 里列了两次（另一次在第 ${firstLine.get(n)} 行）。`, '把两条合成一条，或改正其中一条的 number。');
			else firstLine.set(n, line);
			pages.add(n);
		});
	}
	const facsimileFiles = parsed.success
		? parsed.data.pages.flatMap((page, i) => {
				const f = page.facsimile;
				if (!f) return [];
				const at = (...path: PropertyKey[]) => doc.lineOf(['pages', i, 'facsimile', ...path]);
				return [
					{ page: page.number, file: f.pdf, line: at('pdf') },
					...f.images.map((image, j) => ({ page: page.number, file: image.file, line: at('images', j, 'file') })),
				];
			})
		: [];
	return { file, problems, pages: parsed.success ? pages : undefined, pagesLine: 'pages' in data ? doc.lineOf(['pages']) : 1, facsimileFiles };
}
