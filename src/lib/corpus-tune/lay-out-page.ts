import type { Rng } from '../bench/prng.ts';
import type { TuneBlock, TuneItem, TuneRow } from './tune-model.ts';

/**
 * The page's layout for the PDF: bands of cells from top to bottom, each cell a stack of blocks,
 * taking the items in reading order. Columns, head placement (over the body, beside it, vertical),
 * boxes and photos vary per block, so that pdftotext meets many orders.
 */

/** The rows of a page's layout; items appear in the order given. */
export function layOut(rng: Rng, items: TuneItem[], type: string): TuneRow[] {
	const total = type === 'pictures' ? rng.int(2, 4) : rng.int(3, 8);
	const bodySize = rng.int(12, 15);
	const indent = rng.pick([2, 2, 1, 0] as const);
	const gap = indent === 0 || rng.chance(0.3);
	const rows: TuneRow[] = [];
	let i = 0;
	const block = (index: number, columns: number): TuneBlock => {
		const item = items[index];
		const short = item.headLines.join('').length <= 12;
		const narrowRole = ['poem', 'brief', 'photo', 'sidebar'].includes(item.role);
		const cols = narrowRole ? 1 : Math.max(1, Math.min(columns, item.role === 'lead' ? 8 : 6));
		const head: TuneBlock['head'] =
			item.role === 'photo'
				? rng.pick(['top', 'below', 'below'])
				: cols >= 3 && rng.chance(0.2)
					? 'side'
					: short && item.headLines.length === 1 && item.role !== 'brief' && rng.chance(0.15)
						? rng.pick(['vertical-right', 'vertical-left'])
						: 'top';
		return {
			item: index,
			columns: cols,
			head,
			box:
				item.role === 'sidebar' ||
				item.role === 'letter' ||
				(item.role === 'commentary' && rng.chance(0.4)) ||
				rng.chance(0.08),
			photo:
				item.role === 'photo' || item.role === 'photo-group'
					? {
							at: rng.pick(['above', 'above', 'left']),
							caption: rng.pick(['under', 'under', 'beside', 'over']),
							height: rng.int(110, 260),
						}
					: undefined,
			bodySize,
			headSize: item.role === 'lead' ? rng.int(30, 42) : item.role === 'brief' ? bodySize + 1 : rng.int(18, 28),
			indent,
			gap,
			align: item.role === 'lead' || rng.chance(0.3) ? 'center' : 'left',
		};
	};
	while (i < items.length) {
		const item = items[i];
		if (item.role === 'lead' || item.role === 'photo-group') {
			const beside = i + 1 < items.length && rng.chance(0.5);
			const weight = beside ? rng.int(2, 4) : 1;
			const cells: TuneRow['cells'] = [
				{ weight, blocks: [block(i, beside ? Math.ceil((total * weight) / (weight + 1)) : total)], rule: false },
			];
			i++;
			if (beside)
				cells.push({
					weight: 1,
					blocks: [block(i++, Math.max(1, Math.floor(total / (weight + 1))))],
					rule: rng.chance(0.5),
				});
			rows.push({ cells });
			continue;
		}
		const count = Math.min(items.length - i, rng.int(1, total >= 5 ? 3 : 2));
		const weights = Array.from({ length: count }, () => rng.int(1, 3));
		const sum = weights.reduce((a, b) => a + b, 0);
		const cells: TuneRow['cells'] = [];
		for (let c = 0; c < count && i < items.length; c++) {
			const columns = Math.max(1, Math.round((total * weights[c]) / sum));
			const blocks = [block(i++, columns)];
			// Briefs of one label stack in one cell; short items may share a cell with the next.
			while (i < items.length && items[i].role === 'brief' && items[i - 1].role === 'brief') blocks.push(block(i++, 1));
			if (i < items.length && items[i].role !== 'lead' && items[i].role !== 'photo-group' && rng.chance(0.2))
				blocks.push(block(i++, columns));
			cells.push({ weight: weights[c], blocks, rule: c > 0 && rng.chance(0.6) });
		}
		rows.push({ cells });
	}
	return rows;
}
