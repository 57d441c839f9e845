/** A frontmatter or manifest field as editors know it: its Chinese name and a line to copy. */
export interface FieldLabel {
	/** What the paper calls it: 主标题, 引题, 版次 … */
	label: string;
	/** A correct line for the field, to show in hints. */
	example: string;
}

/** The fields of an item's frontmatter (src/schemas/item.ts), in the order editors write them. */
export const ITEM_FIELD_LABELS: Record<string, FieldLabel> = {
	headline: { label: '主标题', example: 'headline: 打出为民办事“组合拳”' },
	kicker: { label: '引题', example: 'kicker: 鄂尔多斯市杭锦旗——' },
	subheadline: { label: '副题', example: 'subheadline: ——记基层党建工作' },
	byline: { label: '署名', example: 'byline: 本报记者 刘向平 实习生 冯雪' },
	authors: { label: '作者', example: 'authors: [刘向平, 冯雪]' },
	section: { label: '栏目', example: 'section: 视点' },
	kind: { label: '稿件类型', example: 'kind: article' },
	date: { label: '日期', example: 'date: 2021-06-08' },
	page: { label: '版次', example: 'page: 1' },
	order: { label: '本版顺序', example: 'order: 3' },
	credit: { label: '摄影署名', example: 'credit: 本报记者 陈春艳 摄' },
	source: { label: '来源', example: 'source: content/dumps/2021-06-08/01.txt:2-56' },
	slug: { label: '网址名', example: 'slug: da-chu-wei-min' },
	image: { label: '图片文件', example: 'image: ./chuan-cheng.jpg' },
	imageAlt: { label: '图片替代文字', example: 'imageAlt: 辅警代表在乌兰夫纪念馆参观' },
	review: { label: '待核对', example: 'review: [没有找到标题]' },
};

/** The fields of an edition manifest (src/schemas/edition.ts) and of its page entries (`pages.<field>` where the meaning differs). */
export const EDITION_FIELD_LABELS: Record<string, FieldLabel> = {
	date: { label: '日期', example: 'date: 2021-06-08' },
	number: { label: '期号', example: 'number: 23456' },
	'pages.number': { label: '版次', example: '- number: 1' },
	pages: { label: '版面列表', example: 'pages:\n  - number: 1\n    name: 党建' },
	name: { label: '版名', example: 'name: 党建' },
	banner: { label: '通栏标题', example: 'banner: 五化协同 大抓基层' },
	source: { label: '来源', example: 'source: content/dumps/2021-06-08/01.txt' },
};
