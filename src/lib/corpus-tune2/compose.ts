/**
 * Composes a tune2 page: its items (article records with heads, bylines, labels, bodies) and
 * where they stand (bands of cells of modules), seeded by the page number so the same number
 * always gives the same page.
 */
import { createRng, type Rng } from '../bench/prng.ts';
import { goldPage, type GoldItem } from '../corpus-gold/gold.ts';
import type { Band, Cell, ComposedPage, LabelStyle, Module, PrintedItem, Shape } from './model.ts';
import {
	BRIEF_HEADS,
	CAPTIONS,
	CITIES,
	COMMENT_HEADS,
	COMMON,
	FOREIGN,
	HEAD_PHRASES,
	KICKERS,
	PHOTO_TITLES,
	SIDEBAR_HEADS,
	SUBHEADS,
	TOPIC,
	UNIVERSITIES,
	fill,
	personName,
	placeName,
} from './prose.ts';

/** The page types, in the order pages cycle through them. */
export const PAGE_TYPES = [
	'front',
	'opinion',
	'economy',
	'society',
	'world',
	'culture',
	'sport',
	'supplement',
	'theory',
	'pictures',
	'local',
	'news',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const PAGE_NAMES: Record<PageType, string> = {
	front: '要闻',
	news: '要闻',
	opinion: '评论',
	economy: '经济',
	society: '社会',
	world: '国际',
	culture: '文化',
	sport: '体育',
	supplement: '大地',
	theory: '理论',
	pictures: '专版',
	local: '地方',
};

const TOPIC_OF: Record<PageType, string> = {
	front: 'economy',
	news: 'society',
	opinion: 'opinion',
	economy: 'economy',
	society: 'society',
	world: 'world',
	culture: 'culture',
	sport: 'sport',
	supplement: 'essay',
	theory: 'theory',
	pictures: 'culture',
	local: 'society',
};

const OPENERS = [
	'今年以来，',
	'近年来，',
	'记者了解到，',
	'据悉，',
	'此外，',
	'另据了解，',
	'值得一提的是，',
	'在此基础上，',
	'同时，',
];
const CIRCLED = '①②③④⑤⑥⑦⑧';
const WEEKDAYS = '日一二三四五六';

/** The shared state of one page's composition. */
class Desk {
	readonly traits = new Set<string>();
	readonly items: PrintedItem[] = [];
	private deck: string[] = [];
	private used = new Set<string>();
	readonly rng: Rng;
	readonly topic: string;
	readonly month: number;
	readonly day: number;
	readonly datelineSpace: string;
	constructor(rng: Rng, topic: string, month: number, day: number) {
		this.datelineSpace = rng.chance(0.5) ? '\u3000' : '';
		this.rng = rng;
		this.topic = topic;
		this.month = month;
		this.day = day;
	}

	/** A sentence not yet used on this page (the bank reshuffled when spent). */
	sentence(): string {
		for (let tries = 0; tries < 40; tries++) {
			if (this.deck.length === 0)
				this.deck = shuffle(this.rng, [...COMMON, ...TOPIC[this.topic], ...TOPIC[this.topic]]);
			let s = fill(this.deck.pop()!, this.rng);
			if (this.rng.chance(0.3) && !/^[“{]|^[^，。“]{1,6}，/.test(s)) s = this.rng.pick(OPENERS) + s;
			if (this.used.has(s)) continue;
			this.used.add(s);
			return s;
		}
		return fill(this.rng.pick(COMMON), this.rng);
	}

	paragraph(min = 1, max = 3): string {
		return Array.from({ length: this.rng.int(min, max) }, () => this.sentence()).join('');
	}

	paragraphs(n: number, min = 1, max = 3): string[] {
		return Array.from({ length: n }, () => this.paragraph(min, max));
	}

	/** A name printed in a byline: two-character names sometimes spaced with an ideographic space. */
	printName(name: string): string {
		if ([...name].length === 2 && this.rng.chance(0.3)) {
			this.traits.add('byline-spaced-name');
			return [...name].join('\u3000');
		}
		return name;
	}

	/** An entry of `list` not yet drawn on this page (any, once all are). */
	once(list: readonly string[]): string {
		const fresh = list.filter((entry) => !this.used.has(`#${entry}`));
		const entry = this.rng.pick(fresh.length > 0 ? fresh : list);
		this.used.add(`#${entry}`);
		return entry;
	}

	add(item: PrintedItem): number {
		this.items.push(item);
		return this.items.length - 1;
	}
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
	for (let i = list.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[list[i], list[j]] = [list[j], list[i]];
	}
	return list;
}

function headline(desk: Desk, two: boolean): string[] {
	const a = desk.once(HEAD_PHRASES);
	return two ? [a, desk.once(HEAD_PHRASES)] : [a];
}

interface Byline {
	printed?: string;
	place?: 'head' | 'body-top' | 'end';
	gold?: string;
	authors: string[];
	dateline?: string;
}

/** A story's byline in one of its printed forms, or a dateline run into the first paragraph. */
function storyByline(desk: Desk, world: boolean): Byline {
	const { rng } = desk;
	const a = personName(rng);
	const b = personName(rng);
	const c = personName(rng);
	const form = rng.int(0, world ? 5 : 9);
	const place = rng.chance(0.3) ? 'body-top' : 'head';
	const head = (text: string, authors: string[]): Byline => {
		desk.traits.add(place === 'body-top' ? 'byline-body-top' : 'byline');
		return { printed: text, place, gold: text, authors };
	};
	const city = world ? rng.pick(FOREIGN) : rng.pick(CITIES);
	// The dateline's space before the bracket is there or not, page by page as papers differ.
	const date = `${desk.month}月${desk.day > 1 ? desk.day - 1 : desk.day}日电${desk.datelineSpace}`;
	switch (form) {
		case 0:
			desk.traits.add('dateline');
			return { authors: [a, b], dateline: `本报${city}${date}（记者${a}、${b}）` };
		case 1:
			desk.traits.add('dateline');
			return { authors: [a], dateline: `新华社${city}${date}（记者${a}）` };
		case 2:
			return head(`新华社记者\u3000${desk.printName(a)}`, [a]);
		case 3:
			desk.traits.add(world ? 'byline-correspondent' : 'byline');
			return world
				? head(`本报驻${city}记者\u3000${desk.printName(a)}`, [a])
				: head(`本报记者\u3000${desk.printName(a)}`, [a]);
		case 4:
			desk.traits.add('dateline');
			return { authors: [a, b], dateline: `本报${city}${date}（记者${a}\u3000通讯员${b}）` };
		case 5:
			return head(`本报记者\u3000${desk.printName(a)}\u3000${desk.printName(b)}`, [a, b]);
		case 6:
			desk.traits.add('byline-trainee');
			return head(`本报记者\u3000${desk.printName(a)}\u3000实习生\u3000${desk.printName(b)}`, [a, b]);
		case 7:
			desk.traits.add('byline-correspondent');
			return head(
				`本报记者\u3000${desk.printName(a)}\u3000通讯员\u3000${desk.printName(b)}\u3000${desk.printName(c)}`,
				[a, b, c],
			);
		case 8:
			desk.traits.add('dateline');
			return { authors: [a], dateline: `本报讯（记者${a}）` };
		default:
			return head(`本报记者\u3000${desk.printName(a)}`, [a]);
	}
}

interface StoryOptions {
	kicker?: boolean;
	sub?: boolean;
	two?: boolean;
	paras?: [number, number];
	intertitles?: boolean;
	editorsNote?: boolean;
	label?: boolean;
	world?: boolean;
	/** False: no byline drawn (the caller sets one). */
	byline?: false;
}

function makeLabel(desk: Desk, names: string[], styles: LabelStyle[]): { text: string; style: LabelStyle } {
	const style = desk.rng.pick(styles);
	desk.traits.add(`label-${style}`);
	return { text: desk.rng.pick(names), style };
}

const STORY_LABELS = ['关注', '民生', '一线', '观察', '新闻特写', '聚焦', '调查', '走基层'];

function makeStory(desk: Desk, o: StoryOptions): number {
	const { rng } = desk;
	const phrases = headline(desk, o.two ?? rng.chance(0.55));
	const by: Byline = o.byline === false ? { authors: [] } : storyByline(desk, o.world ?? false);
	const paras = desk.paragraphs(rng.int(...(o.paras ?? [3, 6])));
	const gold: GoldItem = { kind: 'article', headline: phrases.join(' '), authors: by.authors, paragraphs: paras };
	if (o.kicker) {
		gold.kicker = rng.pick(KICKERS) + (rng.chance(0.6) ? '——' : '');
		desk.traits.add(gold.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
	}
	if (o.sub) {
		gold.subheadline = (rng.chance(0.6) ? '——' : '') + fill(rng.pick(SUBHEADS), rng);
		desk.traits.add(gold.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
	}
	if (phrases.length > 1) desk.traits.add('two-phrase-headline');
	if (o.editorsNote) {
		paras.unshift(`编者按：${desk.paragraph(2, 3)}`);
		desk.traits.add('editors-note');
	}
	if (by.dateline) paras[o.editorsNote ? 1 : 0] = by.dateline + paras[o.editorsNote ? 1 : 0];
	if (o.intertitles && paras.length >= 4) {
		const numbered = rng.chance(0.5);
		const at = [1, Math.min(paras.length - 1, 3)].filter((v, i, all) => all.indexOf(v) === i);
		const titles: number[] = [];
		let shift = 0;
		at.forEach((pos, n) => {
			const title = (numbered ? `${'一二三四'[n]}、` : '') + desk.once(HEAD_PHRASES);
			paras.splice(pos + shift, 0, title);
			titles.push(pos + shift);
			shift++;
		});
		gold.intertitles = titles;
		desk.traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
	}
	if (by.gold) gold.byline = by.gold;
	const item: PrintedItem = { role: 'story', gold, phrases };
	if (by.printed) item.byline = { text: by.printed, place: by.place! };
	if (o.label) {
		item.label = makeLabel(desk, STORY_LABELS, ['square', 'bracket', 'bare']);
		gold.section = item.label.text;
	}
	return desk.add(item);
}

const COMMENT_LABELS = ['今日谈', '快评', '人民时评', '观点', '热点辣评', '一线视角', '评论员观察', '文化评说'];

function makeCommentary(desk: Desk, vertical = false): number {
	const { rng } = desk;
	const head = desk.once(COMMENT_HEADS);
	const paras = desk.paragraphs(rng.int(3, 5), 1, 3);
	const gold: GoldItem = { kind: 'commentary', headline: head, authors: [], paragraphs: paras };
	const item: PrintedItem = { role: 'commentary', gold, phrases: [head] };
	const a = personName(rng);
	const form = rng.int(0, 4);
	if (form === 0) {
		gold.byline = '本报评论员';
		item.byline = { text: '本报评论员', place: 'head' };
		desk.traits.add('byline-staff-commentator');
	} else if (form === 1) {
		gold.byline = a;
		gold.authors = [a];
		item.byline = { text: `◎${a}`, place: 'end' };
		desk.traits.add('signature-end');
	} else if (form === 2) {
		gold.byline = a;
		gold.authors = [a];
		item.byline = { text: `□${desk.printName(a)}`, place: 'head' };
		gold.byline = item.byline.text.slice(1);
		desk.traits.add('byline');
	} else if (form === 3) {
		gold.byline = a;
		gold.authors = [a];
		item.byline = { text: a, place: 'head' };
		paras.push(`（作者为${rng.pick(UNIVERSITIES)}）`);
		desk.traits.add('author-note');
	} else {
		gold.byline = a;
		gold.authors = [a];
		item.byline = { text: `◎${a}`, place: 'head' };
		desk.traits.add('byline');
	}
	item.label = makeLabel(desk, COMMENT_LABELS, vertical ? ['vertical', 'square'] : ['square', 'bracket', 'vertical']);
	gold.section = item.label.text;
	desk.traits.add('commentary');
	return desk.add(item);
}

/** A photo's credit in one of its printed forms, with the names it gives. */
function photoCredit(desk: Desk, agency: boolean): { text: string; authors: string[] } {
	const { rng } = desk;
	const a = personName(rng);
	const b = personName(rng);
	const forms = [
		() => ({ text: `${desk.printName(a)}\u3000摄`, authors: [a] }),
		() => ({ text: `${a}摄`, authors: [a] }),
		() => ({ text: `本报记者\u3000${desk.printName(a)}\u3000摄`, authors: [a] }),
		() => ({ text: `本报记者\u3000${a}\u3000通讯员\u3000${b}\u3000摄`, authors: [a, b] }),
		() => ({ text: `${a}\u3000摄（人民视觉）`, authors: [a], t: 'credit-agency' }),
		() => ({ text: `${a}摄（新华社）`, authors: [a], t: 'credit-agency' }),
		() => ({ text: `新华社记者\u3000${a}\u3000摄`, authors: [a] }),
		() => ({ text: '新华社发', authors: [], t: 'credit-source' }),
		() => ({ text: `${placeName(rng)}委宣传部供图`, authors: [], t: 'credit-source' }),
		() => ({ text: '受访者供图', authors: [], t: 'credit-source' }),
		() => ({ text: '资料图片', authors: [], t: 'credit-source' }),
		() => ({ text: `新华社发\u3000${a}摄`, authors: [a], t: 'credit-agency' }),
	];
	const pick = agency ? rng.pick([forms[4], forms[5], forms[6], forms[7], forms[11]]) : rng.pick(forms);
	const credit = pick() as { text: string; authors: string[]; t?: string };
	desk.traits.add(credit.t ?? 'credit');
	return credit;
}

function makePhoto(desk: Desk, o: { no?: number; titled?: boolean; agency?: boolean; title?: string } = {}): number {
	const { rng } = desk;
	const credit = photoCredit(desk, o.agency ?? false);
	const titled = o.title !== undefined || (o.titled ?? rng.chance(0.5));
	const title = o.title ?? desk.once(PHOTO_TITLES);
	let caption = fill(rng.pick(CAPTIONS), rng);
	if (rng.chance(0.4)) caption += desk.sentence();
	if (o.no !== undefined) {
		caption = `图${CIRCLED[o.no]}：${caption}`;
		desk.traits.add('photo-numbered');
	}
	const gold: GoldItem = {
		kind: 'photo',
		headline: titled ? title : null,
		authors: credit.authors,
		credit: credit.text,
		paragraphs: [caption],
	};
	desk.traits.add(titled ? 'photo' : 'photo-untitled');
	const place = rng.pick(['after', 'after', 'before', 'inline'] as const);
	desk.traits.add(`credit-${place}`);
	return desk.add({ role: 'photo', gold, phrases: titled ? [title] : [], credit: { text: credit.text, place } });
}

/** Labels of a run of briefs by page topic. */
const BRIEF_LABELS: Record<string, string[]> = {
	economy: ['简讯', '经济简讯', '产经速览'],
	society: ['简讯', '社会速递', '地方传真', '民生速览'],
	world: ['国际快讯', '环球简讯', '国际速览'],
	culture: ['文化动态', '文化简讯'],
	sport: ['体育快讯', '赛事速递'],
	essay: ['简讯'],
	theory: ['简讯'],
	opinion: ['简讯'],
};

function makeBriefs(desk: Desk, n: number): number[] {
	const { rng } = desk;
	const label = rng.pick(BRIEF_LABELS[desk.topic]);
	const mark = rng.pick(['●', '■', '']);
	desk.traits.add('briefs');
	desk.traits.add(mark === '●' ? 'briefs-bullet' : mark === '■' ? 'briefs-square' : 'briefs-plain');
	const style: LabelStyle = rng.pick(['square', 'bracket', 'bare'] as const);
	return Array.from({ length: n }, () => {
		const head = fill(desk.once(BRIEF_HEADS), rng);
		let para = desk.paragraph(1, 2);
		const authors: string[] = [];
		if (rng.chance(0.5)) {
			const a = personName(rng);
			const b = personName(rng);
			const two = rng.chance(0.4);
			para = `本报讯（记者${a}${two ? `\u3000通讯员${b}` : ''}）${para}`;
			authors.push(a, ...(two ? [b] : []));
		}
		const gold: GoldItem = { kind: 'article', headline: head, authors, section: label, paragraphs: [para] };
		return desk.add({ role: 'brief', gold, phrases: [`${mark}${head}`], label: { text: label, style } });
	});
}

const SIDEBAR_LABELS = ['链接', '相关阅读', '数据', '背景'];

function makeSidebar(desk: Desk): number {
	const { rng } = desk;
	const label = rng.pick(SIDEBAR_LABELS);
	const head = desk.once(SIDEBAR_HEADS);
	const gold: GoldItem = {
		kind: 'article',
		headline: head,
		authors: [],
		section: label,
		paragraphs: desk.paragraphs(rng.int(1, 3), 1, 2),
	};
	desk.traits.add('sidebar');
	return desk.add({ role: 'sidebar', gold, phrases: [head], label: { text: label, style: 'bracket' } });
}

/** A module in the making: the items, shape and the columns it would like. */
interface Draft {
	module: Module;
	span: number;
}

function story(desk: Desk, span: number, o: StoryOptions, head: Module['head'] = 'm'): Draft {
	const { rng } = desk;
	const i = makeStory(desk, { ...o, paras: o.paras ?? [Math.min(8, span + 2), Math.min(10, span * 2 + 2)] });
	let shape: Shape = 'plain';
	const items = [i];
	if (span >= 2) {
		const roll = rng.int(0, 5);
		if (roll === 1) shape = 'head-partial';
		else if (roll === 2) {
			shape = 'photo-inset';
			items.push(makePhoto(desk, { agency: o.world }));
		} else if (roll === 3 && span >= 3) {
			shape = 'photo-top';
			items.push(makePhoto(desk, { agency: o.world }));
		} else if (roll === 4) {
			shape = 'box-bottom';
			items.push(makeSidebar(desk));
		}
	}
	// Text enough to run on under the photo or beside the box.
	if (shape !== 'plain' && shape !== 'head-partial') desk.items[i].gold.paragraphs.push(...desk.paragraphs(span + 1));
	return { module: { items, shape, head }, span };
}

function commentary(desk: Desk, span: number, vertical = desk.rng.chance(0.3)): Draft {
	const i = makeCommentary(desk, vertical);
	return { module: { items: [i], shape: vertical ? 'vertical-head' : 'plain', head: 's' }, span };
}

function photo(desk: Desk, span: number, o: Parameters<typeof makePhoto>[1] = {}): Draft {
	const i = makePhoto(desk, o);
	return { module: { items: [i], shape: span >= 2 && desk.rng.chance(0.4) ? 'photo-beside' : 'photo' }, span };
}

function briefs(desk: Desk, n: number): Draft {
	return { module: { items: makeBriefs(desk, n), shape: 'briefs' }, span: 1 };
}

/** Packs drafts into bands of `cols` columns, a small draft sometimes stacked under the one before. */
function pack(desk: Desk, drafts: Draft[], cols: number): Band[] {
	const bands: Band[] = [];
	let cells: Cell[] = [];
	let used = 0;
	const close = () => {
		if (cells.length === 0) return;
		cells[cells.length - 1].span += cols - used;
		const band: Band = { cells };
		if (cells.length >= 2 && cells.some((c) => c.span === 1) && desk.rng.chance(0.4)) {
			band.tight = true;
			desk.traits.add('pdf:close-neighbours');
		}
		bands.push(band);
		cells = [];
		used = 0;
	};
	for (const d of drafts) {
		const span = Math.min(d.span, cols);
		const last = cells[cells.length - 1];
		if (last && last.span === span && span <= 2 && desk.rng.chance(0.3)) {
			last.modules.push(d.module);
			desk.traits.add('pdf:stacked-cell');
			continue;
		}
		if (used + span > cols) close();
		cells.push({ col: used, span, modules: [d.module] });
		used += span;
	}
	close();
	return bands;
}

/** The trait of each irregular module shape. */
const SHAPE_TRAITS: Partial<Record<Shape, string>> = {
	'head-partial': 'pdf:head-partial',
	'photo-inset': 'pdf:l-shape',
	'photo-top': 'pdf:story-under-photo',
	'box-bottom': 'pdf:box-in-story',
	'photo-beside': 'pdf:caption-beside',
};

/** Composes page `n` of the set (1-based). */
export function composePage(n: number, attempt = 0): ComposedPage {
	const rng = createRng(`tune2-${n}-${attempt}`);
	const type = PAGE_TYPES[(n - 1) % PAGE_TYPES.length];
	const year = rng.pick([2019, 2020, 2021, 2022, 2023, 2024]);
	const month = rng.int(1, 12);
	const day = rng.int(1, 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const desk = new Desk(rng, TOPIC_OF[type], month, day);
	const pageNo = type === 'front' ? 1 : type === 'news' ? rng.int(2, 3) : rng.int(4, 20);
	const cols = rng.int(5, 7);
	const d: Draft[] = [];
	let banner: string | undefined;
	const r = rng;
	switch (type) {
		case 'front':
			d.push(story(desk, cols, { kicker: true, sub: r.chance(0.7), two: true, paras: [7, 10] }, 'xl'));
			d.push(commentary(desk, 2, false));
			d.push(story(desk, r.int(2, 3), { label: r.chance(0.3) }, 'l'));
			d.push(briefs(desk, r.int(2, 4)));
			d.push(photo(desk, 2));
			d.push(story(desk, r.int(2, 3), { kicker: r.chance(0.4) }, 'm'));
			d.push(story(desk, 1, { paras: [2, 3] }, 's'));
			break;
		case 'news':
			d.push(story(desk, r.int(3, cols), { kicker: r.chance(0.5), sub: true, two: true }, 'l'));
			d.push(story(desk, 2, { label: true }, 'm'));
			d.push(commentary(desk, 2));
			d.push(story(desk, 3, { intertitles: true, paras: [5, 7] }, 'm'));
			d.push(photo(desk, 2));
			d.push(story(desk, 1, { paras: [2, 3] }, 's'));
			break;
		case 'opinion':
			banner = r.chance(0.4) ? '声音·观点' : undefined;
			d.push(story(desk, cols - 2, { editorsNote: true, intertitles: true, paras: [5, 7], label: true }, 'l'));
			for (let i = 0, k = r.int(3, 5); i < k; i++) d.push(commentary(desk, r.int(1, 3)));
			break;
		case 'economy':
			d.push(story(desk, cols - 1, { kicker: true, sub: r.chance(0.5), two: true }, 'l'));
			d.push(briefs(desk, r.int(2, 3)));
			d.push(story(desk, 3, { label: r.chance(0.5) }, 'm'));
			d.push(photo(desk, 2));
			d.push(story(desk, 2, {}, 'm'));
			d.push(commentary(desk, 2));
			break;
		case 'society':
			d.push(story(desk, cols, { kicker: r.chance(0.5), two: true, label: r.chance(0.4) }, 'l'));
			d.push(story(desk, 2, {}, 'm'));
			d.push(photo(desk, 2));
			d.push(briefs(desk, r.int(3, 4)));
			d.push(story(desk, r.int(2, 3), { label: true }, 'm'));
			d.push(story(desk, 1, { paras: [2, 3] }, 's'));
			break;
		case 'world':
			d.push(story(desk, 4, { world: true, two: r.chance(0.5), sub: r.chance(0.4) }, 'l'));
			d.push(story(desk, 2, { world: true }, 'm'));
			d.push(briefs(desk, r.int(2, 4)));
			d.push(photo(desk, 2, { agency: true }));
			d.push(story(desk, 3, { world: true }, 'm'));
			break;
		case 'culture':
			d.push(story(desk, 4, { kicker: r.chance(0.5), intertitles: r.chance(0.5), paras: [4, 6] }, 'l'));
			d.push(commentary(desk, 2));
			d.push(photo(desk, 2));
			d.push(story(desk, 2, { label: true }, 'm'));
			d.push(story(desk, 2, {}, 's'));
			break;
		case 'sport':
			d.push(story(desk, cols, { two: true, sub: r.chance(0.5) }, 'xl'));
			d.push(photo(desk, 3, { agency: true }));
			d.push(story(desk, 2, {}, 'm'));
			d.push(briefs(desk, r.int(3, 4)));
			d.push(story(desk, 2, { label: r.chance(0.5) }, 'm'));
			break;
		case 'supplement': {
			const essay = (span: number) => {
				const dr = story(desk, span, { paras: [4, 7], two: false, intertitles: r.chance(0.3), byline: false }, 's');
				const it = desk.items[dr.module.items[0]];
				const a = personName(r);
				it.gold.authors = [a];
				it.byline = { text: r.chance(0.5) ? a : `文/${a}`, place: 'head' };
				it.gold.byline = it.byline.text;
				desk.traits.add('essay');
				return dr;
			};
			d.push(essay(3));
			d.push(photo(desk, 2, { titled: false }));
			d.push(essay(2));
			d.push(essay(r.int(2, 3)));
			break;
		}
		case 'theory': {
			const dr = story(
				desk,
				cols - 1,
				{ editorsNote: r.chance(0.5), intertitles: true, paras: [6, 8], byline: false },
				'l',
			);
			const it = desk.items[dr.module.items[0]];
			const a = personName(r);
			it.gold.authors = [a];
			it.byline = { text: a, place: 'head' };
			it.gold.byline = a;
			it.gold.paragraphs.push(`（作者为${r.pick(UNIVERSITIES)}）`);
			desk.traits.add('author-note');
			d.push(dr);
			d.push(commentary(desk, 1, true));
			d.push(commentary(desk, 2));
			break;
		}
		case 'pictures': {
			banner = r.pick(['镜头里的家乡', '秋收图景', '城市新貌', '冬日里的坚守', '乡村新画卷']);
			desk.traits.add('banner');
			const k = r.int(4, 6);
			d.push(story(desk, 2, { paras: [2, 3], two: false }, 's'));
			for (let i = 0; i < k; i++) d.push(photo(desk, r.int(2, 3), { no: i, titled: false }));
			break;
		}
		case 'local':
			d.push(story(desk, cols - 2, { kicker: r.chance(0.5), label: true, two: true }, 'l'));
			d.push(briefs(desk, r.int(3, 5)));
			d.push(photo(desk, 2));
			d.push(story(desk, 2, {}, 'm'));
			d.push(story(desk, 3, { label: r.chance(0.5) }, 'm'));
			break;
	}
	// Untitled photo numbers need titles not to collide: numbered photos are untitled by design.
	const bands = pack(desk, d, cols);
	for (const b of bands)
		for (const c of b.cells)
			for (const m of c.modules) if (SHAPE_TRAITS[m.shape]) desk.traits.add(SHAPE_TRAITS[m.shape]!);
	desk.traits.add(`page:${type}`);
	const order = bands.flatMap((b) => b.cells.flatMap((c) => c.modules.flatMap((m) => m.items)));
	const editorA = personName(rng);
	const editorB = personName(rng);
	const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()];
	const pageName = PAGE_NAMES[type];
	const header =
		type === 'front'
			? ['北川日报', `${year}年${month}月${day}日\u3000星期${weekday}`, `第${pageNo}版`]
			: [`${String(pageNo).padStart(2, '0')}`, pageName, `${year}年${month}月${day}日\u3000星期${weekday}`];
	const footer = [
		rng.pick([
			`责编：${editorA}\u3000版式：${editorB}`,
			`本版责编：${editorA}`,
			`责任编辑：${editorA}\u3000美术编辑：${editorB}`,
		]),
	];
	const gold = goldPage(
		{ id: `t2-${String(n).padStart(4, '0')}`, date, page: pageNo, pageName, banner },
		[],
		order.map((i) => desk.items[i].gold),
	);
	const size = rng.int(11, 13);
	return {
		gold,
		items: desk.items,
		bands,
		grid: { cols, chars: rng.int(10, 14), size },
		header,
		footer,
		traits: desk.traits,
	};
}
