import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { expect, test } from 'vitest';
import { decode, parsePage } from '../../src/lib/importer/index.ts';

const sample = readFileSync(
	join(import.meta.dirname, 'fixtures/imports-the-sample-party-building-page/input.txt'),
	'utf8',
);
// The sample in Traditional characters, as a Big5 dump from Taiwan or Hong Kong would hold it;
// without the sample's three junk glyphs (plane-16 private use), which Big5 cannot hold.
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(sample.replace(/[\u{100000}-\u{10FFFD}]/gu, ''));
const japanese =
	'東京都は８日、新型コロナウイルスの感染者が新たに確認されたと発表した。\n都の担当者は「引き続き警戒が必要だ」と述べ、都民に外出を控えるよう呼びかけた。\n';

test('a Big5 dump is read as Big5 and keeps its Traditional text as it is', () => {
	const decoded = decode(iconv.encode(traditional, 'big5'));
	expect(decoded.encoding).toBe('big5');
	expect(decoded.text).toBe(traditional);
	const page = parsePage(decoded.text);
	expect(page.items[0].headline).toBe('打出為民辦事“組合拳”');
	expect(page.junk.count).toBe(0);
	expect(page.banner?.text).toBe('五化協同 大抓基層');
});

test('a Shift_JIS dump is read as Shift_JIS, not as GB18030', () => {
	const decoded = decode(iconv.encode(japanese.repeat(4), 'shift_jis'));
	expect(decoded).toEqual({ text: japanese.repeat(4), encoding: 'shift_jis' });
});

test('a GBK dump is still read as GB18030', () => {
	expect(decode(iconv.encode(sample, 'gb18030'))).toEqual({ text: sample, encoding: 'gb18030' });
});

test('--encoding reads a dump in the encoding given, and refuses one its bytes do not fit', () => {
	const big5 = iconv.encode(traditional, 'big5');
	expect(decode(big5, 'big5').text).toBe(traditional);
	// Big5 bytes are valid GB18030 byte pairs: only the mapped characters show the mistake.
	expect(() => decode(big5, 'gb18030')).toThrow(
		/expects GB18030 text \(--encoding\) but found bytes that decode as none of them \(as GB18030, \d+ unmapped or private-use/,
	);
	expect(() => decode(iconv.encode(sample, 'gbk'), 'big5')).toThrow(/expects Big5 text/);
	expect(() => decode(iconv.encode(sample, 'gbk'), 'utf-8')).toThrow(/expects UTF-8 text but found invalid byte/);
	expect(decode(iconv.encode(sample, 'utf-16le'), 'utf-16').text).toBe(sample);
});

test('a dump that decodes only into private-use glyphs is refused before junk removal could hide it', () => {
	// GB18030's user-defined area, where a Big5 dump's bytes often land: junk-glyph removal
	// would drop these without a word.
	const bytes = iconv.encode('\uE000\uE001\uE002本\uE003\uE004报\uE005\uE006\uE007\uE008\n'.repeat(20), 'gb18030');
	expect(() => decode(bytes)).toThrow(/decode as none of them/);
});

test('bidirectional controls are removed as junk and counted, so a byline stays a byline', () => {
	const page = parsePage(sample.replace('□本报记者 宋爽', '□本报\u200F记者 宋爽\u202B\u2066\u061C'));
	expect(page.banner?.text).toBe('五化协同 大抓基层');
	expect(page.items[0].byline).toBe('本报记者 宋爽');
	expect(page.junk).toEqual({ count: 3 + 4, lines: [2, ...parsePage(sample).junk.lines] });
});
