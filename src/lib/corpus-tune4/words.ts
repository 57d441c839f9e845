/**
 * The tune4 generator's phrase lists and the sentence makers that recombine them. Every phrase
 * here was written for this generator (no article text of any paper); places and people are
 * invented or generic.
 */
import type { Rng } from './random.ts';

const SURNAMES = [
	'王',
	'李',
	'张',
	'刘',
	'陈',
	'杨',
	'赵',
	'黄',
	'周',
	'吴',
	'徐',
	'孙',
	'胡',
	'朱',
	'高',
	'林',
	'何',
	'郭',
	'马',
	'罗',
	'梁',
	'宋',
	'郑',
	'谢',
	'韩',
	'唐',
	'冯',
	'于',
	'董',
	'萧',
	'程',
	'曹',
	'袁',
	'邓',
	'许',
	'傅',
	'沈',
	'曾',
	'彭',
	'吕',
	'苏',
	'卢',
	'蒋',
	'蔡',
	'贾',
	'丁',
	'魏',
	'薛',
	'叶',
	'阎',
	'余',
	'潘',
	'杜',
	'戴',
	'夏',
	'钟',
	'汪',
	'田',
	'任',
	'姜',
	'范',
	'方',
	'石',
	'姚',
	'谭',
	'廖',
	'邹',
	'熊',
	'金',
	'陆',
	'郝',
	'孔',
	'白',
	'崔',
	'康',
	'毛',
	'邱',
	'秦',
	'江',
	'史',
	'顾',
	'侯',
	'邵',
	'孟',
	'龙',
	'万',
	'段',
	'雷',
	'钱',
	'汤',
	'欧阳',
	'司马',
	'上官',
];
const GIVEN = [
	'伟',
	'芳',
	'娜',
	'敏',
	'静',
	'丽',
	'强',
	'磊',
	'军',
	'洋',
	'勇',
	'艳',
	'杰',
	'娟',
	'涛',
	'明',
	'超',
	'秀兰',
	'霞',
	'平',
	'刚',
	'桂英',
	'晓东',
	'雨桐',
	'子涵',
	'浩然',
	'欣怡',
	'宇航',
	'思远',
	'一鸣',
	'海燕',
	'建国',
	'春生',
	'秋实',
	'若溪',
	'志刚',
	'丹',
	'鹏',
	'晨',
	'旭',
	'琳',
	'婷',
	'卓',
	'凯',
	'彤',
	'悦',
	'璐',
	'博文',
	'嘉怡',
	'文轩',
	'晓光',
	'立新',
	'红梅',
	'永福',
	'德胜',
	'亚楠',
	'梦瑶',
	'天佑',
	'俊杰',
	'佳琪',
	'沐阳',
	'安然',
	'清扬',
	'书瑶',
	'明轩',
	'景行',
	'少华',
	'凤英',
	'玉兰',
	'国栋',
	'振宇',
	'思琪',
	'维',
	'骁',
	'珂',
];

/** A Chinese person's name: surname and one or two given characters. */
export function personName(rng: Rng): string {
	return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

/** `n` distinct names. */
export function names(rng: Rng, n: number): string[] {
	const out: string[] = [];
	while (out.length < n) {
		const name = personName(rng);
		if (!out.includes(name)) out.push(name);
	}
	return out;
}

/** A name as a byline prints it: a two-character name often padded with a space (王 珂). */
export function printedName(name: string, pad: boolean): string {
	return pad && [...name].length === 2 ? `${name[0]} ${name[1]}` : name;
}

export const PLACES = [
	'青川县',
	'临溪镇',
	'白石乡',
	'东河县',
	'枫林街道',
	'南湖区',
	'石门乡',
	'柳岸村',
	'清水湾社区',
	'云岭镇',
	'北塘村',
	'西坝镇',
	'丰源县',
	'桐林镇',
	'河口区',
	'沙湾县',
	'长岭村',
	'安平县',
	'新桥街道',
	'翠屏区',
	'松溪县',
	'梅岭村',
	'望江镇',
	'双龙街道',
	'凤栖镇',
	'金沙县',
	'百花社区',
	'红岩村',
	'大兴安乡',
	'麦积镇',
	'玉泉区',
	'平湖街道',
	'苍梧县',
	'鹿鸣村',
	'野狐岭镇',
	'洛川县',
	'三江口镇',
	'银滩社区',
	'杏花村',
	'乌江镇',
];
export const CITIES = [
	'江州市',
	'临海市',
	'南阳湖市',
	'北岭市',
	'西宁川市',
	'东陵市',
	'云州市',
	'山阳市',
	'海门市',
	'龙城市',
];
export const PROVINCES = [
	'北京',
	'上海',
	'广州',
	'成都',
	'西安',
	'武汉',
	'杭州',
	'昆明',
	'兰州',
	'沈阳',
	'南京',
	'长沙',
];
const ORGS = [
	'街道党工委',
	'县农业农村局',
	'镇党委政府',
	'社区居委会',
	'市场监管部门',
	'县人社局',
	'开发区管委会',
	'供电公司',
	'职业技术学院',
	'农民专业合作社',
	'县文化馆',
	'市卫健委',
	'县图书馆',
	'税务部门',
	'交通运输局',
	'生态环境分局',
	'村党支部',
	'团县委',
	'县妇联',
	'科技局',
	'应急管理局',
	'水利站',
	'商务局',
	'消防救援大队',
];
const ACTIONS = [
	'推出',
	'建成',
	'启动',
	'完善',
	'搭建',
	'开通',
	'组建',
	'升级',
	'试点',
	'扩建',
	'探索建立',
	'全面推行',
];
const OBJECTS = [
	'便民服务中心',
	'冷链物流仓',
	'数字化服务平台',
	'志愿服务队',
	'特色产业园',
	'乡村夜校',
	'养老服务驿站',
	'技能培训班',
	'智慧农业示范田',
	'社区食堂',
	'共享工具站',
	'快递进村网点',
	'河湖巡护队',
	'青年创业街区',
	'非遗传习所',
	'党群服务站',
	'老旧小区改造项目',
	'农产品直播间',
	'家门口就业站',
	'全民健身步道',
	'综合执法平台',
	'电动车充电桩',
	'“一站式”调解室',
	'流动图书车',
	'社区托育点',
	'标准化厂房',
];
const EFFECTS = [
	'让群众少跑腿、好办事',
	'带动周边农户增收',
	'办事效率明显提高',
	'补齐了公共服务短板',
	'激活了乡村发展动能',
	'居民的获得感不断增强',
	'企业开办时间大幅压缩',
	'村集体经济有了稳定来源',
	'生态环境持续向好',
	'一批群众急难愁盼问题得到解决',
	'产业链条越拉越长',
	'年轻人回乡创业的热情高涨',
	'老人吃饭难的问题有了着落',
	'邻里矛盾化解在了萌芽状态',
	'“小切口”撬动了“大民生”',
	'群众满意度逐年上升',
];
const PRINCIPLES = [
	'问题导向',
	'因地制宜',
	'群众路线',
	'系统观念',
	'创新驱动',
	'绿色发展',
	'共建共治共享',
	'稳中求进',
	'实干为先',
	'服务前移',
];
const TIMES = [
	'今年以来',
	'近年来',
	'入春以来',
	'去年下半年起',
	'近日',
	'日前',
	'自项目启动以来',
	'这两年',
	'眼下',
	'每逢周末',
	'进入汛期以来',
];
const SITES = [
	'车间',
	'田间地头',
	'服务大厅',
	'施工现场',
	'产业园区',
	'社区广场',
	'村史馆',
	'合作社仓库',
	'老街',
	'码头',
];
const SCENES = [
	'机器轰鸣、一派繁忙',
	'工人们正忙着分拣打包',
	'前来咨询的群众排起了队',
	'一排排大棚整齐排列',
	'新栽的树苗已冒出嫩芽',
	'墙上的进度表密密麻麻',
	'几位老人坐在树下唠家常',
	'孩子们在步道上追逐嬉戏',
	'货车进进出出，川流不息',
	'志愿者们正在耐心讲解',
];
const QUOTES = [
	'以前办事要跑好几趟，现在在家门口就能办好',
	'政策落到了心坎上，我们干劲更足了',
	'只要肯下功夫，土里也能刨出金疙瘩',
	'这条路修通了，山里的好东西终于运得出去',
	'大家的事大家商量着办，心气就顺了',
	'订单比去年翻了一番，工人还招不够',
	'学到了真本事，在家门口就能挣钱',
	'变化是看得见、摸得着的',
	'每一笔账都要算清楚，每一件事都要办扎实',
	'我们要把好经验留下来，把新问题找出来',
	'孩子放学有地方去了，我们上班也安心',
	'看着村子一天天变样，心里特别踏实',
	'数据多跑路，群众就少跑腿',
	'守住这片绿水青山，就是守住我们的饭碗',
];
const ROLES = [
	'村党支部书记',
	'镇长',
	'县委书记',
	'社区主任',
	'合作社理事长',
	'企业负责人',
	'县农业农村局局长',
	'驻村第一书记',
	'项目负责人',
	'车间主任',
	'社区网格员',
	'大学生村官',
	'种粮大户',
	'返乡青年',
];
const UNITS = [
	['个', '服务网点'],
	['家', '经营主体'],
	['户', '农户'],
	['亩', '高标准农田'],
	['公里', '农村公路'],
	['人次', '培训学员'],
	['件', '群众诉求'],
	['万元', '集体收入'],
	['吨', '农产品'],
	['套', '保障性住房'],
] as const;

/** A number as newspapers print it: an integer, a decimal with a unit, or a percentage. */
export function figure(rng: Rng): string {
	const kind = rng.int(0, 4);
	if (kind === 0) return `${rng.int(2, 99)}.${rng.int(1, 9)}%`;
	if (kind === 1) return `${rng.int(1, 9)}.${rng.int(1, 9)}万`;
	if (kind === 2) return String(rng.int(12, 980));
	if (kind === 3) return String(rng.int(1000, 9999));
	return `${rng.int(2, 60)}`;
}

/** One sentence of local or general news, ending in 。 */
export function newsSentence(rng: Rng): string {
	const place = rng.pick(PLACES);
	const [unit, noun] = rng.pick(UNITS);
	switch (rng.int(0, 13)) {
		case 10:
			return `${rng.pick(['清晨六点', '傍晚时分', '午饭过后', '天刚蒙蒙亮'])}，${personName(rng)}就${rng.pick(['来到', '赶到', '守在'])}${place}的${rng.pick(SITES)}，${rng.pick(['挨个查看设备运转情况', '和工友们商量当天的活计', '把新到的物资清点入库', '给前来咨询的群众答疑'])}。`;
		case 11:
			return `${rng.pick(['过去', '早些年', '以前'])}，${place}${rng.pick(['路窄坑多，一下雨就出不了门', '产业单一，年轻人大多外出打工', '办事要跑到县城，一趟得花大半天', '垃圾乱堆乱放，村容村貌较差'])}；${rng.pick(['如今', '现在', '这两年'])}，${rng.pick(EFFECTS)}。`;
		case 12:
			return `${rng.pick(ORGS)}有关负责人表示，下一步将${rng.pick(['总结推广好经验好做法', '加大资金和人才投入', '完善长效管护机制', '把更多服务延伸到村组'])}，${rng.pick(['推动各项工作落地见效', '让更多群众从中受益', '切实把好事办好、实事办实'])}。`;
		case 13:
			return `${rng.pick(['一组数据', '一本台账', '一张清单', '一块展板'])}，${rng.pick(['记录着', '见证了', '折射出'])}${place}${rng.pick(['这几年的变化', '干部群众的辛劳', '产业发展的轨迹', '基层治理的成效'])}：${rng.pick(['新建', '改造', '培育'])}${rng.pick(OBJECTS).replace(/[“”]/g, '')}${rng.int(3, 60)}个，${rng.pick(['受益群众', '带动就业', '服务居民'])}${rng.int(200, 9000)}人。`;
		case 0:
			return `${rng.pick(TIMES)}，${place}${rng.pick(ORGS)}${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，${rng.pick(EFFECTS)}。`;
		case 1:
			return `“${rng.pick(QUOTES)}。”${place}${rng.pick(ROLES)}${personName(rng)}说。`;
		case 2:
			return `${rng.pick(ROLES)}${personName(rng)}介绍，${place}已${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}${rng.int(2, 40)}处，${rng.pick(EFFECTS)}。`;
		case 3:
			return `截至${rng.int(1, 12)}月底，全县累计服务${noun}${rng.int(12, 9800)}${unit}，同比增长${rng.int(3, 48)}.${rng.int(0, 9)}%。`;
		case 4:
			return `${place}坚持${rng.pick(PRINCIPLES)}，${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，${rng.pick(EFFECTS)}。`;
		case 5:
			return `走进${place}的${rng.pick(SITES)}，${rng.pick(SCENES)}。`;
		case 6:
			return `据了解，${rng.pick(ORGS)}将继续${rng.pick(ACTIONS)}${rng.pick(OBJECTS)}，力争年内覆盖${rng.int(60, 100)}%以上的${noun}。`;
		case 7:
			return `在${place}，${rng.pick(OBJECTS)}成了${rng.pick(['热门去处', '新名片', '连心桥', '“香饽饽”', '幸福加油站'])}，${rng.pick(EFFECTS)}。`;
		case 8:
			return `从${rng.pick(OBJECTS)}到${rng.pick(OBJECTS)}，${place}一件件实事接连落地，${rng.pick(EFFECTS)}。`;
		default:
			return `“${rng.pick(QUOTES)}，”${personName(rng)}笑着说，“${rng.pick(QUOTES)}。”`;
	}
}

const COUNTRIES = [
	['日内瓦', '瑞士'],
	['内罗毕', '肯尼亚'],
	['雅加达', '印度尼西亚'],
	['布宜诺斯艾利斯', '阿根廷'],
	['开罗', '埃及'],
	['河内', '越南'],
	['阿斯塔纳', '哈萨克斯坦'],
	['里约热内卢', '巴西'],
	['维也纳', '奥地利'],
	['曼谷', '泰国'],
	['达喀尔', '塞内加尔'],
	['利马', '秘鲁'],
	['塔什干', '乌兹别克斯坦'],
	['惠灵顿', '新西兰'],
] as const;
const WORLD_TOPICS = [
	'区域互联互通',
	'粮食安全合作',
	'清洁能源转型',
	'港口升级改造',
	'跨境电商发展',
	'职业技能培训',
	'热带农业技术',
	'数字经济合作',
	'公共卫生合作',
	'气候变化应对',
	'青年人文交流',
	'铁路运营维护',
];

/** A dateline city and its country. */
export function worldPlace(rng: Rng): readonly [string, string] {
	return rng.pick(COUNTRIES);
}

/** One sentence of international news about `country`. */
export function worldSentence(rng: Rng, country: string): string {
	const topic = rng.pick(WORLD_TOPICS);
	switch (rng.int(0, 6)) {
		case 0:
			return `${country}政府日前发布报告称，${topic}领域的投资在过去一年增长了${rng.int(5, 40)}%。`;
		case 1:
			return `当地分析人士认为，${topic}将为${country}经济复苏注入新的动力。`;
		case 2:
			return `“这个项目让我们学到了技术，也交到了朋友。”当地员工${rng.pick(['穆萨', '阿米娜', '卡洛斯', '安娜', '阮文海', '伊布拉欣', '玛丽亚'])}说。`;
		case 3:
			return `会议期间，来自${rng.int(12, 80)}个国家和地区的代表围绕${topic}进行了深入交流。`;
		case 4:
			return `据${country}统计部门数据，今年前${rng.int(2, 10)}个月，相关产品出口额达${rng.int(2, 90)}.${rng.int(1, 9)}亿美元。`;
		case 5:
			return `项目建成后，将为当地创造约${rng.int(3, 30)}00个就业岗位，并带动上下游产业发展。`;
		default:
			return `多位与会者表示，各方应加强沟通协调，在${topic}等方面扩大务实合作。`;
	}
}

const ECON_SUBJECTS = [
	'居民消费',
	'制造业投资',
	'外贸进出口',
	'服务业增加值',
	'新能源汽车产量',
	'快递业务量',
	'粮食产量',
	'工业用电量',
];

/** One sentence of economic news. */
export function econSentence(rng: Rng): string {
	const s = rng.pick(ECON_SUBJECTS);
	switch (rng.int(0, 5)) {
		case 0:
			return `数据显示，前三季度${s}同比增长${rng.int(2, 19)}.${rng.int(0, 9)}%，增速比上半年加快${rng.int(1, 9)}.${rng.int(0, 9)}个百分点。`;
		case 1:
			return `业内人士指出，${s}回升向好，反映出市场信心正在稳步恢复。`;
		case 2:
			return `${rng.pick(CITIES)}出台${rng.int(10, 30)}条措施，支持${rng.pick(['中小企业', '个体工商户', '外贸企业', '科技型企业'])}${rng.pick(['稳岗扩岗', '技术改造', '拓展市场', '融资纾困'])}。`;
		case 3:
			return `“${rng.pick(['订单排到了年底', '新产线刚投产就满负荷运转', '今年的出口订单比去年多了三成', '我们正在加紧研发下一代产品'])}。”${rng.pick(CITIES)}一家企业负责人${personName(rng)}说。`;
		case 4:
			return `下一步，有关部门将${rng.pick(['加大政策协同力度', '持续优化营商环境', '畅通产业链供应链', '扩大有效投资'])}，推动${s}保持平稳增长。`;
		default:
			return `专家分析，${rng.pick(['内需潜力持续释放', '产业升级步伐加快', '新业态新模式不断涌现'])}，是${s}增长的重要支撑。`;
	}
}

const THEORY_TOPICS = [
	'基层治理现代化',
	'新质生产力',
	'城乡融合发展',
	'文化自信',
	'全过程人民民主',
	'生态文明建设',
	'高质量发展',
	'共同富裕',
	'法治政府建设',
	'调查研究',
	'中华优秀传统文化',
	'科技自立自强',
];
const THEORY_CLAUSES = [
	'必须坚持把人民立场作为根本立场',
	'需要在理论和实践的结合上下功夫',
	'关键在于把握好发展与安全的关系',
	'要以钉钉子精神抓好各项任务落实',
	'离不开体制机制的持续创新',
	'归根结底要靠深化改革来推动',
	'应当把制度优势更好转化为治理效能',
	'须臾离不开扎实的调查研究',
	'要处理好顶层设计与基层探索的关系',
	'就要从历史中汲取智慧和力量',
	'必须统筹当前和长远、局部和全局',
];

/** A theory topic. */
export function theoryTopic(rng: Rng): string {
	return rng.pick(THEORY_TOPICS);
}

/** One long sentence of a theory article about `topic`. */
export function theorySentence(rng: Rng, topic: string): string {
	switch (rng.int(0, 4)) {
		case 0:
			return `推进${topic}，${rng.pick(THEORY_CLAUSES)}，${rng.pick(THEORY_CLAUSES)}。`;
		case 1:
			return `从实践看，${topic}是一项系统工程，${rng.pick(THEORY_CLAUSES)}，不能就事论事、头痛医头。`;
		case 2:
			return `历史和现实都表明，${rng.pick(THEORY_CLAUSES)}，这是我们在${topic}中得出的重要经验。`;
		case 3:
			return `正如有学者所指出的，${topic}既是目标也是过程，${rng.pick(THEORY_CLAUSES)}。`;
		default:
			return `我们要深刻认识${topic}的重大意义，${rng.pick(THEORY_CLAUSES)}，在守正创新中开拓前进。`;
	}
}

const SEASONS = ['初春', '盛夏', '深秋', '隆冬', '雨后', '黄昏', '清晨', '腊月'];
const IMAGES = [
	'老屋檐下的燕子又回来了',
	'河面上浮着一层薄薄的雾',
	'外婆的灶台冒着热气',
	'山坡上的油菜花开成一片金黄',
	'巷口的槐树落了一地白花',
	'父亲蹲在田埂上看稻子',
	'火车从远处的铁桥上慢慢驶过',
	'院子里晒满了红辣椒',
	'月亮从山梁后面爬上来',
	'旧书页里夹着一片银杏叶',
	'渡口的老船工收起了缆绳',
	'孩子们的笑声在晒谷场上回荡',
];
const MUSINGS = [
	'我忽然明白，所谓乡愁，不过是一些走不远的记忆',
	'日子就像这条河，看似不动，其实一直在往前走',
	'那些平凡的人和事，后来都成了我心里最亮的光',
	'有些味道，只有在故乡才尝得出来',
	'读书的意义，大概就在于让人在喧嚣中守住一份安静',
	'多年以后再回头看，才知道那是最好的时光',
	'劳动的人总是最美的',
	'人与土地之间，原本就有一种说不清的亲近',
];

/** One sentence of an essay (副刊). */
export function essaySentence(rng: Rng): string {
	switch (rng.int(0, 3)) {
		case 0:
			return `${rng.pick(SEASONS)}的${rng.pick(PLACES)}，${rng.pick(IMAGES)}。`;
		case 1:
			return `${rng.pick(MUSINGS)}。`;
		case 2:
			return `记得那年${rng.pick(SEASONS)}，${rng.pick(IMAGES)}，${rng.pick(IMAGES)}。`;
		default:
			return `如今，${rng.pick(IMAGES)}，${rng.pick(MUSINGS)}。`;
	}
}

const POEM_LINES = [
	'我把一盏灯留在窗前',
	'风从麦田那边吹来',
	'你说春天会沿着河岸走',
	'星星落进井里',
	'一条路通向山的深处',
	'母亲的针线缝住了冬天',
	'我们在雪地上写下名字',
	'远方有汽笛轻轻响起',
	'石头记得每一场雨',
	'炊烟是村庄的签名',
	'让光照亮每一扇门',
	'种子在黑暗里学会等待',
	'桥把两岸连成一首歌',
	'晚霞铺满了归途',
	'时间在屋檐上生锈',
	'我听见大地的心跳',
];

/** One line of a poem (no closing punctuation, as poems print). */
export function poemLine(rng: Rng): string {
	return rng.pick(POEM_LINES) + rng.pick(['', '', '，', '', '。']);
}

const BOOK_WORDS = ['山河', '故园', '远行', '灯火', '麦浪', '星空', '长河', '边城', '岁月', '归途', '大地', '晨光'];

/** A made-up book title (without 《》). */
export function bookTitle(rng: Rng): string {
	return rng.pick(BOOK_WORDS) + rng.pick(['记', '书', '志', '之歌', '笔记', '往事', '纪事']);
}

/** One sentence of a book review about `title`. */
export function reviewSentence(rng: Rng, title: string): string {
	switch (rng.int(0, 3)) {
		case 0:
			return `《${title}》以${rng.pick(['细腻的笔触', '朴素的语言', '纪实的手法', '多线并进的结构'])}，${rng.pick(['记录了一个村庄几十年的变迁', '描绘了普通劳动者的奋斗', '串起了一条大河两岸的人间烟火', '呈现了一代人的青春记忆'])}。`;
		case 1:
			return `作者${rng.pick(['多次深入一线采访', '在田野里走了整整三年', '翻阅了大量地方志和档案', '与书中人物同吃同住'])}，因而书中的细节格外真切。`;
		case 2:
			return `读罢全书，${rng.pick(MUSINGS)}。`;
		default:
			return `书中${rng.pick(['写到的那位老教师', '那段关于修路的描写', '结尾处的一封家书', '几位年轻人的选择'])}，尤其令人动容。`;
	}
}

const SPORTS = [
	'男子100米',
	'女子跳远',
	'男子4×400米接力',
	'女子铅球',
	'混合团体',
	'男子单打',
	'女子双打',
	'男子自由泳200米',
];
const TEAMS = ['江州队', '临海队', '云州队', '北岭队', '山阳队', '海门队', '龙城队', '东陵队'];

/** One result line of a sports list: event, winner, team and mark. */
export function resultLine(rng: Rng): string {
	const ev = rng.pick(SPORTS);
	if (/单打|双打|团体/.test(ev)) {
		const [a, b] = rng.sample(TEAMS, 2);
		return `${ev}决赛：${a}${rng.pick(['3∶1', '3∶2', '2∶0', '4∶2'])}胜${b}`;
	}
	const mark = /跳远|铅球/.test(ev)
		? `${rng.int(/跳远/.test(ev) ? 5 : 14, /跳远/.test(ev) ? 7 : 20)}米${rng.int(10, 99)}`
		: /100米/.test(ev)
			? `${rng.int(10, 12)}秒${rng.int(10, 99)}`
			: `${rng.int(1, 3)}分${rng.int(10, 59)}秒${rng.int(10, 99)}`;
	return `${ev}：${personName(rng)}（${rng.pick(TEAMS)}）${mark}`;
}

/** One sentence of sports or culture news. */
export function sportSentence(rng: Rng): string {
	switch (rng.int(0, 6)) {
		case 4:
			return `${rng.pick(['上半场', '比赛开始后', '决胜局中', '最后一圈'])}，${rng.pick(TEAMS)}${rng.pick(['连续得分', '加快节奏', '稳住阵脚', '从外道发起冲刺'])}，${rng.pick(['一举锁定胜局', '将比分反超', '最终以微弱优势取胜', '赢得全场喝彩'])}。`;
		case 5:
			return `${rng.pick(['主办方介绍', '据了解', '赛事组委会表示'])}，${rng.pick(['本届赛事首次设立青少年组', '比赛场馆已全部向市民免费开放', '赛事期间将同步举办全民健身体验活动', '明年的比赛将扩大到更多城市'])}。`;
		case 0:
			return `在${rng.pick(CITIES)}举行的${rng.pick(['全省青少年田径锦标赛', '城市业余联赛', '全民健身运动会', '乒乓球公开赛'])}上，${rng.pick(TEAMS)}选手${personName(rng)}夺得${rng.pick(SPORTS)}冠军。`;
		case 1:
			return `本次比赛共吸引${rng.int(12, 60)}支队伍、${rng.int(300, 2000)}余名运动员参加。`;
		case 2:
			return `“${rng.pick(['这块金牌属于整个团队', '比赛中我只想着跑好每一步', '下一站我要冲击全国纪录', '感谢家乡观众的加油'])}。”赛后，${personName(rng)}说。`;
		default:
			return `${rng.pick(['展览', '演出', '读书会', '非遗市集'])}将持续至${rng.int(1, 12)}月${rng.int(1, 28)}日，市民可通过线上平台预约参观。`;
	}
}

/** A paragraph of `n` sentences from `make`. */
export function paragraph(rng: Rng, n: number, make: (rng: Rng) => string): string {
	const out: string[] = [];
	for (let i = 0; i < n; i++) {
		// Neither a sentence used on the page before nor two openings alike in one paragraph.
		const fresh = (x: string) => !rng.seen.has(x) && !out.some((o) => o.slice(0, 5) === x.slice(0, 5));
		let sentence = make(rng);
		for (let tries = 0; tries < 8 && !fresh(sentence); tries++) sentence = make(rng);
		rng.seen.add(sentence);
		out.push(sentence);
	}
	return out.join('');
}

const HEAD_VERBS = ['跑出', '架起', '蹚出', '激活', '绘就', '守好', '织密', '擦亮', '写好', '种下', '点亮', '筑牢'];
const HEAD_NOUNS = [
	'加速度',
	'连心桥',
	'新路子',
	'一池春水',
	'新图景',
	'“绿色账”',
	'民生网',
	'金名片',
	'大文章',
	'致富树',
	'万家灯火',
	'安全线',
];

/** A headline of news: one phrase, two phrases apart by a space, or a place and a deed. */
export function newsHeadline(rng: Rng): string {
	const place = rng.pick(PLACES).replace(/(县|镇|乡|村|区|街道|社区)$/, '');
	switch (rng.int(0, 4)) {
		case 0:
			return `${place}${rng.pick(HEAD_VERBS)}${rng.pick(HEAD_NOUNS)}`;
		case 1:
			return `${rng.pick(OBJECTS).replace(/[“”]/g, '')}${rng.pick(['开进', '走进', '落户', '扎根'])}${rng.pick(['山乡', '社区', '田间', '老街'])} ${rng.pick(['群众得实惠', '日子更红火', '服务零距离', '发展有后劲', '乡亲笑开颜', '民生添温度'])}`;
		case 2:
			return `让${rng.pick(['群众', '老人', '孩子', '企业', '农户', '游客'])}${rng.pick(['办事更方便', '吃上热乎饭', '有了好去处', '安心发展', '腰包鼓起来', '留得住'])}`;
		case 3:
			return `${rng.pick(HEAD_VERBS)}${rng.pick(HEAD_NOUNS)} ${rng.pick(HEAD_VERBS)}${rng.pick(HEAD_NOUNS)}`;
		default:
			return `${place}：${rng.pick(OBJECTS).replace(/[“”]/g, '')}${rng.pick(['提质扩面', '上新', '越办越红火', '成效初显'])}`;
	}
}

/** A kicker (引题), ending in —— or plain. */
export function kicker(rng: Rng, dash: boolean): string {
	const k = rng.pick([
		`${rng.pick(PRINCIPLES)}抓落实`,
		`聚焦${rng.pick(['急难愁盼', '产业振兴', '基层减负', '民生实事', '营商环境'])}`,
		`${rng.pick(PLACES)}${rng.pick(['探索', '实践', '一线观察', '见闻'])}`,
		`${rng.pick(['奋进', '建设', '追梦'])}新征程`,
	]);
	return dash ? `${k}——` : k;
}

/** A subheadline (副题), starting with —— or plain. */
export function subheadline(rng: Rng, dash: boolean): string {
	const s = rng.pick([
		`${rng.pick(PLACES)}${rng.pick(['推进', '深化', '创新'])}${rng.pick(['基层治理', '乡村振兴', '为民服务', '生态保护'])}纪实`,
		`记${rng.pick(PLACES)}${rng.pick(ROLES)}${personName(rng)}`,
		`${rng.pick(CITIES)}${rng.pick(['前三季度经济运行观察', '一线调研', '发展新观察'])}`,
		`${rng.pick(PLACES)}${rng.pick(OBJECTS).replace(/[“”]/g, '')}${rng.pick(['见闻', '调查', '蹲点记'])}`,
	]);
	return dash ? `——${s}` : s;
}

/** A commentary headline. */
export function commentHeadline(rng: Rng): string {
	return rng.pick([
		`以${rng.pick(PRINCIPLES)}${rng.pick(['答好', '写好', '下好'])}${rng.pick(['时代考卷', '民生答卷', '发展先手棋'])}`,
		`${rng.pick(['让', '把'])}${rng.pick(['实事', '好事', '民生账'])}${rng.pick(['办到群众心坎上', '算得更细一些', '落到细处'])}`,
		`${rng.pick(['多一些', '少一些', '用好'])}${rng.pick(['“笨功夫”', '“绣花功”', '“回头看”', '“接地气”'])}`,
		`${rng.pick(['在', '从'])}${rng.pick(['细微处', '小切口', '一线'])}${rng.pick(['见真章', '察民情', '求实效'])}`,
	]);
}

/** One sentence of a commentary. */
export function commentSentence(rng: Rng): string {
	switch (rng.int(0, 4)) {
		case 0:
			return `${rng.pick(['民生无小事', '实干才能出实绩', '说一千道一万，不如干一件', '群众的眼睛是雪亮的'])}。${rng.pick(EFFECTS).replace(/^让/, '只有让')}，工作才算做到了位。`;
		case 1:
			return `办好一件实事，${rng.pick(THEORY_CLAUSES)}。`;
		case 2:
			return `${rng.pick(['有的地方', '个别干部', '一些单位'])}${rng.pick(['热衷于开会发文', '满足于填表留痕', '习惯于坐在办公室想办法'])}，${rng.pick(['看似忙碌，实则空转', '结果事倍功半', '群众并不买账'])}。`;
		case 3:
			return `从${rng.pick(PLACES)}的实践看，${rng.pick(OBJECTS)}之所以受欢迎，就在于${rng.pick(['想群众之所想', '把功夫下在了平时', '坚持把选择权交给群众'])}。`;
		default:
			return `说到底，${rng.pick(['民心是最大的政治', '作风建设永远在路上', '好的政策要靠好的执行'])}，${rng.pick(THEORY_CLAUSES)}。`;
	}
}

/** A column label (栏目名), without marks. */
export function columnLabel(rng: Rng, kind: 'comment' | 'news' | 'feature'): string {
	if (kind === 'comment')
		return rng.pick(['今日谈', '观潮', '人民时评', '思想纵横', '快评', '基层之声', '一线视角', '金台随笔']);
	if (kind === 'feature')
		return rng.pick(['大地', '书香', '心香一瓣', '多味斋', '民生观察', '走基层', '新春走基层', '记者调查']);
	return rng.pick(['视点', '聚焦', '看基层', '地方动态', '一线直击', '新闻眼', '区域观察', '权威发布']);
}
