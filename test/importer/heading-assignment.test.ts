import { describe, expect, test } from 'vitest';
import { parseConserved } from '../support/parse-conserved.ts';

/** The page's banner and each item's headline a text dump gives, the conservation check passed. */
function heads(text: string) {
	const page = parseConserved(text);
	return { banner: page.banner?.text, headlines: page.items.map((item) => item.headline) };
}

describe('which body a head block goes to (text dumps)', () => {
	test('a column’s name by its genre (`民生速览`) alone between a photo’s credit and a brief’s head labels the briefs, not the photo', () => {
		const text =
			'第04版：社会\n\n' +
			'新桥通车方便出行\n\n' +
			'　　本报讯（记者王芳）新桥建成通车后，两岸居民往来只需几分钟，\n不少人专程赶来走一走。\n\n' +
			'工人在一家企业的生产线上作业。\n李强　摄\n\n\n' +
			'民生速览\n\n' +
			'社区运动会落幕\n' +
			'本报讯（记者赵敏）在萧远看来，做好服务的秘诀只有一个字：细。\n\n' +
			'新图书馆开馆\n' +
			'本报讯（记者孙浩）村里的广播每天准时响起，播报天气和农事提醒。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => item.headline)).toEqual([
			'新桥通车方便出行',
			'（无标题）',
			'社区运动会落幕',
			'新图书馆开馆',
		]);
		expect(page.items.map((item) => item.section)).toEqual([undefined, undefined, '民生速览', '民生速览']);
	});

	test('on a page of photo titles printed under their captions, a title under a photo of its own is that photo’s, not the untitled photo’s above it', () => {
		const text =
			'山城晚报　2024年5月6日\n\n' +
			'清晨的湖面上，渔民们撒下第一网，水鸟\n在船边盘旋。\n王芳 摄\n\n' +
			'湖上晨光\n\n' +
			'傍晚，社区广场上的孩子们在放风筝，老\n人们在一旁闲谈。\n李强 摄\n\n' +
			'广场黄昏\n\n' +
			'集市上，摊主们摆出了刚采摘的新鲜蔬菜\n和水果。\n赵敏 摄\n\n' +
			'老街上，手艺人正在为游客编织竹篮，吸\n引了不少人驻足。\n孙浩 摄\n\n' +
			'竹编时光\n\n' +
			'第08版：影像\n';
		expect(heads(text).headlines).toEqual(['湖上晨光', '广场黄昏', '（无标题）', '竹编时光']);
	});

	test('one heading over a page of photos, each with its caption and credit and none titled, heads the page, not the first photo', () => {
		const text =
			'第06版：影像\n山城晚报　2024年5月6日\n\n' +
			'湖畔好风光\n\n' +
			'图①：清晨的湖面上，渔民们撒下第一网。\n王芳 摄\n\n' +
			'资料图片\n图②：傍晚，社区广场上的孩子们在放风筝。\n\n' +
			'图③：集市上，摊主们摆出了刚采摘的新鲜蔬菜。\n赵敏 摄\n';
		expect(heads(text)).toEqual({ banner: '湖畔好风光', headlines: ['（无标题）', '（无标题）', '（无标题）'] });
	});

	test('numbered photos each with its credit and a title between every two carry their own titles, printed under them', () => {
		const text =
			'湖城日报　2024年5月6日\n\n' +
			'图①：清晨的湖面上，渔民们撒下第一网。\n王芳 摄\n湖上晨光\n\n' +
			'图②：傍晚，社区广场上的孩子们在放风筝。\n新华社记者 李明 摄\n广场黄昏\n\n' +
			'赵敏 摄\n图③：集市上，摊主们摆出了刚采摘的新鲜蔬菜。\n集市清晨\n\n' +
			'第08版：影像\n';
		expect(heads(text).headlines).toEqual(['湖上晨光', '广场黄昏', '集市清晨']);
	});

	test('numbered photos each with its credit and a title over each carry their own titles, the first over them no label', () => {
		const text =
			'第05版：视觉\n湖城日报　2024年5月6日\n\n' +
			'守护平安\n\n王芳 摄\n图①：清晨的湖面上，渔民们撒下第一网。\n\n' +
			'广场黄昏\n\n图②：傍晚，社区广场上的孩子们在放风筝。 新华社记者 李明 摄\n\n' +
			'集市清晨\n\n赵敏 摄\n图③：集市上，摊主们摆出了刚采摘的新鲜蔬菜。\n';
		expect(heads(text).headlines).toEqual(['守护平安', '广场黄昏', '集市清晨']);
	});

	test('a group’s later photos, only credits between them, still take no title: the one under the group goes to the first', () => {
		const text =
			'湖城日报　2024年5月6日\n\n' +
			'图①：清晨的湖面上，渔民们撒下第一网。\n\n王芳 摄\n\n' +
			'图②：傍晚，社区广场上的孩子们在放风筝。 李明 摄\n\n' +
			'湖畔好风光\n\n' +
			'第08版：影像\n';
		expect(heads(text).headlines).toEqual(['湖畔好风光', '（无标题）']);
	});

	test('the page’s first head block, its column label printed under it (as another item’s is), heads the first body: no item stands above it to close', () => {
		const text =
			'第15版　经济\n\n' +
			'奋进新征程——\n新能源项目集中开工\n\n■　经济观察\n\n■本报记者　王芳\n\n' +
			'　　记者走进镇上的服务中心，窗口前总有人在排队咨询，工作人\n员耐心解答每一个问题。\n\n' +
			'绿色电力交易规模扩大\n\n新华社记者　李明\n\n' +
			'　　傍晚时分，广场上响起了音乐，跳舞的人群渐渐多了起来，老\n人们坐在长椅上聊天。\n\n' +
			'什么是河长制\n\n【背景】\n\n' +
			'　　一次次走访，一本本台账，记录下的是责任，也是担当，干部\n们把群众的事放在心上。\n\n' +
			'消费市场持续回暖\n\n' +
			'　　天刚蒙蒙亮，网格员就骑着电动车出了门，开始一天的巡查，\n挨家挨户了解情况。\n\n' +
			'物流降本为企业减负\n\n' +
			'　　讲解员带着参观者一边走一边介绍，不少人拿出手机拍下展板\n上的老照片。\n\n' +
			'小微企业贷款量增价降\n\n' +
			'　　志愿者们分成几个小组，分别负责物资登记和上门配送，忙到\n天黑才收工。\n\n' +
			'工业增加值稳步增长\n\n' +
			'　　村里的广播每天准时响起，播报天气和农事提醒，村民们早已\n习惯了这个声音。\n';
		expect(heads(text)).toEqual({
			banner: undefined,
			headlines: [
				'新能源项目集中开工',
				'绿色电力交易规模扩大',
				'什么是河长制',
				'消费市场持续回暖',
				'物流降本为企业减负',
				'小微企业贷款量增价降',
				'工业增加值稳步增长',
			],
		});
	});

	test('a head block with its marked subheadline, printed under the lead body, heads that body, not the page: the banner stands over the page and prints no ——', () => {
		const text =
			'要闻　01\n\n' +
			'喜迎丰收好时节\n\n□本报记者　王芳　李明\n\n' +
			'　　记者走进镇上的服务中心，窗口前总有人在排队咨询，工作人\n员耐心解答每一个问题。\n\n' +
			'　　傍晚时分，广场上响起了音乐，跳舞的人群渐渐多了起来，老\n人们坐在长椅上聊天。\n\n' +
			'产业提质增效　村美民富业兴\n——某县扎实推进重点项目建设见闻\n\n' +
			'多一些换位思考\n\n本报评论员\n\n' +
			'　　一次次走访，一本本台账，记录下的是责任，也是担当，干部\n们把群众的事放在心上。\n\n' +
			'■　观潮\n\n' +
			'钱袋子鼓起来\n——某市大力发展特色产业见闻\n\n□本报记者　赵刚\n\n' +
			'　　天刚蒙蒙亮，网格员就骑着电动车出了门，开始一天的巡查，\n挨家挨户了解情况。\n';
		expect(heads(text)).toEqual({
			banner: '喜迎丰收好时节',
			headlines: ['产业提质增效 村美民富业兴', '多一些换位思考', '钱袋子鼓起来'],
		});
	});

	test('a body signed above its text with no heading over it takes the heading printed under it, over the next body’s byline', () => {
		const text =
			'要闻　01\n\n新能源项目集中开工\n\n□本报记者　王芳\n\n' +
			'　　记者走进镇上的服务中心，窗口前总有人在排队咨询，工作人\n员耐心解答每一个问题。\n\n' +
			'□本报记者　李明\n\n' +
			'　　傍晚时分，广场上响起了音乐，跳舞的人群渐渐多了起来，老\n人们坐在长椅上聊天。\n\n' +
			'绿色电力交易规模扩大\n\n□本报记者　赵刚\n\n' +
			'　　一次次走访，一本本台账，记录下的是责任，也是担当，干部\n们把群众的事放在心上。\n\n' +
			'消费市场持续回暖\n\n' +
			'近日，农民在田间抢收小麦，一派丰收景象。\n王强 摄\n\n' +
			'第01版：要闻\n';
		expect(heads(text).headlines).toEqual([
			'新能源项目集中开工',
			'绿色电力交易规模扩大',
			'消费市场持续回暖',
			'（无标题）',
		]);
	});

	test('the page’s first body, no heading over it, takes the heading printed under it, over the next body’s byline: its head stands under it', () => {
		const text =
			'第01版：要闻\n\n' +
			'本报北京5月22日电　（记者王芳）记者走进镇上的服务中心，窗口前总有人在排\n队咨询，工作人员耐心解答每一个问题。\n\n' +
			'春风拂面暖人心\n\n本报评论员\n\n' +
			'　　一次次走访，一本本台账，记录下的是责任，也是担当，干部\n们把群众的事放在心上。\n\n' +
			'山高水长路正远\n\n' +
			'本报讯（记者李明）傍晚时分，广场上响起了音乐，跳舞的人群渐渐多了起来，老\n人们坐在长椅上聊天。\n\n' +
			'奋进新征程——\n大河奔流向东方\n\n' +
			'近日，农民在田间抢收小麦，一派丰收景象。\n\n王强 摄\n';
		expect(heads(text).headlines).toEqual(['春风拂面暖人心', '山高水长路正远', '大河奔流向东方', '（无标题）']);
	});

	test('a head block with a kicker printed under the last story heads that story, not the photo after it: in a text dump a kicker points neither way', () => {
		const text =
			'在希望的田野上\n\n春风拂面暖人心\n\n□本报记者 郑伟峰\n\n' +
			'　　记者走进镇上的服务中心，窗口前总有人在排队咨询，工作人\n员耐心解答每一个问题。\n\n' +
			'本报记者 黎丽雅\n\n' +
			'　　傍晚时分，广场上响起了音乐，跳舞的人群渐渐多了起来，老\n人们坐在长椅上聊天。\n\n' +
			'山高水长路正远\n\n本报记者 丁秀\n\n' +
			'　　一次次走访，一本本台账，记录下的是责任，也是担当，干部\n们把群众的事放在心上。\n\n' +
			'大河奔流向东方\n\n本报记者 潘辉\n\n' +
			'　　清晨的菜市场人声鼎沸，摊主们忙着摆放新鲜的蔬菜，顾客\n们挑挑拣拣。\n\n' +
			'乡村振兴看今朝——\n稻花香里说丰年\n\n' +
			'近日，农民在田间抢收小麦，一派丰收景象。\n邹晓 摄\n';
		expect(heads(text)).toEqual({
			banner: '在希望的田野上',
			headlines: ['春风拂面暖人心', '山高水长路正远', '大河奔流向东方', '稻花香里说丰年', '（无标题）'],
		});
	});

	test('a plain heading over the first head block is the banner: a heading in mid-page heads its item, no headline shifts', () => {
		const text =
			'新春走基层\n\n雪夜归途\n\n张桂雅\n\n' +
			'河水静静流淌，岸边的柳枝垂到水面，风吹过时泛起一圈圈涟漪，像是在诉说着什么。\n\n' +
			'我常常想起外婆灶台上那口铁锅，和锅里翻滚的热气，那是家的味道。\n\n' +
			'修文物的人\n\n顾霞\n\n' +
			'读一本好书，就像和一位智者促膝长谈，总能让人获得新的启发。\n\n' +
			'文物修复师说，修文物要有耐心，一件器物往往要修上好几个月。\n\n' +
			'读书的夜晚\n\n文/丁亚\n\n' +
			'夜深了，窗外的雨还在下，台灯下的书页一页页翻过。\n\n' +
			'那些年读过的书，早已化作心中的风景。\n';
		expect(heads(text)).toEqual({ banner: '新春走基层', headlines: ['雪夜归途', '修文物的人', '读书的夜晚'] });
	});

	test('a brief’s run-in head heads the text it runs into, though the body above stands under no head', () => {
		const text =
			'　　本报讯（记者黎敏）家住柳林街道的范明说：“现在下楼就能吃上热乎饭。”\n\n' +
			'　　小小垃圾分类温暖一座城　本报讯（记者薛国）工作人员每周上门走访独居老人。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => (item.headlineMissing ? null : item.headline))).toEqual([
			null,
			'小小垃圾分类温暖一座城',
		]);
	});

	test('the paper’s source line with no date (`本报综合外电报道`) opens the text, no run-in head', () => {
		const page = parseConserved(
			'多国聚焦数字经济\n\n　　本报综合外电报道　当地媒体报道说，项目建成后将为当地创造约4115个就业岗位。\n',
		);
		expect(page.items.map((item) => [item.headline, item.subheadline])).toEqual([['多国聚焦数字经济', undefined]]);
		expect(page.items[0].paragraphs[0]).toMatch(/^本报综合外电报道/u);
	});
});
