import { describe, expect, test } from 'vitest';
import { ordinalOf } from '../../src/lib/importer/detect-intertitle.ts';
import { parseConserved } from '../support/parse-conserved.ts';

describe('numbered parts that carry on the article above', () => {
	test('ordinalOf reads the style and number of a numbered 小标题', () => {
		expect(ordinalOf('二、广泛接受社会监督')).toEqual({ style: 'han、', n: 2 });
		expect(ordinalOf('（十二）在学思践悟中')).toEqual({ style: '（han）', n: 12 });
		expect(ordinalOf('3．稳岗就业')).toEqual({ style: 'digit.', n: 3 });
		expect(ordinalOf('第二十，要坚持')).toEqual({ style: '第han', n: 20 });
		expect(ordinalOf('2021年的重点工作')).toBeUndefined();
	});

	// A pdftotext dump (a form feed ends the page): another story printed between an essay's
	// second and third parts.
	const essay =
		'以法治政府建设的实践要求\n\n姜晓东\n\n' +
		'从实践看，法治政府建设是一项系统工程，必须统筹当前和\n长远、局部和全局，不能就事论事、头痛医头。\n\n' +
		'一、法治需要夯实基础\n\n' +
		'推进法治政府建设，须臾离不开扎实的调查研究，要处理好\n顶层设计与基层探索的关系。\n\n' +
		'二、法治要坚持人民至上\n\n' +
		'我们要深刻认识法治政府建设的重大意义，要以钉钉子精神\n抓好各项任务落实。\n\n';
	const other =
		'让实事落到细处\n\n姚春生\n\n' +
		'一些单位满足于填表留痕，看似忙碌，实则空转。个别干部\n满足于填表留痕，群众并不买账。\n\n' +
		'从青川县的实践看，社区托育点之所以受欢迎，就在于坚持把\n选择权交给群众。\n\n';
	const tail =
		'三、法治关键在于落实\n\n' + '正如有学者所指出的，法治政府建设既是目标也是过程，须臾\n离不开扎实的调查研究。\n\n';

	test("in an extraction, a body's tail opening with the next number of the essay above goes back to that essay", () => {
		const page = parseConserved(`${essay}${other}${tail}\f`);
		const essayItem = page.items.find((item) => item.paragraphs.some((p) => p.startsWith('一、')));
		const otherItem = page.items.find((item) => item.paragraphs.some((p) => p.startsWith('一些单位')));
		expect(essayItem?.paragraphs.some((p) => p.startsWith('三、'))).toBe(true);
		expect(essayItem?.paragraphs.at(-1)).toMatch(/^正如有学者/u);
		expect(otherItem?.paragraphs.some((p) => p.startsWith('三、'))).toBe(false);
	});

	test('a tail whose number does not carry on the numbering above stays where it is', () => {
		const page = parseConserved(`${essay}${other}${tail.replace('三、', '四、')}\f`);
		const otherItem = page.items.find((item) => item.paragraphs.some((p) => p.startsWith('一些单位')));
		expect(otherItem?.paragraphs.some((p) => p.startsWith('四、'))).toBe(true);
	});

	test("in an extraction, a numbered 小标题 with no text under it, carrying on the numbering above, is that essay's, not a headline", () => {
		const essay2 = essay.replace('一、', '（一）').replace('二、', '（二）');
		const head = '（三）在学思践悟中展现新作为\n\n快评\n\n莫让形式主义“改头换面”\n\n';
		const page = parseConserved(`${essay2}${head}${other.replace('让实事落到细处\n\n', '')}\f`);
		expect(page.items.some((item) => item.headline.startsWith('（三）'))).toBe(false);
		const essayItem = page.items.find((item) => item.paragraphs.some((p) => p.startsWith('（一）')));
		expect(essayItem?.paragraphs.at(-1)).toBe('（三）在学思践悟中展现新作为');
	});
});
