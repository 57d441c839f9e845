/**
 * Invented names of people, places and firms for the held-out corpus. Names are built from
 * parts, so that pages do not share a short list of people a splitter could learn.
 */
import type { Rng } from '../bench/prng.ts';

const surnames = [
	'许',
	'韩',
	'乔',
	'严',
	'苗',
	'柏',
	'骆',
	'蒋',
	'贺',
	'岳',
	'邵',
	'倪',
	'汤',
	'卢',
	'庞',
	'秦',
	'谭',
	'褚',
	'阎',
	'覃',
	'姚',
	'宁',
	'葛',
	'雷',
	'屈',
	'鲁',
	'杭',
	'黎',
	'詹',
	'颜',
	'申',
	'邢',
	'景',
	'戴',
	'狄',
	'晏',
	'管',
	'闵',
	'尤',
	'樊',
	'于',
	'祁',
	'甘',
	'麦',
	'钟',
	'滕',
	'向',
	'巩',
	'易',
	'凌',
];
const compoundSurnames = ['欧阳', '司徒', '上官', '慕容', '东方', '令狐'];
const givenChars = [
	'文',
	'澜',
	'若',
	'晴',
	'柏',
	'舟',
	'一',
	'鸣',
	'思',
	'远',
	'启',
	'航',
	'嘉',
	'禾',
	'晓',
	'岚',
	'泽',
	'宇',
	'雨',
	'桐',
	'梓',
	'涵',
	'慧',
	'琳',
	'志',
	'刚',
	'建',
	'平',
	'立',
	'新',
	'玉',
	'梅',
	'春',
	'生',
	'海',
	'峰',
	'子',
	'墨',
	'书',
	'瑶',
	'明',
	'轩',
	'卓',
	'然',
	'安',
	'宁',
	'秋',
	'实',
	'辰',
	'逸',
	'沛',
	'霖',
	'晨',
	'曦',
	'佳',
	'楠',
	'冬',
	'雪',
	'振',
	'华',
	'国',
	'庆',
	'艳',
	'红',
	'兰',
	'芳',
	'凯',
	'旋',
	'博',
	'雅',
	'静',
	'怡',
];
/** Names printed as one word in border regions, Mongolian and Tibetan style; never split. */
const oneWordNames = ['巴图孟和', '乌日娜', '其其格', '阿古拉', '斯琴高娃', '扎西顿珠', '格桑卓玛', '苏日塔拉图'];

const placeHeads = [
	'青',
	'云',
	'白',
	'石',
	'溪',
	'松',
	'鹤',
	'临',
	'安',
	'禾',
	'柳',
	'枫',
	'桐',
	'凤',
	'龙',
	'玉',
	'金',
	'银',
	'汀',
	'泉',
	'岚',
	'沙',
	'梅',
	'兰',
	'杏',
	'榆',
	'柴',
	'洛',
	'澄',
	'汶',
];
const placeTails = [
	'岭',
	'川',
	'桥',
	'河',
	'塘',
	'原',
	'泽',
	'湾',
	'坪',
	'峪',
	'关',
	'江',
	'阳',
	'口',
	'台',
	'湖',
	'谷',
	'崖',
	'滩',
	'山',
	'林',
	'陵',
	'埠',
];
const firmWords = ['精工', '农牧', '智造', '新材', '食品', '能源', '机电', '纺织', '药业', '物流', '光电', '种业'];
const firmForms = ['有限公司', '科技有限公司', '股份有限公司', '集团', '合作社'];

/** A person's name: two or three characters, sometimes a compound surname or a one-word name. */
export function personName(rng: Rng): string {
	if (rng.chance(0.05)) return rng.pick(oneWordNames);
	const surname = rng.chance(0.04) ? rng.pick(compoundSurnames) : rng.pick(surnames);
	const given = rng.chance(0.3) ? rng.pick(givenChars) : rng.pick(givenChars) + rng.pick(givenChars);
	return surname + given;
}

/** A two-character place stem such as 青岭 or 溪口. */
export function placeStem(rng: Rng): string {
	return rng.pick(placeHeads) + rng.pick(placeTails);
}

/** The places of one item: a city, a county, a town, a village, and a firm. */
export interface Places {
	city: string;
	county: string;
	town: string;
	village: string;
	firm: string;
}

/** Draws a set of places with distinct stems. */
export function drawPlaces(rng: Rng): Places {
	const stems = new Set<string>();
	while (stems.size < 4) stems.add(placeStem(rng));
	const [city, county, town, village] = [...stems];
	return {
		city: city + '市',
		county: county + rng.pick(['县', '县', '区', '旗']),
		town: town + rng.pick(['镇', '镇', '乡', '街道']),
		village: village + rng.pick(['村', '村', '社区', '嘎查']),
		firm: city + rng.pick(firmWords) + rng.pick(firmForms),
	};
}
