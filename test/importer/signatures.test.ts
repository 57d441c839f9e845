import { describe, expect, test } from 'vitest';
import { checkConservation, parsePage } from '../../src/lib/importer/index.ts';
import { parseConserved } from '../support/parse-conserved.ts';

/** Each item's headline and authors a text dump gives, the conservation check passed. */
function signed(text: string) {
	const page = parseConserved(text);
	return page.items.map((item) => [item.headline, item.authors]);
}

describe('who signs an item (text dumps)', () => {
	test('a reporter’s byline set tight under a text’s last line, a blank line and the next headline under it, signs that text', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'本报记者　王芳\n\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', []],
		]);
	});

	test('so does one a blank line under the text’s last line, where the dump sets its paragraphs apart by blank lines', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n\n' +
			'居民们说，下雨天再也不用蹚水出门了。\n\n' +
			'本报记者　王芳\n\n' +
			'社区食堂开张\n\n' +
			'家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', []],
		]);
	});

	test('so does one with the next headline tight under it, where the dump sets no blank line between items, or two blank lines under the text', () => {
		const tight =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'本报记者　王芳　李强\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'本报记者　赵敏\n' +
			'河边步道建成\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n' +
			'本报记者　周涛\n';
		expect(signed(tight)).toEqual([
			['老街换新颜', ['王芳', '李强']],
			['社区食堂开张', ['赵敏']],
			['河边步道建成', ['周涛']],
		]);
		const apart =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n\n\n' +
			'文/王芳\n\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(apart)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', []],
		]);
	});

	test('names with 报道 after them and no role (X　报道) under a text’s last line sign that text, not head the next', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'王芳　李强　报道\n\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'赵敏　报道\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳', '李强']],
			['社区食堂开张', ['赵敏']],
		]);
	});

	test('a name alone set tight under the page’s last text, the page’s last line, signs that text', () => {
		const text =
			'第5版　副刊\n\n' +
			'河边的晚风\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n' +
			'　　附近的孩子们也常来这里骑车，家长们都说放心。\n' +
			'周涛\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.authors, item.paragraphs.length])).toEqual([
			['河边的晚风', ['周涛'], 2],
		]);
	});

	test('on a page that signs its texts under them, a name alone a blank line under a text’s last sentence signs that text, not label the next', () => {
		const text =
			'第5版　副刊\n\n' +
			'老街的早晨\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n\n' +
			'王芳\n\n' +
			'食堂里的笑声\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n\n' +
			'赵敏\n\n' +
			'河边的晚风\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n\n' +
			'周涛\n';
		expect(signed(text)).toEqual([
			['老街的早晨', ['王芳']],
			['食堂里的笑声', ['赵敏']],
			['河边的晚风', ['周涛']],
		]);
	});

	test('a name alone or a closing note under a text’s last sentence, the next head set tight under it (no blank line between items), signs that text and the head heads the next', () => {
		const text =
			'第5版　副刊\n\n' +
			'老街的早晨\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'王芳\n' +
			'一线见闻——\n' +
			'食堂里的笑声\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'（本报记者　赵敏）\n' +
			'河边的晚风\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n' +
			'周涛\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.kicker, item.headline, item.authors, item.paragraphs.length])).toEqual([
			[undefined, '老街的早晨', ['王芳'], 2],
			// The note in brackets is the second text's byline, out of its paragraphs.
			['一线见闻——', '食堂里的笑声', ['赵敏'], 1],
			[undefined, '河边的晚风', ['周涛'], 1],
		]);
	});

	test('a headline between a text signed under its headline and a text signed under its end heads the second: one byline signs an item', () => {
		const text =
			'第5版　要闻\n\n' +
			'社区食堂开张\n' +
			'本报记者　赵敏\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'　　社区还请来营养师，为老人搭配饭菜。\n\n' +
			'河边步道建成\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n' +
			'　　附近的孩子们也常来这里骑车。\n' +
			'本报记者　周涛\n';
		expect(signed(text)).toEqual([
			['社区食堂开张', ['赵敏']],
			['河边步道建成', ['周涛']],
		]);
	});

	test('a name alone or a closing note a blank line under a text’s last sentence, the next head tight under it, signs that text', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n\n' +
			'（本报记者　王芳）\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'　　社区还请来营养师，为老人搭配饭菜。\n\n' +
			'赵敏\n' +
			'河边步道建成\n\n' +
			'　　新修的步道沿河而建，傍晚散步的人多了起来。\n' +
			'　　附近的孩子们也常来这里骑车。\n\n' +
			'周涛\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', ['赵敏']],
			['河边步道建成', ['周涛']],
		]);
	});

	test('a reporter’s byline set tight under a text’s last line, a photo’s caption and credit under it, signs that text, not the photo', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'本报记者　王芳\n\n' +
			'　　游客在新修的步道上散步。\n' +
			'新华社发　李强摄\n\n' +
			'社区食堂开张\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['（无标题）', ['李强']],
			['社区食堂开张', []],
		]);
	});

	test('a writer’s name in brackets closing a text, the next headline tight under it, signs that text and the headline heads the next', () => {
		const text =
			'第5版　副刊\n\n' +
			'老街的早晨\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'（王芳）\n' +
			'食堂里的笑声\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'　　社区还请来营养师，为老人搭配饭菜。\n' +
			'（赵敏）\n';
		expect(signed(text)).toEqual([
			['老街的早晨', ['王芳']],
			['食堂里的笑声', ['赵敏']],
		]);
	});

	test('a byline run on into the first line of its text, where the dump lost the line break, stands apart from the text', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'本报记者　王芳　通讯员　李强　施工队清晨进场，铺设新的排水管道。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n\n' +
			'社区食堂开张\n\n' +
			'　　本报讯　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.authors, item.paragraphs])).toEqual([
			['老街换新颜', ['王芳', '李强'], ['施工队清晨进场，铺设新的排水管道。', '居民们说，下雨天再也不用蹚水出门了。']],
			['社区食堂开张', [], ['本报讯 家门口的食堂开张以后，老人们吃饭方便了许多。']],
		]);
	});

	test('a posted correspondent’s dateline wrapped before 记者 stays in the text', () => {
		const text =
			'第5版　国际\n\n' +
			'老街换新颜\n\n' +
			'　　本报驻开罗\n' +
			'记者 王芳 据当地媒体报道，施工队清晨进场。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n';
		expect(parsePage(text).items[0].paragraphs[0]).toMatch(/^本报驻开罗记者/u);
	});

	test('a byline over a text, a blank line between it and the text above, opens its own text', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n\n' +
			'社区食堂开张\n\n' +
			'本报记者　王芳\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', []],
			['社区食堂开张', ['王芳']],
		]);
	});

	test('a photo credit run on after its caption and wrapped inside its source, a role or a name reads whole', () => {
		const page = (caption: string, credit: string) =>
			'第5版　图片\n\n雨后初晴\n\n' +
			`\u3000\u3000${caption}\n${credit}\n\n` +
			'老街换新颜\n\n　　本报讯　施工队清晨进场，铺设新的排水管道。\n';
		const photo = (text: string) => {
			const parsed = parsePage(text);
			expect(checkConservation(text, parsed)).toEqual({ missing: '', extra: '' });
			return [parsed.items[0].paragraphs, parsed.items[0].credit, parsed.items[0].authors];
		};
		expect(photo(page('市民在公园里观看雨后彩虹。　新华', '社发　王芳　摄'))).toEqual([
			['市民在公园里观看雨后彩虹。'],
			'新华社发 王芳 摄',
			['王芳'],
		]);
		expect(photo(page('市民在公园里观看雨后彩虹。　阿依', '古丽·买买提　摄'))).toEqual([
			['市民在公园里观看雨后彩虹。'],
			'阿依古丽·买买提 摄',
			['阿依古丽·买买提'],
		]);
		expect(photo(page('市民在公园里观看雨后彩虹。　王芳', '　李强　摄'))).toEqual([
			['市民在公园里观看雨后彩虹。'],
			'王芳 李强 摄',
			['王芳', '李强'],
		]);
	});

	test('a byline wrapped inside what it says it is (北京 / 报道, 发自 / 上海) names no one there', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n本报记者　王芳　北京\n报道\n\n' +
			'　　施工队清晨进场，铺设新的排水管道。\n\n' +
			'社区食堂开张\n\n本报记者　李强　发自\n上海\n\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', ['李强']],
		]);
	});

	test('a transliterated name wrapped on either side of its dot, or inside a part, reads whole', () => {
		const page = (byline: string) =>
			'第5版　要闻\n\n老街换新颜\n\n' + byline + '\n\n\u3000\u3000施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(page('本报记者　阿依古丽·买买\n提'))).toEqual([['老街换新颜', ['阿依古丽·买买提']]]);
		expect(signed(page('本报记者　阿依古丽·\n买买提'))).toEqual([['老街换新颜', ['阿依古丽·买买提']]]);
		expect(signed(page('本报记者　阿依古丽\n·买买提'))).toEqual([['老街换新颜', ['阿依古丽·买买提']]]);
		expect(signed(page('本报记者　阿依古\n丽·买买提'))).toEqual([['老街换新颜', ['阿依古丽·买买提']]]);
	});

	test('a reporter of a named department (国际部记者, 本报经济部记者) signs the text under the byline', () => {
		const page = (byline: string) =>
			'第5版　要闻\n\n老街换新颜\n\n' + byline + '\n\n\u3000\u3000施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(page('国际部记者　王芳'))).toEqual([['老街换新颜', ['王芳']]]);
		expect(signed(page('本报经济部记者 王芳 李强'))).toEqual([['老街换新颜', ['王芳', '李强']]]);
	});

	test('a note closing a text and wrapped inside its second role signs it, and the line under it heads the next text', () => {
		const page = (close: string) =>
			'第5版　要闻\n\n老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			close +
			'\n社区食堂开张\n　　家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		const expected = [
			['老街换新颜', ['王芳', '李强']],
			['社区食堂开张', []],
		];
		expect(signed(page('　　（本报记者 王芳 本\n报通讯员 李强）'))).toEqual(expected);
		expect(signed(page('　　居民们说，下雨天再也不用蹚水出门了。（本报记者 王芳 本\n报通讯员 李强）'))).toEqual(
			expected,
		);
	});

	test('two bracket groups of roles and names after one dateline both sign the text', () => {
		const text =
			'第5版　要闻\n\n老街换新颜\n\n' +
			'　　本报北京6月8日电（记者 王芳）（通讯员 李强）施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(text)).toEqual([['老街换新颜', ['王芳', '李强']]]);
	});

	test('a byline with colons wrapped inside its second role (本报记者：X 通讯 / 员：Y) reads whole', () => {
		const page = (byline: string) =>
			'第5版　要闻\n\n老街换新颜\n\n' + byline + '\n\n\u3000\u3000施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(page('本报记者：王芳 通讯\n员：李强'))).toEqual([['老街换新颜', ['王芳', '李强']]]);
		expect(signed(page('本报记者：王芳 本报通讯\n员：李强'))).toEqual([['老街换新颜', ['王芳', '李强']]]);
	});

	test('a name of four characters of a compound surname alone over a text (司马光华) signs it, a blank line under it or none', () => {
		const text = (gap: string) =>
			'第5版　要闻\n\n老街换新颜\n\n司马光华\n' + gap + '\u3000\u3000施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(text('\n'))).toEqual([['老街换新颜', ['司马光华']]]);
		expect(signed(text(''))).toEqual([['老街换新颜', ['司马光华']]]);
	});

	test('a byline with colons wrapped inside its last name (记者：X　通讯员：李 / 强) reads whole', () => {
		const text =
			'第5版　要闻\n\n老街换新颜\n\n记者：王芳　通讯员：李\n强\n\n\u3000\u3000施工队清晨进场，铺设新的排水管道。\n';
		expect(signed(text)).toEqual([['老街换新颜', ['王芳', '李强']]]);
	});

	test('a note closing a text with a colon after its role (（本报记者：X）) signs it, and the line under it heads the next text', () => {
		const text =
			'第5版　要闻\n\n老街换新颜\n\n\u3000\u3000施工队清晨进场，铺设新的排水管道。\n（本报记者：王芳）\n' +
			'社区食堂开张\n\u3000\u3000家门口的食堂开张以后，老人们吃饭方便了许多。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', []],
		]);
	});

	test('a commentary’s signature beside a credit that names no one (资料图片) signs it: the picture illustrates the text', () => {
		const text =
			'第4版　评论\n\n' +
			'■时评\n\n' +
			'让好政策落到田间地头\n' +
			'◎周敏\n\n' +
			'资料图片\n\n' +
			'　　政策好不好，要看群众的获得感。各地在推进过程中，要多听基层的声音。\n' +
			'　　只有把工作做细做实，才能让好政策真正落地见效，赢得群众的信任。\n';
		expect(signed(text)).toEqual([['让好政策落到田间地头', ['周敏']]]);
		expect(parsePage(text).items[0].kind).toBe('commentary');
	});

	test('a label’s mark set apart by a space from a name alone under a commentary’s last line (■ X) signs it, its head printed after it', () => {
		const text =
			'第4版　评论\n\n' +
			'　　政策好不好，要看群众的获得感。各地在推进过程中，要多听基层的声音。\n' +
			'　　只有把工作做细做实，才能让好政策真正落地见效。\n\n' +
			'■ 周敏\n\n' +
			'让好政策落到田间地头\n\n' +
			'■时评\n';
		expect(signed(text)).toEqual([['让好政策落到田间地头', ['周敏']]]);
	});

	test('names set tight under a head a kicker ending in a dash opens (X—— / headline / 王芳 李强) sign the text under them', () => {
		const text =
			'第5版　要闻\n\n' +
			'■一线走访\n' +
			'走进社区——\n' +
			'老街换新颜 居民笑开颜\n' +
			'王芳 李强\n' +
			'施工队清晨进场，铺设新的排水管道，两旁的商户照常营\n' +
			'业。居民们说，下雨天再也不用蹚水出门了。\n';
		expect(signed(text)).toEqual([['老街换新颜 居民笑开颜', ['王芳', '李强']]]);
	});

	test('a name alone a blank line over a text, a column label or a signed text above it, signs that text, its headline printed after it', () => {
		const labelled =
			'第3版　国际\n\n' +
			'　　新华社北京5月3日电（记者王芳）会议期间，各方代表围绕合作进行了深入交流。\n' +
			'　　与会者表示，将继续加强沟通协调。\n\n' +
			'多国代表点赞合作新成果\n\n' +
			'■环球走笔\n\n' +
			'周涛\n\n' +
			'　　从桥头镇的实践看，乡村夜校之所以受欢迎，就在于把功夫下在了平时。\n' +
			'　　民心是最大的政治，办好一件实事，工作才算做到了位。\n\n' +
			'在小切口求实效\n';
		expect(signed(labelled)).toEqual([
			['多国代表点赞合作新成果', ['王芳']],
			['在小切口求实效', ['周涛']],
		]);
		const noted =
			'第9版　理论\n\n' +
			'把握城乡融合的内在逻辑\n\n' +
			'赵敏\n\n' +
			'　　推进城乡融合发展，必须统筹当前和长远、局部和全局。\n\n' +
			'（作者为某大学教授）\n\n' +
			'周涛\n\n' +
			'　　从实践看，法治建设是一项系统工程，必须统筹当前和长远。\n' +
			'　　要以钉钉子精神抓好各项任务落实。\n\n' +
			'法治建设的实践要求\n';
		expect(signed(noted)).toEqual([
			['把握城乡融合的内在逻辑', ['赵敏']],
			['法治建设的实践要求', ['周涛']],
		]);
	});

	test('a short line of a common surname over a table’s rows names the table, not signs it', () => {
		const text =
			'第8版　体育\n\n' +
			'　　新华社北京5月3日电（记者王芳）本次比赛共吸引23支队伍参加。\n' +
			'　　江州队连续得分，赢得全场喝彩。\n\n' +
			'江州队夺冠\n\n' +
			'■赛事速递\n\n' +
			'金牌榜\n\n' +
			'男子自由泳200米：雷甲（海门队）1分45秒\n\n' +
			'混合团体决赛：云州队3∶2胜江州队\n';
		expect(signed(text).every(([, authors]) => !(authors as string[]).includes('金牌榜'))).toBe(true);
	});

	test('a name alone over a text, a label between it and a headline as full as the column above, signs the text and does not join the headline', () => {
		const text =
			'第3版　国际\n\n' +
			'　　新华社北京5月3日电 多位与\n' +
			'会者表示，各方应加强沟通协调\n' +
			'，在气候变化应对等方面扩大务\n' +
			'实合作。\n\n' +
			'肯尼亚发布农业支持新措施\n\n' +
			'■环球走笔\n\n' +
			'周涛\n' +
			'　　从桥头镇的实践看，乡村\n' +
			'夜校之所以受欢迎，就在于\n' +
			'把功夫下在了平时。\n\n' +
			'在小切口求实效\n';
		expect(signed(text)).toEqual([
			['肯尼亚发布农业支持新措施', []],
			['在小切口求实效', ['周涛']],
		]);
	});

	test('a commentary’s signature under the headline of a story its dateline signs, the heads printed after the bodies, signs the next text', () => {
		const text =
			'第6版　地方\n\n' +
			'　　本报讯（记者王芳、李强）本次比赛共吸引57支队伍参加，赛事持续三天。\n\n' +
			'桥头镇全民健身赛开幕\n\n' +
			'□周涛\n\n' +
			'　　说到底，作风建设永远在路上，需要在理论和实践的结合上下功夫。\n' +
			'　　个别干部习惯于坐在办公室想办法，群众并不买账。\n\n' +
			'把好事落到细处\n';
		expect(signed(text)).toEqual([
			['桥头镇全民健身赛开幕', ['王芳', '李强']],
			['把好事落到细处', ['周涛']],
		]);
	});

	test('a byline set tight under a text’s last sentence, a label and a text closing on its own signature under it, signs the text above', () => {
		const text =
			'第6版　地方\n\n' +
			'老街换新颜\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n' +
			'　　居民们说，下雨天再也不用蹚水出门了。\n' +
			'本报记者 王芳\n' +
			'■简讯\n' +
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。\n' +
			'（李强）\n' +
			'社区食堂开张\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', ['李强']],
		]);
	});

	test('a name set flush tight under a poem’s lines, each set in, signs the poem', () => {
		const text =
			'第8版　副刊\n\n' +
			'河边的晚风\n\n' +
			'　　吹绿了河滩上的柳\n' +
			'　　风从山口吹来\n' +
			'　　小路通到了门前\n' +
			'　　我们把日子写进田垄\n' +
			'周涛\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n';
		expect(signed(text)).toEqual([
			['河边的晚风', ['周涛']],
			['老街换新颜', []],
		]);
	});

	test('a poem set a line to a block under its poet’s byline is the poem’s text, its lines no stacked heads', () => {
		const text =
			'第8版　副刊\n\n' +
			'河边的晚风\n□周涛\n\n' +
			'吹绿了河滩上的柳\n\n' +
			'风从山口吹来\n\n' +
			'山那边的小路一直通到了门前\n\n' +
			'我们把日子写进田垄\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.authors, item.paragraphs])).toEqual([
			[
				'河边的晚风',
				['周涛'],
				['吹绿了河滩上的柳', '风从山口吹来', '山那边的小路一直通到了门前', '我们把日子写进田垄'],
			],
		]);
	});

	test('a poem set a line to a block keeps its lines that a pause or stop closes', () => {
		const text =
			'第8版　副刊\n\n' +
			'河边的晚风\n□周涛\n\n' +
			'吹绿了河滩上的柳，\n\n' +
			'风从山口吹来。\n\n' +
			'山那边的小路一直通到了门前\n\n' +
			'我们把日子写进田垄\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.authors, item.paragraphs])).toEqual([
			[
				'河边的晚风',
				['周涛'],
				['吹绿了河滩上的柳，', '风从山口吹来。', '山那边的小路一直通到了门前', '我们把日子写进田垄'],
			],
		]);
	});

	test('a short title set tight over the byline of a text with no head of its own is its headline, not a column label', () => {
		const text =
			'第8版　副刊\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。\n\n' +
			'晚风谣\n□周涛\n\n' +
			'吹绿了河滩上的柳\n\n' +
			'风从山口吹来\n\n' +
			'山那边的小路一直通到了门前\n\n' +
			'我们把日子写进田垄\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.section, item.authors]).at(-1)).toEqual([
			'晚风谣',
			undefined,
			['周涛'],
		]);
	});

	test('a reporter’s sign-off in brackets opened by 文/图 ((文/图 本报记者 X)) signs the text it closes, out of its text', () => {
		for (const signOff of ['（文/图 本报记者 王芳）', '（图/文 记者 王芳）']) {
			const text =
				'第8版　体育\n\n' +
				'　　决胜局中，海门队从外道发起冲刺，一举锁定胜局。\n' +
				'　　赛后，队员们说，这场胜利来之不易。\n\n' +
				`${signOff}\n\n` +
				'海门队夺冠\n';
			const page = parseConserved(text);
			expect(page.items.map((item) => [item.headline, item.authors, item.paragraphs.length])).toEqual([
				['海门队夺冠', ['王芳'], 2],
			]);
		}
	});

	test('a two-phrase headline as full as a narrow column, set apart over the next text, heads it and lets the signature above close the text before', () => {
		const text =
			'第5版　要闻\n\n' +
			'老街换新颜\n\n' +
			'　　施工队清晨进场，铺设新\n' +
			'的排水管道，两旁的商户照\n' +
			'常营业。居民们说，下雨天\n' +
			'再也不用蹚水出门了。\n' +
			'◎王芳\n\n\n\n' +
			'引领聚合力　服务暖人心\n\n\n\n' +
			'说起志愿服务队，村民们赞\n' +
			'不绝口，大家都说办事方便\n' +
			'了许多，在家门口就能办。\n';
		expect(signed(text)).toEqual([
			['老街换新颜', ['王芳']],
			['引领聚合力 服务暖人心', []],
		]);
	});

	test('a byline alone between two texts, tight under the last sentence of the one above and blank lines over the one below, signs the text above', () => {
		const text =
			'第6版　地方\n\n\n' +
			'老街换新颜\n\n\n' +
			'暖心食堂开张\n\n\n' +
			'施工队清晨进场，铺设新的排水管道，两旁\n' +
			'的商户照常营业。居民们说，下雨天再也不用\n' +
			'蹚水出门了。\n' +
			'◎王芳\n\n\n' +
			'社区食堂开张以后，老人们吃饭方便了许多。\n' +
			'志愿者每天送餐上门，行动不便的老人也能\n' +
			'吃上热饭。\n\n\n' +
			'图书室开放\n' +
			'文/张伟\n\n\n' +
			'新建的图书室昨天向居民开放，书架上摆满\n' +
			'了新书。\n';
		const page = parseConserved(text);
		expect(page.items.map((item) => [item.headline, item.authors])).toEqual([
			['老街换新颜', ['王芳']],
			['暖心食堂开张', []],
			['图书室开放', ['张伟']],
		]);
	});
});

test("a commentator's role alone in brackets closing a text (（本报评论员）) is its byline, naming no one", () => {
	const { items } = parsePage(
		[
			'把小事办好',
			'',
			'办好一件小事，要把群众的难处放在心上。',
			'',
			'一件件小事办好了，群众的日子就更舒心。',
			'',
			'（本报评论员）',
			'',
			'老街夜市开张了',
			'',
			'本报讯（记者周明）老街的夜市上周开张，摊主们摆出了各色小吃。',
		].join('\n'),
	);
	expect(items.map((i) => [i.headline, i.kind, i.authors, i.paragraphs.length])).toEqual([
		['把小事办好', 'commentary', [], 2],
		['老街夜市开张了', 'article', ['周明'], 1],
	]);
});

describe('a name set in under a text', () => {
	const page = (name: string) =>
		[
			'第5版　要闻',
			'',
			'老街换新颜',
			'',
			'　　施工队清晨进场，铺设新的排水管道，两旁的商户照常营业。',
			'　　居民们说，下雨天再也不用蹚水出门了。',
			'',
			name,
			'',
			'社区食堂开张',
			'',
			'　　家门口的食堂开张以后，老人们吃饭方便了许多。',
		].join('\n');

	test('deeper than the paragraphs open, a blank line under the text, signs that text on any page', () => {
		expect(signed(page('　　　　王芳'))).toEqual([
			['老街换新颜', ['王芳']],
			['社区食堂开张', []],
		]);
	});

	test('set in no deeper than the paragraphs, it signs nothing there', () => {
		expect(signed(page('　　王芳')).map(([, authors]) => authors)).not.toContainEqual(['王芳']);
	});
});

describe('a writer’s name after a dash at a text’s foot', () => {
	test('is the text’s byline, taken out of its paragraphs (`——王芳`), in a text dump and in a pdftotext extraction', () => {
		const text =
			'第5版　言论\n\n' +
			'小切口做好大文章\n\n' +
			'　　民生无小事，枝叶总关情。群众的急难愁盼，就是工作的着力点。\n\n' +
			'　　把好事办好、实事办实，关键在于真正站在群众的角度想问题。\n\n' +
			'　　　　——王芳\n';
		const page = parseConserved(text);
		expect(page.items.map((i) => [i.headline, i.authors, i.byline, i.kind, i.paragraphs.length])).toEqual([
			['小切口做好大文章', ['王芳'], '——王芳', 'commentary', 2],
		]);
	});

	test('not where a byline over the text signs it already: the dash’s line stays its last paragraph', () => {
		const text =
			'第5版　言论\n\n' +
			'小切口做好大文章\n\n' +
			'◎李强\n\n' +
			'　　民生无小事，枝叶总关情。群众的急难愁盼，就是工作的着力点。\n\n' +
			'　　把好事办好、实事办实，关键在于真正站在群众的角度想问题。\n\n' +
			'　　　　——王芳\n';
		const page = parseConserved(text);
		expect(page.items.map((i) => [i.authors, i.paragraphs.at(-1)])).toEqual([[['李强'], '——王芳']]);
	});
});

test("a line under a commentator's role alone signs the commentary only where it reads as a name", () => {
	const text = [
		...[
			'以好作风赢得好口碑',
			'本报评论员',
			'王芳',
			'',
			'完善村规民约，引导村民自我教育、自我管理，树立正确的道德观。',
			'',
		],
		...['社区新貌', '本报评论员', '多一些', '', '群众的口碑，是检验工作成效的最好标尺。唯有久久为功，才能把好事办好。'],
	].join('\n');
	expect(signed(text)).toEqual([
		['以好作风赢得好口碑', ['王芳']],
		['社区新貌', []],
	]);
});
