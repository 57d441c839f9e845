import { describe, expect, test } from 'vitest';
import { canonical, sameText } from '../../src/lib/corpus-gold/compare-text.ts';
import type { GoldItem } from '../../src/lib/corpus-gold/gold.ts';
import { matchItems } from '../../src/lib/corpus-gold/match-items.ts';
import { boundaries, scoreFile, type ScoredItem } from '../../src/lib/corpus-gold/score-split.ts';
import { reportSets, traitApplies } from '../../src/lib/corpus-gold/split-report.ts';
import { figuresOf } from '../../src/lib/corpus-gold/split-tally.ts';

const gold = (fields: Partial<GoldItem> & { paragraphs: string[] }): GoldItem => ({
	kind: 'article',
	headline: '标题',
	authors: [],
	...fields,
});
const parsed = (fields: Partial<ScoredItem> & { paragraphs: string[] }): ScoredItem => ({
	headline: '标题',
	headlineMissing: false,
	authors: [],
	kind: 'article',
	...fields,
});

describe('text comparison', () => {
	test('ignores whitespace between Han characters and around punctuation', () => {
		expect(canonical('实事 624条\n党员　干部， 说')).toBe('实事624条党员干部，说');
	});

	test('keeps one space between two ASCII letters or digits', () => {
		expect(canonical('COVID  19 and\nAI')).toBe('COVID 19 and AI');
		expect(sameText('COVID 19', 'COVID19')).toBe(false);
	});

	test('counts two absent fields as equal and one absent as different', () => {
		expect(sameText(undefined, null)).toBe(true);
		expect(sameText('——副题', undefined)).toBe(false);
	});
});

describe('matching', () => {
	test('pairs each gold body with the parsed body sharing most text', () => {
		expect(matchItems(['甲乙丙丁戊己庚', '子丑寅卯辰巳午'], ['子丑寅卯辰', '甲乙丙丁戊己庚辛'])).toEqual([
			[0, 1],
			[1, 0],
		]);
	});

	test('leaves a gold item unmatched when two of them compete for one parsed item', () => {
		expect(matchItems(['甲乙丙丁戊', '己庚辛壬癸'], ['甲乙丙丁戊己庚辛'])).toEqual([[0, 0]]);
	});

	test('matches nothing that shares no text', () => {
		expect(matchItems(['甲乙丙丁'], ['子丑寅卯'])).toEqual([]);
	});
});

describe('paragraph boundaries', () => {
	test('are the offsets where the second and later paragraphs start', () => {
		expect([...boundaries(['一二三', '四五', '六'])]).toEqual([3, 5]);
	});

	test('give an F1 of 2/3 for one right boundary, one missed and none invented', () => {
		const t = scoreFile([gold({ paragraphs: ['一二三四', '五六七八', '九十'] })], {
			items: [parsed({ paragraphs: ['一二三四', '五六七八九十'] })],
			conserved: true,
		});
		expect(t.boundaries).toEqual({ tp: 1, fp: 0, fn: 1 });
		expect(figuresOf(t).paragraphF1).toBeCloseTo(2 / 3);
	});
});

describe('scoring a file', () => {
	test('counts an item exact when headline, authors and body agree, whatever the wraps', () => {
		const t = scoreFile(
			[gold({ headline: '学党史 办实事', authors: ['宋爽'], paragraphs: ['第一段。', '第二段。'] })],
			{
				items: [parsed({ headline: '学党史办实事', authors: ['宋爽'], paragraphs: ['第一段。第二', '段。'] })],
				conserved: true,
			},
		);
		expect([t.headline, t.authors, t.body, t.itemExact, t.itemExactAll]).toEqual([1, 1, 1, 1, 1]);
	});

	test('scores kickers over the gold items that have one and counts invented ones apart', () => {
		const t = scoreFile(
			[gold({ kicker: '引题——', paragraphs: ['甲乙丙丁戊'] }), gold({ paragraphs: ['子丑寅卯辰'] })],
			{
				items: [parsed({ paragraphs: ['甲乙丙丁戊'] }), parsed({ kicker: '多出来的——', paragraphs: ['子丑寅卯辰'] })],
				conserved: true,
			},
		);
		expect(t.kicker).toEqual({ n: 1, ok: 0, spurious: 1 });
		expect(t.itemExact).toBe(2);
		expect(t.itemExactAll).toBe(0);
	});

	test('takes a placeholder headline as no headline, right for an untitled photo', () => {
		const t = scoreFile([gold({ kind: 'photo', headline: null, paragraphs: ['图②：说明文字。'] })], {
			items: [
				parsed({ kind: 'photo', headline: '（无标题）', headlineMissing: true, paragraphs: ['图②：说明文字。'] }),
			],
			conserved: true,
		});
		expect(t.headline).toBe(1);
	});

	test('counts extra files, conservation failures and parse errors', () => {
		const two = scoreFile([gold({ paragraphs: ['甲乙丙丁戊己'] })], {
			items: [parsed({ paragraphs: ['甲乙丙'] }), parsed({ paragraphs: ['丁戊己'] })],
			conserved: false,
		});
		expect([two.parsedItems, two.body, two.conservationFailures]).toEqual([2, 0, 1]);
		const failed = scoreFile([gold({ paragraphs: ['甲乙'] })], { error: 'blank' });
		expect([failed.parseErrors, failed.parsedItems, failed.headline]).toEqual([1, 0, 0]);
	});
});

describe('reports', () => {
	test('apply a text: trait to text dumps only and a plain trait to both variants', () => {
		expect([traitApplies('text:column-break', 'pdf'), traitApplies('kicker', 'pdf')]).toEqual([false, true]);
		const tally = scoreFile([gold({ paragraphs: ['甲乙丙丁'] })], { items: [], conserved: true });
		const report = reportSets(
			(['text', 'pdf'] as const).map((variant) => ({
				set: 'dev',
				id: 'dev-0001',
				variant,
				traits: ['kicker', 'text:junk-glyphs'],
				tally,
			})),
		);
		expect(report.dev.pages).toBe(1);
		expect(report.dev.traits.kicker.files).toBe(2);
		expect(report.dev.traits['text:junk-glyphs'].files).toBe(1);
	});
});
