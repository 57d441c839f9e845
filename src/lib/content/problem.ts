/**
 * One thing wrong with the content, pinned to a place an editor can open: a file and a line.
 * Messages are plain Chinese for the editors; the hint says what to do about it.
 */
export interface Problem {
	/** Project-relative path with forward slashes: `content/editions/2021-06-08/01/03-x.md`. */
	file: string;
	/** 1-based line in that file. */
	line: number;
	/** What is wrong, naming the field: `“date” 是 2021-06-09，但文件在 2021-06-08 文件夹中。` */
	message: string;
	/** What to do about it, without the leading `提示：`. */
	hint?: string;
	/**
	 * Worth knowing but not stopping a build: the site publishes a safe version (raw HTML that
	 * the sanitiser removes). Printed with `警告：` before the message.
	 */
	warning?: boolean;
}

/**
 * One problem as a single line, the way compilers print them, so editors' tools can jump to it.
 * @example formatProblem({ file: 'a.md', line: 4, message: '正文是空的。', hint: '写上正文。' }) // 'a.md:4: 正文是空的。提示：写上正文。'
 */
export function formatProblem(problem: Problem): string {
	return `${problem.file}:${problem.line}: ${problem.warning ? '警告：' : ''}${problem.message}${problem.hint ? `提示：${problem.hint}` : ''}`;
}

/** Problems in reading order: by file, then line; the same problem found twice is kept once. */
export function sortProblems(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return [...problems]
		.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
		.filter((p) => {
			const key = formatProblem(p);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/** The problems that stop a build and fail `npm run check`: all but the warnings. */
export function errorsOf(problems: Problem[]): Problem[] {
	return problems.filter((p) => !p.warning);
}

/** How a checker of one file records a problem at a line of that file. */
export type Report = (line: number, message: string, hint?: string) => void;
