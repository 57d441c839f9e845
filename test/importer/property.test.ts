import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { checkConservation, decode, importPage, isImportError, type PageImport } from '../../src/lib/importer/index.ts';
import { lineOwners } from '../../src/lib/importer/line-owners.ts';
import { buildReport } from '../../src/lib/importer/report-html.ts';

// Property tests over generated and mutated page dumps. Seeded, so a CI failure reproduces:
// fast-check prints the seed and the path of the failing case, and FC_SEED=<seed> (with
// FC_RUNS=<n> to search longer) runs it again.
const SEED = Number(process.env.FC_SEED ?? 20_210_608);
const RUNS = Number(process.env.FC_RUNS ?? 120);
const settings = { seed: SEED, numRuns: RUNS };
// A longer search (FC_RUNS=5000) gets the time it needs.
const timeout = Math.max(60_000, RUNS * 100);

const fixtures = join(import.meta.dirname, 'fixtures');
const inputs = readdirSync(fixtures)
	.sort()
	.map((name) => decode(readFileSync(join(fixtures, name, 'input.txt'))).text);
// Real lines to compose pages from: every non-blank line of the fixtures.
const pool = [...new Set(inputs.flatMap((text) => text.split(/\r?\n/)).filter((line) => line.trim() !== ''))];

const han = fc
	.array(fc.constantFrom(...'党史学习教育群众办实事草原牧民合作社乡村振兴呼和浩特包头新闻记者夏粮收购'), {
		minLength: 2,
		maxLength: 14,
	})
	.map((chars) => chars.join(''));
const name = fc.constantFrom('王海', '李明', '郝佳丽', '宋爽', '巴特尔', '陈春艳');
// The kinds of line a page holds, written as papers print them.
const structural = fc.oneof(
	han,
	fc.tuple(fc.constantFrom('□本报记者 ', '◎', '本报记者 ', '新华社记者 ', '通讯员 '), name).map(([a, b]) => a + b),
	fc.tuple(han, name, fc.constantFrom(' 摄', ' 摄（人民视觉）')).map(([a, b, c]) => `${a}。 ${b}${c}`),
	fc.constantFrom('新华社发', '（资料图片）', '图/王海', '受访者供图'),
	han.map((h) => `■${h.slice(0, 4)}`),
	han.map((h) => `【${h.slice(0, 4)}】`),
	han.map((h) => `${h}——`),
	han.map((h) => `——${h}`),
	han.map((h) => `一、${h}`),
	han.map((h) => `本报呼和浩特6月8日讯（记者 李明）${h}。`),
	fc.constantFrom('第05版：要闻', '2021年6月8日 星期二', '（责任编辑：赵敏）', '- 3 -', '05', '内蒙古日报'),
	fc.constantFrom('', '', ''),
);
const line = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...pool) }, { weight: 3, arbitrary: structural });
// Blocks of a few lines between blank lines, as dumps have them.
const composed = fc
	.array(fc.array(line, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 20 })
	.map((blocks) => blocks.flatMap((block) => [...block, '']));
const fixture = fc.constantFrom(...inputs).map((text) => text.split(/\r?\n/));

// Characters a PDF export sprinkles: private-use glyphs, U+FFFD, zero-width and control
// characters, odd spaces and line ends, and a few that are not junk at all.
const junk = fc.constantFrom(
	'\uE000',
	'\uF8FF',
	'\u{F0000}',
	'\uFFFD',
	'\u200B',
	'\uFEFF',
	'\x01',
	'\x07',
	'\x0B',
	'\x0C',
	'\x1F',
	'\x7F',
	'\r',
	'\t',
	'\u3000',
	' ',
	'\u00A0',
	'■',
	'——',
	'。',
	'𠀀',
	'😀',
	'é',
	'<',
	'&',
	'#',
);

type Mutation =
	| { op: 'shuffle'; keys: number[] }
	| { op: 'cut'; from: number; to: number }
	| { op: 'join'; at: number }
	| { op: 'split'; at: number; pos: number }
	| { op: 'sprinkle'; at: number; pos: number; chars: string[] }
	| { op: 'crlf' };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ op: fc.constant('shuffle' as const), keys: fc.array(fc.nat(), { maxLength: 80 }) }),
	fc.record({ op: fc.constant('cut' as const), from: fc.nat(), to: fc.nat() }),
	fc.record({ op: fc.constant('join' as const), at: fc.nat() }),
	fc.record({ op: fc.constant('split' as const), at: fc.nat(), pos: fc.nat() }),
	fc.record({
		op: fc.constant('sprinkle' as const),
		at: fc.nat(),
		pos: fc.nat(),
		chars: fc.array(junk, { minLength: 1, maxLength: 4 }),
	}),
	fc.record({ op: fc.constant('crlf' as const) }),
);

/** Applies one mutation to a dump's lines; positions wrap around, so every value means something. */
function mutate(lines: string[], m: Mutation): string[] {
	const n = lines.length;
	if (n === 0) return lines;
	const at = 'at' in m ? m.at % n : 0;
	switch (m.op) {
		case 'shuffle':
			return lines
				.map((line, i) => ({ line, key: m.keys[i] ?? i }))
				.sort((a, b) => a.key - b.key)
				.map((x) => x.line);
		case 'cut': {
			const [a, b] = [m.from % n, m.to % n].sort((x, y) => x - y);
			return lines.slice(a, b + 1);
		}
		case 'join':
			return at + 1 < n ? [...lines.slice(0, at), lines[at] + lines[at + 1], ...lines.slice(at + 2)] : lines;
		case 'split': {
			const chars = [...lines[at]];
			const pos = m.pos % (chars.length + 1);
			return [...lines.slice(0, at), chars.slice(0, pos).join(''), chars.slice(pos).join(''), ...lines.slice(at + 1)];
		}
		case 'sprinkle': {
			const chars = [...lines[at]];
			chars.splice(m.pos % (chars.length + 1), 0, ...m.chars);
			return [...lines.slice(0, at), chars.join(''), ...lines.slice(at + 1)];
		}
		case 'crlf':
			return lines.map((l) => `${l}\r`);
	}
}

const dump = fc
	.tuple(fc.oneof(composed, fixture), fc.array(mutation, { maxLength: 8 }))
	.map(([lines, mutations]) => mutations.reduce(mutate, lines).join('\n'));

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
const encoding = fc.constantFrom<Encoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030');

/** The bytes of a dump saved in an encoding, with the byte-order mark the importer expects. */
function encode(text: string, as: Encoding): Uint8Array {
	if (as === 'utf-8') return new TextEncoder().encode(text);
	if (as === 'utf-8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
	if (as === 'utf-16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
	if (as === 'utf-16be') return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
	return iconv.encode(text, 'gb18030');
}

const options = { date: '2021-06-08', page: 1, source: 'dumps/2021-06-08/01.txt' };

/** importPage, or undefined when it refuses the input with an ImportError; anything else is a bug. */
function tryImport(bytes: Uint8Array): PageImport | undefined {
	try {
		return importPage(bytes, options);
	} catch (error) {
		if (isImportError(error)) return undefined;
		throw error;
	}
}

describe('the importer, on generated and mutated dumps', () => {
	test(
		'never throws but an ImportError, and places every character exactly once',
		() => {
			fc.assert(
				fc.property(dump, encoding, (text, as) => {
					const page = tryImport(encode(text, as));
					if (!page) return;
					expect(checkConservation(page.text, page.parsed)).toEqual({ missing: '', extra: '' });
					// The review marks and the report are built from every parse too.
					expect(page.reviews).toHaveLength(page.parsed.items.length);
					expect(lineOwners(page.text, page.parsed)).toHaveLength(page.parsed.lineCount);
					buildReport([
						{
							...options,
							encoding: page.encoding,
							text: page.text,
							parsed: page.parsed,
							reviews: page.reviews,
							files: [],
						},
					]);
				}),
				settings,
			);
		},
		timeout,
	);

	test(
		'gives the same output for the same input, whatever was imported before',
		() => {
			fc.assert(
				fc.property(dump, dump, encoding, (text, other, as) => {
					const bytes = encode(text, as);
					const first = tryImport(bytes);
					tryImport(encode(other, as));
					expect(tryImport(bytes)).toEqual(first);
				}),
				{ ...settings, numRuns: Math.ceil(RUNS / 2) },
			);
		},
		timeout,
	);

	test(
		'reads the same text the same way in every encoding it accepts',
		() => {
			fc.assert(
				fc.property(dump, encoding, (text, as) => {
					const plain = tryImport(encode(text, 'utf-8'));
					const other = tryImport(encode(text, as));
					if (!plain || !other) return;
					expect(other.files).toEqual(plain.files);
					expect(other.parsed).toEqual(plain.parsed);
				}),
				{ ...settings, numRuns: Math.ceil(RUNS / 2) },
			);
		},
		timeout,
	);
});
