/**
 * The tune6 generator's words: invented names, places and units, and sentence patterns of its own
 * by beat (要闻, 经济, 地方, 体育, 理论, 散文, 诗, 调查, 专访, captions, notices), filled from the
 * dice. No article text of any paper: every pattern is written here.
 */
import { personName } from '../bench/vocabulary.ts';
import type { Dice } from './random.ts';

const surnames = [
	...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文施洪辛',
];
const givens = [
	...'一丁三川子之文方允元平弘立永玉石禾亦同竹安名宇守成帆江阳冰华志芸克辰沛灿宏岚希怀若青昕卓奇明杭松林雨奕泓洁思春彦昱柏星秋科俊衍修晏朗海涛悦益祥晟铭晴景舒然博皓婉雯楠睿嘉毓璇翰蕾霖曦馨耀',
];
const placeHeads = [...'青白临松安长南北东西柳桐云鹤枫梅兰宁泰丰永金平望清汾沅湘岷沂涟澄'];
const placeTails = [...'川石江阳溪垣屏塘陵峡河庐岭山林湾泽远和乐定沙湖源州口坪桥溪岗原'];
const placeSuffixes = ['市', '县', '区', '镇', '乡', '村', '街道', '经开区'];
const unis = ['师范大学', '理工大学', '农业大学', '财经大学', '大学', '政法学院', '社会科学院'];
const companies = [
	'新材料有限公司',
	'农业科技公司',
	'装备制造集团',
	'物流园',
	'现代农业产业园',
	'电子信息产业园',
	'食品有限公司',
	'文旅集团',
];

/** An invented person's name, two or three characters (now and then one of the bench's names). */
export function person(dice: Dice): string {
	if (dice.chance(0.15))
		return personName({
			next: () => dice.next(),
			int: (a, b) => dice.int(a, b),
			pick: (l) => dice.pick(l),
			chance: (p) => dice.chance(p),
		});
	return dice.pick(surnames) + dice.pick(givens) + (dice.chance(0.65) ? dice.pick(givens) : '');
}

/** An invented place: two syllables and a suffix, 临沙县, 枫桥镇. */
export function place(dice: Dice, suffix?: string): string {
	return dice.pick(placeHeads) + dice.pick(placeTails) + (suffix ?? dice.pick(placeSuffixes));
}

/** An invented province-level name without its suffix, 岷江, for 本报岷江电. */
export function region(dice: Dice): string {
	return dice.pick(placeHeads) + dice.pick(placeTails);
}

/** An invented university or academy. */
export function university(dice: Dice): string {
	return region(dice) + dice.pick(unis);
}

/** An invented company or park. */
export function company(dice: Dice): string {
	return region(dice) + dice.pick(companies);
}

/** Distinct names, as many as asked. */
export function people(dice: Dice, count: number): string[] {
	const out = new Set<string>();
	while (out.size < count) out.add(person(dice));
	return [...out];
}

export type Beat =
	'news' | 'economy' | 'local' | 'sport' | 'theory' | 'prose' | 'survey' | 'interview' | 'review' | 'comment';

const patterns: Record<Beat, string[]> = {
	news: [
		'{P}把推进高质量发展作为头等大事，一项一项抓落实。',
		'会议强调，要坚持问题导向，把群众反映强烈的事情一件件办好。',
		'截至{M}月底，{P}已累计完成投资{m}亿元，同比增长{f}%。',
		'{O}负责人介绍，今年将重点推进{n}个民生项目，确保年内见到实效。',
		'与会代表围绕基层治理、乡村建设等议题深入交流，提出意见建议{m}条。',
		'记者从{O}获悉，这一做法已在全省{n}个县区推广。',
		'“政策落到实处，老百姓心里才踏实。”{N}说。',
		'据了解，{P}今年新建改建农村公路{m}公里，惠及群众{k}余户。',
		'在{Q}，一批重点项目正加紧施工，工地上一派繁忙景象。',
		'下一步，{P}将进一步完善工作机制，推动各项任务落地见效。',
		'座谈会上，{N}结合工作实际，谈了自己的体会和打算。',
		'各地各部门要压实责任，细化措施，确保各项部署不折不扣落到实处。',
		'这次活动共吸引{k}余名群众参与，现场气氛热烈。',
		'{O}还专门开通了服务热线，及时回应群众关切。',
		'近年来，{P}坚持生态优先、绿色发展，走出了一条新路子。',
	],
	economy: [
		'前{n2}个月，{P}规模以上工业增加值同比增长{f}%，增速高于全省平均水平。',
		'{C}的生产车间里，机械臂上下翻飞，一条条生产线满负荷运转。',
		'“订单排到了{M}月份，工人们正加班加点。”企业负责人{N}说。',
		'今年以来，{P}新增市场主体{k}户，其中民营企业占比超过八成。',
		'统计数据显示，全市社会消费品零售总额达到{m}亿元，同比增长{f}%。',
		'{O}推出{n}条措施，在融资、用地、用工等方面为企业纾困解难。',
		'业内人士分析，消费回暖的势头有望在下半年延续。',
		'{P}的特色农产品通过电商平台销往全国，年销售额突破{m}亿元。',
		'园区已入驻企业{m}家，形成了从原材料到终端产品的完整链条。',
		'专家认为，稳住外贸基本盘，关键在于提升产品附加值。',
		'银行机构对小微企业的贷款余额比年初增加{m}亿元。',
		'今年一季度，全市进出口总值{m}亿元，创历史同期新高。',
		'物价总体平稳，居民消费价格同比上涨{f}%。',
		'{C}投资{n}亿元建设的新厂房即将投产，预计年产值可达{m}亿元。',
	],
	local: [
		'清晨六点，{P}的蔬菜大棚里已经有人在忙活了。',
		'村党支部书记{N}带着村民入股合作社，去年每户分红{k}元。',
		'过去这里是一片荒坡，如今成了远近闻名的果园。',
		'“以前出门一脚泥，现在家门口就是柏油路。”村民{N}笑着说。',
		'{P}把闲置的老校舍改成了村史馆和老年食堂。',
		'镇里组织{n}支志愿服务队，定期上门为独居老人理发、体检。',
		'合作社今年种了{m}亩高粱，全部签订了收购合同。',
		'{Q}的民宿一到周末就住满了，游客多是城里来的年轻人。',
		'街道把议事会开到了小区楼下，大事小情大家商量着办。',
		'网格员{N}每天要走上万步，把社区{n}栋楼跑个遍。',
		'当地还请来农技专家，手把手教村民修剪果树。',
		'家门口的就业车间，让{n2}多名留守妇女有了稳定收入。',
		'河道清淤之后，村里的池塘又见到了成群的白鹭。',
	],
	sport: [
		'上半场第{n2}分钟，{N}在禁区前沿起脚打门，皮球应声入网。',
		'这是球队本赛季取得的第{n}场胜利，积分升至联赛第{n}位。',
		'易边再战，客队加强了边路进攻，但始终没能扳平比分。',
		'“队员们执行了赛前的布置，这场胜利来之不易。”主教练{N}赛后说。',
		'本届比赛共有来自全国各地的{m}名运动员参加，设{n2}个小项。',
		'决赛中，{N}以{s}的成绩打破赛会纪录，收获个人首枚全国冠军金牌。',
		'比赛进入决胜局，双方比分交替上升，一度战成{n2}平。',
		'{P}全民健身中心今年已接待健身群众{k}余人次。',
		'年轻队员在关键时刻顶住了压力，展现出良好的竞技状态。',
		'赛事期间，当地还组织了群众健步走、少儿趣味赛等活动。',
		'最终，主队凭借一次定位球破门，以一球小胜。',
		'下一轮比赛将于{M}月{D}日在{P}体育场进行。',
	],
	theory: [
		'理论的生命力在于回答时代提出的问题。',
		'从历史的维度看，每一次重大发展都离不开思想的解放和制度的创新。',
		'这就要求我们既要立足当下，又要着眼长远，把握好发展的节奏和力度。',
		'实践证明，只有把群众的期盼作为工作的出发点，各项事业才能行稳致远。',
		'必须看到，发展不平衡不充分的问题依然存在，一些领域还有不少短板。',
		'深刻理解这一重大论断，需要把它放到更宏阔的历史视野中去把握。',
		'现代化不是简单的模仿，而是立足本国国情的创造性探索。',
		'推进基层治理现代化，关键在于激发群众参与的积极性和主动性。',
		'一方面，要加强顶层设计；另一方面，要尊重基层首创精神。',
		'文化自信是一种更基础、更广泛、更深厚的自信。',
		'数字技术的广泛应用，正在深刻改变生产方式和生活方式。',
		'坚持系统观念，就是要注重各项工作的关联性和耦合性。',
		'学术界对此已有不少讨论，但仍有进一步深化的空间。',
		'归根到底，检验一切工作成效的标准，是人民群众是否得到了实惠。',
		'这既是经验的总结，也是面向未来的深刻启示。',
		'制度优势只有转化为治理效能，才能真正惠及群众。',
		'历史地看，任何一项改革都不可能一蹴而就。',
		'处理好政府和市场的关系，始终是一个需要不断探索的课题。',
		'在这个过程中，尤其要防止简单化、一刀切的做法。',
		'人才是第一资源，创新是第一动力。',
		'城乡之间的差距，既是发展的短板，也是潜力所在。',
		'把握规律，才能在纷繁复杂的局面中保持定力。',
		'只有扎根实践，理论研究才能避免空对空。',
	],
	prose: [
		'小时候，外婆家门前有一棵老槐树，夏天的傍晚，大人们就在树下摇着蒲扇说话。',
		'山路弯弯，一直通到云里去。',
		'我至今记得那个冬天，雪下得很厚，父亲背着我走了十几里路去镇上看病。',
		'河水不紧不慢地流着，像一位老人在讲很长的故事。',
		'那些年，村里的灯一盏一盏亮起来，日子也一天一天好起来。',
		'母亲总是把最好的留给我们，自己却舍不得吃一口。',
		'如今再回故乡，老屋已经翻新，门前的小路也铺上了石板。',
		'秋天的田野是金黄的，风一吹，稻浪一层推着一层。',
		'我常常想，人这一辈子，能守住一片土地，也是一种福分。',
		'远处传来几声鸟鸣，把山谷衬得更静了。',
		'灯下读书的时光，是我少年时代最温暖的记忆。',
		'站在{P}的江边，看晚霞一点一点沉下去，心里说不出的安宁。',
		'祖父的那把旧锄头，至今还挂在老屋的墙上。',
	],
	survey: [
		'记者走访了{P}的{n}个小区，发现不少居民对此都有类似的困惑。',
		'调查中，超过六成的受访者表示，希望相关部门加强监管。',
		'一位姓{S}的居民告诉记者，她已经为这件事跑了好几趟。',
		'有读者反映，一些商家在价格标示上玩起了“文字游戏”。',
		'业内人士提醒，消费者遇到类似情况应保留好相关凭证。',
		'{O}工作人员表示，已经注意到这一问题，正在研究解决办法。',
		'记者随后拨打了商家的客服电话，对方称将尽快核实处理。',
		'也有居民认为，问题的根源在于缺少统一的标准。',
		'律师{N}指出，这种做法涉嫌侵犯消费者的知情权。',
		'截至发稿时，已有{n2}户居民的问题得到解决。',
	],
	interview: [
		'这些年，我最大的体会是，做事情一定要沉得下去。',
		'刚开始的时候困难很多，资金、技术、人手都缺。',
		'我们团队现在有{n2}个人，大多数是从外地回来的年轻人。',
		'说实话，当时也犹豫过，但最后还是决定留下来。',
		'下一步，我们打算把这套办法推广到更多的村子。',
		'我觉得，最重要的是让老百姓真正得到实惠。',
		'每次看到孩子们的笑脸，我就觉得一切都值得。',
		'这个行业变化很快，不学习就会被淘汰。',
		'我们和{O}签了合作协议，明年就能建成新的实验室。',
		'希望更多的年轻人能到基层来，这里大有可为。',
	],
	review: [
		'这部作品以{P}为背景，讲述了三代人与一片土地的故事。',
		'作者用朴素的笔触，写出了普通人身上不普通的光亮。',
		'全书分为{n}个章节，结构清晰，叙述从容。',
		'书中的人物大多有生活原型，读来格外真切。',
		'尤其值得一提的是，作者对方言的运用恰到好处。',
		'掩卷而思，我们读到的不只是一个村庄的变迁，更是一个时代的侧影。',
		'当然，书中个别章节稍显拖沓，但瑕不掩瑜。',
		'这是一部值得慢慢读的书。',
		'作者多年深入基层采访，积累了大量第一手材料。',
		'书名取自当地一句老话，朴素而耐人寻味。',
		'读这本书，像是跟着作者走了一趟远路。',
		'在叙事上，作者有意放慢了节奏，让细节自己说话。',
		'全书最动人的，是那些看似不经意的日常片段。',
	],
	comment: [
		'办好一件事，胜过说一百句漂亮话。',
		'群众的事无小事，枝叶总关情。',
		'有的地方热衷于搞形式、造声势，却忽视了实实在在的效果。',
		'这样的做法，看似热闹，实则经不起推敲。',
		'解决问题，既要有眼光，也要有耐心。',
		'制度的生命力在于执行，再好的规定不落实也是一纸空文。',
		'说到底，让群众满意，才是最好的答卷。',
		'期待更多地方拿出真招实招，把好事办好、实事办实。',
		'对于这样的新问题，不能简单地一禁了之。',
		'从这个意义上说，一个细节的改进，折射的是治理理念的进步。',
		'基层减负，减的是形式主义，不能减了责任和担当。',
	],
};

const headPatterns: Record<Beat, string[]> = {
	news: [
		'{P}：{x}见实效',
		'{x}迈出新步伐',
		'让{y}更有温度',
		'{P}{x}取得积极进展',
		'以{x}推动{y}',
		'{x}驶入快车道',
		'{P}为{y}办实事',
	],
	economy: [
		'{P}工业经济稳中向好',
		'{y}释放消费新活力',
		'{x}按下“加速键”',
		'民营企业{x}信心足',
		'前{n}月{P}外贸逆势增长',
		'{y}跑出加速度',
	],
	local: [
		'{P}：老校舍变身“幸福食堂”',
		'小小合作社 带富一方人',
		'{x}走进{P}',
		'家门口就业 日子有奔头',
		'{P}的{y}故事',
		'村里来了新“管家”',
	],
	sport: [
		'主场一球小胜 {T}连胜继续',
		'{N}夺得个人首个全国冠军',
		'{T}客场战平对手',
		'全民健身热潮涌动{P}',
		'{T}晋级四强',
		'青年队员挑大梁',
	],
	theory: ['深刻把握{x}的时代内涵', '在{y}中推进{x}', '{x}的理论逻辑与实践路径', '以{x}引领{y}', '读懂{x}的三个维度'],
	prose: ['老屋', '故乡的河', '父亲的菜园', '{P}的秋天', '灯下', '雪落山村', '槐树下的夏天', '远行'],
	survey: ['{y}为何屡禁不止', '{x}，难在哪里', '“{y}”背后的消费陷阱', '{x}该如何破题', '读者来信：{y}谁来管'],
	interview: ['把论文写在大地上', '“我愿做一颗螺丝钉”', '{N}：扎根基层的追梦人', '守护{y}的人', '让{x}惠及更多人'],
	review: ['一片土地的三代记忆', '在平凡中发现光亮', '写给{P}的长信', '书写时代的侧影', '读《{B}》有感'],
	comment: ['办实事贵在“实”', '别让{y}成了摆设', '{x}需要耐心', '细节里见温度', '多一些{y}少一些{x}', '减负不减担当'],
};

const xs = [
	'乡村振兴',
	'基层治理',
	'营商环境',
	'民生实事',
	'城市更新',
	'生态保护',
	'科技创新',
	'产业升级',
	'文化惠民',
	'就业服务',
	'数字经济',
	'绿色转型',
	'社区服务',
	'医疗保障',
];
const ys = [
	'群众生活',
	'服务窗口',
	'乡村产业',
	'老旧小区',
	'公共服务',
	'特色农业',
	'夜间经济',
	'养老服务',
	'便民设施',
	'城乡融合',
	'文旅消费',
	'中小企业',
];
const teams = ['临江队', '松阳队', '南屏队', '鹤山队', '枫林队', '云岭队', '泰和队', '金沙队'];
const bookWords = ['山河', '故园', '大地', '星光', '长河', '远方', '春风', '炊烟', '麦田', '归途', '江南', '村庄'];

/** A book title of two to four words, 《大地长河》. */
export function bookTitle(dice: Dice): string {
	return dice.sample(bookWords, dice.int(2, 3)).join('');
}

/** A team name, 临江队. */
export function team(dice: Dice): string {
	return dice.pick(teams);
}

/** A sports score written with the ratio colon, 3∶1; a winner's when `win`. */
export function score(dice: Dice, win = false): string {
	const a = dice.int(win ? 1 : 0, 4);
	return `${a}∶${win ? dice.int(0, a - 1) : dice.int(0, 3)}`;
}

/** What a story's patterns are filled with: its own people, places, organisation. */
export interface Cast {
	place: string;
	other: string;
	name: string;
	org: string;
	company: string;
	team: string;
	month: number;
}

/** A new cast for one story. */
export function cast(dice: Dice, month: number): Cast {
	const p = place(dice);
	return {
		place: p,
		other: place(dice),
		name: person(dice),
		org:
			p.replace(/(市|县|区|镇|乡|村|街道|经开区)$/, '') +
			dice.pick(['发展改革委', '农业农村局', '商务局', '住建局', '人社局', '文旅局', '市场监管局', '民政局']),
		company: company(dice),
		team: team(dice),
		month,
	};
}

/** A pattern with its slots filled from the cast and the dice. */
export function fill(pattern: string, dice: Dice, c: Cast): string {
	return pattern.replace(/\{(\w+)\}/g, (_, slot: string) => {
		switch (slot) {
			case 'P':
				return c.place;
			case 'Q':
				return c.other;
			case 'N':
				return c.name;
			case 'S':
				return c.name.slice(0, 1);
			case 'O':
				return c.org;
			case 'C':
				return c.company;
			case 'T':
				return c.team;
			case 'n':
				return String(dice.int(3, 9));
			case 'n2':
				return String(dice.int(11, 98));
			case 'm':
				return String(dice.int(102, 980));
			case 'k':
				return String(dice.int(1200, 9800));
			case 'f':
				return `${dice.int(2, 19)}.${dice.int(1, 9)}`;
			case 's':
				return `${dice.int(10, 59)}秒${dice.int(10, 99)}`;
			case 'M':
				return String(Math.max(1, c.month - dice.int(0, 2)));
			case 'D':
				return String(dice.int(1, 28));
			case 'x':
				return dice.pick(xs);
			case 'y':
				return dice.pick(ys);
			case 'B':
				return bookTitle(dice);
			default:
				return slot;
		}
	});
}

/** `count` sentences of a beat, no pattern twice while others are left. */
export function sentences(dice: Dice, beat: Beat, c: Cast, count: number): string[] {
	const pool = patterns[beat];
	let left = dice.shuffle(pool);
	const out: string[] = [];
	for (let i = 0; i < count; i++) {
		if (left.length === 0) left = dice.shuffle(pool);
		out.push(fill(left.pop() as string, dice, c));
	}
	return out;
}

const openers: Partial<Record<Beat, string[]>> = {
	news: ['与此同时，', '据介绍，', '此外，', '今年以来，', '记者了解到，'],
	economy: ['从数据看，', '与此同时，', '具体来看，', '分行业看，', '值得关注的是，'],
	local: ['如今，', '这两年，', '说起变化，', '在村里，'],
	theory: ['总的来看，', '具体而言，', '在新的历史条件下，', '同时，', '由此可见，', '进一步说，', '从实践层面看，'],
	survey: ['此外，', '对此，', '记者注意到，', '与此同时，'],
	comment: ['其实，', '诚然，', '反过来看，', '更重要的是，'],
	sport: ['此后，', '与此同时，', '值得一提的是，'],
};

/**
 * Paragraphs of a beat: `count` paragraphs of `min` to `max` sentences, drawn from one pool for the
 * story (no pattern twice while others are left), now and then led by a connective.
 */
export function paragraphs(dice: Dice, beat: Beat, c: Cast, count: number, min = 2, max = 4): string[] {
	const sizes = Array.from({ length: count }, () => dice.int(min, max));
	const pool = sentences(
		dice,
		beat,
		c,
		sizes.reduce((a, b) => a + b, 0),
	);
	const leads = openers[beat] ?? [];
	return sizes.map((n) =>
		pool
			.splice(0, n)
			.map((sentence, k) =>
				k > 0 && leads.length > 0 && !sentence.startsWith('“') && dice.chance(0.25)
					? dice.pick(leads) + sentence
					: sentence,
			)
			.join(''),
	);
}

/** A headline of a beat. */
export function headline(dice: Dice, beat: Beat, c: Cast): string {
	return fill(dice.pick(headPatterns[beat]), dice, c);
}

const captionPatterns = [
	'{P}的农民在田间抢收小麦。',
	'游客在{P}的古街上参观游览。',
	'工人在{C}的生产线上作业。',
	'孩子们在{P}新建的社区书屋里读书。',
	'志愿者为{P}的老人测量血压。',
	'{P}的梯田层层叠叠，宛如一幅画卷。',
	'运动员在比赛中奋力拼抢。',
	'市民在{P}的湿地公园休闲散步。',
	'货轮在{P}港区装卸集装箱。',
	'演员在{P}文化广场为群众表演节目。',
];

/** A photo caption sentence, its place filled. */
export function caption(dice: Dice, c: Cast): string {
	return fill(dice.pick(captionPatterns), dice, c);
}

const poemLines = [
	'风从山那边吹过来',
	'把一整个春天',
	'轻轻放在我的窗台',
	'河流记得每一块石头',
	'也记得远行的人',
	'我在灯下写信',
	'写给一片沉默的麦田',
	'月光落满了村口',
	'像母亲晾晒的白布',
	'燕子回来了',
	'带着南方的消息',
	'炊烟升起的地方',
	'就是故乡',
	'我们把名字刻在树上',
	'让年轮替我们记住',
	'星星一颗一颗亮起',
	'照着回家的路',
	'山是静的',
	'水是静的',
	'只有心跳得很快',
];

/** A poem's short lines, `count` distinct ones in a random order. */
export function verses(dice: Dice, count: number): string[] {
	return dice.shuffle(poemLines).slice(0, count);
}
