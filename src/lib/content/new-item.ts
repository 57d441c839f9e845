import { stringify } from 'yaml';
import type { ItemData } from '../../schemas/item.ts';
import { pad2 } from '../archive/paths.ts';
import { PLACEHOLDER } from './placeholder.ts';

/** What `npm run new` knows about the item it creates. */
export interface NewItem {
	date: string;
	page: number;
	order: number;
	kind: ItemData['kind'];
	slug: string;
	/** The headline, when given; otherwise a placeholder the check will insist on. */
	headline?: string;
	/** Write MDX (for pull quotes and other components) instead of Markdown. */
	mdx?: boolean;
}

/**
 * The file name of a new item: order prefix, slug, extension.
 * @example newItemFileName({ order: 3, slug: 'xue-dang-shi', mdx: false }) // '03-xue-dang-shi.md'
 */
export function newItemFileName(item: Pick<NewItem, 'order' | 'slug' | 'mdx'>): string {
	return `${pad2(item.order)}-${item.slug}.${item.mdx ? 'mdx' : 'md'}`;
}

/**
 * The text of a new item: valid frontmatter with the required fields filled, the optional ones
 * as comments to uncomment, and `待填写` placeholders where the editor still has to write.
 */
export function newItemText(item: NewItem): string {
	const line = (key: string, value: unknown) => stringify({ [key]: value }, { lineWidth: 0 }).trimEnd();
	const photo = item.kind === 'photo';
	// Optional fields are commented out; uncommented as they are, they still hold the
	// placeholder, so the check asks for a value instead of publishing an example.
	const front = [
		line('headline', item.headline ?? `${PLACEHOLDER}：主标题`),
		`# kicker: ${PLACEHOLDER}  # 引题：印在主标题上方的一行`,
		`# subheadline: ${PLACEHOLDER}  # 副题：印在主标题下方的一行`,
		photo ? `credit: ${PLACEHOLDER}  # 摄影署名，如：本报记者 陈春艳 摄` : `byline: ${PLACEHOLDER}  # 署名，如：本报记者 刘向平 实习生 冯雪`,
		'authors: []  # 作者姓名，如：[刘向平, 冯雪]',
		`# section: ${PLACEHOLDER}  # 栏目名，如：视点`,
		`kind: ${item.kind}`,
		`date: ${item.date}`,
		`page: ${item.page}`,
		`order: ${item.order}`,
		...(photo ? [`# image: ./${PLACEHOLDER}.jpg  # 图片文件名，图片放在本文件旁边`, `# imageAlt: ${PLACEHOLDER}  # 图片内容的文字描述，给看不见图片的读者`] : []),
	];
	const body = photo ? `${PLACEHOLDER}：图片说明。` : `${PLACEHOLDER}：正文。每段之间空一行。`;
	// The content components need no import: the item page hands them to every MDX item.
	const mdx = item.mdx ? `{/* 引语框的写法：<PullQuote>要突出的一句话</PullQuote> */}\n\n` : '';
	return `---\n${front.join('\n')}\n---\n\n${mdx}${body}\n`;
}
