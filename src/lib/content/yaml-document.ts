import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** A YAML document parsed for checking: its plain data and the line of every field in it. */
export interface YamlDocument {
	/** The parsed value; `undefined` when the YAML has errors. */
	data: unknown;
	/** Syntax errors, each at its line (already offset to the file); `limit` when a limit refused the text (yamlLimitError). */
	errors: { line: number; message: string; limit?: boolean }[];
	/**
	 * The file line of a field, e.g. `['pages', 1, 'number']`; falls back to the nearest parent
	 * that exists, then to `firstLine`.
	 */
	lineOf(path: readonly PropertyKey[]): number;
}

/** Plain words for the YAML errors editors actually make, keyed by the `yaml` package's codes. */
const ERROR_WORDS: Record<string, string> = {
	DUPLICATE_KEY: '同一个字段写了两次',
	BAD_INDENT: '缩进不对齐，或方括号没有配对',
	TAB_AS_INDENT: '用了 Tab 缩进（只能用空格）',
	MISSING_CHAR: '引号或括号没有配对',
	BLOCK_AS_IMPLICIT_KEY: '值里有英文冒号加空格（: ），或这一行多了缩进',
	MULTILINE_IMPLICIT_KEY: '字段名后面缺少冒号，或冒号后面缺少空格',
	UNEXPECTED_TOKEN: '引号后面还有文字（引号要括住整个值）',
	BAD_SCALAR_START: '值以 YAML 的特殊符号开头',
};

/**
 * The most YAML a content file may hold, in characters: far above any real frontmatter or edition
 * manifest (a few hundred to a few thousand), far below what would slow a build.
 */
export const MAX_YAML_CHARS = 100_000;

/**
 * The most aliases (`*name`) a document may expand: `yaml`'s own guard against a few anchors that
 * expand exponentially (an "alias bomb"). Content files need none.
 */
export const MAX_YAML_ALIASES = 100;

/** Why YAML is refused before it is read (too long, too many aliases), at a line. */
export interface YamlLimitError {
	line: number;
	message: string;
}

/**
 * Checks the limits a content file's YAML must keep (MAX_YAML_CHARS, MAX_YAML_ALIASES) before
 * anything expands it, so that no file can exhaust the check's or the build's memory. `firstLine`
 * is the file line the YAML starts on. Shared by parseYamlDocument and the collections' loader.
 * @example yamlLimitError('a: &a [1]\nb: [*a, *a]\n') // undefined: two aliases are fine
 */
export function yamlLimitError(text: string, firstLine = 1): YamlLimitError | undefined {
	if (text.length > MAX_YAML_CHARS) return { line: firstLine, message: `YAML 有 ${text.length} 个字符，超过了 ${MAX_YAML_CHARS} 个的上限` };
	if (!text.includes('*')) return undefined;
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false });
	if (doc.errors.length) return undefined;
	try {
		doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
		return undefined;
	} catch (error) {
		if (!(error instanceof ReferenceError)) throw error;
		let offset = 0;
		visit(doc, {
			Alias(_, node) {
				offset = node.range?.[0] ?? 0;
				return visit.BREAK;
			},
		});
		return { line: lineCounter.linePos(offset).line + firstLine - 1, message: `别名（*名字）展开后太大，超过了 ${MAX_YAML_ALIASES} 次的上限` };
	}
}

/**
 * Parses YAML that starts at line `firstLine` of its file, keeping positions, so that a checker
 * can say which line a wrong field is on. Mirrors what Astro's parser accepts (YAML 1.2 core).
 * @example parseYamlDocument('date: 2021-06-08\npage: 1\n', 2).lineOf(['page']) // 3
 */
export function parseYamlDocument(text: string, firstLine = 1): YamlDocument {
	const limit = yamlLimitError(text, firstLine);
	if (limit) return { data: undefined, errors: [{ ...limit, limit: true }], lineOf: () => firstLine };
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const errors = doc.errors.map((error) => {
		const words = /- indicator/.test(error.message) ? '列表项前缺少“- ”，或缩进不对齐' : ERROR_WORDS[error.code];
		const detail = error.message.split('\n')[0].replace(/\s+at line \d+.*$/, '');
		return { line: lineAt(error.pos[0]), message: words ?? `无法识别（${detail}）` };
	});
	const lineOf = (path: readonly PropertyKey[]) => {
		let node: unknown = doc.contents;
		let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : firstLine;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
				if (!pair) break;
				const keyNode = pair.key as Node;
				if (keyNode.range) line = lineAt(keyNode.range[0]);
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				if (item.range) line = lineAt(item.range[0]);
				node = item;
			} else break;
		}
		return line;
	};
	return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
