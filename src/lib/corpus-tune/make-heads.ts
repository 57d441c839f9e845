import type { Rng } from '../bench/prng.ts';
import { placeName } from '../bench/vocabulary.ts';
import { foreignCities, type Desk } from './desk-prose.ts';

/**
 * Headlines, kickers (引题) and subheadlines (副题) in the manner of each desk. A headline is
 * returned as its printed lines: one line, or a two-part headline set on two lines.
 */

const verbs = ['扎实推进', '加快建设', '全力打造', '持续优化', '深入开展', '着力提升', '稳步推进', '大力发展'];
const objects = [
	'重点项目建设',
	'营商环境',
	'乡村振兴示范带',
	'基层治理体系',
	'民生实事工程',
	'生态保护修复',
	'冬季供暖保障',
	'数字政府建设',
	'高标准农田',
	'城市更新行动',
	'县域商业体系',
	'黄河流域生态保护',
];
const halves = [
	'政策落地见效',
	'群众得到实惠',
	'产业提质增效',
	'村美民富业兴',
	'服务更有温度',
	'办事不再跑腿',
	'老区焕发新颜',
	'绿色成为底色',
	'夜经济旺起来',
	'钱袋子鼓起来',
	'好山好水好风光',
	'小切口解决大问题',
];
const worldHeads = [
	'{C}举行国际能源论坛',
	'多国呼吁加强粮食安全合作',
	'{C}物价上涨压力有所缓解',
	'国际航运市场逐步回暖',
	'{C}街头的中国新能源车',
	'气候大会聚焦资金缺口',
	'{C}迎来旅游旺季',
	'全球供应链面临新考验',
];
const economyHeads = [
	'前5月{P}工业增加值增长{n}%',
	'小微企业贷款“量增价降”',
	'{P}特色农产品走俏市场',
	'物流降本为企业“减负”',
	'新能源项目集中开工',
	'消费市场持续回暖',
	'外贸进出口稳中向好',
	'绿色电力交易规模扩大',
];
const societyHeads = [
	'老旧小区“焕新”记',
	'家门口的食堂暖了老人心',
	'一条热线连民心',
	'让无障碍设施真正“无障碍”',
	'{P}的夜市又热闹起来',
	'社区里的“红色代办员”',
	'快递进村“最后一公里”怎么走',
	'校园周边的安全守护',
];
const theoryHeads = [
	'在守正创新中开辟新境界',
	'把握新时代基层治理的内在逻辑',
	'以调查研究推动工作落实',
	'深刻理解系统观念的实践要求',
	'让理论学习走深走实',
	'把制度优势转化为治理效能',
];
const cultureHeads = [
	'枣树下的秋天',
	'草原的风',
	'雪夜归途',
	'外婆的灶台',
	'站台',
	'河岸的黄昏',
	'读书的夜晚',
	'修文物的人',
];
const opinionHeads = [
	'办实事贵在“实”',
	'别让“盆景”遮住了风景',
	'多一些换位思考',
	'群众口碑是最好的标尺',
	'治理要有温度',
	'久久为功方能行稳致远',
	'莫让形式主义“改头换面”',
	'把民生账算细算实',
];
const kickers = [
	'聚焦高质量发展',
	'学党史 办实事',
	'记者蹲点',
	'一线见闻',
	'新春走基层',
	'落实全会精神',
	'奋进新征程',
	'关注民生热点',
];

/** Fills the slots of a head template. */
function fill(rng: Rng, template: string): string {
	return template
		.replace(/\{P\}/g, () => placeName(rng))
		.replace(/\{C\}/g, () => rng.pick(foreignCities))
		.replace(/\{n\}/g, () => String(rng.int(3, 18)));
}

/** A headline of the desk, as its printed lines. @example headline(rng, 'news') // ['达拉特旗扎实推进重点项目建设'] */
export function headline(rng: Rng, desk: Desk): string[] {
	switch (desk) {
		case 'world':
			return [fill(rng, rng.pick(worldHeads))];
		case 'economy':
			return [fill(rng, rng.pick(economyHeads))];
		case 'society':
			return [fill(rng, rng.pick(societyHeads))];
		case 'theory':
			return [rng.pick(theoryHeads)];
		case 'culture':
			return [rng.pick(cultureHeads)];
		case 'opinion':
			return [rng.pick(opinionHeads)];
		default:
			if (rng.chance(0.45)) {
				const a = rng.pick(halves);
				const b = rng.pick(halves.filter((h) => h !== a));
				return rng.chance(0.5) ? [a, b] : [`${a} ${b}`];
			}
			return [placeName(rng) + rng.pick(verbs) + rng.pick(objects)];
	}
}

/** A kicker (引题) as printed: plain, or ending in ——. */
export function kicker(rng: Rng): string {
	const text = rng.chance(0.5) ? rng.pick(kickers) : `${placeName(rng)}${rng.pick(verbs)}${rng.pick(objects)}`;
	return rng.chance(0.5) ? `${text}——` : text;
}

/** A subheadline (副题) as printed: starting with —— or plain. */
export function subheadline(rng: Rng): string {
	const text = rng.pick([
		() => `${placeName(rng)}${rng.pick(verbs)}${rng.pick(objects)}见闻`,
		() => `${placeName(rng)}${rng.pick(objects)}调查`,
		() => `来自${placeName(rng)}的报道`,
		() => `${rng.pick(halves)}，${rng.pick(halves)}`,
	])();
	return rng.chance(0.65) ? `——${text}` : text;
}
