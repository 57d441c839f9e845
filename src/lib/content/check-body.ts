import { posix } from 'node:path';
import { mdxSyntaxError } from './mdx-syntax.ts';
import { COMPONENTS_FROM_ITEM } from './new-item.ts';
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
	file: string;
	fileName: string;
	mdx: boolean;
	kind: unknown;
	image: unknown;
}

/**
 * Checks an item's body: MDX syntax and imports (or MDX used in a `.md` file), placeholders left
 * by `npm run new`, and that there is text at all (a photo with its picture may go without).
 */
export function checkBody(body: Body, item: BodyOwner, exists: (path: string) => boolean, add: Report): void {
	const lines = body.text.split('\n');
	const lineAt = (i: number) => body.line + i;
	const importOf = (text: string) => /^import\s+(.*?)\s+from\s+['"]([^'"]+)['"]/.exec(text);
	const syntax = item.mdx ? mdxSyntaxError(body.text) : undefined;
	if (syntax) add(lineAt(syntax.line - 1), `MDX 写法有错：${syntax.message}。`, '组件要成对写：<PullQuote>……</PullQuote>；正文里的 {、}、< 改用全角符号，或在前面加反斜杠 \\。');
	// MDX fails at render time on a component nobody imported; say so here, at its line.
	const imported = new Set(lines.flatMap((text) => importOf(text)?.[1].match(/[A-Za-z_$][\w$]*/g) ?? []));
	const reported = new Set<string>();
	let firstText: number | undefined;
	lines.forEach((text, i) => {
		const imports = importOf(text);
		if (!item.mdx) {
			const component = /^\s*<([A-Z][\w.]*)/.exec(text);
			if (imports || component) add(lineAt(i), `这一行用了 MDX 的写法（${imports ? 'import' : `<${component![1]}>`}），但文件是 .md。`, `把文件扩展名改成 .mdx（${item.fileName.replace(/\.md$/i, '.mdx')}）。`);
		} else if (imports) {
			const target = posix.normalize(posix.join(posix.dirname(item.file), imports[2]));
			if (imports[2].startsWith('.') && !exists(target)) add(lineAt(i), `import 的文件 ${target} 不存在。`, `从编辑指南里复制 import 这一行（稿件文件夹到项目根目录是四层：${COMPONENTS_FROM_ITEM.replace(/src.*$/, '')}）。`);
		} else if (!syntax) {
			for (const [, name] of text.matchAll(/<([A-Z][\w$]*)/g)) {
				if (imported.has(name) || reported.has(name)) continue;
				reported.add(name);
				const from = name === 'PullQuote' ? `${COMPONENTS_FROM_ITEM}/PullQuote.astro` : '…';
				add(lineAt(i), `用了组件 <${name}>，但文件里没有 import 它。`, `在第二个 --- 下面加一行：import ${name} from '${from}';`);
			}
		}
		if (isPlaceholder(text)) add(lineAt(i), '正文这一行还是 npm run new 留下的“待填写”。', '换成真正的正文（图片稿写图片说明）。');
		const mdxComment = item.mdx && /^\s*\{\/\*.*\*\/\}\s*$/.test(text);
		if (firstText === undefined && !imports && !mdxComment && text.trim() !== '' && !/^export\s/.test(text)) firstText = i;
	});
	if (firstText === undefined && !(item.kind === 'photo' && typeof item.image === 'string')) {
		add(body.afterLine, '正文是空的。', item.kind === 'photo' ? '在第二个 --- 下面写图片说明，或用 image 加上图片。' : '在第二个 --- 下面空一行，写上正文。');
	}
}
