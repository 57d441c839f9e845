import topicText from './topics.json' with { type: 'json' };

/**
 * Original news text of the held-out corpus, written for it by topic; the text itself is data,
 * in topics.json. Slots in braces are filled per item (fill-slots.ts): {市} {县} {镇} {村} {企}
 * places, {甲} {乙} {丙} people, {数} {大数} {百} {小} {月} {日} fresh numbers, {n1} {n2} numbers
 * fixed for the item.
 */

/** One topic's pool of text. */
export interface Topic {
	key: string;
	/** Names of pages this topic leads. */
	pageNames: string[];
	headlines: string[];
	kickers: string[];
	subheadlines: string[];
	sentences: string[];
	/** Photo title and caption pairs. */
	photos: [string, string][];
	/** Brief headline and body pairs. */
	briefs: [string, string][];
	/** Sidebar title and paragraphs. */
	sidebars: [string, string[]][];
	coreReading: string[];
}

/** Every topic, in a fixed order. */
export const topics: readonly Topic[] = topicText as Topic[];

/** Sentences that fit any topic, used to round off a paragraph. */
export const genericSentences = [
	'下一步，{县}将继续加大投入，让更多群众从中受益。',
	'据了解，这项工作将于{月}月底前全面完成。',
	'目前，相关做法已在全市推广。',
	'记者在现场看到，不少群众拿着手机边听边记。',
	'对于今后的打算，{甲}心里有一本清楚的账。',
	'这样的变化，在{市}并不少见。',
	'“日子越过越有奔头。”说起这几年的变化，{丙}感慨地说。',
	'有关部门表示，将根据群众反映持续改进。',
];
