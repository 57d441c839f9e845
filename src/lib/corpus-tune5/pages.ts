/**
 * The tune5 generator's page types: eight pages of its own idea of a Chinese daily (头版 with a
 * 导读 box and a 通栏 lead, 评论 with 人民论坛/短评/来论, 民生 with 新闻速览 and readers' letters
 * under an 编者按, 文化 features with intertitles, 科技 with charts and data captions, 法治 case
 * reports, 国际 with 综合外电 and agency datelines, 图片专版 with photos 图①…图⑥). A page is a list
 * of stories in reading order, each carrying its gold item and how it is printed (where the byline
 * and label sit, how the credit runs); dump.ts and layout.ts read the same stories.
 */
import { readFileSync } from 'node:fs';
import { corpusFromText } from '../bench/corpus.ts';
import type { GoldItem } from '../corpus-gold/gold.ts';
import type { Dice } from './random.ts';
import {
	CITIES,
	COUNTRIES,
	fill,
	HEADLINES,
	INTERTITLES,
	KICKERS,
	names,
	personName,
	PROVINCES,
	SENTENCES,
	SUBHEADS,
	type Slots,
} from './words.ts';

/** The eight page types, in the order pages turn through them. */
export const PAGE_TYPES = ['front', 'opinion', 'society', 'culture', 'science', 'law', 'world', 'pictures'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const PAGE_NAMES: Record<PageType, string[]> = {
	front: ['要闻', '头版', '要闻'],
	opinion: ['评论', '评论·观点', '言论'],
	society: ['社会', '民生', '社会·民生'],
	culture: ['文化', '文化周刊', '文旅'],
	science: ['科技', '科教', '科技视界'],
	law: ['法治', '法治社会', '政法'],
	world: ['国际', '国际新闻', '环球'],
	pictures: ['图片', '视觉', '图片专版'],
};
const PAGE_RANGE: Record<PageType, [number, number]> = {
	front: [1, 1],
	opinion: [4, 5],
	society: [6, 11],
	culture: [8, 14],
	science: [9, 15],
	law: [10, 16],
	world: [3, 17],
	pictures: [12, 20],
};

/** How a story is printed, besides its gold. */
export interface Story {
	gold: GoldItem;
	role: 'lead' | 'news' | 'brief' | 'comment' | 'photo' | 'chart' | 'box' | 'letter' | 'feature' | 'guide';
	/** The byline as printed, marks included (◎ 张三, □本报记者 张三, ——张三). */
	bylinePrinted?: string;
	/** Where the byline is printed: over the body or under it. */
	bylineAt?: 'top' | 'tail';
	/** The label as printed, marks included (■人民论坛, 【短评】). */
	labelPrinted?: string;
	/** A photo's credit run on at the end of its caption rather than on a line of its own. */
	creditInline?: boolean;
	/** A chart's title, bars and unit (printed, not gold). */
	chart?: { title: string; unit: string; bars: [string, string][] };
	/** A jump line printed after the body (furniture). */
	jump?: string;
	/** The heading of the group this story opens, printed once (新闻速览, 国际短讯): not gold. */
	groupHead?: string;
	/** The story is the last of its group. */
	groupEnd?: boolean;
	/** A brief whose headline runs on at the start of its paragraph. */
	runIn?: boolean;
}

/** A composed page. */
export interface Page {
	type: PageType;
	id: string;
	date: string;
	page: number;
	pageName: string;
	paper: string;
	banner?: string;
	stories: Story[];
	/** Lines printed at the top (paper, page header, date) and at the bottom (editors, notices). */
	top: string[];
	bottom: string[];
	traits: Set<string>;
}

const PAPERS = ['晨光日报', '东方时报', '长河日报', '新桥日报'];
const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
const BANNERS = [
	'奋进新征程 建功新时代',
	'学思想 强党性 重实践 建新功',
	'凝心聚力 砥砺前行',
	'稳中求进 实干争先',
	'深化改革 扩大开放',
	'守护绿水青山 建设美丽家园',
];
const CIRCLED = ['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧'];

let samplePool: string[] | undefined;
/** The sample dump's sentences (read once). */
function sample(): string[] {
	samplePool ??= corpusFromText(
		readFileSync(new URL('../../../content/dumps/2021-06-08/01.txt', import.meta.url), 'utf8'),
	).sentences.filter(
		(s) =>
			s.length >= 14 &&
			s.length <= 90 &&
			!/^[”’」』）》，、]/.test(s) &&
			(s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length &&
			(s.match(/‘/g) ?? []).length === (s.match(/’/g) ?? []).length &&
			(s.match(/《/g) ?? []).length === (s.match(/》/g) ?? []).length,
	);
	return samplePool;
}

/** Composes page `n` of `type` as page id `id`. */
export function composePage(d: Dice, id: string, type: PageType): Page {
	const year = d.int(2021, 2025);
	const month = d.int(1, 12);
	const day = d.int(1, 28);
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	const page = d.int(...PAGE_RANGE[type]);
	const pageName = d.pick(PAGE_NAMES[type]);
	const paper = d.pick(PAPERS);
	const [country, capital] = d.pick(COUNTRIES);
	const slots: Slots = { city: d.pick(CITIES), prov: d.pick(PROVINCES), country, capital, year };
	const traits = new Set<string>([`type:${type}`]);
	const c = new Composer(d, slots, traits, { month, day: day > 1 ? day - 1 : day });
	const stories = BUILDERS[type](c);
	const pp = String(page).padStart(2, '0');
	const header = d.pick([
		`第${pp}版：${pageName}`,
		`${pp}  ${pageName}`,
		`${pageName}  第${pp}版`,
		`第${page}版 ${pageName}`,
	]);
	const dateLine = d.pick([
		`${year}年${month}月${day}日  ${weekday}`,
		`${year}年${month}月${day}日 ${weekday}`,
		`${date}`,
	]);
	const top =
		type === 'front' ? [paper, dateLine, header] : d.chance(0.5) ? [header, dateLine] : [dateLine, paper, header];
	const [editor, designer] = names(d, 2);
	const bottom = [
		d.pick([
			`责任编辑：${editor}`,
			`本版责编：${editor}\u3000版式设计：${designer}`,
			`责任编辑：${editor}  美术编辑：${designer}`,
		]),
	];
	if (d.chance(0.25))
		bottom.push(
			d.pick([
				`欢迎订阅《${paper}》`,
				`新闻热线：0${d.int(10, 99)}-${d.int(60000000, 89999999)}`,
				`投稿邮箱：news${d.int(10, 99)}@example.cn`,
			]),
		);
	traits.add('furniture');
	const banner =
		type === 'front' && d.chance(0.35)
			? d.pick(BANNERS)
			: type === 'pictures' && d.chance(0.3)
				? d.pick(BANNERS)
				: undefined;
	if (banner) traits.add('banner');
	if (stories.some((s) => s.jump)) traits.add('jump-line');
	return { type, id, date, page, pageName, paper, banner, stories, top, bottom, traits };
}

/** Builds stories of one beat: paragraphs, heads, datelines and bylines. */
class Composer {
	readonly d: Dice;
	readonly slots: Slots;
	readonly traits: Set<string>;
	readonly when: { month: number; day: number };
	constructor(d: Dice, slots: Slots, traits: Set<string>, when: { month: number; day: number }) {
		this.d = d;
		this.slots = slots;
		this.traits = traits;
		this.when = when;
	}

	/** A sentence of `beat`, its pattern not among `used` (the story's) while any is left. */
	sentence(beat: string, used: Set<string> = new Set()): string {
		const patterns = SENTENCES[beat];
		if (beat === 'life' && this.d.chance(0.3)) {
			const pool = sample().filter((x) => !used.has(x));
			if (pool.length > 0) {
				const picked = this.d.pick(pool);
				used.add(picked);
				return picked;
			}
		}
		// Prefer a pattern no story of the page has used yet, then one this story has not.
		const fresh = patterns.filter((x) => !used.has(x) && !this.pageUsed.has(x));
		let left = fresh.length > 0 ? fresh : patterns.filter((x) => !used.has(x));
		if (left.length === 0) {
			for (const x of patterns) used.delete(x);
			left = patterns;
		}
		const pattern = this.d.pick(left);
		used.add(pattern);
		this.pageUsed.add(pattern);
		return fill(this.d, pattern, this.slots);
	}

	paragraph(beat: string, min = 1, max = 4, used: Set<string> = new Set()): string {
		const count = this.d.int(min, max);
		let out = '';
		for (let i = 0; i < count; i++) out += this.sentence(beat, used);
		return out;
	}

	paragraphs(
		beat: string,
		min: number,
		max: number,
		sentences: [number, number] = [1, 4],
		used: Set<string> = new Set(),
	): string[] {
		return Array.from({ length: this.d.int(min, max) }, () => this.paragraph(beat, ...sentences, used));
	}

	/** The sentence patterns the page has used. */
	readonly pageUsed = new Set<string>();

	/** The page's headlines so far, so that no two stories share one. */
	readonly headlines = new Set<string>();

	headline(beat: string): string {
		let head = '';
		for (let i = 0; i < 12; i++) {
			head = fill(this.d, this.d.pick(HEADLINES[beat]), this.slots);
			if (!this.headlines.has(head)) break;
		}
		this.headlines.add(head);
		return head;
	}

	/** An optional kicker (——-ended or plain) and subheadline (——-led or plain). */
	/** The beat of the story being built (for its subheadline). */
	beat = 'life';

	heads(pKicker: number, pSub: number): { kicker?: string; subheadline?: string } {
		const out: { kicker?: string; subheadline?: string } = {};
		if (this.d.chance(pKicker)) {
			const plain = this.d.chance(0.35);
			out.kicker = this.d.pick(KICKERS) + (plain ? '' : '——');
			this.traits.add(plain ? 'kicker-plain' : 'kicker');
		}
		if (this.d.chance(pSub)) {
			const plain = this.d.chance(0.3);
			out.subheadline =
				(plain ? '' : '——') + fill(this.d, this.d.pick(SUBHEADS[this.beat] ?? SUBHEADS.life), this.slots);
			this.traits.add(plain ? 'subheadline-plain' : 'subheadline');
		}
		return out;
	}

	/** A dateline opening the first paragraph, with its reporters (authors) or none. */
	dateline(kind: 'ours' | 'agency' | 'combined' | 'local', place = '北京'): { text: string; authors: string[] } {
		const { month, day } = this.when;
		this.traits.add('dateline');
		if (kind === 'agency') return { text: `据新华社${place}${month}月${day}日电  `, authors: [] };
		if (kind === 'combined')
			return { text: this.d.pick(['本报综合外电报道  ', '综合新华社、本报驻外记者报道  ']), authors: [] };
		const reporters = names(this.d, this.d.int(1, 2));
		const helper = this.d.chance(0.3) ? personName(this.d) : undefined;
		const who = `记者${reporters.join('、')}${helper ? ` 通讯员${helper}` : ''}`;
		const head = kind === 'local' ? '本报讯' : `本报${place}${month}月${day}日电`;
		return {
			text: `${head}${this.d.pick(['', ' ', '\u3000'])}（${who}）`,
			authors: helper ? [...reporters, helper] : reporters,
		};
	}

	/** A top byline 本报记者 某某 (two names sometimes, a 通讯员 sometimes). */
	reporterByline(): { printed: string; byline: string; authors: string[] } {
		const reporters = names(this.d, this.d.chance(0.4) ? 2 : 1);
		if (reporters.length > 1) this.traits.add('byline-two-names');
		const helper = this.d.chance(0.2) ? personName(this.d) : undefined;
		const byline = `本报记者 ${reporters.join(' ')}${helper ? ` 通讯员 ${helper}` : ''}`;
		this.traits.add('byline');
		const mark = this.d.pick(['', '', '□', '◎']);
		return { printed: mark + byline, byline, authors: helper ? [...reporters, helper] : reporters };
	}

	/** A photo's credit and its photographers. */
	credit(agencyOk: boolean): { credit: string; authors: string[] } {
		const who = personName(this.d);
		const form = this.d.weighted({ plain: 4, ours: 2, xinhua: agencyOk ? 2 : 0.5, source: 1.5, slash: 1 });
		this.traits.add('credit');
		if (form === 'plain') return { credit: this.d.chance(0.5) ? `${who} 摄` : `${who}摄`, authors: [who] };
		if (form === 'ours') return { credit: `本报记者 ${who}摄`, authors: [who] };
		if (form === 'xinhua') {
			this.traits.add('credit-agency');
			if (this.d.chance(0.3)) return { credit: '新华社发', authors: [] };
			return { credit: `新华社记者 ${who} 摄`, authors: [who] };
		}
		if (form === 'slash') return { credit: `${who}/摄`, authors: [who] };
		this.traits.add('credit-source');
		return { credit: this.d.pick(['视觉中国', '资料图片', '受访者供图']), authors: [] };
	}

	/** A photo story: a caption (with its 图① number), a credit, an optional title. */
	photo(titled: number, label?: string, agencyOk = false): Story {
		const caption =
			fill(this.d, this.d.pick(SENTENCES.photo), this.slots) + (this.d.chance(0.4) ? this.sentence('caption') : '');
		const { credit, authors } = this.credit(agencyOk);
		const headline = this.d.chance(titled) ? this.headline('photo') : null;
		this.traits.add(headline ? 'photo' : 'photo-untitled');
		const inline = this.d.chance(0.4);
		if (inline) this.traits.add('credit-inline');
		return {
			role: 'photo',
			creditInline: inline,
			gold: { kind: 'photo', headline, authors, credit, paragraphs: [label ? `${label}${caption}` : caption] },
		};
	}

	article(
		beat: string,
		paras: [number, number],
		opts: {
			dateline?: 'ours' | 'agency' | 'combined' | 'local';
			place?: string;
			byline?: boolean;
			kicker?: number;
			sub?: number;
			role?: Story['role'];
			used?: Set<string>;
		} = {},
	): Story {
		this.beat = beat;
		const paragraphs = this.paragraphs(beat, ...paras, [1, 4], opts.used);
		let authors: string[] = [];
		let byline: string | undefined;
		let printed: string | undefined;
		if (opts.dateline) {
			const dl = this.dateline(opts.dateline, opts.place);
			paragraphs[0] = dl.text + paragraphs[0];
			authors = dl.authors;
		} else if (opts.byline) {
			const b = this.reporterByline();
			byline = b.byline;
			printed = b.printed;
			authors = b.authors;
		}
		return {
			role: opts.role ?? 'news',
			bylinePrinted: printed,
			bylineAt: printed ? 'top' : undefined,
			gold: {
				kind: 'article',
				headline: this.headline(beat),
				...this.heads(opts.kicker ?? 0, opts.sub ?? 0),
				...(byline ? { byline } : {}),
				authors,
				paragraphs,
			},
		};
	}

	/** A commentary with a label, a ◎/——/plain byline over or under it, and maybe an author bio. */
	commentary(
		label: string | undefined,
		paras: [number, number],
		opts: { bio?: boolean; staff?: boolean; tail?: boolean } = {},
	): Story {
		this.beat = 'comment';
		const paragraphs = this.paragraphs('comment', ...paras, [2, 4]);
		this.traits.add('commentary');
		const who = personName(this.d);
		let byline: string;
		let printed: string;
		let authors = [who];
		if (opts.staff) {
			byline = printed = '本报评论员';
			authors = [];
		} else if (opts.tail) {
			byline = who;
			printed = this.d.pick([`——${who}`, `（${who}）`, who]);
			this.traits.add('byline-tail');
		} else {
			byline = this.d.chance(0.5) ? who : `${this.d.pick(['本报记者', '特约评论员', '本报评论员'])} ${who}`;
			printed = this.d.pick(['◎', '□', '', '文/']) + byline;
			if (printed.startsWith('文/')) byline = printed;
		}
		if (opts.bio) {
			paragraphs.push(
				`（作者为${this.d.pick(['某大学法学院教授', '某研究院研究员', '某市社科院副研究员', '某中学教师', '某律师事务所律师'])}）`,
			);
			this.traits.add('author-bio');
		}
		this.traits.add('byline');
		let labelPrinted: string | undefined;
		if (label) {
			labelPrinted = this.d.pick([`■${label}`, `【${label}】`, label, `${label}·`]).replace(/·$/, '');
			this.traits.add(
				labelPrinted.startsWith('■')
					? 'label-marked'
					: labelPrinted.startsWith('【')
						? 'label-bracketed'
						: 'label-bare',
			);
		}
		return {
			role: 'comment',
			bylinePrinted: printed,
			bylineAt: opts.tail ? 'tail' : 'top',
			labelPrinted,
			gold: {
				kind: 'commentary',
				headline: this.headline('comment'),
				...this.heads(0.1, 0.15),
				byline,
				authors,
				...(label ? { section: label } : {}),
				paragraphs,
			},
		};
	}

	/** Short items under one group heading (printed once, no item's section). */
	briefs(head: string, beat: string, count: number, dateline: 'local' | 'agency' | 'none', runIn = 0): Story[] {
		this.traits.add('briefs');
		const out: Story[] = [];
		for (let i = 0; i < count; i++) {
			const s = this.article(beat, [1, 1], {
				dateline: dateline === 'none' ? undefined : dateline,
				place: this.d.pick(COUNTRIES)[1],
				role: 'brief',
			});
			if (dateline === 'agency') s.gold.paragraphs[0] = s.gold.paragraphs[0].replace(/^据新华社/, '新华社');
			if (this.d.chance(runIn)) {
				s.runIn = true;
				this.traits.add('run-in-headline');
			}
			out.push(s);
		}
		out[0].groupHead = head;
		out[out.length - 1].groupEnd = true;
		return out;
	}

	/** A feature with intertitles (numbered or plain). */
	feature(beat: string, sections: number, opts: { kicker?: number; sub?: number; intertitles?: string[] } = {}): Story {
		const used = new Set<string>();
		const story = this.article(beat, [2, 3], {
			byline: true,
			kicker: opts.kicker ?? 0.4,
			sub: opts.sub ?? 0.5,
			role: 'feature',
			used,
		});
		const titles = opts.intertitles ?? this.d.sample(INTERTITLES.slice(0, 10), sections);
		const numbered = this.d.chance(0.4) && !opts.intertitles;
		const intertitles: number[] = [];
		titles.forEach((title, i) => {
			intertitles.push(story.gold.paragraphs.length);
			story.gold.paragraphs.push(numbered ? `${'一二三四五'[i]}、${title}` : title);
			story.gold.paragraphs.push(...this.paragraphs(beat, 2, 3, [1, 4], used));
		});
		story.gold.intertitles = intertitles;
		this.traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
		return story;
	}
}

const BUILDERS: Record<PageType, (c: Composer) => Story[]> = {
	front(c) {
		const d = c.d;
		const out: Story[] = [];
		const lead = c.article('big', [4, 7], {
			dateline: 'ours',
			place: d.pick(['北京', c.slots.city]),
			kicker: 0.6,
			sub: 0.6,
			role: 'lead',
		});
		if (d.chance(0.4)) lead.jump = d.pick(['（下转第2版）', '（转二版）', '下转第3版']);
		const guide: Story = {
			role: 'guide',
			gold: {
				kind: 'article',
				headline: d.pick(['今日导读', '导读', '本期导读']),
				authors: [],
				paragraphs: Array.from(
					{ length: d.int(3, 5) },
					() =>
						`${c.headline(d.pick(['life', 'culture', 'tech', 'law', 'world']))}${d.pick(['', ' ', '——'])}（第${d.int(2, 16)}版）`,
				),
			},
		};
		c.traits.add('guide-box');
		const staff = c.commentary(d.pick(['评论员文章', '本报评论员', undefined]), [3, 5], { staff: true });
		if (staff.gold.section === '本报评论员') {
			delete staff.gold.section;
			delete staff.labelPrinted;
		}
		const news = Array.from({ length: d.int(2, 3) }, () =>
			c.article('big', [2, 4], { dateline: d.pick(['ours', 'local', 'agency'] as const), kicker: 0.2, sub: 0.2 }),
		);
		const photo = c.photo(0.6, undefined, true);
		if (d.chance(0.5)) out.push(guide, lead);
		else out.push(lead, guide);
		out.push(...d.shuffle([staff, photo, ...news]));
		return out;
	},
	opinion(c) {
		const d = c.d;
		const out: Story[] = [c.commentary('人民论坛', [4, 6], { tail: d.chance(0.4) })];
		for (let i = 0; i < d.int(2, 3); i++) out.push(c.commentary('短评', [1, 3], { tail: d.chance(0.6) }));
		for (let i = 0; i < d.int(1, 2); i++) out.push(c.commentary('来论', [3, 5], { bio: d.chance(0.7) }));
		if (d.chance(0.5))
			out.push(c.commentary(d.pick(['评论员观察', '今日谈', '快评']), [2, 4], { tail: d.chance(0.3) }));
		return [out[0], ...d.shuffle(out.slice(1))];
	},
	society(c) {
		const d = c.d;
		const out: Story[] = [c.article('life', [4, 6], { byline: true, kicker: 0.5, sub: 0.4, role: 'lead' })];
		out.push(
			...c.briefs(
				d.pick(['新闻速览', '社会速递', '民生速览']),
				'life',
				d.int(3, 5),
				d.pick(['local', 'none'] as const),
				0.35,
			),
		);
		// Readers' letters: an 编者按 opens the first, each signed at its foot; a reply follows.
		const letters = d.int(1, 2);
		for (let i = 0; i < letters; i++) {
			const who = personName(d);
			const where = `${d.pick(PROVINCES)}省${d.pick(CITIES)}市`;
			const paragraphs = c.paragraphs('letter', 2, 3, [1, 3]);
			const byline = d.pick([`${where} 读者 ${who}`, `${where}读者${who}`, `读者 ${who}`]);
			const story: Story = {
				role: 'letter',
				bylinePrinted: byline,
				bylineAt: 'tail',
				labelPrinted: d.pick(['读者来信', '■读者来信', '【读者来信】']),
				gold: {
					kind: 'article',
					headline: c.headline('letter'),
					byline,
					authors: [who],
					section: '读者来信',
					paragraphs,
				},
			};
			if (i === 0 && d.chance(0.7)) {
				story.gold.paragraphs.unshift(`编者按：${c.paragraph('comment', 1, 2)}欢迎读者来信反映身边事。`);
				c.traits.add('editors-note');
			}
			out.push(story);
		}
		c.traits.add('letters');
		const reply = c.article('reply', [2, 3], { byline: true, role: 'news' });
		reply.gold.section = d.pick(['回音', '记者调查', '来信回复']);
		reply.labelPrinted = d.pick([`■${reply.gold.section}`, reply.gold.section]);
		reply.gold.headline = c.headline('reply');
		out.push(reply);
		if (d.chance(0.5)) out.push(c.photo(0.7));
		return out;
	},
	culture(c) {
		const d = c.d;
		const out: Story[] = [c.feature('culture', d.int(2, 4))];
		if (d.chance(0.7)) out.push(c.photo(0.3));
		out.push(
			c.article('culture', [2, 4], {
				byline: d.chance(0.6),
				dateline: d.chance(0.3) ? 'local' : undefined,
				kicker: 0.3,
			}),
		);
		if (d.chance(0.6)) out.push(c.commentary(d.pick(['文化观察', '文艺评论', '艺苑漫笔']), [3, 4]));
		out.push(...c.briefs(d.pick(['文化速递', '书讯', '文化快讯']), 'culture', d.int(2, 4), 'none'));
		return out;
	},
	science(c) {
		const d = c.d;
		const out: Story[] = [c.article('tech', [4, 6], { byline: true, kicker: 0.4, sub: 0.4, role: 'lead' })];
		const charts = d.int(1, 2);
		for (let i = 0; i < charts; i++) {
			const year = c.slots.year - 1;
			const title = d.pick([
				`${year}年${c.slots.prov}${fill(d, '{tech}', c.slots)}产业规模`,
				`近五年研发投入变化`,
				`各地区专利授权量`,
				`${year}年新能源装机容量`,
			]);
			const unit = d.pick(['亿元', '万件', '万千瓦', '%']);
			const byYear = d.chance(0.5);
			const places = d.sample(CITIES, 6);
			const bars: [string, string][] = Array.from({ length: d.int(4, 6) }, (_, k) => [
				byYear ? `${year - 5 + k}年` : places[k],
				`${d.int(10, 990)}${d.chance(0.5) ? `.${d.int(1, 9)}` : ''}`,
			]);
			const who = personName(d);
			const credit = d.pick([`制图：${who}`, `${who} 制图`, `制图/${who}`]);
			const caption = `${d.pick(['数据来源：国家统计局', '数据来源：省科技厅', '数据来源：中国科学院有关研究所', '资料来源：行业协会'])}。${d.chance(0.5) ? c.sentence('tech') : ''}`;
			out.push({
				role: 'chart',
				chart: { title, unit, bars },
				creditInline: d.chance(0.3),
				gold: { kind: 'photo', headline: title, authors: [who], credit, paragraphs: [caption] },
			});
			c.traits.add('chart');
		}
		out.push(c.article('tech', [2, 4], { dateline: d.pick(['ours', 'local'] as const), kicker: 0.2 }));
		const box: Story = {
			role: 'box',
			labelPrinted: d.pick(['小知识', '■科普小贴士', '【链接】', '延伸阅读']),
			gold: {
				kind: 'article',
				headline: c.headline('tech'),
				authors: [],
				paragraphs: c.paragraphs('tech', 1, 2, [2, 3]),
			},
		};
		box.gold.section = box.labelPrinted!.replace(/^[■【]|】$/g, '');
		c.traits.add('sidebar-box');
		out.push(box);
		if (d.chance(0.5)) out.push(c.article('tech', [2, 3], { byline: true }));
		return d.chance(0.5) ? out : [out[0], ...d.shuffle(out.slice(1))];
	},
	law(c) {
		const d = c.d;
		const main = c.feature('law', 0, {
			kicker: 0.5,
			sub: 0.5,
			intertitles: d.pick([
				['案情回顾', '法官说法'],
				['案情回顾', '庭审现场', '法官说法'],
				['案件经过', '检察官说法'],
			]),
		});
		main.gold.section = d.pick(['以案说法', '法治聚焦', '案件快报']);
		main.labelPrinted = d.pick([`■${main.gold.section}`, `【${main.gold.section}】`, main.gold.section]);
		if (d.chance(0.6)) main.gold.paragraphs.push('（文中当事人均为化名）');
		const out: Story[] = [main];
		out.push(c.article('law', [2, 4], { dateline: 'local', kicker: 0.3 }));
		const remind: Story = {
			role: 'box',
			labelPrinted: d.pick(['检察官提醒', '法官提醒', '■普法小课堂']),
			gold: {
				kind: 'article',
				headline: c.headline('law'),
				authors: [],
				paragraphs: c.paragraphs('law', 1, 3, [1, 2]),
			},
		};
		remind.gold.section = remind.labelPrinted!.replace(/^■/, '');
		c.traits.add('sidebar-box');
		out.push(remind);
		out.push(...c.briefs(d.pick(['法治速递', '政法快讯']), 'law', d.int(2, 4), 'local'));
		if (d.chance(0.4)) out.push(c.commentary('法治时评', [2, 4], { tail: d.chance(0.5) }));
		return out;
	},
	world(c) {
		const d = c.d;
		const out: Story[] = [];
		const lead = c.article('world', [3, 5], { kicker: 0.3, sub: 0.3, role: 'lead' });
		const reporter = personName(d);
		lead.gold.byline = `本报驻${c.slots.capital}记者 ${reporter}`;
		lead.bylinePrinted = d.pick(['', '□']) + lead.gold.byline;
		lead.bylineAt = 'top';
		lead.gold.authors = [reporter];
		c.traits.add('byline');
		out.push(lead);
		out.push(c.article('world', [2, 4], { dateline: 'combined' }));
		out.push(c.article('world', [2, 3], { dateline: 'agency', place: d.pick(COUNTRIES)[1] }));
		out.push(c.photo(0.5, undefined, true));
		out.push(c.commentary('国际观察', [3, 4]));
		out.push(...c.briefs(d.pick(['国际短讯', '环球速览']), 'world', d.int(2, 4), 'agency'));
		return [out[0], ...d.shuffle(out.slice(1, 5)), ...out.slice(5)];
	},
	pictures(c) {
		const d = c.d;
		const intro = c.article('life', [1, 2], { kicker: 0.5, sub: 0.5, role: 'lead' });
		intro.gold.headline = c.headline('photo');
		const who = personName(d);
		const form = d.pick(['文/图', '文', 'none']);
		if (form !== 'none') {
			intro.gold.byline = form === '文' ? `文/${who}` : `本报记者 ${who} 文/图`;
			intro.bylinePrinted = intro.gold.byline;
			intro.bylineAt = d.chance(0.6) ? 'top' : 'tail';
			intro.gold.authors = [who];
			c.traits.add('byline');
		}
		const out: Story[] = [intro];
		const count = d.int(4, 6);
		const numbered = d.chance(0.75);
		for (let i = 0; i < count; i++) {
			const label = numbered ? d.pick([`图${CIRCLED[i]}：`, `图${CIRCLED[i]}\u3000`, `${CIRCLED[i]}`]) : undefined;
			out.push(c.photo(numbered ? 0 : 0.4, label, true));
		}
		if (numbered) c.traits.add('photo-numbered');
		c.traits.add('photo-group');
		if (d.chance(0.5)) out.push(c.photo(0.9, undefined, true));
		return out;
	},
};
