import type { CheckedItem } from './check-item.ts';
import type { Problem } from './problem.ts';

/**
 * Checks the items of one page folder against each other: no two may share an `order` (the
 * print position) or a slug (the permalink). The later file in name order gets the message,
 * naming the earlier one.
 */
export function checkPage(items: CheckedItem[]): Problem[] {
	const problems: Problem[] = [];
	const sorted = [...items].sort((a, b) => (a.file < b.file ? -1 : 1));
	const firstOrder = new Map<number, CheckedItem>();
	const firstSlug = new Map<string, CheckedItem>();
	for (const item of sorted) {
		if (item.order) {
			const other = firstOrder.get(item.order.value);
			if (other) {
				problems.push({ file: item.file, line: item.order.line, message: `“order”是 ${item.order.value}，和同一版的 ${baseName(other.file)} 重复。`, hint: `每篇稿件的 order 在本版内不能相同：改成 ${nextFree(firstOrder)}，或调整两篇的先后。` });
			} else firstOrder.set(item.order.value, item);
		}
		if (item.slug) {
			const other = firstSlug.get(item.slug.value);
			if (other) {
				const where = item.slug.line === 1 ? '文件名' : '“slug”';
				problems.push({ file: item.file, line: item.slug.line, message: `${where}给出的网址名“${item.slug.value}”和同一版的 ${baseName(other.file)} 重复，两篇会抢同一个网址。`, hint: '给其中一篇改文件名，或加一行不同的 slug。' });
			} else firstSlug.set(item.slug.value, item);
		}
	}
	return problems;
}

function baseName(file: string): string {
	return file.slice(file.lastIndexOf('/') + 1);
}

function nextFree(taken: Map<number, unknown>): number {
	return Math.max(0, ...taken.keys()) + 1;
}
