import { pinyin } from 'pinyin-pro';

/**
 * Names under the initial letter of their pinyin (A, B, C …), as a printed index groups them,
 * letters in order and names in the order given; a name that starts with no letter goes under #.
 * `surname` reads the first character as a family name (曾 as Zeng, 单 as Shan).
 * @example groupByInitial(['宋爽', '郝佳丽']) // Map { 'H' => ['郝佳丽'], 'S' => ['宋爽'] }
 */
export function groupByInitial(names: Iterable<string>, options: { surname?: boolean } = {}): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const name of names) {
		const first = pinyin(name.normalize('NFKC'), {
			pattern: 'first',
			toneType: 'none',
			type: 'array',
			surname: options.surname ? 'head' : 'off',
		})[0];
		const letter = /^[a-z]/i.test(first ?? '') ? first!.slice(0, 1).toUpperCase() : '#';
		if (!groups.has(letter)) groups.set(letter, []);
		groups.get(letter)!.push(name);
	}
	return new Map([...groups].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))));
}
