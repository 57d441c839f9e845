/**
 * The permalink slug of an item file: its name without extension and without the `NN-` order
 * prefix, so reordering items on a page does not change their URLs.
 * @example slugFromFile('content/editions/2021-06-08/01/03-xue-dang-shi.md') // 'xue-dang-shi'
 */
export function slugFromFile(filePath: string): string {
	const name = filePath.split(/[\\/]/).pop() ?? filePath;
	const stem = name.replace(/\.(md|mdx)$/i, '');
	const slug = stem.replace(/^\d+-(?=.)/, '').toLowerCase();
	return slug || stem;
}
