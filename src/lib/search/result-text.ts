import { textUrl } from './index-record.ts';
import { holdsTerms } from './run-search.ts';

/**
 * The bytes of an item's text file asked for first: the headline and the opening paragraphs
 * (about 340 Chinese characters), where the excerpt of most results comes from.
 */
export const TEXT_HEAD_BYTES = 1024;

/** The total size a `Content-Range: bytes 0-2047/5321` header gives, if it gives one. */
function totalOf(range: string | null): number | undefined {
	const total = /\/(\d+)\s*$/.exec(range ?? '')?.[1];
	return total === undefined ? undefined : Number(total);
}

/** An item's text as fetched for a result: `whole` when it is the whole file, not its opening. */
export interface ResultText {
	text: string;
	whole: boolean;
}

/**
 * An item's text (its text file, TEXT_FILE) for a search result, to check it and cut its
 * excerpt: first only its opening TEXT_HEAD_BYTES (an HTTP range request, which static hosts
 * answer), and the rest of the file only when the opening is not `enough` (for the search page:
 * does not hold what the result must hold; the hit is further on, or the item does not hold the
 * query at all). A host that ignores ranges sends the whole file at once. The opening may be cut
 * inside a character; what is left of it is dropped. Empty when the file cannot be had.
 */
export async function fetchResultText(
	pageUrl: string,
	enough: (opening: string) => boolean,
	get: typeof fetch = fetch,
): Promise<ResultText> {
	const file = textUrl(pageUrl);
	const head = await get(file, { headers: { Range: `bytes=0-${TEXT_HEAD_BYTES - 1}` } }).catch(() => undefined);
	if (!head?.ok) return { text: '', whole: true };
	const bytes = new Uint8Array(await head.arrayBuffer());
	const total = totalOf(head.headers.get('Content-Range'));
	if (head.status !== 206 || (total !== undefined && total <= bytes.length))
		return { text: new TextDecoder().decode(bytes), whole: true };
	const opening = new TextDecoder().decode(bytes).replace(/\uFFFD+$/u, '');
	if (enough(opening)) return { text: opening, whole: false };
	// The rest of the file, after the bytes already here; all of it if the host will not say.
	const rest = await get(file, { headers: { Range: `bytes=${bytes.length}-` } }).catch(() => undefined);
	if (!rest?.ok) return { text: opening, whole: false };
	if (rest.status !== 206) return { text: await rest.text(), whole: true };
	const tail = new Uint8Array(await rest.arrayBuffer());
	const whole = new Uint8Array(bytes.length + tail.length);
	whole.set(bytes);
	whole.set(tail, bytes.length);
	return { text: new TextDecoder().decode(whole), whole: true };
}

/** fetchResultText for a list of terms: the opening is enough when it holds every one (holdsTerms). */
export async function resultText(pageUrl: string, terms: string[], get: typeof fetch = fetch): Promise<string> {
	return (await fetchResultText(pageUrl, (opening) => holdsTerms(opening, terms), get)).text;
}
