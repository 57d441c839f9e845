import type { FieldLabel } from './field-labels.ts';
import { closestWord } from './closest-word.ts';

/** The parts of a zod issue the messages use (zod 4 shape, as `astro/zod` reports it). */
export interface SchemaIssue {
	code: string;
	path: PropertyKey[];
	message: string;
	expected?: string;
	values?: unknown[];
	keys?: string[];
	origin?: string;
	minimum?: number | bigint;
}

/** One schema issue in plain words, with the field path it concerns. */
export interface IssueMessage {
	path: PropertyKey[];
	message: string;
	hint: string;
}

const TYPE_WORDS: Record<string, string> = {
	number: '数字（不加引号）',
	int: '整数',
	string: '一行文字',
	array: '方括号里的列表',
	object: '一组字段',
	date: '日期',
};

/**
 * Translates zod issues into messages an editor can act on: the field by name, what it holds,
 * what it should hold and a correct line to copy. One message per field (zod may report two).
 * @example describeIssues([{ code: 'too_small', origin: 'string', path: ['headline'], message: '' }], { headline: '' }, labels)[0].message // '“headline”（主标题）是空的。'
 */
export function describeIssues(issues: SchemaIssue[], input: unknown, labels: Record<string, FieldLabel>, knownKeys: (path: PropertyKey[]) => string[] = () => Object.keys(labels)): IssueMessage[] {
	const done = new Set<string>();
	const out: IssueMessage[] = [];
	for (const issue of issues) {
		for (const message of describeIssue(issue, input, labels, knownKeys)) {
			const key = message.path.map(String).join('.');
			if (done.has(key)) continue;
			done.add(key);
			out.push(message);
		}
	}
	return out;
}

function describeIssue(issue: SchemaIssue, input: unknown, labels: Record<string, FieldLabel>, knownKeys: (path: PropertyKey[]) => string[]): IssueMessage[] {
	if (issue.code === 'unrecognized_keys') {
		const known = knownKeys(issue.path);
		return (issue.keys ?? []).map((key) => {
			const guess = closestWord(key, known);
			return {
				path: [...issue.path, key],
				message: `${where(issue.path).replace(/中的$/, '中')}有不认识的字段“${key}”。`,
				hint: guess ? `是不是想写“${guess}”？改正拼写，或删掉这一行。` : `删掉这一行，或改成这些字段之一：${known.join('、')}。`,
			};
		});
	}
	// An entry of a list of words (`authors`) is named as the list's n-th entry.
	const last = issue.path[issue.path.length - 1];
	const entry = typeof last === 'number' ? last : undefined;
	const fieldPath = entry === undefined ? issue.path : issue.path.slice(0, -1);
	const field = String(fieldPath[fieldPath.length - 1] ?? '');
	// A field inside a list may mean something else than at the top (`pages.number` is 版次).
	const parent = fieldPath.slice(0, -1).findLast((key) => typeof key === 'string');
	const label = (parent !== undefined && labels[`${String(parent)}.${field}`]) || labels[field];
	const named = `${where(fieldPath.slice(0, -1))}“${field}”${label ? `（${label.label}）` : ''}${entry === undefined ? '' : `的第 ${entry + 1} 项`}`;
	const example = label?.example;
	const value = valueAt(input, issue.path);
	const copy = example ? `写成这样：${example}` : '';
	if (value === undefined && issue.code === 'invalid_type') {
		return [{ path: issue.path, message: `缺少必填字段${named}。`, hint: example ? `在 frontmatter 里加一行：${example}` : '补上这个字段。' }];
	}
	// Chinese runs straight into quotes but keeps a space before digits and Latin words.
	const shown = show(value);
	const sp = shown.startsWith('“') ? '' : ' ';
	switch (issue.code) {
		case 'invalid_type':
			return [{ path: issue.path, message: `${named}应是${TYPE_WORDS[issue.expected ?? ''] ?? issue.expected}，现在是${sp}${shown}。`, hint: copy }];
		case 'too_small':
			if (issue.origin === 'string') return [{ path: issue.path, message: `${named}是空的。`, hint: example ? `填上内容，例如：${example}；不需要这个字段就删掉这一行。` : '填上内容，或删掉这一行。' }];
			if (issue.origin === 'array') return [{ path: issue.path, message: `${named}是空列表。`, hint: copy }];
			return [{ path: issue.path, message: `${named}是${sp}${shown}，应是从 1 开始的整数。`, hint: copy }];
		case 'invalid_value': {
			const allowed = (issue.values ?? []).map(String);
			return [{ path: issue.path, message: `${named}是${sp}${shown}，只能是 ${allowed.join('、')} 之一。`, hint: hintForChoice(field, String(value), allowed) }];
		}
		case 'invalid_format':
		case 'custom':
			return [{ path: issue.path, message: `${named}是${sp}${shown}，${formatWords(field, issue)}`, hint: field === 'image' && typeof value === 'string' ? pictureHint(value) : copy }];
		default:
			return [{ path: issue.path, message: `${named}的值${sp}${shown}${sp}不对（${issue.message}）。`, hint: copy }];
	}
}

function formatWords(field: string, issue: SchemaIssue): string {
	// Our own refinements (src/schemas/) say what is wrong in plain words already.
	if (issue.code === 'custom') return issue.message;
	if (/calendar/.test(issue.message)) return '日历上没有这一天。';
	if (/YYYY-MM-DD/.test(issue.message)) return '日期要写成 YYYY-MM-DD，月和日都写两位。';
	if (field === 'slug') return '只能用小写拼音字母、数字和单个短横线。';
	return `格式不对（${issue.message}）。`;
}

/** How to give a refused picture path: the file, as a JPG, beside the item. */
function pictureHint(path: string): string {
	const name = (path.split(/[/\\]/).pop() || 'photo.jpg').replace(/\.(?:svg|pdf|[a-z]{0,4})$/i, (ext) => (/^\.(?:jpe?g|png|webp|avif|gif|tiff)$/i.test(ext) ? ext : '.jpg'));
	return `把图片（JPG、PNG 等）放进这篇稿件所在的文件夹，写成 image: ./${name}`;
}

function hintForChoice(field: string, value: string, allowed: string[]): string {
	const guess = closestWord(value, allowed);
	const meaning = field === 'kind' ? '（article 是消息和通讯，commentary 是署名评论，photo 是图片稿）' : '';
	return `${guess ? `是不是想写 ${guess}？` : ''}改成 ${allowed.join('、')} 之一${meaning}。`;
}

/** Where a nested field sits, in words: `pages 的第 2 项中`. */
function where(path: PropertyKey[]): string {
	const parts: string[] = [];
	for (let i = 0; i < path.length; i++) {
		if (typeof path[i] === 'number') parts.push(`${String(path[i - 1] ?? '')} 的第 ${(path[i] as number) + 1} 项中的`.trimStart());
	}
	return parts.join('');
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
	let value = input;
	for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
	return value;
}

function show(value: unknown): string {
	if (typeof value === 'string') return `“${value}”`;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (value === null) return '空值';
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value);
}
