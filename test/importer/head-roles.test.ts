import { describe, expect, test } from 'vitest';
import { parsePage } from '../../src/lib/importer/index.ts';
import { headRoles } from '../../src/lib/importer/head-roles.ts';
import { toLines } from '../../src/lib/importer/lines.ts';
import { groupGap } from '../../src/lib/importer/group-headings.ts';
import { parseConserved } from '../support/parse-conserved.ts';

/** The head fields of each item a dump gives, the conservation check passed. */
function heads(text: string) {
	const page = parseConserved(text);
	return page.items.map(({ kicker, headline, subheadline, section }) => ({ kicker, headline, subheadline, section }));
}

const BODY_A = '　　本报讯　今年以来，某县把老旧小区改造作为民生实事来办，\n改造小区三十二个，惠及居民一万余户。\n';
const BODY_B = '　　本报讯　入秋以来，某镇组织农机手抢收玉米，\n全镇两万亩玉米已收获过半。\n';

describe('the roles of a head block', () => {
	test('a line naming the report’s genre over a headline of even width is its kicker (`新春走基层`)', () => {
		expect(heads(`新春走基层\n乡村振兴\n成色更足\n\n${BODY_A}`)).toEqual([
			{ kicker: '新春走基层', headline: '乡村振兴成色更足', subheadline: undefined, section: undefined },
		]);
	});

	test('a commentary’s subheadline naming what it takes up, with no ——, is its subheadline (`也谈…`, `从…说起`)', () => {
		for (const sub of ['也谈社区口袋公园', '从一次退货说起'])
			expect(heads(`让好政策真正落地\n${sub}\n\n${BODY_A}`)).toEqual([
				{ kicker: undefined, headline: '让好政策真正落地', subheadline: sub, section: undefined },
			]);
	});

	test('a bare label of four characters over a headline one character wider is the label', () => {
		const text = `新闻特写\n难题有人管\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '难题有人管', subheadline: undefined, section: '新闻特写' },
		]);
	});

	test('a short first line whose last character opens a word the next line ends is the wrap of one headline, not a label', () => {
		const text = `南湖县推\n进老旧小区改造\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '南湖县推进老旧小区改造', subheadline: undefined, section: undefined },
		]);
	});

	test('a place and its colon with a word’s start after it is the wrap of one headline, not a kicker', () => {
		const text = `青河：老旧\n小区改造提质扩面\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '青河：老旧小区改造提质扩面', subheadline: undefined, section: undefined },
		]);
	});

	test('a line over a place and its colon cut by a wrap short of its measure is the kicker, and the two lines under it one headline', () => {
		const text = `守护绿水青山\n青河：老\n旧小区改造提质扩面\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: '守护绿水青山', headline: '青河：老旧小区改造提质扩面', subheadline: undefined, section: undefined },
		]);
	});

	test('a caption opening with its day and a pause, set tight under a photo title, is no subheadline', () => {
		const text =
			'新华社北京3月2日电（记者王明）当地分析人士认为，港口升级改\n造将为当地经济复苏注入新的动力。会议期间，来自十个国家和地\n区的代表围绕绿色航运进行了深入交流。\n河湖巡护队进山\n3月1日，青河县巡护队员在河边清理\n垃圾。\n本报记者 刘强 摄\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => item.subheadline)).not.toContain('3月1日，青河县巡护队员在河边清理');
		expect(page.items.flatMap((item) => item.paragraphs)).toContain('3月1日，青河县巡护队员在河边清理垃圾。');
	});

	test('the last line of a list over a headline, cut from it in mid-word, is the headline’s first', () => {
		const text =
			'昨日赛果\n女子铅球：王芳（东队）17米91\n男子跳远：李强（西队）7米89\n男子100米：赵刚（南队）10秒54\n青河：快\n递进村网点上新\n本报讯（记者张华）本次比赛共吸引二十支队伍、一千余名运动员参加。\n';
		expect(heads(text).map((item) => item.headline)).toEqual(['昨日赛果', '青河：快递进村网点上新']);
	});

	test('a line naming a visit to the field over a headline is its kicker, not a column label', () => {
		const text = `一线见闻\n老街夜市热起来\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: '一线见闻', headline: '老街夜市热起来', subheadline: undefined, section: undefined },
		]);
	});

	test('a bare label over a line naming a visit to the field over the headline: label, kicker, headline', () => {
		const text = `乡村振兴\n记者蹲点\n老街夜市热起来\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: '记者蹲点', headline: '老街夜市热起来', subheadline: undefined, section: '乡村振兴' },
		]);
	});

	test("a column's name under a headline of two phrases set a phrase to a line is the label, not the headline's tail", () => {
		const text = `菜园变成花园\n小区换了新颜\n调查\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '菜园变成花园小区换了新颜', subheadline: undefined, section: '调查' },
		]);
	});

	test("a column's name set upright under its head, closing the block, is the label", () => {
		const text = `守护烟火气\n人\n民\n时\n评\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '守护烟火气', subheadline: undefined, section: '人民时评' },
		]);
	});

	test('a plain kicker wider than the headline set in two even lines is the kicker', () => {
		const text = `某县全力打造老旧小区改造工程\n钱袋子鼓起来\n日子更红火\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '某县全力打造老旧小区改造工程',
				headline: '钱袋子鼓起来日子更红火',
				subheadline: undefined,
				section: undefined,
			},
		]);
	});

	test('two whole lines running past a headline’s length are a plain kicker over the headline', () => {
		const text = `青河县扎实推进老旧小区改造工程\n南湖街道全力建设口袋公园\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '青河县扎实推进老旧小区改造工程',
				headline: '南湖街道全力建设口袋公园',
				subheadline: undefined,
				section: undefined,
			},
		]);
	});

	test('a long plain kicker over a headline as wide, then a marked subheadline', () => {
		const text = `青河县扎实推进老旧小区改造工程\n南湖街道全力建设社区口袋公园\n——来自某镇的报道\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '青河县扎实推进老旧小区改造工程',
				headline: '南湖街道全力建设社区口袋公园',
				subheadline: '——来自某镇的报道',
				section: undefined,
			},
		]);
	});

	test('a long headline wrapped with a short tail, or with its second phrase cut after a space, stays one headline', () => {
		const tail = `某县多措并举推进老旧小区改造让居民\n住得更舒心\n\n${BODY_A}`;
		expect(heads(tail)[0].headline).toBe('某县多措并举推进老旧小区改造让居民住得更舒心');
		const cut = `抽调骨干力量组成乡村振兴工作专班 驻村\n干部帮扶到户到人\n\n${BODY_A}`;
		expect(heads(cut)[0]).toMatchObject({ kicker: undefined, subheadline: undefined });
	});

	test('a whole two-phrase line over a headline set a phrase to a line is its kicker', () => {
		const text = `学党史 见行动\n菜园变成花园\n小区换了新颜\n——来自某镇的报道\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '学党史 见行动',
				headline: '菜园变成花园小区换了新颜',
				subheadline: '——来自某镇的报道',
				section: undefined,
			},
		]);
	});

	test('a two-phrase line set apart by an ideographic space over an even line and a byline stays whole in its head block, no run-in head', () => {
		// The head block's model reads the two lines' roles; the phrase after the space stays on its line.
		const text = `菜园变花园\u3000小区换新颜\n某镇三个片区改造完工\n本报记者\u3000王芳\n\n${BODY_A}`;
		const [item] = heads(text);
		expect([item.kicker, item.headline, item.subheadline].filter(Boolean).join('|')).toMatch(
			/^(菜园变花园 小区换新颜\|某镇三个片区改造完工)$/u,
		);
	});

	test('in a dump, a whole two-phrase headline over the block’s last line, a plain phrase stating a figure, no —— in the block, is the headline over its subheadline', () => {
		for (const sub of ['全市2个项目集中开工', '一年来新增就业岗位9171个'])
			expect(heads(`绿色成底色 项目建设提速\n${sub}\n\n${BODY_A}`)).toEqual([
				{ kicker: undefined, headline: '绿色成底色 项目建设提速', subheadline: sub, section: undefined },
			]);
	});

	test('in a dump, a whole two-phrase line under a short line is the headline, not a subheadline wrapped on into the line under it', () => {
		expect(heads(`美丽乡村行\n办事不再跑断腿  一张清单管到底\n某乡推进老旧小区改造\n\n${BODY_A}`)).toEqual([
			{
				kicker: '美丽乡村行',
				headline: '办事不再跑断腿 一张清单管到底',
				subheadline: '某乡推进老旧小区改造',
				section: undefined,
			},
		]);
	});

	test('in a dump, a whole two-phrase line over a headline with a —— subheadline under it stays the kicker', () => {
		expect(heads(`学党史 办实事\n老街焕新颜\n——来自某镇的报道\n\n${BODY_A}`)).toEqual([
			{ kicker: '学党史 办实事', headline: '老街焕新颜', subheadline: '——来自某镇的报道', section: undefined },
		]);
	});

	test('a two-phrase headline set apart by an ideographic space, tight over a paragraph set in as wide as it, stays whole, no run-in head', () => {
		const text = `菜园变花园\u3000小区换新颜\n\u3000\u3000今年以来，全镇改造\n了三个老旧片区，拆除违\n建、修补道路。\n`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '菜园变花园 小区换新颜', subheadline: undefined, section: undefined },
		]);
	});

	test('past the first story, a phrase one blank line over a one-phrase headline set tight over its byline is the headline’s first phrase, not a banner', () => {
		const text = `玉米抢收过半\n\n${BODY_B}\n菜园变花园\n\n小区换新颜\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(text).map((item) => item.headline)).toEqual(['玉米抢收过半', '菜园变花园 小区换新颜']);
	});

	test('a line one blank line under a head block set tight is a head of its own, not its plain subheadline', () => {
		// A dump whose blocks run over blank lines (stray blank lines inside its paragraphs) hands the
		// head block the line a blank line under it.
		const lines = toLines('走基层——\n菜园变成花园 小区换了新颜\n\n某镇加快建设农机服务中心').filter(
			(l) => l.text !== '',
		);
		const parts = headRoles(lines, true);
		expect(parts.map((p) => [p.role, p.lines.map((l) => l.text).join('')])).toEqual([
			['kicker', '走基层——'],
			[undefined, '菜园变成花园 小区换了新颜'],
			[undefined, '某镇加快建设农机服务中心'],
		]);
	});

	test('a line that only names a place, over a wider line, opens the headline: no kicker', () => {
		const text = `某某湖街道\n全力推进老旧小区改造\n——来自某镇的报道\n\n${BODY_A}`;
		expect(heads(text)[0]).toMatchObject({
			kicker: undefined,
			headline: '某某湖街道全力推进老旧小区改造',
			subheadline: '——来自某镇的报道',
		});
	});

	test('a column’s name naming its genre, set under or over a headline, is the label, not a wrap or a kicker', () => {
		expect(heads(`街角书屋亮灯了\n新闻特写\n\n${BODY_A}`)).toEqual([
			{ kicker: undefined, headline: '街角书屋亮灯了', subheadline: undefined, section: '新闻特写' },
		]);
		expect(heads(`评论员观察\n把小事办到心坎上\n\n${BODY_A}`)).toEqual([
			{ kicker: undefined, headline: '把小事办到心坎上', subheadline: undefined, section: '评论员观察' },
		]);
		expect(heads(`评论员观察\n守住老手艺\n\n${BODY_A}`)).toEqual([
			{ kicker: undefined, headline: '守住老手艺', subheadline: undefined, section: '评论员观察' },
		]);
	});

	test('a headline wrapped over two lines, then a plain subheadline that pauses, keeps the wrap in the headline', () => {
		const text = `开罗物价上涨压力有\n所缓解\n市场供应充足，价格总体平稳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: undefined,
				headline: '开罗物价上涨压力有所缓解',
				subheadline: '市场供应充足，价格总体平稳',
				section: undefined,
			},
		]);
	});

	test('a marked label, then a plain kicker narrower than its headline', () => {
		const text = `■民生一线\n学党史 见行动\n社区食堂开进老街巷\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: '学党史 见行动', headline: '社区食堂开进老街巷', subheadline: undefined, section: '民生一线' },
		]);
	});

	test('heads printed after their bodies keep their plain kickers', () => {
		const text = `${BODY_A}\n某县全力打造老旧小区改造工程\n钱袋子鼓起来\n日子更红火\n\n${BODY_B}\n某镇大力推进农机社会化服务\n秋收不误时\n颗粒都归仓\n`;
		expect(heads(text)).toEqual([
			{
				kicker: '某县全力打造老旧小区改造工程',
				headline: '钱袋子鼓起来日子更红火',
				subheadline: undefined,
				section: undefined,
			},
			{
				kicker: '某镇大力推进农机社会化服务',
				headline: '秋收不误时颗粒都归仓',
				subheadline: undefined,
				section: undefined,
			},
		]);
	});

	test('a headline wrapped at one width stays one headline', () => {
		const text = `让群众的获得感显\n著增强\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '让群众的获得感显著增强', subheadline: undefined, section: undefined },
		]);
	});

	test('a headline set vertically in two columns of unequal height stays one headline', () => {
		const first = [...'破解发展瓶颈'].join('\n');
		const second = [...'为群众提供优质服务'].join('\n');
		const text = `■视点\n${first}\n\n${second}\n◎王芳\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '破解发展瓶颈为群众提供优质服务', subheadline: undefined, section: '视点' },
		]);
	});

	test('a line set apart above a tight headline and subheadline is the banner, not its kicker', () => {
		const text = `学习贯彻全会精神\n\n某县持续优化高标准农田\n——来自青石村的报道\n\n本报记者 王芳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '某县持续优化高标准农田', subheadline: '——来自青石村的报道', section: undefined },
		]);
		expect(parsePage(text).banner?.text).toBe('学习贯彻全会精神');
	});

	test("a headline set apart under a tight kicker and headline is the next item's, not a subheadline", () => {
		const text = `一线见闻——\n快递进村“最后一公里”怎么走\n\n家门口的食堂暖了老人心\n\n${BODY_A}`;
		expect(heads(text).map((h) => h.subheadline)).not.toContain('家门口的食堂暖了老人心');
	});
	test('a two-phrase headline set a phrase to a line, the second wider, stays one headline', () => {
		const text = `新桥架起来\n两岸往来更方便\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '新桥架起来两岸往来更方便', subheadline: undefined, section: undefined },
		]);
	});

	test('a two-phrase headline with each phrase wrapped at one narrow width stays one headline', () => {
		const text = `老码头换新\n貌\n夜游航线开\n通\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '老码头换新貌夜游航线开通', subheadline: undefined, section: undefined },
		]);
		const tail = `山路修到家\n门口\n果子卖出好\n价钱\n\n${BODY_B}`;
		expect(heads(tail).map((h) => h.headline)).toEqual(['山路修到家门口果子卖出好价钱']);
	});

	test('a marked kicker over a two-phrase headline set a phrase to a line keeps both phrases in the headline', () => {
		const text = `蹲点日记——\n菜园变花园\n老人住上了新房\n本报记者\u3000李强\n\n${BODY_B}`;
		expect(heads(text)).toEqual([
			{ kicker: '蹲点日记——', headline: '菜园变花园老人住上了新房', subheadline: undefined, section: undefined },
		]);
	});
	test('under a marked kicker, a whole two-phrase headline over an even line of its own is the headline over its plain subheadline', () => {
		const text = `乡村走笔——\n菜园变花园\u3000小区换新颜\n某镇三个片区改造完工\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '乡村走笔——',
				headline: '菜园变花园 小区换新颜',
				subheadline: '某镇三个片区改造完工',
				section: undefined,
			},
		]);
		// With no kicker over it, the two-phrase line over an even line is still read as before.
		const bare = `菜园变花园\u3000小区换新颜\n某镇三个片区改造完工\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(bare)[0].subheadline).toBeUndefined();
	});

	test('a kicker marked with —— a blank line over a whole two-phrase headline and an even line under it: headline and plain subheadline', () => {
		const text = `乡村走笔——\n\n菜园变花园\u3000小区换新颜\n某镇三个片区改造完工\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '乡村走笔——',
				headline: '菜园变花园 小区换新颜',
				subheadline: '某镇三个片区改造完工',
				section: undefined,
			},
		]);
		// So in a gap whose head units were read apart (an extraction's): the kicker's unit, then the two lines as one.
		const [kicker, , first, second] = toLines('乡村走笔——\n\n菜园变花园\u3000小区换新颜\n某镇三个片区改造完工\n');
		const [element] = groupGap([
			{ kind: 'heading', lines: [kicker], text: kicker.text },
			{ kind: 'heading', lines: [first, second], text: `${first.text}${second.text}` },
		]);
		expect(element.type === 'heading' && element.group).toMatchObject({
			kicker: '乡村走笔——',
			headline: first.text,
			subheadline: '某镇三个片区改造完工',
		});
	});

	test('a line naming its report a blank line under a headline is its subheadline, not the headline of the story', () => {
		const text = `青河：河湖巡护队上新\n\n记某村种粮大户张三\n\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{ kicker: undefined, headline: '青河：河湖巡护队上新', subheadline: '记某村种粮大户张三', section: undefined },
		]);
		// A reporter's line is no report's name.
		const reporter = `青河：河湖巡护队上新\n\n记者走进巡护队\n\n${BODY_A}`;
		expect(heads(reporter).map((item) => item.subheadline)).not.toContain('记者走进巡护队');
	});

	test('a marked kicker printed under its headline, a marked subheadline under it, keeps all three parts', () => {
		const text = `山乡菜园绿\u3000小院花果香\n乡村走笔——\n——某镇整治房前屋后见闻\n本报记者\u3000王芳\n\n${BODY_A}`;
		expect(heads(text)).toEqual([
			{
				kicker: '乡村走笔——',
				headline: '山乡菜园绿 小院花果香',
				subheadline: '——某镇整治房前屋后见闻',
				section: undefined,
			},
		]);
	});

	test('a marked kicker printed under its headline, a byline under it, is the kicker, not a subheadline', () => {
		const text = `山乡菜园绿\u3000小院花果香\n记者手记——\n本报记者\u3000李强\n\n${BODY_B}`;
		expect(heads(text)).toEqual([
			{ kicker: '记者手记——', headline: '山乡菜园绿 小院花果香', subheadline: undefined, section: undefined },
		]);
	});
});
