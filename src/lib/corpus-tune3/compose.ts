/**
 * Composes one tune3 page: its type (news, local, opinion, theory, feature, literary, pictures,
 * digest), its stories with their gold, and how each part prints (bylines in many forms and places,
 * labels marked ■ 【】 or bare, kickers, two-phrase headlines, subheadlines, datelines, intertitles,
 * editor's notes, sidebars, photos with credits, briefs with run-in heads, an interview, a poem).
 */
import type { Rng } from '../bench/prng.ts';
import { goldPage, type GoldItem } from '../corpus-gold/gold.ts';
import type { Cell, Composed, Role, Story } from './model.ts';
import {
	BRIEF_HEADS,
	CAPTIONS,
	CITIES,
	COLUMNS,
	COMMENT_HEADS,
	fill,
	HEAD_PHRASES,
	INTERTITLES,
	KICKERS,
	LABELS,
	people,
	PHOTO_TITLES,
	placeName,
	POEM_LINES,
	PROVINCES,
	QUESTIONS,
	renameSentence,
	sampleSentences,
	SIDEBAR_HEADS,
	SIDEBAR_LABELS,
	SUBHEADS,
} from './prose.ts';

/** The page types, one per page in turn. */
export const PAGE_TYPES = ['news', 'local', 'opinion', 'theory', 'feature', 'literary', 'pictures', 'digest'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const PAGE_NAMES: Record<PageType, string[]> = {
	news: ['要闻', '要闻·综合'],
	local: ['地方', '市县新闻', '基层'],
	opinion: ['评论', '观点'],
	theory: ['理论', '学习'],
	feature: ['专题', '视点·深读'],
	literary: ['副刊', '大地', '文艺'],
	pictures: ['图片新闻', '视觉'],
	digest: ['综合新闻', '民生'],
};

let SENTENCES: string[] | undefined;

/** Draws body text for one page: sample sentences renamed, each used once before any repeats. */
class Prose {
	private deck: string[] = [];
	private names = new Map<string, string>();
	private rng: Rng;
	constructor(rng: Rng) {
		this.rng = rng;
	}
	sentence(): string {
		SENTENCES ??= sampleSentences();
		if (this.deck.length === 0) this.deck = shuffle(this.rng, SENTENCES);
		return fill(renameSentence(this.deck.pop()!, this.rng, this.names), this.rng);
	}
	paragraph(min = 1, max = 3): string {
		return Array.from({ length: this.rng.int(min, max) }, () => this.sentence()).join('');
	}
	paragraphs(min: number, max: number): string[] {
		return Array.from({ length: this.rng.int(min, max) }, () => this.paragraph());
	}
}

function shuffle<T>(rng: Rng, list: readonly T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** A two-character name printed with a full-width space inside, as papers align bylines. */
function spaced(rng: Rng, name: string): string {
	return name.length === 2 && rng.chance(0.35) ? `${name[0]}\u3000${name[1]}` : name;
}

/** A headline: one phrase, or two joined by a full-width space (printed on one line or two). */
function headline(rng: Rng): { text: string; lines: string[] } {
	const [a, b] = shuffle(rng, HEAD_PHRASES);
	if (rng.chance(0.45)) return { text: a, lines: [a] };
	return { text: `${a}\u3000${b}`, lines: rng.chance(0.35) ? [a, b] : [`${a}\u3000${b}`] };
}

/** A label as printed, and its bare gold text. */
function label(rng: Rng, text: string): { printed: string; section: string } {
	const mark = rng.int(0, 2);
	return { printed: mark === 0 ? `■${text}` : mark === 1 ? `【${text}】` : text, section: text };
}

type Byline = { byline?: string; authors: string[]; printed?: string; at?: 'top' | 'end'; dateline?: string };

/** A news byline in one of many forms and places, or a dateline opening the first paragraph. */
function newsByline(rng: Rng, date: Date): Byline {
	const [a, b, c] = people(rng, 3);
	const city = rng.pick(CITIES);
	const md = `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
	switch (rng.int(0, 11)) {
		case 0:
			return { dateline: `本报${city}${md}电（记者${a}）`, authors: [a] };
		case 1:
			return { dateline: `本报讯（记者 ${a} 通讯员 ${b}）`, authors: [a, b] };
		case 2:
			return { dateline: `新华社${city}${md}电（记者${a}、${b}）`, authors: [a, b] };
		case 3: {
			const text = `本报记者\u3000${spaced(rng, a)}\u3000${spaced(rng, b)}`;
			return { byline: text, printed: rng.chance(0.5) ? `□${text}` : text, authors: [a, b], at: 'top' };
		}
		case 4: {
			const text = `本报记者 ${a} 实习生 ${b}`;
			return { byline: text, printed: `□${text}`, authors: [a, b], at: 'top' };
		}
		case 5:
			return { byline: `（记者 ${a}）`, printed: `（记者 ${a}）`, authors: [a], at: 'end' };
		case 6:
			return {
				byline: `（本报记者 ${a} ${b}）`,
				printed: `（本报记者 ${a} ${b}）`,
				authors: [a, b],
				at: 'end',
			};
		case 7:
			return {
				byline: `${a} ${b} 报道`,
				printed: `${a} ${b} 报道`,
				authors: [a, b],
				at: rng.chance(0.5) ? 'top' : 'end',
			};
		case 8: {
			const text = `本报记者 ${a} 通讯员 ${b} ${c}`;
			return { byline: text, printed: text, authors: [a, b, c], at: 'top' };
		}
		case 9:
			return { byline: `见习记者 ${a}`, printed: `□见习记者 ${a}`, authors: [a], at: 'top' };
		case 10:
			return {
				byline: `本报驻${rng.pick(PROVINCES)}记者 ${a}`,
				printed: `本报驻${rng.pick(PROVINCES)}记者 ${a}`,
				authors: [a],
				at: 'top',
			};
		default:
			return { byline: `${a}`, printed: `◎${a}`, authors: [a], at: 'end' };
	}
}

/** Fixes the printed byline to match its gold when a random part was drawn twice. */
function withByline(story: Story, by: Byline): void {
	if (by.byline !== undefined) story.gold.byline = by.printed!.replace(/^[□◎]/, '');
	story.gold.authors = by.authors;
	if (by.printed) story.byline = { text: by.printed, at: by.at ?? 'top' };
	if (by.dateline) story.gold.paragraphs[0] = `${by.dateline}${story.gold.paragraphs[0]}`;
}

function item(kind: GoldItem['kind'], head: string | null, paragraphs: string[]): GoldItem {
	return { kind, headline: head, authors: [], paragraphs };
}

function story(role: Role, gold: GoldItem, headLines: string[], span: number, bodyCols = span): Story {
	return { role, gold, headLines, span, bodyCols };
}

/** Orders the gold keys as the contract lists them. */
function tidy(gold: GoldItem): GoldItem {
	const { kind, headline, kicker, subheadline, byline, authors, section, credit, paragraphs, intertitles } = gold;
	return {
		kind,
		headline,
		...(kicker ? { kicker } : {}),
		...(subheadline ? { subheadline } : {}),
		...(byline ? { byline } : {}),
		authors,
		...(section ? { section } : {}),
		...(credit ? { credit } : {}),
		paragraphs,
		...(intertitles?.length ? { intertitles } : {}),
	};
}

/** Composes page `n` (attempt `attempt` redraws it) of the tune3 corpus. */
export function composePage(n: number, rng: Rng, traits: Set<string>): Composed {
	const type = PAGE_TYPES[(n - 1) % PAGE_TYPES.length];
	traits.add(`page:${type}`);
	const prose = new Prose(rng);
	const date = new Date(Date.UTC(2019 + rng.int(0, 5), rng.int(0, 11), rng.int(1, 28)));
	const grid = rng.int(5, 8);
	const fontPx = rng.int(10, 14);
	const colChars = rng.int(type === 'opinion' || type === 'theory' ? 11 : 9, 16);
	const usedPhrases = new Set<string>();
	/** A headline whose phrases no other head of the page has used. */
	const freshHead = () => {
		let head = headline(rng);
		for (let i = 0; i < 20 && head.text.split('\u3000').some((p) => usedPhrases.has(p)); i++) head = headline(rng);
		for (const p of head.text.split('\u3000')) usedPhrases.add(p);
		return head;
	};
	const stories: { story: Story; cell?: string }[] = [];
	const add = (s: Story, cell?: string) => stories.push({ story: s, cell });

	const article = (
		role: Role,
		span: number,
		opts: { kicker?: boolean; sub?: boolean; label?: boolean; long?: boolean } = {},
	) => {
		const head = freshHead();
		const paras = prose.paragraphs(opts.long ? 5 : 2, opts.long ? 9 : 5);
		const s = story(role, item('article', head.text, paras), head.lines, span);
		if (head.lines.length > 1) traits.add('headline-two-lines');
		if (head.text.includes('\u3000')) traits.add('two-phrase-headline');
		if (opts.kicker) {
			const k = rng.pick(KICKERS);
			s.gold.kicker = rng.chance(0.6) ? `${k}——` : k;
			traits.add(s.gold.kicker.endsWith('——') ? 'kicker' : 'kicker-plain');
		}
		if (opts.sub) {
			const sub = fill(rng.pick(SUBHEADS), rng);
			s.gold.subheadline = rng.chance(0.7) ? `——${sub}` : sub;
			traits.add(s.gold.subheadline.startsWith('——') ? 'subheadline' : 'subheadline-plain');
		}
		if (opts.label) {
			const l = label(rng, rng.pick(LABELS));
			s.label = l.printed;
			s.gold.section = l.section;
			traits.add(
				l.printed.startsWith('■') ? 'label-marked' : l.printed.startsWith('【') ? 'label-bracketed' : 'label-bare',
			);
		}
		const by = newsByline(rng, date);
		withByline(s, by);
		traits.add(by.dateline ? 'dateline' : by.at === 'end' ? 'byline-end' : 'byline');
		if (opts.long && rng.chance(0.5)) {
			const numbered = rng.chance(0.5);
			const titles = shuffle(rng, INTERTITLES).slice(0, rng.int(2, 3));
			const paras = s.gold.paragraphs;
			const out: string[] = [paras[0]];
			const idx: number[] = [];
			const per = Math.max(1, Math.floor((paras.length - 1) / titles.length));
			titles.forEach((t, i) => {
				idx.push(out.length);
				out.push(numbered ? `${'一二三四'[i]}、${t}` : t);
				out.push(...paras.slice(1 + i * per, i === titles.length - 1 ? paras.length : 1 + (i + 1) * per));
				if (out[out.length - 1] === out[idx[idx.length - 1]]) out.push(prose.paragraph());
			});
			s.gold.paragraphs = out;
			s.gold.intertitles = idx;
			traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
		}
		return s;
	};

	const commentary = (span: number) => {
		const head = rng.pick(COMMENT_HEADS);
		const s = story('commentary', item('commentary', head, prose.paragraphs(2, 4)), [head], span, 1);
		const col = label(rng, rng.pick(COLUMNS));
		s.label = col.printed;
		s.gold.section = col.section;
		traits.add('commentary');
		const [a] = people(rng, 1);
		const form = rng.int(0, 4);
		if (form === 0) withByline(s, { byline: a, printed: `◎${a}`, authors: [a], at: 'top' });
		else if (form === 1) withByline(s, { byline: a, printed: `□${a}`, authors: [a], at: 'end' });
		else if (form === 2) withByline(s, { byline: '本报评论员', printed: '本报评论员', authors: [], at: 'top' });
		else if (form === 3) withByline(s, { byline: `${a}`, printed: `◎${a}`, authors: [a], at: 'end' });
		else
			withByline(s, {
				byline: `（作者单位：${placeName(rng, '市')}委党校）`,
				printed: `${a}`,
				authors: [a],
				at: 'top',
			});
		if (form === 4) {
			s.gold.byline = a;
			s.gold.paragraphs.push(`（作者单位：${placeName(rng, '市')}委党校）`);
			traits.add('author-note');
		}
		return s;
	};

	const photo = (span: number, title: boolean, numbered?: number) => {
		const head = title ? rng.pick(PHOTO_TITLES) : null;
		let caption = fill(rng.pick(CAPTIONS), rng);
		if (numbered) caption = `图${'①②③④⑤⑥'[numbered - 1]}：${caption}`;
		const s = story('photo', item('photo', head, [caption]), head ? [head] : [], span, 1);
		const [a, b] = people(rng, 2);
		const forms: [string, string[]][] = [
			[`${a} 摄`, [a]],
			[`本报记者 ${a} 摄`, [a]],
			[`新华社记者 ${a} 摄`, [a]],
			['新华社发', []],
			['受访者供图', []],
			['资料图片', []],
			[`${a} ${b} 摄`, [a, b]],
			[`${placeName(rng, '县')}融媒体中心供图`, []],
		];
		const [credit, authors] = rng.pick(forms);
		s.gold.credit = credit;
		s.gold.authors = authors;
		s.credit = { text: credit, at: rng.pick(['after', 'after', 'before', 'inline'] as const) };
		traits.add(authors.length ? 'credit' : 'credit-source');
		traits.add(head ? 'photo' : 'photo-untitled');
		return s;
	};

	const briefs = (count: number, span: number, cellLabel: string) => {
		traits.add('briefs');
		for (let i = 0; i < count; i++) {
			const head = fill(rng.pick(BRIEF_HEADS), rng);
			const paras = [prose.paragraph(1, 3)];
			const s = story('brief', item('article', head, paras), [head], span, 1);
			s.gold.section = cellLabel;
			s.runIn = rng.chance(0.55);
			const mark = rng.pick(['', '', '●', '■', '▲']);
			if (mark) {
				s.headLines = [`${mark}${head}`];
				traits.add('briefs-marked');
			}
			if (s.runIn) traits.add('briefs-run-in');
			const form = rng.int(0, 3);
			const [a] = people(rng, 1);
			if (form === 0) withByline(s, { dateline: '本报讯\u3000', authors: [] });
			else if (form === 1) withByline(s, { byline: `（${a}）`, printed: `（${a}）`, authors: [a], at: 'end' });
			else if (form === 2) withByline(s, { dateline: `本报讯（记者${a}）`, authors: [a] });
			add(s, `brief:${cellLabel}`);
		}
	};

	const sidebar = (span: number) => {
		const l = rng.pick(SIDEBAR_LABELS);
		const head = rng.pick(SIDEBAR_HEADS);
		const s = story('sidebar', item('article', head, prose.paragraphs(1, 2)), [head], span, 1);
		s.label = rng.chance(0.5) ? `【${l}】` : l;
		s.gold.section = l;
		traits.add('sidebar');
		return s;
	};

	let banner: string | undefined;
	switch (type) {
		case 'news': {
			add(article('lead', grid, { kicker: rng.chance(0.7), sub: rng.chance(0.6), long: true }));
			for (let i = rng.int(1, 3); i > 0; i--) add(article('article', rng.int(2, 3), { label: rng.chance(0.4) }));
			if (rng.chance(0.7)) add(photo(2, rng.chance(0.6)));
			add(commentary(rng.int(1, 2)));
			break;
		}
		case 'local': {
			for (let i = rng.int(3, 5); i > 0; i--)
				add(
					article('article', rng.int(2, 4), {
						label: rng.chance(0.6),
						kicker: rng.chance(0.25),
						long: rng.chance(0.3),
					}),
				);
			add(commentary(1));
			if (rng.chance(0.6)) briefs(rng.int(2, 4), 2, rng.pick(['简讯', '本地速览', '一线快讯']));
			if (rng.chance(0.5)) add(photo(2, rng.chance(0.5)));
			break;
		}
		case 'opinion': {
			for (let i = rng.int(3, 6); i > 0; i--) add(commentary(rng.int(1, 3)));
			if (rng.chance(0.5)) add(article('article', 3, { label: true }));
			break;
		}
		case 'theory': {
			const s = article('lead', grid, { long: true, sub: rng.chance(0.5) });
			if (rng.chance(0.7)) {
				const note = [rng.chance(0.5) ? `编者按：${prose.paragraph(2, 3)}` : `【编者按】${prose.paragraph(2, 3)}`];
				// The note's signature, as printed under it (its own paragraph in the gold).
				if (rng.chance(0.6)) note.push(rng.chance(0.5) ? '——编\u3000者' : '——编者');
				s.gold.paragraphs.unshift(...note);
				if (s.gold.intertitles) s.gold.intertitles = s.gold.intertitles.map((i) => i + note.length);
				traits.add('editors-note');
			}
			add(s);
			for (let i = rng.int(2, 3); i > 0; i--) add(commentary(rng.int(2, 3)));
			break;
		}
		case 'feature': {
			const iv = article('interview', grid, { kicker: rng.chance(0.5), sub: rng.chance(0.4) });
			const [guest] = people(rng, 1);
			const qa = rng.chance(0.5);
			const paras = [prose.paragraph(2, 3)];
			for (const q of shuffle(rng, QUESTIONS).slice(0, rng.int(3, 4))) {
				paras.push(`${qa ? '问' : '记者'}：${fill(q, rng)}`);
				paras.push(`${qa ? '答' : guest}：${prose.paragraph(1, 3)}`);
			}
			iv.gold.paragraphs = paras;
			const [a] = people(rng, 1);
			withByline(iv, {
				byline: `本报记者 ${a}`,
				printed: rng.chance(0.5) ? `□本报记者 ${a}` : `本报记者 ${a}`,
				authors: [a],
				at: 'top',
			});
			traits.add('interview');
			add(iv);
			add(sidebar(2));
			for (let i = rng.int(1, 3); i > 0; i--) add(article('article', rng.int(2, 3), { label: rng.chance(0.5) }));
			if (rng.chance(0.5)) add(photo(2, true));
			break;
		}
		case 'literary': {
			for (let i = rng.int(2, 3); i > 0; i--) {
				const head = freshHead();
				const s = story(
					'essay',
					item('article', head.lines[0], prose.paragraphs(3, 6)),
					[head.lines[0]],
					rng.int(2, 4),
				);
				const [a] = people(rng, 1);
				const form = rng.int(0, 2);
				withByline(
					s,
					form === 0
						? { byline: `文/${a}`, printed: `文/${a}`, authors: [a], at: 'top' }
						: form === 1
							? { byline: a, printed: `□${a}`, authors: [a], at: 'top' }
							: { byline: a, printed: `◎${a}`, authors: [a], at: 'end' },
				);
				traits.add('essay');
				add(s);
			}
			const poemLines = shuffle(rng, POEM_LINES)
				.slice(0, rng.int(5, 9))
				.map((l) => fill(l, rng));
			const title = rng.pick(['春天的村口', '写给老党员', '黄河谣', '边境小村']);
			const p = story('poem', item('article', title, poemLines), [title], 2, 1);
			const [a] = people(rng, 1);
			withByline(p, {
				byline: a,
				printed: rng.chance(0.5) ? `□${a}` : a,
				authors: [a],
				at: rng.chance(0.7) ? 'top' : 'end',
			});
			traits.add('poem');
			add(p);
			if (rng.chance(0.6)) add(photo(2, false));
			break;
		}
		case 'pictures': {
			banner = `${rng.pick(['奋斗的足迹', '新时代\u3000新气象', '镜头里的家乡', '学党史\u3000办实事'])}`;
			traits.add('banner');
			const k = rng.int(3, 6);
			const numbered = rng.chance(0.6);
			const titled = rng.pick([0, 0.5, 1]);
			if (numbered) traits.add('photo-numbered');
			for (let i = 1; i <= k; i++) add(photo(rng.int(2, 3), rng.next() < titled, numbered ? i : undefined));
			if (rng.chance(0.6)) add(article('article', rng.int(2, 3), {}));
			break;
		}
		case 'digest': {
			add(article('article', rng.int(3, 4), { kicker: rng.chance(0.4), label: rng.chance(0.5) }));
			briefs(rng.int(3, 5), 2, rng.pick(['简讯', '新闻速递', '要闻简报', '']));
			if (rng.chance(0.6)) add(sidebar(2));
			add(article('article', rng.int(2, 3), { label: rng.chance(0.5) }));
			break;
		}
	}
	// Pack into rows of `grid` columns; briefs of one run share a cell.
	const rows: Cell[][] = [];
	let row: Cell[] = [];
	let used = 0;
	const items: Story[] = [];
	for (let i = 0; i < stories.length; i++) {
		const { story: s, cell } = stories[i];
		const group = [s];
		while (cell && stories[i + 1]?.cell === cell) group.push(stories[++i].story);
		const span = Math.min(grid, s.span);
		if (used + span > grid) {
			row[row.length - 1].span += grid - used;
			rows.push(row);
			row = [];
			used = 0;
		}
		const c: Cell = { span, stories: group };
		if (cell) {
			const l = cell.slice('brief:'.length);
			if (l) c.cellLabel = rng.chance(0.5) ? `■${l}` : l;
			else for (const g of group) delete g.gold.section;
		}
		row.push(c);
		used += span;
		items.push(...group);
	}
	if (row.length) {
		row[row.length - 1].span += grid - used;
		rows.push(row);
	}
	for (const r of rows)
		for (const c of r)
			for (const s of c.stories) {
				if (s.role === 'lead' || s.role === 'article' || s.role === 'interview' || s.role === 'essay')
					s.bodyCols = Math.max(1, c.span - (rng.chance(0.3) ? 1 : 0));
				s.span = c.span;
				s.gold = tidy(s.gold);
			}
	const page = rng.int(1, 16);
	const pageName = rng.pick(PAGE_NAMES[type]);
	const [ed, de] = people(rng, 2);
	const dateText = `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日 星期${'日一二三四五六'[date.getUTCDay()]}`;
	const paper = rng.pick(['北方日报', '河山日报', '新城日报', '江南晚报']);
	const header = [`第${String(page).padStart(2, '0')}版：${pageName}`, `${paper}\u3000${dateText}`];
	const footer = [`责任编辑：${ed}\u3000版式设计：${de}`];
	if (items.length > 10) traits.add('many-items');
	const gold = goldPage(
		{ id: `t3-${String(n).padStart(4, '0')}`, date: date.toISOString().slice(0, 10), page, pageName, banner },
		[],
		items.map((s) => s.gold),
	);
	return { gold, header, footer, rows, grid, fontPx, colChars };
}
