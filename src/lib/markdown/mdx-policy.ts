import type { Nodes, Root } from 'mdast';
import { CONTENT_COMPONENTS, isContentComponent } from './content-components.ts';

/** One breach of the MDX policy, at a line of the text that was parsed. */
export interface MdxPolicyBreach {
	line: number;
	message: string;
	hint: string;
}

const COMPONENT_LIST = Object.keys(CONTENT_COMPONENTS)
	.map((name) => `<${name}>`)
	.join('、');

/** An expression node (`{…}`) holding nothing but a comment, `{/* 说明 *\/}`: it compiles to nothing. */
function isCommentOnly(node: { data?: { estree?: { body?: unknown[] } | null } }): boolean {
	const body = node.data?.estree?.body;
	return Array.isArray(body) && body.length === 0;
}

/**
 * Every breach of the MDX policy in an MDX item's syntax tree (mdast with the MDX nodes of
 * mdast-util-mdx): an item is text, so it may use the content components with literal props and
 * comments, and nothing that is code: no `import` or `export`, no `{expression}`, no prop given by
 * an expression or spread, no other tag (HTML tags included). Shared by `npm run check` and the
 * build's remark plugin (remark-mdx-policy.ts), which refuses the file before MDX compiles it.
 * @example mdxPolicyBreaches(tree)[0]?.message // 'MDX 稿件里不能写 import 或 export。'
 */
export function mdxPolicyBreaches(tree: Root): MdxPolicyBreach[] {
	const breaches: MdxPolicyBreach[] = [];
	const add = (node: { position?: { start: { line: number } } }, message: string, hint: string) =>
		breaches.push({ line: node.position?.start.line ?? 1, message, hint });
	const walk = (node: Nodes) => {
		switch (node.type) {
			case 'mdxjsEsm':
				add(
					node,
					'MDX 稿件里不能写 import 或 export：稿件只能是文字，不能带代码。',
					`删掉这一行。网站的内容组件（${COMPONENT_LIST}）不用 import 就能直接用。`,
				);
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentOnly(node)) {
					add(
						node,
						'MDX 稿件里不能用 { } 写表达式或代码。',
						'正文里要印 { 或 } 时写全角的 ｛ ｝，或在前面加反斜杠：\\{；注释写成 {/* 注释 */}。',
					);
				}
				return;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name;
				if (!isContentComponent(name)) {
					add(
						node,
						`MDX 稿件只能用网站的内容组件（${COMPONENT_LIST}），不能用 <${name ?? ''}>。`,
						`改用 ${COMPONENT_LIST}，或删掉这个标签；正文里要印 < 号时写全角的 ＜，或在前面加反斜杠：\\<。`,
					);
					return;
				}
				const props: readonly string[] = CONTENT_COMPONENTS[name].props;
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxExpressionAttribute') {
						add(
							attribute.position ? attribute : node,
							`<${name}> 的属性里有 { } 表达式；属性只能写成 名字="文字"。`,
							`照编辑指南写，例如 <${name}${props[0] ? ` ${props[0]}="……"` : ''}>。`,
						);
					} else if (!props.includes(attribute.name)) {
						add(
							attribute.position ? attribute : node,
							`<${name}> 没有“${attribute.name}”这个属性${props.length ? `（只有 ${props.join('、')}）` : ''}。`,
							`删掉 ${attribute.name}=……，或改成编辑指南里写的属性。`,
						);
					} else if (attribute.value !== null && typeof attribute.value === 'object') {
						add(
							attribute.position ? attribute : node,
							`<${name}> 的 ${attribute.name} 用了 { } 表达式；属性只能写成引号里的文字。`,
							`写成 ${attribute.name}="……"。`,
						);
					}
				}
				break;
			}
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return breaches;
}
