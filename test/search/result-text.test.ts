import { describe, expect, test } from 'vitest';
import { resultText, TEXT_HEAD_BYTES } from '../../src/lib/search/result-text.ts';

/** A static host holding one text file: answers range requests (unless `ranges` is false) and records what was asked. */
function host(text: string, ranges = true) {
	const body = new TextEncoder().encode(text);
	const asked: (string | null)[] = [];
	const get = (async (url: string, init?: RequestInit) => {
		expect(url).toBe('/2021-06-08/01/x/text.txt');
		const range = new Headers(init?.headers).get('Range');
		asked.push(range);
		const m = ranges && range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
		if (!m) return new Response(body, { status: 200 });
		const end = Math.min(m[2] === '' ? Infinity : Number(m[2]), body.length - 1);
		return new Response(body.slice(Number(m[1]), end + 1), {
			status: 206,
			headers: { 'Content-Range': `bytes ${m[1]}-${end}/${body.length}` },
		});
	}) as typeof fetch;
	return { get, asked };
}

// 3 bytes a character: the opening ends inside a character unless TEXT_HEAD_BYTES is a multiple of 3.
const long = `标题\n${'草原'.repeat(TEXT_HEAD_BYTES / 3)}那达慕`;

describe('fetching a result’s text', () => {
	test('asks for the opening only, when it holds every term', async () => {
		const { get, asked } = host(long);
		const text = await resultText('/2021-06-08/01/x/', ['草原'], get);
		expect(asked).toEqual([`bytes=0-${TEXT_HEAD_BYTES - 1}`]);
		expect(long.startsWith(text)).toBe(true);
		expect(text).not.toContain('\uFFFD');
		expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(TEXT_HEAD_BYTES);
	});

	test('asks for the rest of the file when a term is further on, and joins a character cut between the two', async () => {
		const { get, asked } = host(long);
		expect(await resultText('/2021-06-08/01/x/', ['那达慕'], get)).toBe(long);
		expect(asked).toEqual([`bytes=0-${TEXT_HEAD_BYTES - 1}`, `bytes=${TEXT_HEAD_BYTES}-`]);
	});

	test('takes a short file whole from the first answer', async () => {
		const { get, asked } = host('标题\n草原');
		expect(await resultText('/2021-06-08/01/x/', ['那达慕'], get)).toBe('标题\n草原');
		expect(asked).toHaveLength(1);
	});

	test('takes the whole file from a host that ignores ranges', async () => {
		const { get, asked } = host(long, false);
		expect(await resultText('/2021-06-08/01/x/', ['那达慕'], get)).toBe(long);
		expect(asked).toHaveLength(1);
	});

	test('is empty when the file cannot be had', async () => {
		const missing = (async () => new Response('not found', { status: 404 })) as unknown as typeof fetch;
		expect(await resultText('/2021-06-08/01/x/', ['草原'], missing)).toBe('');
		const offline = (async () => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch;
		expect(await resultText('/2021-06-08/01/x/', ['草原'], offline)).toBe('');
	});
});
