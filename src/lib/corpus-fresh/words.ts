/**
 * The fresh corpus's own word lists: names, places, topics and the stock phrases of a Chinese
 * daily's furniture. Written for this generator; no article text of any paper.
 */
import type { Rng } from '../bench/prng.ts';

const surnames = [
	...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const givenChars = [
	...'晓明华丽军伟芳敏静磊洋艳勇杰娟涛超秀霞平刚桂英玉兰鹏辉婷雪琳健斌宇浩凯欣悦佳宁博文彤璐晨阳帆瑞嘉源泽峰岩松波颖蕾薇菲思远航',
];

/** Places for datelines and stories. */
export const places = [
	'北京',
	'上海',
	'杭州',
	'成都',
	'西安',
	'兰州',
	'昆明',
	'南宁',
	'长沙',
	'合肥',
	'济南',
	'太原',
	'呼和浩特',
	'乌鲁木齐',
	'拉萨',
	'哈尔滨',
	'福州',
	'贵阳',
	'银川',
	'西宁',
	'南昌',
	'郑州',
	'石家庄',
	'海口',
];

/** Counties and towns, for local stories. */
export const towns = [
	'青川县',
	'永和镇',
	'石门县',
	'东坪乡',
	'凤凰村',
	'白河县',
	'临溪镇',
	'清源区',
	'双河乡',
	'柳林县',
	'松岭村',
	'安宁区',
];

/** What stories are about. */
export const topics = [
	'高标准农田建设',
	'县域商业体系',
	'老旧小区改造',
	'社区食堂',
	'冷链物流',
	'新能源汽车',
	'数字乡村',
	'职业教育',
	'生态修复',
	'防汛备汛',
	'文旅融合',
	'基层医疗',
	'养老服务',
	'跨境电商',
	'种业振兴',
	'城市更新',
	'绿色建材',
	'夜间经济',
	'智慧交通',
	'小微企业融资',
];

const actions = ['推进', '加快', '完善', '深化', '做实', '提升', '拓展', '抓好', '织密', '激活'];
const results = [
	'群众获得感明显增强',
	'办事时间缩短了一半',
	'带动周边群众就近就业',
	'企业成本进一步下降',
	'服务半径覆盖全部行政村',
	'一批难题得到解决',
	'市场活力持续释放',
	'生态环境明显改善',
];
const units = ['个', '家', '处', '项', '万人次', '亿元'];
const quotes = [
	'现在办事方便多了，跑一趟就能办完',
	'日子越过越有奔头',
	'家门口就能找到活干',
	'以前想都不敢想',
	'我们心里更踏实了',
	'这条路修到了心坎上',
];
const roles = ['村民', '居民', '店主', '种粮大户', '企业负责人', '社区工作者', '返乡创业青年'];
const institutions = [
	'大学经济学院教授',
	'社会科学院研究员',
	'大学公共管理学院副教授',
	'党校教授',
	'师范大学文学院教授',
];

/** A person's name of two or three characters. */
export function personName(rng: Rng): string {
	const given = rng.chance(0.7) ? rng.pick(givenChars) + rng.pick(givenChars) : rng.pick(givenChars);
	return rng.pick(surnames) + given;
}

/** One to `most` different names. */
export function personNames(rng: Rng, most: number): string[] {
	const names = new Set<string>();
	const n = rng.int(1, most);
	while (names.size < n) names.add(personName(rng));
	return [...names];
}

/** A sentence of the generator's own, built from the lists above. */
export function ownSentence(rng: Rng): string {
	const place = rng.pick([...places, ...towns]);
	const topic = rng.pick(topics);
	const n = rng.int(3, 980);
	switch (rng.int(0, 5)) {
		case 0:
			return `${place}${rng.pick(actions)}${topic}，${rng.pick(results)}。`;
		case 1:
			return `今年以来，${place}把${topic}作为重点工作，${rng.pick(actions)}各项举措，${rng.pick(results)}。`;
		case 2:
			return `“${rng.pick(quotes)}。”${rng.pick(roles)}${personName(rng)}说。`;
		case 3:
			return `截至${rng.int(1, 12)}月底，全${rng.pick(['省', '市', '县', '区'])}已完成${topic}${n}${rng.pick(units)}。`;
		case 4:
			return `在${place}，${topic}正从“试点探索”走向“全面铺开”，${rng.pick(results)}。`;
		default:
			return `业内人士认为，${rng.pick(actions)}${topic}，关键在于把好事办实、把实事办好。`;
	}
}

/** A question an interviewer asks, ending in ？. */
export function question(rng: Rng): string {
	const topic = rng.pick(topics);
	return rng.pick([
		`${topic}进展如何？`,
		`推进${topic}，难点在哪里？`,
		`下一步，${topic}还有哪些打算？`,
		`群众最关心的${topic}问题，怎样解决？`,
	]);
}

/** A headline-like phrase of the generator's own. */
export function ownHeadline(rng: Rng): string {
	const topic = rng.pick(topics);
	return rng.pick([
		`${rng.pick(actions)}${topic}`,
		`${rng.pick(places)}：${topic}跑出加速度`,
		`${topic}走深走实`,
		`让${topic}惠及更多群众`,
		`${topic}有了新变化`,
	]);
}

/** An essay author's note as printed at its end, （作者为…）. */
export function authorNote(rng: Rng): string {
	return `（作者为${rng.pick(places)}${rng.pick(institutions)}）`;
}

/** A short intertitle (小标题), numbered or plain. */
export function intertitle(rng: Rng, index: number, numbered: boolean): string {
	const body = rng.pick([
		`${rng.pick(actions)}${rng.pick(topics)}`,
		`把${rng.pick(topics)}办到心坎上`,
		`${rng.pick(topics)}有新招`,
	]);
	return numbered ? `${'一二三四五六'[index]}、${body}` : body;
}

/** The date as printed in a page header. */
export function printedDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number);
	const weekday = '日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
	return `${y}年${m}月${d}日 星期${weekday}`;
}
