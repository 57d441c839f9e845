/**
 * The tune4 generator's eight page types: what stories a page of each kind carries, with their
 * heads, bylines, labels and credits. Layout and dump are decided elsewhere (layout.ts, dump.ts).
 */
import type { Rng } from './random.ts';
import { goldItem, printLabel, reporterByline, type PageModel, type Story } from './story.ts';
import {
	bookTitle,
	columnLabel,
	commentHeadline,
	commentSentence,
	econSentence,
	essaySentence,
	figure,
	kicker,
	names,
	newsHeadline,
	newsSentence,
	paragraph,
	personName,
	PLACES,
	poemLine,
	printedName,
	PROVINCES,
	resultLine,
	reviewSentence,
	sportSentence,
	subheadline,
	theorySentence,
	theoryTopic,
	worldPlace,
	worldSentence,
} from './words.ts';

/** The page types, in the order pages cycle through them. */
export const PAGE_TYPES = ['yaowen', 'local', 'world', 'economy', 'theory', 'fukan', 'special', 'sports'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const PAGE_NAMES: Record<PageType, string[]> = {
	yaowen: ['要闻'],
	local: ['地方', '区域', '地方新闻', '社会'],
	world: ['国际', '国际新闻', '国际周刊'],
	economy: ['经济', '经济·产经', '经济周刊'],
	theory: ['理论', '学术', '思想·理论'],
	fukan: ['副刊', '大地', '文艺'],
	special: ['专版', '专题', '特别报道'],
	sports: ['体育', '文化', '体育·文化'],
};

/** Paragraphs of `count` paragraphs of 1–4 sentences from `make`. */
function paras(rng: Rng, count: number, make: (rng: Rng) => string, min = 1, max = 4): string[] {
	return Array.from({ length: count }, () => paragraph(rng, rng.int(min, max), make));
}

/** A date as a dateline prints it. */
function md(rng: Rng): string {
	return `${rng.int(1, 12)}月${rng.int(1, 28)}日`;
}

/** Context shared while one page is composed. */
interface Ctx {
	rng: Rng;
	traits: Set<string>;
}

/** A news story: head, byline at head or tail or a dateline, body. */
function news(
	c: Ctx,
	opts: {
		role?: Story['role'];
		paragraphs: number;
		kicker?: boolean;
		sub?: boolean;
		label?: string;
		dateline?: boolean;
	},
): Story {
	const { rng, traits } = c;
	const k = opts.kicker ? kicker(rng, rng.chance(0.6)) : undefined;
	const s = opts.sub ? subheadline(rng, rng.chance(0.7)) : undefined;
	if (k) traits.add(k.endsWith('——') ? 'kicker' : 'kicker-plain');
	if (s) traits.add(s.startsWith('——') ? 'subheadline' : 'subheadline-plain');
	const body = paras(c.rng, opts.paragraphs, newsSentence);
	let byline;
	let headByline;
	let tailByline;
	let authors: string[];
	if (opts.dateline) {
		traits.add('dateline');
		const who = names(rng, rng.int(1, 2));
		const printed = who.map((n) => printedName(n, rng.chance(0.3)));
		const form = rng.int(0, 2);
		const lead =
			form === 0
				? `本报${rng.pick(PROVINCES)}${md(rng)}电  （记者${printed.join('、')}）`
				: form === 1
					? `本报讯（记者${printed.join('、')}）`
					: `本报${rng.pick(PROVINCES)}${md(rng)}电  （记者${printed[0]}${printed[1] ? `、通讯员${printed[1]}` : ''}）`;
		body[0] = lead + body[0];
		authors = who;
	} else {
		const b = reporterByline(rng);
		byline = b.gold;
		authors = b.authors;
		traits.add('byline');
		if (b.authors.length > 1) traits.add('byline-two-names');
		if (rng.chance(0.7)) {
			headByline = rng.weighted([
				[`□${b.printed}`, 2],
				[b.printed, 3],
				[`■${b.printed}`, 1],
			] as const);
			// A byline split over two lines: the staff reporters, then the 通讯员 or 实习生.
			if (/ (通讯员|实习生) /.test(headByline) && rng.chance(0.5)) {
				headByline = headByline.replace(/ +(通讯员|实习生) /, '\n$1 ');
				traits.add('byline-split');
			}
		} else {
			tailByline = rng.chance(0.5) ? `（${b.printed}）` : b.printed;
			traits.add('byline-tail');
		}
	}
	const section = opts.label;
	if (section) traits.add('label');
	return {
		role: opts.role ?? 'news',
		item: goldItem({
			kind: 'article',
			headline: newsHeadline(rng),
			kicker: k,
			subheadline: s,
			byline,
			authors,
			section,
			paragraphs: body,
		}),
		label: section ? printLabel(rng, section) : undefined,
		headByline,
		tailByline,
	};
}

/** A commentary: 本报评论员, a column with ◎name, or a name at the tail. */
function commentary(c: Ctx, form: 'editorial' | 'column' | 'short'): Story {
	const { rng, traits } = c;
	traits.add('commentary');
	if (form === 'editorial') {
		const sub = rng.chance(0.6) ? `——${rng.pick(['一论', '二论', '三论', '论'])}${commentHeadline(rng)}` : undefined;
		if (sub) traits.add('subheadline');
		const section = rng.chance(0.4) ? '评论员文章' : undefined;
		const atHead = rng.chance(0.7);
		return {
			role: 'commentary',
			item: goldItem({
				kind: 'commentary',
				headline: commentHeadline(rng),
				subheadline: sub,
				byline: '本报评论员',
				authors: [],
				section,
				paragraphs: paras(rng, rng.int(4, 7), commentSentence, 2, 4),
			}),
			headByline: atHead ? '本报评论员' : undefined,
			tailByline: atHead ? undefined : '（本报评论员）',
			label: section ? printLabel(rng, section) : undefined,
		};
	}
	const label = columnLabel(rng, 'comment');
	const name = personName(rng);
	const printed = printedName(name, rng.chance(0.3));
	const story: Story = {
		role: 'commentary',
		item: goldItem({
			kind: 'commentary',
			headline: commentHeadline(rng),
			byline: printed,
			authors: [name],
			section: label,
			paragraphs: paras(rng, form === 'short' ? rng.int(2, 3) : rng.int(3, 5), commentSentence, 1, 3),
		}),
		label: printLabel(rng, label),
	};
	traits.add('label');
	const where = rng.int(0, 2);
	if (where === 0) story.headByline = `◎${printed}`;
	else if (where === 1) story.headByline = `□${printed}`;
	else {
		story.tailByline = rng.chance(0.5) ? `（${printed}）` : `■ ${printed}`;
		traits.add('byline-tail');
	}
	// The section label sits in the byline slot of a label (■观潮 □见习记者 某某) sometimes.
	if (story.headByline && rng.chance(0.2)) {
		story.headByline = `□见习记者 ${printed}`;
		story.item.byline = `见习记者 ${printed}`;
	}
	return story;
}

/** A photo credit as printed and in gold, and the photographer it names (a photo's authors; none for an agency, 资料图片 or 供图). */
const CREDITS = (rng: Rng): { printed: string; gold: string; authors: string[] } => {
	const name = personName(rng);
	const p = printedName(name, rng.chance(0.3));
	const credit = rng.weighted([
		[`本报记者 ${p}摄`, 3],
		[`${p} 摄`, 3],
		[`本报记者 ${p} 摄`, 2],
		['新华社发', 1],
		[`新华社记者 ${p}摄`, 2],
		['资料图片', 1],
		['视觉中国', 1],
		[`${p}摄（人民视觉）`, 1],
		['受访者供图', 1],
		[`通讯员 ${p}摄`, 1],
	] as const);
	return { printed: credit, gold: credit, authors: credit.includes('摄') ? [name] : [] };
};

/** A photo: caption (图为… or a scene), a credit inline or on its line, a title or none. */
function photo(c: Ctx, opts: { titled?: boolean; group?: number; caption?: string } = {}): Story {
	const { rng, traits } = c;
	traits.add('photo');
	const credit = CREDITS(rng);
	const titled = opts.titled ?? rng.chance(0.7);
	if (!titled) traits.add('photo-untitled');
	traits.add('credit');
	if (/新华社发|资料图片|视觉中国|供图/.test(credit.gold)) traits.add('credit-source');
	if (/人民视觉/.test(credit.gold)) traits.add('credit-agency');
	const caption =
		opts.caption ??
		rng.pick([
			`${md(rng)}，${rng.pick(PLACES)}${rng.pick(['村民在田间收割水稻', '志愿者为老人测量血压', '工人在生产线上忙碌', '游客在古镇街头游览', '孩子们在新建的操场上做游戏', '技术人员调试智能设备'])}。`,
			`图为${rng.pick(PLACES)}${rng.pick(['一家企业的智能化车间', '新落成的社区服务中心', '丰收的果园', '修缮一新的古村落', '夜幕下的特色街区'])}。`,
			`${newsSentence(rng)}${rng.pick(['图为活动现场。', '图为施工现场。', ''])}`,
		]);
	const inline = rng.chance(0.45);
	if (inline) traits.add('text:credit-inline');
	return {
		role: 'photo',
		item: goldItem({
			kind: 'photo',
			headline: titled
				? rng.pick([
						newsHeadline(rng),
						rng.pick(['丰收时节', '秋色正浓', '家门口的课堂', '重温历史', '点亮希望', '匠心', '春耕忙', '夜经济']),
					])
				: null,
			credit: credit.gold,
			authors: credit.authors,
			paragraphs: [caption],
		}),
		creditLine: credit.printed,
		creditInline: inline,
		group: opts.group,
	};
}

/** A picture group (组图): one item, captions 图①… each its paragraph, one credit for all. */
function numberedPhotos(c: Ctx): Story {
	const { rng, traits } = c;
	traits.add('photo');
	traits.add('photo-numbered');
	traits.add('credit');
	const marks = ['①', '②', '③', '④'];
	const n = rng.int(2, 4);
	const name = personName(rng);
	const p = printedName(name, rng.chance(0.3));
	const credit = rng.pick([`本报记者 ${p}摄`, `本版图片均为本报记者 ${p}摄`, `${p} 摄`, '资料图片']);
	const captions = marks
		.slice(0, n)
		.map(
			(m) =>
				`图${m}：${rng.pick(PLACES)}${rng.pick(['村民在晒场上翻晒玉米', '游客在新开放的步道上拍照', '工人检查新安装的光伏板', '小朋友在图书室里读书', '志愿者清理河道垃圾', '演员在广场上表演地方戏'])}。`,
		);
	return {
		role: 'photo',
		item: goldItem({
			kind: 'photo',
			headline: rng.pick([newsHeadline(rng), '丰收季里忙', '家门口的新变化', '山乡巨变']),
			credit,
			authors: credit.includes('摄') ? [name] : [],
			paragraphs: captions,
		}),
		creditLine: credit,
		creditInline: rng.chance(0.3),
	};
}

/** A 链接/延伸阅读/背景 sidebar or a 数读 data box standing in story `host`. */
function sidebar(c: Ctx, host: number, kind: 'link' | 'data'): Story {
	const { rng, traits } = c;
	traits.add('sidebar');
	if (kind === 'data') {
		const lines = Array.from({ length: rng.int(3, 5) }, () => {
			const n = figure(rng);
			const unit = n.endsWith('%') ? '' : rng.pick(['家', '亿元', '万人', '个', '万千瓦']);
			const what = rng.pick([
				'全年新增市场主体',
				'规上工业增加值增速',
				'新增城镇就业',
				'新建充电设施',
				'外贸进出口总额增幅',
				'数字经济核心产业营收',
			]);
			return `${rng.pick(['●', '▲', ''])}${n}${unit}${rng.pick([' ', '\u3000', '：'])}${what}`;
		});
		return {
			role: 'data',
			item: goldItem({
				kind: 'article',
				headline: rng.pick(['一组数据看变化', '数说新成就', '年中经济成绩单', '图表里的活力']),
				section: '数读',
				paragraphs: lines,
			}),
			label: printLabel(rng, '数读'),
			lines: true,
			host,
		};
	}
	const label = rng.pick(['链接', '延伸阅读', '背景', '新闻链接', '相关阅读']);
	return {
		role: 'sidebar',
		item: goldItem({
			kind: 'article',
			headline: rng.pick([
				'什么是“一站式”服务',
				'政策如何惠及小微企业',
				'相关背景',
				'数字乡村建设的三个阶段',
				'“十五分钟生活圈”怎么建',
			]),
			section: label,
			paragraphs: paras(rng, rng.int(1, 3), rng.chance(0.5) ? econSentence : newsSentence, 1, 3),
		}),
		label: printLabel(rng, label),
		host,
	};
}

/** Briefs (简讯): a headline and one paragraph each, a tail credit in brackets. */
function brief(c: Ctx, label?: string): Story {
	const { rng, traits } = c;
	traits.add('briefs');
	const who = names(rng, rng.int(1, 2));
	const printed = who.map((n) => printedName(n, rng.chance(0.3)));
	const form = rng.int(0, 2);
	const body = paragraph(rng, rng.int(2, 3), newsSentence);
	if (form === 0)
		return {
			role: 'brief',
			item: goldItem({
				kind: 'article',
				headline: newsHeadline(rng),
				byline: printed.join(' '),
				authors: who,
				section: label,
				paragraphs: [body],
			}),
			tailByline: `（${printed.join(' ')}）`,
			label: label ? printLabel(rng, label) : undefined,
		};
	if (form === 1)
		return {
			role: 'brief',
			item: goldItem({
				kind: 'article',
				headline: newsHeadline(rng),
				authors: who,
				section: label,
				paragraphs: [`本报讯（记者${printed.join('、')}）${body}`],
			}),
			label: label ? printLabel(rng, label) : undefined,
		};
	return {
		role: 'brief',
		item: goldItem({ kind: 'article', headline: newsHeadline(rng), authors: [], section: label, paragraphs: [body] }),
		label: label ? printLabel(rng, label) : undefined,
	};
}

/** Page type 要闻: a lead, a 评论员文章, dateline news, a photo, maybe a 今日谈. */
function yaowen(c: Ctx): Story[] {
	const { rng } = c;
	const out: Story[] = [
		news(c, {
			role: 'lead',
			paragraphs: rng.int(5, 8),
			kicker: rng.chance(0.7),
			sub: rng.chance(0.5),
			dateline: rng.chance(0.6),
		}),
	];
	if (rng.chance(0.4)) out.push(photo(c));
	out.push(commentary(c, 'editorial'));
	for (let i = rng.int(1, 3); i > 0; i--)
		out.push(news(c, { paragraphs: rng.int(2, 4), dateline: rng.chance(0.7), kicker: rng.chance(0.2) }));
	if (rng.chance(0.6)) out.push(commentary(c, 'short'));
	if (rng.chance(0.5)) out.push(photo(c));
	return out;
}

/** Page type 地方: two features with a label, 简讯, a 图片新闻 group. */
function local(c: Ctx): Story[] {
	const { rng, traits } = c;
	const label = columnLabel(rng, 'news');
	const out: Story[] = [
		news(c, { role: 'lead', paragraphs: rng.int(4, 7), label, kicker: rng.chance(0.4), sub: rng.chance(0.4) }),
	];
	out.push(news(c, { paragraphs: rng.int(3, 5), label: rng.chance(0.5) ? columnLabel(rng, 'feature') : undefined }));
	const briefLabel = rng.pick(['简讯', '地方简讯', '基层快讯', '一线快报']);
	for (let i = rng.int(3, 5), first = true; i > 0; i--, first = false)
		out.push(brief(c, first ? briefLabel : undefined));
	const group = 1;
	traits.add('photo-group');
	for (let i = rng.int(2, 3), first = true; i > 0; i--, first = false) {
		const p = photo(c, { titled: true, group });
		if (first) {
			p.groupLabel = rng.pick(['■图片新闻', '图片新闻', '【图片新闻】']);
		}
		out.push(p);
	}
	if (rng.chance(0.5)) out.push(commentary(c, 'short'));
	if (rng.chance(0.3)) out.push(numberedPhotos(c));
	return out;
}

/** Page type 国际: 本报驻外记者 stories, 新华社 datelines, a photo, an 国际观察 commentary. */
function world(c: Ctx): Story[] {
	const { rng, traits } = c;
	traits.add('dateline');
	const out: Story[] = [];
	const count = rng.int(3, 5);
	for (let i = 0; i < count; i++) {
		const [city, country] = worldPlace(rng);
		const who = names(rng, rng.int(1, 2));
		const printed = who.map((n) => printedName(n, rng.chance(0.3)));
		const body = paras(rng, i === 0 ? rng.int(4, 7) : rng.int(2, 4), (r) => worldSentence(r, country));
		let story: Story;
		const form = rng.int(0, 3);
		if (form === 0) {
			const by = `本报驻${city}记者  ${printed.join('  ')}`;
			story = {
				role: i === 0 ? 'lead' : 'news',
				item: goldItem({
					kind: 'article',
					headline: `${country}${rng.pick(['推进', '加快', '聚焦', '深化'])}${rng.pick(['港口升级改造', '清洁能源转型', '数字经济合作', '区域互联互通', '农业技术推广'])}`,
					byline: by,
					authors: who,
					paragraphs: body,
				}),
				headByline: rng.chance(0.5) ? `□${by}` : by,
			};
			traits.add('byline');
		} else if (form === 1) {
			body[0] = `新华社${city}${md(rng)}电  （记者${printed.join('、')}）${body[0]}`;
			story = {
				role: i === 0 ? 'lead' : 'news',
				item: goldItem({
					kind: 'article',
					headline: `${rng.pick(['多国代表', '国际机构', '专家学者', '当地民众'])}${rng.pick(['点赞', '关注', '期待'])}${rng.pick(['务实合作新成果', '绿色发展新机遇', '共建项目新进展'])}`,
					authors: who,
					paragraphs: body,
				}),
			};
		} else if (form === 2) {
			body[0] = `本报${city}${md(rng)}电  （记者${printed.join('、')}）${body[0]}`;
			story = {
				role: i === 0 ? 'lead' : 'news',
				item: goldItem({
					kind: 'article',
					headline: `${city}${rng.pick(['举办', '召开', '启动'])}${rng.pick(['国际合作论坛', '区域发展会议', '青年交流活动', '技术培训项目'])}`,
					kicker: rng.chance(0.4)
						? `${rng.pick(['共建', '携手', '合作'])}${rng.pick(['共赢', '发展', '未来'])}——`
						: undefined,
					authors: who,
					paragraphs: body,
				}),
			};
		} else {
			body[0] = `据新华社${city}${md(rng)}电  ${body[0]}`;
			story = {
				role: 'news',
				item: goldItem({
					kind: 'article',
					headline: `${country}${rng.pick(['发布', '通过', '出台'])}${rng.pick(['新版能源规划', '基础设施投资计划', '数字化转型战略', '农业支持措施'])}`,
					authors: [],
					paragraphs: body,
				}),
			};
		}
		if (story.item.kicker) traits.add('kicker');
		out.push(story);
		if (i === 0 && rng.chance(0.6))
			out.push(
				photo(c, {
					caption: `${md(rng)}，${rng.pick(['人们在', '游客在', '工人在', '学生在'])}${city}${rng.pick(['街头参加节日活动', '港口作业区忙碌', '一所学校参加技能课程', '河畔散步'])}。`,
				}),
			);
	}
	const name = personName(rng);
	const pn = printedName(name, rng.chance(0.3));
	const label = rng.pick(['国际观察', '环球走笔', '记者手记', '国际论坛']);
	const tail = rng.chance(0.4);
	out.push({
		role: 'commentary',
		item: goldItem({
			kind: 'commentary',
			headline: commentHeadline(rng),
			byline: tail ? `本报记者 ${pn}` : pn,
			authors: [name],
			section: label,
			paragraphs: paras(rng, rng.int(3, 5), commentSentence),
		}),
		label: printLabel(rng, label),
		headByline: tail ? undefined : rng.chance(0.5) ? `◎${pn}` : pn,
		tailByline: tail ? `（本报记者 ${pn}）` : undefined,
	});
	traits.add('commentary');
	return out;
}

/** Page type 经济: a lead with kicker and sidebar, a 数读 box, news, a photo. */
function economy(c: Ctx): Story[] {
	const { rng } = c;
	const lead = news(c, {
		role: 'lead',
		paragraphs: rng.int(5, 8),
		kicker: rng.chance(0.8),
		sub: rng.chance(0.6),
		label: rng.chance(0.4) ? rng.pick(['经济聚焦', '产经观察', '财经眼']) : undefined,
	});
	lead.item.paragraphs = lead.item.paragraphs.map((p, i) =>
		i % 2 === 1 ? paragraph(rng, rng.int(2, 3), econSentence) : p,
	);
	const out: Story[] = [lead];
	if (rng.chance(0.7)) out.push(sidebar(c, 0, 'link'));
	out.push(sidebar(c, rng.chance(0.5) ? 0 : -1, 'data'));
	for (let i = rng.int(2, 3); i > 0; i--) {
		const s = news(c, { paragraphs: rng.int(2, 4), dateline: rng.chance(0.5) });
		s.item.paragraphs = s.item.paragraphs.map((p, j) => (j === 0 ? p : paragraph(rng, rng.int(1, 3), econSentence)));
		out.push(s);
	}
	if (rng.chance(0.6)) out.push(photo(c));
	return out;
}

/** Page type 理论: long articles with 一、二、 intertitles, bios and notes; a 札记. */
function theory(c: Ctx): Story[] {
	const { rng, traits } = c;
	const out: Story[] = [];
	for (let a = rng.int(1, 2); a > 0; a--) {
		const topic = theoryTopic(rng);
		const name = personName(rng);
		const pn = printedName(name, rng.chance(0.4));
		const paragraphs: string[] = [paragraph(rng, rng.int(3, 5), (r) => theorySentence(r, topic))];
		const intertitles: number[] = [];
		const numbered = rng.chance(0.7);
		const sections = rng.int(2, 4);
		for (let s = 0; s < sections; s++) {
			intertitles.push(paragraphs.length);
			const head = `${topic.slice(0, 2)}${rng.pick(['要坚持人民至上', '要把握正确方向', '需要夯实基础', '关键在于落实', '要在创新中推进'])}`;
			paragraphs.push(numbered ? `${'一二三四五'[s]}、${head}` : head);
			for (let k = rng.int(2, 3); k > 0; k--)
				paragraphs.push(paragraph(rng, rng.int(3, 5), (r) => theorySentence(r, topic)));
		}
		traits.add(numbered ? 'intertitle-numbered' : 'intertitle-plain');
		if (rng.chance(0.4)) {
			paragraphs.push(
				`注释：①${rng.pick(['参见', '引自'])}《${topic}${rng.pick(['论纲', '研究', '读本'])}》，第${rng.int(12, 320)}页。`,
			);
			if (rng.chance(0.5)) paragraphs.push(`②同上，第${rng.int(12, 320)}页。`);
			traits.add('notes');
		}
		const bio = `（作者为${rng.pick(['某大学马克思主义学院', '某省社会科学院', '某市委党校', '某大学经济学院'])}${rng.pick(['教授', '研究员', '副教授', '博士生导师'])}）`;
		const bioAtEnd = rng.chance(0.7);
		if (bioAtEnd) paragraphs.push(bio);
		traits.add('author-bio');
		const headByline = rng.weighted([
			[pn, 3],
			[`◎${pn}`, 1],
			[`□${pn}`, 1],
		] as const);
		out.push({
			role: 'theory',
			item: goldItem({
				kind: 'article',
				headline: `${rng.pick(['深刻把握', '扎实推进', '以', '在'])}${topic}${rng.pick(['的实践要求', '中彰显担当', '为牵引推动改革', '的内在逻辑', '中开创新局'])}`,
				subheadline: rng.chance(0.3) ? `——${rng.pick(['学习', '研究', '思考'])}${topic}的几点体会` : undefined,
				byline: pn,
				authors: [name],
				paragraphs,
				intertitles,
				section: rng.chance(0.4) ? rng.pick(['学术随笔', '思想纵横', '理论前沿', '治理之道']) : undefined,
			}),
			headByline,
		});
		const st = out[out.length - 1];
		if (st.item.section) st.label = printLabel(rng, st.item.section);
		if (st.item.subheadline) traits.add('subheadline');
	}
	out.push(commentary(c, 'column'));
	if (rng.chance(0.5)) out.push(sidebar(c, 0, 'link'));
	return out;
}

/** Page type 副刊: an essay, poems, a 书评, an untitled picture. */
function fukan(c: Ctx): Story[] {
	const { rng, traits } = c;
	const out: Story[] = [];
	const label = rng.pick(['大地', '心香一瓣', '多味斋', '文苑', '品味', '人间', '散文']);
	const essayist = personName(rng);
	const ep = printedName(essayist, rng.chance(0.4));
	// The essayist's unit, when printed, closes the essay as its own bracketed paragraph.
	const essay = paras(rng, rng.int(4, 8), essaySentence, 2, 4);
	if (rng.chance(0.3)) {
		essay.push(`（作者单位：${rng.pick(['某市文联', '某县第一中学', '某市作家协会', '某大学文学院'])}）`);
		traits.add('author-unit');
	}
	const headByline = rng.weighted([
		[ep, 2],
		[`□${ep}`, 2],
		[`◎${ep}`, 1],
		[`文/${ep}`, 1],
	] as const);
	out.push({
		role: 'essay',
		item: goldItem({
			kind: 'article',
			headline: rng.pick(['故乡的河', '灯下', '那一片麦田', '老屋记', '渡口', '夜读', '山路弯弯', '回家的路']),
			byline: headByline.startsWith('文/') ? headByline : ep,
			authors: [essayist],
			section: label,
			paragraphs: essay,
		}),
		label: printLabel(rng, label),
		headByline,
	});
	for (let p = rng.int(1, 2); p > 0; p--) {
		const poet = personName(rng);
		const pp = printedName(poet, rng.chance(0.4));
		const stanzas = Array.from({ length: rng.int(4, 10) }, () => poemLine(rng));
		out.push({
			role: 'poem',
			item: goldItem({
				kind: 'article',
				headline: rng.pick(['春天的信', '写给远方', '炊烟', '河流', '雪落无声', '致大地', '灯火']),
				subheadline: rng.chance(0.3) ? '（外一首）' : undefined,
				byline: pp,
				authors: [poet],
				paragraphs: stanzas,
			}),
			headByline: rng.chance(0.6) ? pp : `□${pp}`,
			lines: true,
		});
		traits.add('poem');
	}
	const title = bookTitle(rng);
	const reviewer = personName(rng);
	const rp = printedName(reviewer, rng.chance(0.3));
	out.push({
		role: 'essay',
		item: goldItem({
			kind: 'article',
			headline: rng.pick([`读《${title}》`, `在《${title}》里看见大地`, '一本书与一座城', '书页间的烟火']),
			byline: rp,
			authors: [reviewer],
			section: '书评',
			paragraphs: [
				`《${title}》 ${personName(rng)}著 ${rng.pick(['人民文学出版社', '某某出版社', '作家出版社', '某省人民出版社'])}出版`,
				...paras(rng, rng.int(2, 4), (r) => reviewSentence(r, title), 2, 3),
			],
		}),
		label: printLabel(rng, '书评'),
		headByline: rng.chance(0.5) ? rp : `◎${rp}`,
	});
	traits.add('book-review');
	if (rng.chance(0.7)) {
		const pic = photo(c, {
			titled: false,
			caption: rng.pick([
				'图为国画作品《山居》。',
				'题图：秋山晚照（中国画）',
				'插图：乡间小路',
				'图为木刻版画《丰收》。',
			]),
		});
		out.splice(1, 0, pic);
	}
	return out;
}

/** Page type 专版: 编者按, a Q&A interview, 记者手记, 延伸阅读, photos. */
function special(c: Ctx): Story[] {
	const { rng, traits } = c;
	const out: Story[] = [];
	const [reporter, guest] = names(rng, 2);
	const rp = printedName(reporter, rng.chance(0.3));
	const role = rng.pick(['市长', '县委书记', '研究院院长', '企业董事长', '博物馆馆长', '非遗传承人']);
	const qa: string[] = [];
	if (rng.chance(0.6)) {
		qa.push(`编者按：${paragraph(rng, 2, newsSentence)}本版今日刊发对${guest}的专访，敬请关注。`);
		traits.add('editors-note');
	}
	qa.push(paragraph(rng, 2, newsSentence));
	const style = rng.int(0, 2);
	for (let i = rng.int(3, 5); i > 0; i--) {
		const q = `${rng.pick(['您怎么看待', '下一步如何推进', '请谈谈', '群众最关心的是'])}${rng.pick(['当前的基层治理', '产业升级', '文化传承', '人才培养', '民生实事'])}${rng.pick(['？', '工作？', '方面的打算？'])}`;
		const a = paragraph(rng, rng.int(2, 4), rng.chance(0.5) ? commentSentence : newsSentence);
		if (style === 0) qa.push(`问：${q}`, `答：${a}`);
		else if (style === 1) qa.push(`记者：${q}`, `${guest}：${a}`);
		else qa.push(`■${q}`, a);
	}
	traits.add('question');
	const by = rng.chance(0.5) ? `本报记者  ${rp}` : `本报记者 ${rp}`;
	out.push({
		role: 'interview',
		item: goldItem({
			kind: 'article',
			headline: `${rng.pick(['让', '把', '以'])}${rng.pick(['发展成果', '好日子', '文化根脉', '创新活力'])}${rng.pick(['惠及更多群众', '越过越红火', '传承下去', '充分释放'])}`,
			subheadline: rng.chance(0.6) ? `——访${rng.pick(PLACES)}${role}${guest}` : undefined,
			byline: by,
			authors: [reporter],
			section: rng.chance(0.5) ? rng.pick(['高端访谈', '对话', '面对面']) : undefined,
			paragraphs: qa,
		}),
		headByline: rng.chance(0.7) ? by : `□${by}`,
	});
	const first = out[0];
	if (first.item.subheadline) traits.add('subheadline');
	if (first.item.section) first.label = printLabel(rng, first.item.section);
	if (rng.chance(0.6))
		out.push(
			photo(c, {
				caption: `${guest}（右）${rng.pick(['在调研中与群众交流', '接受本报记者采访', '在车间查看生产情况'])}。`,
			}),
		);
	const notes = paras(rng, rng.int(2, 4), essaySentence, 1, 3);
	out.push({
		role: 'commentary',
		item: goldItem({
			kind: 'article',
			headline: rng.pick(['把根扎在泥土里', '听见基层的声音', '变化就在身边', '脚下有泥，心中有光']),
			byline: rp,
			authors: [reporter],
			section: '记者手记',
			paragraphs: notes,
		}),
		label: printLabel(rng, '记者手记'),
		tailByline: rng.chance(0.5) ? `（${rp}）` : undefined,
		headByline: undefined,
	});
	if (!out[out.length - 1].tailByline) {
		out[out.length - 1].item = goldItem({ ...out[out.length - 1].item, byline: undefined, authors: [] });
	}
	traits.add('reporter-notes');
	if (rng.chance(0.7)) out.push(sidebar(c, 0, 'link'));
	for (let i = rng.int(0, 2); i > 0; i--) out.push(photo(c));
	if (rng.chance(0.5)) out.push(numberedPhotos(c));
	return out;
}

/** Page type 体育·文化: short items, a results list, photos, a 快评. */
function sports(c: Ctx): Story[] {
	const { rng, traits } = c;
	const out: Story[] = [];
	out.push(news(c, { role: 'lead', paragraphs: rng.int(3, 5), dateline: rng.chance(0.5), kicker: rng.chance(0.3) }));
	out[0].item.paragraphs = out[0].item.paragraphs.map((p, i) =>
		i === 0 ? p : paragraph(rng, rng.int(1, 3), sportSentence),
	);
	if (rng.chance(0.7))
		out.push(
			photo(c, { caption: `${md(rng)}，${personName(rng)}在${rng.pick(['比赛中', '决赛中', '颁奖仪式上'])}。` }),
		);
	out.push({
		role: 'results',
		item: goldItem({
			kind: 'article',
			headline: rng.pick(['部分比赛结果', '成绩一览', '昨日赛果', '金牌榜']),
			paragraphs: Array.from({ length: rng.int(3, 7) }, () => resultLine(rng)),
		}),
		lines: true,
	});
	traits.add('results-list');
	for (let i = rng.int(2, 4); i > 0; i--) {
		const s = news(c, { paragraphs: rng.int(1, 2), dateline: rng.chance(0.6) });
		s.item.paragraphs = s.item.paragraphs.map((p, j) =>
			j === 0 && /电|讯/.test(p.slice(0, 16))
				? p.replace(/）.*$/, '）') + sportSentence(rng)
				: paragraph(rng, rng.int(2, 3), sportSentence),
		);
		out.push(s);
	}
	out.push(commentary(c, 'short'));
	if (rng.chance(0.5)) out.push(rng.chance(0.5) ? numberedPhotos(c) : photo(c));
	return out;
}

const BUILDERS: Record<PageType, (c: Ctx) => Story[]> = {
	yaowen,
	local,
	world,
	economy,
	theory,
	fukan,
	special,
	sports,
};

/** Composes page `type`: its stories, name, banner, furniture and traits. */
export function composePage(rng: Rng, type: PageType): PageModel {
	const traits = new Set<string>([`type:${type}`]);
	const stories = BUILDERS[type]({ rng, traits });
	const pageName = rng.pick(PAGE_NAMES[type]);
	let banner: string | undefined;
	if ((type === 'yaowen' || type === 'special' || type === 'local') && rng.chance(0.25)) {
		banner = rng.pick([
			'奋力谱写高质量发展新篇章',
			'学思想 强党性 重实践 建新功',
			'为民办实事 共筑幸福家园',
			'守护绿水青山 建设美丽家园',
		]);
		traits.add('banner');
	}
	const furniture: string[] = [];
	if (rng.chance(0.6)) {
		const eds = names(rng, rng.int(1, 3));
		furniture.push(rng.pick([`责任编辑：${eds.join(' ')}`, `本版责编：${eds.join(' ')}`, `版式设计：${eds[0]}`]));
		traits.add('furniture');
	}
	return { pageName, banner, stories, traits: [...traits], furniture };
}
