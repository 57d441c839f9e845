import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { bodyImageBreaches } from '../markdown/body-images.ts';
import { bodyRemovals } from '../markdown/body-removals.ts';
import { mdxPolicyBreaches } from '../markdown/mdx-policy.ts';
import { parseMdx } from './mdx-syntax.ts';
import { isPlaceholder } from './placeholder.ts';
import type { Report } from './problem.ts';

/** An item's body and where it sits in its file. */
export interface Body {
	text: string;
	/** Line the body starts on. */
	line: number;
	/** Line to point at when the body is empty: the closing `---`. */
	afterLine: number;
}

/** What the body checks need to know about the item. */
export interface BodyOwner {
	fileName: string;
	mdx: boolean;
	kind: unknown;
	image: unknown;
}

/**
 * Checks an item's body: MDX syntax and the MDX policy (or MDX used in a `.md` file), pictures
 * outside the edition folder, placeholders left by `npm run new`, and that there is text at all
 * (a photo with its picture may go without). `warn` hears of what publishing would remove
 * (raw HTML outside the allowlist, `javascript:` links): the site stays safe, but the editor
 * should know.
 */
export function checkBody(body: Body, item: BodyOwner, add: Report, warn: Report): void {
	const lines = body.text.split('\n');
	const lineAt = (i: number) => body.line + i;
	let tree: Root | undefined;
	if (item.mdx) {
		const parsed = parseMdx(body.text);
		if (parsed.error) add(lineAt(parsed.error.line - 1), `MDX 写法有错：${parsed.error.message}。`, '组件要成对写：<PullQuote>……</PullQuote>；正文里的 {、}、< 改用全角符号，或在前面加反斜杠 \\。');
		tree = parsed.tree;
		for (const breach of tree ? mdxPolicyBreaches(tree) : []) add(lineAt(breach.line - 1), breach.message, breach.hint);
	} else if (/[<[]/.test(body.text)) {
		// Only HTML, links and pictures can hold what the rules below look for; plain text (most
		// items) is not parsed, which keeps the check of a large archive fast.
		tree = fromMarkdown(body.text);
	}
	// A component in a .md file is reported as MDX in the wrong file, not also as HTML to remove.
	const mdxInMd = new Set<number>();
	if (!item.mdx) lines.forEach((text, i) => /^\s*(?:import\s|<[A-Z])/.test(text) && mdxInMd.add(i + 1));
	if (tree) {
		for (const breach of bodyImageBreaches(tree)) add(lineAt(breach.line - 1), breach.message, breach.hint);
		for (const removal of bodyRemovals(tree).filter((r) => !mdxInMd.has(r.line))) {
			warn(lineAt(removal.line - 1), `发布时会删掉这里的 ${removal.removed.join('、')}：稿件正文只能用编辑指南列出的写法。`, '删掉这段 HTML，改用 Markdown 写法（### 小标题、**加粗**、[链接](https://……)）；链接只能是 http、https、mailto 或站内地址。');
		}
	}
	let firstText: number | undefined;
	lines.forEach((text, i) => {
		if (!item.mdx) {
			const imports = /^import\s+(.*?)\s+from\s+['"]([^'"]+)['"]/.test(text);
			const component = /^\s*<([A-Z][\w.]*)/.exec(text);
			if (imports || component) add(lineAt(i), `这一行用了 MDX 的写法（${imports ? 'import' : `<${component![1]}>`}），但文件是 .md。`, `把文件扩展名改成 .mdx（${item.fileName.replace(/\.md$/i, '.mdx')}）。`);
		}
		if (isPlaceholder(text)) add(lineAt(i), '正文这一行还是 npm run new 留下的“待填写”。', '换成真正的正文（图片稿写图片说明）。');
		const mdxComment = item.mdx && /^\s*\{\/\*.*\*\/\}\s*$/.test(text);
		if (firstText === undefined && !mdxComment && text.trim() !== '' && !/^(?:import|export)\s/.test(text)) firstText = i;
	});
	if (firstText === undefined && !(item.kind === 'photo' && typeof item.image === 'string')) {
		add(body.afterLine, '正文是空的。', item.kind === 'photo' ? '在第二个 --- 下面写图片说明，或用 image 加上图片。' : '在第二个 --- 下面空一行，写上正文。');
	}
}
