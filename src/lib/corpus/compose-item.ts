import type { GoldItem } from '../corpus-gold/gold.ts';
import type { PrintedItem } from './page-model.ts';
import { articleByline, commentaryByline, dateline, interviewNote, photoCredit } from './compose-credits.ts';
import { clause, forItem, headline, paragraph, question, type TextSource } from './compose-text.ts';

/**
 * Items of each role, composed from article records: the head (label, kicker, headline,
 * subheadline, byline) and a body with the furniture of real stories (datelines, intertitles,
 * editor's notes, 核心阅读, questions, interview notes). Each adds the traits it shows.
 */

/** What composing an item needs besides text: the date, the traits collector, the group. */
export interface ItemContext {
	source: TextSource;
	date: string;
	traits: Set<string>;
	group: number;
}

const columnLabels = ['观潮', '视点', '知行合一', '阵地', '时评', '北疆风采', '经济观察', '民生', '一线调查', '草原新闻', '乡村振兴', '山水之间'];
const numerals = ['一', '二', '三', '四', '五', '六'];

/** A column label as printed, and the gold section: `■观潮`, `【视点】`, or bare. */
export function label(context: ItemContext, section = context.source.rng.pick(columnLabels)): { label: string; section: string } {
	const { rng } = context.source;
	const form = rng.int(0, 5);
	if (form <= 2) return context.traits.add('label-marked'), { label: `■${section}`, section };
	if (form <= 4) return context.traits.add('label-bracketed'), { label: `【${section}】`, section };
	return context.traits.add('label-bare'), { label: section, section };
}

/** Choices an article can be held to: a full head stack (kicker and subheadline), a number of parts under 小标题. */
export interface ArticleOptions {
	stack?: boolean;
	parts?: number;
}

/** A news article, the page's lead when `lead`. */
export function article(context: ItemContext, lead: boolean, options: ArticleOptions = {}): PrintedItem {
	const { source, traits } = context;
	const { rng } = forItem(source);
	const gold: GoldItem = { kind: 'article', headline: headline(source), authors: [], paragraphs: [] };
	let mark: PrintedItem['bylineMark'] = '';
	let printedLabel: string | undefined;
	if (options.stack || rng.chance(lead ? 0.5 : 0.3)) {
		gold.kicker = rng.chance(0.8) ? `${headline(source)}——` : headline(source);
		traits.add(gold.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
	}
	// Keep the key order of the contract: kicker, subheadline, byline, authors, section, ….
	const ordered: Omit<GoldItem, 'authors' | 'paragraphs'> = { kind: gold.kind, headline: gold.headline, ...(gold.kicker && { kicker: gold.kicker }) };
	if (options.stack || rng.chance(lead ? 0.4 : 0.15)) {
		ordered.subheadline = rng.chance(0.85) ? `——${headline(source)}` : headline(source);
		traits.add(ordered.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
	}
	const opening: string[] = [];
	const body: string[] = [];
	const intertitles: number[] = [];
	let authors: string[] = [];
	const useDateline = rng.chance(0.25);
	const interview = !useDateline && rng.chance(0.1);
	if (!useDateline && !interview) {
		const byline = articleByline(rng);
		ordered.byline = byline.text;
		authors = byline.authors;
		mark = rng.chance(0.7) ? '□' : '';
		traits.add(byline.authors.length > 1 ? 'byline-two-names' : 'byline');
	}
	if (rng.chance(0.3)) {
		const { label: printed, section } = label(context);
		printedLabel = printed;
		ordered.section = section;
	}
	if (rng.chance(0.12)) {
		opening.push(`编者按：${paragraph(source, 2, 3)}`, '——编 者');
		traits.add('editors-note');
	}
	if (rng.chance(lead ? 0.3 : 0.08)) {
		intertitles.push(opening.length);
		opening.push('核心阅读');
		for (let i = rng.int(1, 2); i > 0; i--) opening.push(paragraph(source, 1, 2));
		traits.add('core-reading');
	}
	const parts = options.parts ?? (rng.chance(0.3) ? rng.int(2, 3) : 0);
	const numbered = rng.chance(0.6);
	const paragraphs = (min: number, max: number) => {
		for (let i = rng.int(min, max); i > 0; i--) {
			if (rng.chance(0.06)) {
				body.push(question(source));
				traits.add('question');
			}
			body.push(paragraph(source, 1, 3));
		}
	};
	// An opening, then the parts under their 小标题.
	paragraphs(parts > 0 ? 1 : lead ? 3 : 2, parts > 0 ? 2 : lead ? 6 : 5);
	for (let part = 0; part < parts; part++) {
		intertitles.push(opening.length + body.length);
		body.push(numbered ? `${numerals[part]}、${clause(source)}` : clause(source));
		paragraphs(1, 3);
	}
	if (parts > 0) traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
	if (useDateline) {
		const line = dateline(rng, context.date);
		body[0] = line.text + body[0];
		authors = line.authors;
		traits.add('dateline');
	}
	if (interview) {
		const note = interviewNote(rng);
		body.push(note.text);
		authors = note.authors;
		traits.add('interview-note');
	}
	const item: GoldItem = {
		...ordered,
		authors,
		...(ordered.section && { section: ordered.section }),
		paragraphs: [...opening, ...body],
		...(intertitles.length > 0 && { intertitles }),
	};
	return { gold: item, role: lead ? 'lead' : 'article', label: printedLabel, bylineMark: mark, group: context.group };
}

/** A signed commentary (◎name) under a column label. */
export function commentary(context: ItemContext): PrintedItem {
	const { source, traits } = context;
	const { rng } = forItem(source);
	const byline = commentaryByline(rng);
	const printed = rng.chance(0.85) ? label(context) : undefined;
	const paragraphs: string[] = [];
	for (let i = rng.int(3, 6); i > 0; i--) paragraphs.push(paragraph(source, 1, 4));
	traits.add('commentary');
	return {
		gold: {
			kind: 'commentary',
			headline: headline(source),
			byline: byline.text,
			authors: byline.authors,
			...(printed && { section: printed.section }),
			paragraphs,
		},
		role: 'commentary',
		label: printed?.label,
		bylineMark: rng.chance(0.85) ? '◎' : '□',
		group: context.group,
	};
}

/** A sidebar (链接, 相关阅读, or one of `names`) to the story before it: a label, a title, a short body. */
export function sidebar(context: ItemContext, names = ['链接', '相关阅读', '延伸阅读']): PrintedItem {
	const { source, traits } = context;
	const { rng } = forItem(source);
	const printed = label(context, rng.pick(names));
	const paragraphs: string[] = [];
	for (let i = rng.int(1, 3); i > 0; i--) paragraphs.push(paragraph(source, 1, 3));
	traits.add('sidebar');
	return {
		gold: { kind: 'article', headline: clause(source, 14), authors: [], section: printed.section, paragraphs },
		role: 'sidebar',
		label: printed.label,
		bylineMark: '',
		group: context.group,
	};
}

/** A column of two to four briefs, each a short headline and one paragraph opened by a dateline. */
export function briefs(context: ItemContext): PrintedItem[] {
	const { source, traits } = context;
	const { rng } = forItem(source);
	const printed = rng.chance(0.5) ? label(context, rng.pick(['简讯', '短讯', '要闻简报'])) : undefined;
	const mark = rng.chance(0.5) ? '●' : undefined;
	const items: PrintedItem[] = [];
	for (let i = rng.int(2, 4); i > 0; i--) {
		forItem(source);
		const line = rng.chance(0.7) ? dateline(rng, context.date) : { text: '', authors: [] };
		items.push({
			gold: {
				kind: 'article',
				headline: clause(source, 14),
				authors: line.authors,
				...(printed && { section: printed.section }),
				paragraphs: [line.text + paragraph(source, 2, 3)],
			},
			role: 'brief',
			label: items.length === 0 ? printed?.label : undefined,
			bylineMark: '',
			headlineMark: mark,
			group: context.group,
		});
	}
	traits.add('briefs');
	return items;
}

/** One photo, or a group of two to four (图①…图④) under one title, each with its credit. */
export function photos(context: ItemContext): PrintedItem[] {
	const { source, traits } = context;
	const { rng } = forItem(source);
	const count = rng.chance(0.35) ? rng.int(2, 4) : 1;
	const printed = rng.chance(0.4) ? label(context) : undefined;
	const title = rng.chance(0.9) ? clause(source, 8) : null;
	const items: PrintedItem[] = [];
	for (let i = 0; i < count; i++) {
		const credit = photoCredit(rng);
		const figure = count > 1 ? `图${'①②③④'[i]}：` : '';
		items.push({
			gold: {
				kind: 'photo',
				headline: i === 0 ? title : null,
				authors: credit.authors,
				...(printed && { section: printed.section }),
				credit: credit.text,
				paragraphs: [figure + paragraph(source, 1, 2)],
			},
			role: 'photo',
			label: i === 0 ? printed?.label : undefined,
			bylineMark: '',
			group: context.group,
		});
		traits.add(/摄（/.test(credit.text) ? 'credit-agency' : credit.authors.length === 0 ? 'credit-source' : 'credit');
	}
	traits.add(count > 1 ? 'photo-group' : 'photo');
	if (title === null) traits.add('photo-untitled');
	return items;
}
