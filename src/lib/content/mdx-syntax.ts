import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/** An MDX syntax error in plain words, at a line of the text that was parsed. */
export interface MdxSyntaxError {
	line: number;
	message: string;
}

/** The parser's wording, matched loosely, and what it means for someone writing a story. */
const WORDS: [RegExp, (m: RegExpMatchArray) => string][] = [
	[/closing tag for `<([^>]*)>`/, (m) => `<${m[1]}> 没有对应的结束标签 </${m[1]}>`],
	[/closing brace for `\{`|end of file in expression/, () => '有一个 { 没有配对的 }'],
	[/before name|after `<`|start a name|attribute/, () => '这里的 < 被当成了组件标签的开头（正文里的 < 号要写成全角 ＜ 或 \\<）'],
	[/Could not parse (?:expression|import)/, () => '{ } 或 import 里的内容无法识别'],
	[/Unexpected closing slash|Unexpected closing tag/, () => '有一个多余的结束标签'],
];

/**
 * An item's MDX body parsed as @astrojs/mdx parses it: its syntax tree, or its first syntax error
 * in plain words, so a stray `{` or an unclosed `<PullQuote>` is caught by the check instead of
 * failing the build.
 * @example parseMdx('一句话 { 没有结束').error?.message // '有一个 { 没有配对的 }…'
 */
export function parseMdx(text: string): { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError } {
	try {
		return { tree: fromMarkdown(text, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }) };
	} catch (error) {
		const { reason = String(error), line = 1 } = error as { reason?: string; line?: number };
		const found = WORDS.map(([pattern, say]) => [reason.match(pattern), say] as const).find(([m]) => m);
		// The parser's own words only when there is no plain translation, for whoever maintains the site.
		const message = found ? found[1](found[0]!) : `这里的写法无法识别（${reason.replace(/\s*\(see https?:\S+\)\s*$/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')}）`;
		return { error: { line: line ?? 1, message } };
	}
}
