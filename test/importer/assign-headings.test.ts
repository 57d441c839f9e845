import { describe, expect, test } from 'vitest';
import { bestAssignment, type HeadingHint } from '../../src/lib/importer/assign-headings.ts';
import { parsePage } from '../../src/lib/importer/parse-page.ts';

describe('bestAssignment', () => {
	test('leaves a text opened under a sign-off untitled rather than take the headline of the body after it', () => {
		// A headline over its story, closed by its sign-off; the text after the sign-off; a heading,
		// then a body. The heading's words lean a little to the text above it, but the text opened
		// under a sign-off may stand untitled (its head elsewhere): the heading heads the body under it.
		const fit = (gap: number, _index: number, body: number) => (gap === 2 && body === 2 ? 0.5 : 0);
		const assign = (afterSignOff?: boolean[]) =>
			bestAssignment([1, 0, 1, 0], 3, { hints: [[undefined], [], [undefined], []], fit, afterSignOff });
		expect(assign().targets[2]).toEqual([1]);
		expect(assign([false, true, false]).targets[2]).toEqual([2]);
	});

	test('gives the last of stacked headings, set over the byline of the body under it, to that body and not to a photo after it', () => {
		// A page title, then a headline over its byline and story, then two photos: the title is
		// spare (the banner), the headline heads the story, the photos stay untitled.
		const result = bestAssignment([2, 0, 0], 3, {
			hints: [[undefined, 'byline'], [], []],
			photos: [false, true, true],
		});
		expect(result.targets[0]).toEqual([-1, 0]);
	});

	test('reads a page headed under its texts when only a closing photo shows no heading under it', () => {
		// Six texts, each with its heading under it (two of them set over the byline that opens the
		// next text, which says nothing of the order), then a photo with no title: the first text has
		// no heading above it, and the photo needs none under it, so the page reads headline after body.
		const result = bestAssignment([0, 1, 1, 1, 1, 1, 1, 0], 7, {
			hints: [[], [undefined], [undefined], [undefined], ['byline'], ['byline'], [undefined], []],
			photos: [false, false, false, false, false, false, true],
		});
		expect(result.targets).toEqual([[], [0], [1], [2], [3], [4], [5], []]);
		expect(result.layout).toBe('after');
	});

	test('puts a heading that could head either neighbour on the side the rest of the page reads', () => {
		// A lead with its head block first, then items printed headline after body: a photo, two
		// articles, a run of three photos titled under the run. The heading after the photo's
		// credit has a label under it (hint backward); the two after it have no evidence of their
		// own and follow the rest of the page: each article keeps its own headline.
		const result = bestAssignment([1, 0, 1, 1, 1, 0, 0, 1], 7, {
			hints: [['forward'], [], ['backward'], [undefined], [undefined], [], [], ['backward']],
		});
		expect(result.targets).toEqual([[0], [], [1], [2], [3], [], [], [6]]);
		expect(result.layout).toBe('after');
	});

	test('takes a lone heading between the lead and a body with its headline under it as the banner', () => {
		// The lead's head block over it (its byline follows), then a heading alone, then items
		// printed headline after body (each heading has a signature or label under it): the lone
		// heading is the page banner, and every later body keeps the heading under it.
		const result = bestAssignment([1, 1, 1, 1, 1], 4, {
			hints: [['byline'], [undefined], ['backward'], ['backward'], [undefined]],
		});
		expect(result.targets).toEqual([[0], [-1], [1], [2], [3]]);
	});

	test('puts a heading with no evidence of its own on the side the page order says', () => {
		// Two head blocks with kickers (forward) and no heading under the last body: the page prints
		// headlines over their bodies, so the open heading between bodies 1 and 2 is body 2's,
		// though body 1 is then left without one (a headline under its body is the default).
		const result = bestAssignment([1, 0, 1, 1, 0], 4, { hints: [['forward'], [], [undefined], ['forward'], []] });
		expect(result.targets).toEqual([[0], [], [2], [3], []]);
		expect(result.layout).toBe('before');
	});

	test('reads a page of headlines over their bodies forward', () => {
		const result = bestAssignment([1, 1, 1, 0], 3);
		expect(result.targets).toEqual([[0], [1], [2], []]);
		expect(result.headless).toBe(0);
	});

	test('reads a page of headlines under their bodies backward', () => {
		const result = bestAssignment([0, 1, 1, 1], 3);
		expect(result.targets).toEqual([[], [0], [1], [2]]);
		expect(result.layout).toBe('after');
	});

	test('keeps each heading on the body after it when no heading stands under the last body, whatever the words', () => {
		// Each body followed by a heading and the next body's byline (hint byline): read backward,
		// the last body would go without a headline, which costs more than any misfit of words.
		const hints = [[undefined], ['byline'], ['byline']] as const;
		const fit = (gap: number, _index: number, body: number) => (gap === 0 || body === gap - 1 ? 0 : 0.45);
		for (const words of [undefined, fit]) {
			const reading = bestAssignment([1, 1, 1, 0], 3, { hints: hints.map((h) => [...h]), fit: words });
			expect(reading.targets).toEqual([[0], [1], [2], []]);
		}
	});

	test('never takes a heading under the last body for the banner, so a chain of headlines stays on their bodies', () => {
		// A heading over the first body, then each body followed by a heading and the next body's
		// byline (hint byline), and a heading under the last body: read forward, the last heading
		// would be spare under every item, where no banner stands; read backward, the first is.
		const hints = [[undefined], ['byline'], ['byline'], [undefined]] as const;
		const byPlace = bestAssignment([1, 1, 1, 1], 3, { hints: hints.map((h) => [...h]) });
		expect(byPlace.targets).toEqual([[-1], [0], [1], [2]]);
		const fit = (gap: number, _index: number, body: number) => (gap === 0 || body === gap - 1 ? 0 : 0.45);
		const byWords = bestAssignment([1, 1, 1, 1], 3, { hints: hints.map((h) => [...h]), fit });
		expect(byWords.targets).toEqual([[-1], [0], [1], [2]]);
	});
});

describe('a heading between a byline and its body', () => {
	test('is the headline, not a box title, when the body opens a box of its own (编者按)', () => {
		const { items } = parsePage(
			[
				'群众口碑是最好的标尺',
				'',
				'■微言',
				'',
				'□ 本报评论员',
				'',
				'把民生账算细算实',
				'',
				'编者按：创新不是喊',
				'出来的，而是一点一',
				'滴干出来的。本版今',
				'起推出系列评论。',
				'办好民生实事，贵',
				'在一个“实”字，难在一',
				'个“恒”字。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.paragraphs[0]])).toEqual([
			[
				'把民生账算细算实',
				'编者按：创新不是喊出来的，而是一点一滴干出来的。本版今起推出系列评论。办好民生实事，贵在一个“实”字，难在一个“恒”字。',
			],
		]);
	});
});

describe('a heading under a photo credit', () => {
	// A photo with no title, a headline under its credit set apart from the text under it by a
	// blank line, and later a photo whose title stands tight over its caption.
	const page = (apart: boolean) =>
		[
			'新桥通车',
			'',
			'本报讯（记者王芳）新桥今天通车，',
			'两岸居民出行更方便了。',
			'',
			'志愿者为社区老人测量血压。',
			'新华社记者　郑磊　摄',
			'小区添活力',
			...(apart ? [''] : []),
			'本报讯（记者李明）小区里新建了',
			'健身步道，居民们纷纷点赞。',
			'',
			'夜色迷人',
			'市民在新建成的公园里散步。',
			'卢立娜　摄',
		].join('\n');

	test('heads the text under it when the page sets its photo titles tight over their captions', () => {
		const { items } = parsePage(page(true));
		expect(items.map((i) => [i.kind, i.headline])).toEqual([
			['article', '新桥通车'],
			['photo', '（无标题）'],
			['article', '小区添活力'],
			['photo', '夜色迷人'],
		]);
	});

	test('stays the photo title when it is set tight over the text under it', () => {
		const { items } = parsePage(page(false));
		expect(items[1].headline).toBe('小区添活力');
	});
});

describe('a heading between two bodies of an extraction', () => {
	test('heads the body under it, pdftotext printing heads above their text, unless its evidence points back', () => {
		// A body, a heading with no evidence of its own, a body: a text dump reads the heading under
		// the first body (each body then left with or without one alike); an extraction above the second.
		const plain = bestAssignment([0, 1], 2, { hints: [[], [undefined]] });
		expect(plain.targets).toEqual([[], [0]]);
		const extracted = bestAssignment([0, 1], 2, { hints: [[], [undefined]], extracted: true });
		expect(extracted.targets).toEqual([[], [1]]);
		// After a photo credit (hint backward) the heading is the photo's title, in an extraction too.
		const titled = bestAssignment([0, 1], 2, { hints: [[], ['backward']], extracted: true });
		expect(titled.targets).toEqual([[], [0]]);
	});
});

describe('a story opened by a dateline under a gap of no heading, in an extraction', () => {
	test('takes the second of the heads stacked above it, not the heading after it that a label points back to', () => {
		// A headed body; two heads stacked over a body; a body opened by 本报讯 with no heading
		// above it; a heading with a label under it (pointing back) and a heading tight over the last
		// body. pdftotext printed the third body's head above, stacked with the second's.
		const hints: HeadingHint[][] = [['tight'], [undefined, undefined], [], ['backward', 'tight']];
		const opens = [false, false, true, false];
		const result = bestAssignment([1, 2, 0, 2], 4, { hints, extracted: true, opensStory: opens });
		expect(result.targets).toEqual([[0], [1, 2], [], [-1, 3]]);
		// Without the dateline the heading the label points back to heads the third body.
		const plain = bestAssignment([1, 2, 0, 2], 4, { hints, extracted: true });
		expect(plain.targets).toEqual([[0], [-1, 1], [], [2, 3]]);
	});
});

describe('a column label set apart under the last heading of an extraction’s gap', () => {
	test('says nothing of the order: the heading heads the text under it, the label with it', () => {
		const { items } = parsePage(
			[
				'本报讯（记者王芳）新桥今天通车，',
				'两岸居民出行更方便了。',
				'',
				'小区里添了健身步道',
				'',
				'【民生】',
				'',
				'本报讯（记者李明）小区里新建了',
				'健身步道，居民们纷纷点赞。',
				'\f',
			].join('\n'),
		);
		expect(items.map((i) => [i.headline, i.section])).toEqual([
			['（无标题）', undefined],
			['小区里添了健身步道', '民生'],
		]);
	});
});

describe('a heading an extraction prints in one block with the text under it', () => {
	test('heads that text though the photo before it stays untitled and a heading under the last body is spare', () => {
		// A photo's caption, a headline tight over the story under it, and a stray heading after the
		// story: sending the headline back to the photo would save an untitled photo and a spare
		// heading, but pdftotext printed it in one block with the story.
		const result = bestAssignment([0, 1, 1], 2, { hints: [[], ['tight'], [undefined]], photos: [true, false] });
		expect(result.targets).toEqual([[], [1], [-1]]);
	});

	// pdftotext sets a blank line where a block ends: the second headline stands tight over its
	// story's first line and apart from the story above, and a stray heading closes the page.
	const page = [
		'新桥今天正式通车',
		'本报讯（记者王芳）新桥今天通车，',
		'两岸居民出行更方便了。',
		'',
		'小区里添了健身步道',
		'本报讯（记者李明）小区里新建了',
		'健身步道，居民们纷纷点赞。',
		'',
		'春耕时节农机忙',
		'\f',
	].join('\n');

	test('heads that text, neither the banner nor pushed on by the heading after it', () => {
		const { items, banner } = parsePage(page);
		expect(banner).toBeUndefined();
		expect(items.map((i) => i.headline)).toEqual(['新桥今天正式通车', '小区里添了健身步道']);
	});
});
