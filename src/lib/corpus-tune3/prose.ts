/**
 * The words of the tune3 corpus: body sentences recombined from the sample page of the importer's
 * tests (its place and person names and its numbers replaced by invented ones, page by page), and
 * small banks of invented names, places, heads, labels and captions written for this generator.
 */
import { readFileSync } from 'node:fs';
import type { Rng } from '../bench/prng.ts';

/** The sample page the body sentences are drawn from (a test fixture of the repository). */
const SAMPLE = new URL(
	'../../../test/importer/fixtures/imports-the-sample-party-building-page/input.txt',
	import.meta.url,
);

/** Names of the sample page, replaced in every sentence by invented ones. */
const SAMPLE_PLACES = [
	'鄂尔多斯市',
	'杭锦旗',
	'包头市',
	'昆都仑区',
	'阿拉善盟',
	'额济纳旗',
	'巴彦淖尔市',
	'临河区',
	'呼和浩特市',
	'苏泊淖尔苏木',
	'策克嘎查',
	'卜尔汉图镇',
	'乌兰图克镇',
	'八一乡',
	'长丰村',
	'东济村',
	'白云街道',
	'昆都仑',
	'乌兰察布市',
	'兴和县',
	'满洲里市',
	'乌兰夫',
];
const SAMPLE_PEOPLE = ['巴音吉嘎啦', '张艳君', '廉冬', '郑翔晨', '唐健', '黄勇强', '郝先桃', '石瑞', '张根树'];

/**
 * The sentences of the sample page's body text: its blocks of long lines joined (so a column break
 * in mid-sentence heals), cut after 。！？ (and a closing quote), and kept when 14 to 90 characters long
 * with balanced quotes and brackets and no marks or private-use glyphs.
 */
export function sampleSentences(): string[] {
	const text = readFileSync(SAMPLE, 'utf8').replace(/\r/g, '');
	const flow = text
		.split(/\n\s*\n/)
		.map((block) => {
			const lines = block.split('\n').map((l) => l.trim());
			return lines[0].length >= 12 && !/[□■◎]/.test(block) ? lines.join('') : '|';
		})
		.join('');
	const out: string[] = [];
	for (const piece of flow.split('|'))
		for (const s of piece.match(/[^。！？]+[。！？]+”?/g) ?? []) {
			const t = s.trim().replace(/ /g, '');
			if (t.length < 14 || t.length > 90) continue;
			if (/[\uE000-\uF8FF\uDB80-\uDBFF□■◎]/.test(t)) continue;
			if (count(t, '“') !== count(t, '”') || count(t, '《') !== count(t, '》') || count(t, '（') !== count(t, '）'))
				continue;
			if (/^[，、；：”）]/.test(t)) continue;
			out.push(t);
		}
	return [...out, ...OWN_SENTENCES];
}

function count(text: string, ch: string): number {
	return text.split(ch).length - 1;
}

export const SURNAMES =
	'王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
export const GIVEN =
	'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁欣悦晨阳雪梅兰婷颖琳瑶佳鑫博文昊然泽涵睿哲思远嘉宏志毅诚立新海波';
const PLACE_HEADS = '金石青柳凤龙云松河桃清安永兴宁丰和平泰福庆新东西南北白红黄玉鹤梅杏';
const PLACE_TAILS = ['市', '县', '区', '旗', '镇', '乡', '街道'];
export const CITIES = [
	'北京',
	'上海',
	'广州',
	'成都',
	'武汉',
	'西安',
	'南京',
	'杭州',
	'长沙',
	'郑州',
	'济南',
	'昆明',
	'兰州',
	'南宁',
	'福州',
	'合肥',
];
export const PROVINCES = [
	'山西',
	'河北',
	'湖南',
	'江西',
	'四川',
	'甘肃',
	'广西',
	'浙江',
	'安徽',
	'云南',
	'吉林',
	'福建',
];

/** An invented person name of two or three characters. */
export function personName(rng: Rng): string {
	const given = rng.chance(0.55) ? rng.pick([...GIVEN]) + rng.pick([...GIVEN]) : rng.pick([...GIVEN]);
	return rng.pick([...SURNAMES]) + given;
}

/** Distinct invented names. */
export function people(rng: Rng, n: number): string[] {
	const out: string[] = [];
	while (out.length < n) {
		const name = personName(rng);
		if (!out.includes(name)) out.push(name);
	}
	return out;
}

/** An invented place name with its tail (市, 县, 旗 …). */
export function placeName(rng: Rng, tail?: string): string {
	return rng.pick([...PLACE_HEADS]) + rng.pick([...PLACE_HEADS]) + (tail ?? rng.pick(PLACE_TAILS));
}

/**
 * A sentence of the sample with its names and numbers replaced: the same sample name gets the same
 * invented one on a page (`names`), each run of digits a number of as many digits.
 */
export function renameSentence(sentence: string, rng: Rng, names: Map<string, string>): string {
	let out = sentence;
	for (const place of SAMPLE_PLACES)
		if (out.includes(place)) {
			if (!names.has(place)) {
				const tail = /[市县区旗镇乡盟村]$/.test(place) ? place.slice(-1) : rng.pick(PLACE_TAILS);
				names.set(place, placeName(rng, tail));
			}
			out = out.split(place).join(names.get(place));
		}
	for (const person of SAMPLE_PEOPLE)
		if (out.includes(person)) {
			if (!names.has(person)) names.set(person, personName(rng));
			out = out.split(person).join(names.get(person));
		}
	return out.replace(/\d+/g, (digits) =>
		digits.length === 4 && digits.startsWith('20')
			? digits
			: String(rng.int(digits.length === 1 ? 1 : 10 ** (digits.length - 1), 10 ** digits.length - 1)),
	);
}

/** Body sentences written for this generator, with slots (see `fill`). */
const OWN_SENTENCES = [
	'{date}，记者来到{place}，只见新修的水泥路通到了家家户户门口。',
	'据了解，今年以来{place}共投入资金{n}万元，新建和改造便民服务点{n}个。',
	'“以前办事要跑好几趟，现在在家门口就能办。”村民{name}说。',
	'下一步，{place}将继续完善服务清单，推动各项举措落地见效。',
	'在{place}{org}的办事大厅里，前来咨询的群众络绎不绝。',
	'{org}负责人{name}介绍，全年计划完成民生实事{n}件，目前已完成过半。',
	'走进{place}的农家院落，房前屋后干净整洁，花草点缀其间。',
	'为解决群众反映集中的停车难问题，{place}新增停车位{n}个。',
	'该项目建成后，预计可带动周边{n}户群众就近就业。',
	'记者了解到，{place}已连续{n}年开展此项活动，受益群众超过{n}万人次。',
];

/** Headline phrases (one phrase, or two joined by a full-width space). */
export const HEAD_PHRASES = [
	'干部沉下去',
	'带来新变化',
	'听民意办实事',
	'小窗口连着大民生',
	'让群众少跑腿',
	'把服务送上门',
	'念好产业经',
	'走出致富路',
	'党建引领聚合力',
	'乡村振兴添活力',
	'志愿服务暖人心',
	'老党员有了新书包',
	'绘就幸福新图景',
	'解好民生题',
	'答好发展卷',
	'一张清单管到底',
	'营商环境再优化',
	'基层治理出新招',
	'红色资源活起来',
	'文明乡风润万家',
	'集体经济壮起来',
	'难题一件件破解',
	'办好家门口的事',
	'为民服务不打烊',
	'边境小村换新颜',
	'旅游路越走越宽',
];
/** Kickers (引题). */
export const KICKERS = [
	'学党史践行动',
	'我为群众办实事',
	'聚焦基层治理',
	'新春走基层',
	'奋进新征程　建功新时代',
	'一线调研',
	'看变化·说发展',
	'乡村振兴进行时',
	'记者蹲点',
];
/** Subheadlines (副题), without their dash. */
export const SUBHEADS = [
	'{place}推行“一次办”套餐服务的调查',
	'{place}开展“我为群众办实事”实践活动侧记',
	'记{place}第一书记{name}',
	'{place}{n}个嘎查村明确集体经济发展路子',
	'来自{place}基层一线的报告',
];
/** Commentary column names. */
export const COLUMNS = [
	'知行合一',
	'观潮',
	'视点',
	'今日谈',
	'人民时评',
	'望海楼',
	'快评',
	'一家之言',
	'阵地',
	'乡村观察',
	'基层之声',
	'声音',
];
/** Commentary heads. */
export const COMMENT_HEADS = [
	'学用结合，做好新时代的组织工作',
	'让志愿服务成为“连心桥”',
	'办实事要办到群众心坎上',
	'以好作风赢得好口碑',
	'把“急难愁盼”放在心上',
	'基层减负要落到实处',
	'让制度优势转化为治理效能',
	'“跑起来”更要“实起来”',
	'多一些“送学上门”',
];
/** Column labels of news items. */
export const LABELS = ['视点', '一线', '民生', '关注', '基层党建', '聚焦', '调查', '综合', '本地', '动态'];
/** Photo titles. */
export const PHOTO_TITLES = [
	'传承红色精神',
	'重温历史',
	'点亮希望',
	'田间新绿',
	'丰收时节',
	'社区新貌',
	'守护平安',
	'银发课堂',
	'文明新风',
	'春耕正忙',
];
/** Photo captions (short), with slots. */
export const CAPTIONS = [
	'近日，{place}{org}组织党员干部走进{place2}纪念馆，瞻仰革命遗迹，缅怀革命先烈。',
	'{date}，{place}农民在田间忙着春耕备耕。',
	'近日，{place}{org}联合社区党支部开展主题党日活动，把党的温暖送到老百姓心坎上。',
	'{date}，游客在{place}参观。近年来，当地发展乡村旅游，带动群众增收。',
	'近日，{place}志愿者为辖区老人义务理发。',
	'图为{place}{org}工作人员在窗口为群众办理业务。',
	'{date}，{place}一所小学的学生在课堂上学习非遗剪纸。',
];
/** Organisations for captions and sentences. */
export const ORGS = [
	'税务局',
	'公安局',
	'市场监管局',
	'退役军人事务局',
	'供电公司',
	'团委',
	'妇联',
	'卫生健康委',
	'文化和旅游局',
];
/** Brief heads (简讯). */
export const BRIEF_HEADS = [
	'{place}启动“红色代办员”服务',
	'{place}新建志愿服务站点{n}处',
	'{place}举办党史知识竞赛',
	'{place}{n}项民生实事全部开工',
	'{place}开展农资下乡活动',
	'{place}优化营商环境出新招',
	'{place}召开民情恳谈会',
	'{place}老年健康驿站投用',
];
/** Sidebar labels and heads. */
export const SIDEBAR_LABELS = ['链接', '相关阅读', '背景', '延伸阅读', '新闻链接'];
export const SIDEBAR_HEADS = [
	'什么是“一次办”套餐服务',
	'“六学”并举学习模式',
	'嘎查村集体经济发展情况',
	'“我为群众办实事”清单',
];
/** Intertitles (小标题), used numbered or plain. */
export const INTERTITLES = [
	'“听”字当先，广开言路听意见',
	'“访”字为重，主动下访问需求',
	'“实”字托底，为民服务解难题',
	'强化党建引领',
	'夯实战斗堡垒',
	'汇集资源力量',
	'创新学习方式',
	'聚焦为民服务',
];
/** Poem lines (invented). */
export const POEM_LINES = [
	'风从{place}的山口吹来',
	'吹绿了河滩上的柳',
	'老党员翻开新书',
	'灯下的字一个一个亮起来',
	'嘎查的路通到了门前',
	'摆渡车载着远方的客人',
	'我们把日子写进田垄',
	'把心事交给春天',
	'红旗在村口高高飘扬',
	'像一团不灭的火',
	'黄河水日夜向东',
	'流过每一个清晨',
];
/** Questions for an interview. */
export const QUESTIONS = [
	'当前{place}在基层治理方面有哪些新做法？',
	'群众最关心的问题是什么，怎样收集上来？',
	'在推动集体经济发展方面，下一步有什么打算？',
	'志愿服务队在其中发挥了怎样的作用？',
	'如何确保各项举措落地见效？',
];

/** Fills `{place}`, `{place2}`, `{name}`, `{n}`, `{org}`, `{date}` slots. */
export function fill(template: string, rng: Rng): string {
	return template
		.replace(/\{place2?\}/g, () => placeName(rng))
		.replace(/\{name\}/g, () => personName(rng))
		.replace(/\{n\}/g, () => String(rng.int(3, 120)))
		.replace(/\{org\}/g, () => rng.pick(ORGS))
		.replace(/\{date\}/g, () => `${rng.int(1, 12)}月${rng.int(1, 28)}日`);
}
