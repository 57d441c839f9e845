/** Where the archive's content lives, relative to the project root (see src/content.config.ts). */
export const EDITIONS_DIR = 'content/editions';

/** What a file under `content/editions/` is, judged by its path alone. */
export type ContentPath =
	| { kind: 'manifest'; date: string }
	| { kind: 'item'; date: string; page: number; pageFolder: string; fileName: string; mdx: boolean }
	/** A Markdown file or manifest the site will not read, with why and what to do. */
	| { kind: 'misplaced'; message: string; hint: string }
	/** Pictures, the importer's records and anything else: not content by itself. */
	| { kind: 'other' };

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_FOLDER = /^\d{2,3}$/;

/**
 * Classifies a project-relative path (forward slashes) under the editions folder, which is
 * `content/editions` unless the build reads another (CONTENT_DIR).
 * @example classifyContentPath('content/editions/2021-06-08/01/03-x.md') // { kind: 'item', date: '2021-06-08', page: 1, … }
 */
export function classifyContentPath(path: string, editionsDir = EDITIONS_DIR): ContentPath {
	const parts = path.slice(editionsDir.length + 1).split('/');
	const name = parts[parts.length - 1];
	const markdown = /\.mdx?$/i.test(name);
	const yaml = /\.ya?ml$/i.test(name);
	if (!markdown && !yaml) return { kind: 'other' };
	if (yaml) {
		if (parts.length === 2 && name === 'edition.yaml') {
			if (!DATE_FOLDER.test(parts[0])) return badDateFolder(parts[0]);
			return { kind: 'manifest', date: parts[0] };
		}
		if (parts.length === 2) return { kind: 'misplaced', message: `版面清单的文件名是“${name}”，网站只读取 edition.yaml。`, hint: `把它改名为 edition.yaml。` };
		return { kind: 'misplaced', message: '这个 YAML 文件不在日期文件夹的第一层，网站不会读取它。', hint: `版面清单应放在 ${editionsDir}/<日期>/edition.yaml。` };
	}
	if (parts.length !== 3) return { kind: 'misplaced', message: '这篇稿件不在版面文件夹里，网站不会收录它。', hint: `稿件放在 ${editionsDir}/<日期>/<两位数版次>/ 里，例如 ${editionsDir}/2021-06-08/01/03-xue-dang-shi.md。` };
	const [date, pageFolder] = parts;
	if (!DATE_FOLDER.test(date)) return badDateFolder(date);
	if (!PAGE_FOLDER.test(pageFolder)) {
		const n = Number.parseInt(pageFolder, 10);
		const example = Number.isInteger(n) && n > 0 ? String(n).padStart(2, '0') : '01';
		return { kind: 'misplaced', message: `版面文件夹叫“${pageFolder}”，应是两位数字的版次。`, hint: `把文件夹改名为 ${example} 这样的两位数字。` };
	}
	return { kind: 'item', date, page: Number(pageFolder), pageFolder, fileName: name, mdx: /\.mdx$/i.test(name) };
}

function badDateFolder(folder: string): ContentPath {
	return { kind: 'misplaced', message: `日期文件夹叫“${folder}”，应是 YYYY-MM-DD 格式的日期。`, hint: '把文件夹改名为 2021-06-08 这样的日期（月、日都写两位）。' };
}
