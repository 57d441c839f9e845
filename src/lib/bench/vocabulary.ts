import type { Rng } from './prng.ts';

/**
 * Generated proper nouns, so that a synthetic archive has the open vocabulary of a real one
 * (people and places keep appearing that search has never seen), not just the sample's words.
 */

const surnames = [
	...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const givenChars = [
	...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红建国志海波辉鹏宇晨欣雪梅琳婷晓东峰飞鑫浩然佳丽春燕向爽亚坤庆玲翔凯瑞雅楠',
];
const mongolianNames = [
	'巴特尔',
	'其其格',
	'乌云',
	'斯琴',
	'额尔敦',
	'苏和',
	'格日勒',
	'那仁',
	'宝音',
	'阿拉坦',
	'乌兰',
	'巴雅尔',
	'图雅',
	'萨仁',
	'朝鲁',
	'敖其尔',
	'孟和',
	'达来',
	'吉日嘎拉',
	'娜仁花',
];
const placeSyllables = [
	...'乌兰察布锡林郭勒呼伦贝尔巴彦淖尔阿拉善赤峰通辽兴安包头鄂尔多斯达拉特准格尔伊金霍洛武川托克托和林格尔清水河土默特固阳白云多伦正镶黄蓝旗太仆寺二连浩特满洲里扎兰屯牙克石根河额济纳磴口五原临河杭锦后旗宁城敖汉翁牛特林西克什腾',
];
const placeSuffixes = ['市', '旗', '县', '区', '镇', '苏木', '嘎查', '村', '街道', '社区'];

/** A person's name: usually a Han surname and one or two given characters, sometimes a Mongolian name. */
export function personName(rng: Rng): string {
	if (rng.chance(0.12)) return rng.pick(mongolianNames) + (rng.chance(0.5) ? '' : rng.pick(givenChars));
	return rng.pick(surnames) + rng.pick(givenChars) + (rng.chance(0.7) ? rng.pick(givenChars) : '');
}

/** A place name of two to four syllables with an administrative suffix: 达拉特旗, 林西县, 白云社区. */
export function placeName(rng: Rng): string {
	let name = '';
	const length = rng.int(2, 4);
	for (let i = 0; i < length; i++) name += rng.pick(placeSyllables);
	return name + rng.pick(placeSuffixes);
}

/**
 * Whether a run of text is a place name placeName could have made: syllables of its list and one
 * of its suffixes (the benchmark's name queries must be names, not any run ending in 市 or 旗).
 * @example isPlaceName('达拉特旗') // true
 */
export function isPlaceName(run: string): boolean {
	return placeSuffixes.some((suffix) => {
		const stem = [...run.slice(0, -suffix.length)];
		return run.endsWith(suffix) && stem.length >= 2 && stem.every((c) => placeSyllables.includes(c));
	});
}

/** Sections and columns printed with items, the sample's four first. */
export const sections = [
	'视点',
	'知行合一',
	'观潮',
	'阵地',
	'时评',
	'北疆风采',
	'经济观察',
	'民生',
	'文化',
	'基层声音',
	'一线调查',
	'草原新闻',
];

/** Page names (版名) of a daily's pages, in a typical order. */
export const pageNames = ['要闻', '要闻', '党建', '经济', '社会', '文化', '旗县新闻', '评论', '体育', '专版'];

/** Proper nouns of the sample text that are swapped for generated ones, so names vary. */
export const samplePlaces = [
	'鄂尔多斯市',
	'杭锦旗',
	'呼和浩特市',
	'包头市',
	'昆都仑区',
	'卜尔汉图镇',
	'额济纳旗',
	'开发区',
];

/** Person names of the sample text that are swapped for generated ones. */
export const samplePeople = ['巴音吉嘎啦', '张艳君', '廉冬', '郑翔晨'];
