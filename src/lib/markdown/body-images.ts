import type { Nodes, Root } from 'mdast';
import { definitions } from 'mdast-util-definitions';
import { imagePathProblem } from '../../schemas/image-path.ts';

/** A picture in an item's body that the site will not publish, at its line. */
export interface BodyImageBreach {
	line: number;
	message: string;
	hint: string;
}

/**
 * The pictures of an item's body (`![说明](./photo.jpg)`, or by reference) that break the
 * image rule of the `image` field (image-path.ts): outside the edition folder, SVG, or not a
 * picture. Addresses with a scheme (`https:`) are links to elsewhere, left to the sanitiser.
 * @example bodyImageBreaches(fromMarkdown('![x](../../../secret.png)'))[0].line // 1
 */
export function bodyImageBreaches(tree: Root): BodyImageBreach[] {
	const breaches: BodyImageBreach[] = [];
	const definition = definitions(tree);
	const walk = (node: Nodes) => {
		const url =
			node.type === 'image' ? node.url : node.type === 'imageReference' ? definition(node.identifier)?.url : undefined;
		if (url !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
			const problem = imagePathProblem(safeDecode(url));
			if (problem)
				breaches.push({
					line: node.position?.start.line ?? 1,
					message: `正文里的图片“${url}”${problem}`,
					hint: '把图片放进稿件所在的文件夹，写成 ![图片说明](./photo.jpg)。',
				});
		}
		if ('children' in node) for (const child of node.children) walk(child as Nodes);
	};
	walk(tree);
	return breaches;
}

/** The path Astro reads for a URL (it decodes it first), or the URL itself when it does not decode. */
function safeDecode(url: string): string {
	try {
		return decodeURI(url);
	} catch {
		return url;
	}
}
