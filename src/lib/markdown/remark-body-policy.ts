import { relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { formatProblem } from '../content/problem.ts';
import { bodyImageBreaches } from './body-images.ts';
import { mdxPolicyBreaches } from './mdx-policy.ts';

/** Options of the body policy plugin. */
export interface BodyPolicyOptions {
	/** The project root, so that messages name files as `npm run check` does; absolute paths without it. */
	root?: string;
}

/** The error that stops a build over an item that breaks the policy: its message is the list, with no stack to read past. */
export class BodyPolicyError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'BodyPolicyError';
		this.stack = '';
	}
}

/**
 * Remark plugin that enforces, in the build and the dev server, the rules `npm run check` checks
 * an item's body by: the MDX policy (mdx-policy.ts: no `import`, `export`, expression or tag other
 * than the content components) and the picture rule (body-images.ts). A breach stops with
 * `file:line: message 提示：hint`. Remark plugins see the syntax tree before @mdx-js/mdx compiles it
 * to JavaScript and before Astro collects the pictures, so an MDX file's code is never compiled,
 * let alone run, and no outside file is copied.
 */
export default function remarkBodyPolicy(options: BodyPolicyOptions = {}) {
	return (tree: Root, file: { path?: string }) => {
		const breaches = [...mdxPolicyBreaches(tree), ...bodyImageBreaches(tree)].sort((a, b) => a.line - b.line);
		if (breaches.length === 0) return;
		const path = file.path
			? options.root
				? relative(options.root, file.path).split(sep).join('/')
				: file.path
			: '(正文)';
		const lines = breaches.map((b) => formatProblem({ file: path, line: b.line, message: b.message, hint: b.hint }));
		throw new BodyPolicyError(`稿件里有网站不允许的写法，网站没有生成：\n${lines.join('\n')}\n`);
	};
}
