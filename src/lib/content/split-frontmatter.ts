/** A Markdown or MDX file cut into its frontmatter and its body, with the lines of each. */
export interface SplitFile {
	/** The YAML between the `---` lines; `undefined` when the file has no frontmatter. */
	yaml?: string;
	/** Line of the opening `---` (1-based). */
	openLine: number;
	/** Line of the first YAML line. */
	yamlLine: number;
	/** Line of the closing `---`; `undefined` when it is missing. */
	closeLine?: number;
	/** Everything after the closing `---`. */
	body: string;
	/** Line the body starts on. */
	bodyLine: number;
}

/**
 * Splits a content file the way Astro does: blank lines may come first, then `---`, the YAML,
 * and `---` on a line of its own.
 * @example splitFrontmatter('---\na: 1\n---\n\nText').bodyLine // 4
 */
export function splitFrontmatter(text: string): SplitFile {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	let open = 0;
	while (open < lines.length && lines[open].trim() === '') open++;
	if (lines[open]?.trimEnd() !== '---') return { openLine: open + 1, yamlLine: open + 1, body: text, bodyLine: 1 };
	const close = lines.findIndex((line, i) => i > open && line.trimEnd() === '---');
	if (close < 0) return { yaml: lines.slice(open + 1).join('\n'), openLine: open + 1, yamlLine: open + 2, body: '', bodyLine: lines.length + 1 };
	return {
		yaml: `${lines.slice(open + 1, close).join('\n')}\n`,
		openLine: open + 1,
		yamlLine: open + 2,
		closeLine: close + 1,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
	};
}
