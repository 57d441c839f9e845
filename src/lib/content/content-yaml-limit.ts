import { YAML_LIMIT_HINT } from './read-frontmatter.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { yamlLimitError } from './yaml-document.ts';

/**
 * The first YAML limit (yaml-document.ts) a content file breaks, as `file:line: message 提示：hint`,
 * or undefined: an edition manifest's whole text, a Markdown or MDX file's frontmatter. The
 * collections' loader asks before Astro parses the file, whose YAML parser has no such limits.
 * @example contentYamlLimit('content/editions/2021-06-08/edition.yaml', bomb) // 'content/…/edition.yaml:3: YAML 别名……'
 */
export function contentYamlLimit(file: string, text: string): string | undefined {
	let error;
	if (/\.ya?ml$/i.test(file)) {
		error = yamlLimitError(text, 1);
	} else {
		const split = splitFrontmatter(text);
		if (split.yaml !== undefined) error = yamlLimitError(split.yaml, split.yamlLine);
	}
	return error && `${file}:${error.line}: YAML ${error.message}。提示：${YAML_LIMIT_HINT}`;
}
