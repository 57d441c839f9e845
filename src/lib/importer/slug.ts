import { pinyin } from 'pinyin-pro';

// Slugs stop at a word boundary near this length, so URLs stay readable.
const MAX_SLUG = 48;

/**
 * The URL slug of a headline: its pinyin without tones, lower-case ASCII words joined by `-`,
 * cut at a word boundary near 48 characters. Latin letters and digits in the headline are kept.
 * @example slugify('守护好群众的“钱袋子”') // 'shou-hu-hao-qun-zhong-de-qian-dai-zi'
 */
export function slugify(headline: string): string {
	const syllables = pinyin(headline.normalize('NFKC'), {
		toneType: 'none',
		type: 'array',
		nonZh: 'consecutive',
		v: true,
	});
	const words = syllables
		.flatMap((s) =>
			s
				.toLowerCase()
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.split(/[^a-z0-9]+/),
		)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug === '' ? word : `${slug}-${word}`;
		if (next.length > MAX_SLUG && slug !== '') break;
		slug = next.slice(0, MAX_SLUG).replace(/-+$/, '');
	}
	return slug || 'item';
}

/**
 * Makes slugs unique within a page by appending `-2`, `-3` … to repeats, in order.
 * @example uniqueSlugs(['a', 'a', 'b']) // ['a', 'a-2', 'b']
 */
export function uniqueSlugs(slugs: string[]): string[] {
	const seen = new Set<string>();
	return slugs.map((slug) => {
		let candidate = slug;
		for (let n = 2; seen.has(candidate); n++) candidate = `${slug}-${n}`;
		seen.add(candidate);
		return candidate;
	});
}
