import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ImportError } from './errors.ts';

/** A dump decoded to text, with the encoding it was read as. */
export interface Decoded {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
}

// A text dump has (almost) no C0 control bytes besides tab, LF, CR; a PDF, image or zip has many.
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;

/**
 * Decodes the raw bytes of a page dump: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK (a superset, so GBK and GB2312 read the same). Throws an ImportError for empty,
 * binary or undecodable input rather than guessing.
 * @example decode(new TextEncoder().encode('本报记者')).text // '本报记者'
 */
export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length === 0)
		throw new ImportError(
			'empty',
			'expects a page dump with text but found an empty file. Check that the export from the PDF worked.',
		);
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { text: strictUtf8(bytes.subarray(3)), encoding: 'utf-8' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return checked({ text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' });
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return checked({ text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' });
	if (bytes.includes(0)) throw binary();
	const utf8 = tryUtf8(bytes);
	if (utf8 !== undefined) return checked({ text: utf8, encoding: 'utf-8' });
	// Not UTF-8: the only other encoding Chinese dumps come in is the GB family. chardet only
	// confirms it, since a wrong guess (windows-1252, EUC-JP) would produce plausible garbage.
	const guess = chardet.detect(bytes);
	const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'gb18030');
	const bad = (text.match(/\uFFFD/g) ?? []).length;
	const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
	const gbLike = guess !== null && /^(GB|Big5|EUC-KR|EUC-JP|Shift_JIS)/i.test(guess);
	if (bad > text.length / 200 || han < text.length / 10 || (!gbLike && han < text.length / 3)) {
		throw new ImportError(
			'undecodable',
			`expects UTF-8, UTF-16 with BOM or GB18030/GBK text but found bytes that decode as none of them (best guess: ${guess ?? 'unknown'}). Re-export the dump as UTF-8.`,
		);
	}
	return checked({ text, encoding: 'gb18030' });
}

function tryUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function strictUtf8(bytes: Uint8Array): string {
	const text = tryUtf8(bytes);
	if (text === undefined)
		throw new ImportError(
			'undecodable',
			'expects UTF-8 after the UTF-8 byte-order mark but found invalid byte sequences. Re-export the dump as UTF-8.',
		);
	return checked({ text, encoding: 'utf-8' }).text;
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
