import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';

/** The encodings a dump is read as. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis';

/** What `--encoding` accepts: an encoding, or `utf-16` (the byte-order mark decides, else little-endian). */
export type EncodingChoice = Encoding | 'utf-16';

/** A dump decoded to text, with the encoding it was read as. */
export interface Decoded {
	text: string;
	encoding: Encoding;
}

type Legacy = 'gb18030' | 'big5' | 'shift_jis';

// chardet's names for the legacy encodings a dump may come in.
const LEGACY: Record<string, Legacy> = { GB18030: 'gb18030', Big5: 'big5', Shift_JIS: 'shift_jis' };
const LABEL: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16LE',
	'utf-16be': 'UTF-16BE',
	gb18030: 'GB18030',
	big5: 'Big5',
	shift_jis: 'Shift_JIS',
};
const CHOICES: Record<string, EncodingChoice> = {
	'utf-8': 'utf-8',
	utf8: 'utf-8',
	'utf-16': 'utf-16',
	utf16: 'utf-16',
	'utf-16le': 'utf-16le',
	'utf-16be': 'utf-16be',
	gb18030: 'gb18030',
	gbk: 'gb18030',
	gb2312: 'gb18030',
	big5: 'big5',
	shift_jis: 'shift_jis',
	'shift-jis': 'shift_jis',
	sjis: 'shift_jis',
};

// A text dump has (almost) no C0 control bytes besides tab, LF, CR; a PDF, image or zip has many.
// eslint-disable-next-line no-control-regex -- control bytes are what this pattern counts
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;
// What a wrong legacy decoding yields: unmapped bytes (U+FFFD) and user-defined code points
// (private use). Counted before junk-glyph removal, which would otherwise hide them.
const MISREAD = /[\uFFFD\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * Reads an `--encoding` value; `where` names its origin in the message.
 * @example encodingChoice('GBK', '--encoding') // 'gb18030'
 */
export function encodingChoice(value: string, where: string): EncodingChoice {
	const choice = CHOICES[value.trim().toLowerCase()];
	if (!choice)
		throw new ImportError(
			'usage',
			`${where}: expects one of utf-8, utf-16, utf-16le, utf-16be, gb18030 (gbk), big5, shift_jis but found "${value}".`,
		);
	return choice;
}

/**
 * Decodes the raw bytes of a page dump: UTF-8 (with or without BOM), UTF-16 with BOM, else
 * GB18030/GBK (a superset, so GBK and GB2312 read the same), Big5 or Shift_JIS, in the order
 * chardet ranks them, taking the first that decodes cleanly. `encoding` skips the guess. Throws
 * an ImportError for empty, binary or undecodable input rather than guessing.
 * @example decode(new TextEncoder().encode('本报记者')).text // '本报记者'
 */
export function decode(bytes: Uint8Array, encoding?: EncodingChoice): Decoded {
	if (bytes.length === 0)
		throw new ImportError(
			'empty',
			'expects a page dump with text but found an empty file. Check that the export from the PDF worked.',
		);
	const bom = bomOf(bytes);
	if (encoding === undefined && bom) return unicode(bytes, bom);
	if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') return unicode(bytes, encoding);
	if (encoding === 'utf-16') return unicode(bytes, bom === 'utf-16be' ? 'utf-16be' : 'utf-16le');
	if (encoding !== undefined) return legacy(bytes, [encoding], 1 / 10, true);
	if (bytes.includes(0)) throw binary();
	const utf8 = tryUtf8(bytes);
	if (utf8 !== undefined) return checked({ text: utf8, encoding: 'utf-8' });
	// Not UTF-8: chardet ranks the legacy CJK encodings, and each is tried in that order; a
	// wrong one shows in the text (unmapped or user-defined code points, too little Han text),
	// counted here, before junk-glyph removal could hide it.
	const guesses = chardet.analyse(bytes);
	// Only a confident guess is tried besides GB18030: Big5 reads most GB byte pairs as rare but
	// valid characters, so trying it blindly would turn a failed decode into mojibake.
	const ranked = guesses.flatMap((guess) => (guess.confidence >= 50 && LEGACY[guess.name]) || []);
	// When chardet's best guess is no CJK encoding at all (windows-1252, say), only text that
	// is mostly Han is believed.
	const cjk = /^(GB|Big5|EUC-KR|EUC-JP|Shift_JIS)/i.test(guesses[0]?.name ?? '');
	return legacy(bytes, [...new Set<Legacy>([...ranked, 'gb18030'])], cjk ? 1 / 10 : 1 / 3);
}

function bomOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return undefined;
}

function unicode(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be'): Decoded {
	const body = bomOf(bytes) === encoding ? bytes.subarray(encoding === 'utf-8' ? 3 : 2) : bytes;
	try {
		return checked({ text: new TextDecoder(encoding, { fatal: true }).decode(body), encoding });
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		throw new ImportError(
			'undecodable',
			`expects ${LABEL[encoding]} text but found invalid byte sequences. Re-export the dump as UTF-8${bomOf(bytes) === encoding ? '' : ', or pass the right --encoding'}.`,
		);
	}
}

function legacy(bytes: Uint8Array, candidates: Legacy[], minHan: number, forced = false): Decoded {
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
	const tried: string[] = [];
	for (const encoding of candidates) {
		const text = iconv.decode(buffer, encoding);
		const misread = (text.match(MISREAD) ?? []).length;
		const han = (text.match(HAN) ?? []).length;
		// A few private-use glyphs are the PDF's junk; a wrong decoding makes them by the hundred.
		if (misread <= Math.max(2, han / 50) && han >= text.length * minHan) return checked({ text, encoding });
		tried.push(`as ${LABEL[encoding]}, ${misread} unmapped or private-use and ${han} Han of ${text.length} characters`);
	}
	const expected = forced
		? `${LABEL[candidates[0]]} text (--encoding)`
		: 'UTF-8, UTF-16 with BOM, GB18030/GBK, Big5 or Shift_JIS text';
	throw new ImportError(
		'undecodable',
		`expects ${expected} but found bytes that decode as none of them (${tried.join('; ')}). Pass the dump's --encoding, or re-export it as UTF-8.`,
	);
}

function tryUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function checked(decoded: Decoded): Decoded {
	const controls = (decoded.text.match(CONTROL) ?? []).length;
	if (controls > 0 && controls > decoded.text.length / 100) throw binary();
	return decoded;
}

function binary(): ImportError {
	return new ImportError(
		'binary',
		'expects a text dump but found binary data (control bytes). Pass the .txt extracted from the page PDF, not the PDF or an image.',
	);
}
