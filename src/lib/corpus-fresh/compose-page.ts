/**
 * A fresh page composed: its type (要闻, 评论, 综合, 经济, 视觉), its furniture, an optional
 * banner, and its items in reading order, each with gold and print.
 */
import type { Corpus } from '../bench/corpus.ts';
import { createRng } from '../bench/prng.ts';
import { briefs, commentary, essay, interview, photo, sidebar, story, type Desk } from './compose-items.ts';
import type { FreshItem } from './fresh-item.ts';
import { createProse } from './prose.ts';
import { personNames, printedDate, topics } from './words.ts';

/** The kinds of page the fresh corpus prints. */
export const pageTypes = ['yaowen', 'pinglun', 'zonghe', 'jingji', 'shijue'] as const;
/** One of `pageTypes`. */
export type PageType = (typeof pageTypes)[number];

const pageNames: Record<PageType, string[]> = {
	yaowen: ['要闻'],
	pinglun: ['评论'],
	zonghe: ['综合', '社会'],
	jingji: ['经济', '区域'],
	shijue: ['视觉', '图片新闻'],
};

/** What a page prints besides its items (the furniture is no item). */
export interface Furniture {
	paper: string;
	/** `第03版：要闻`. */
	header: string;
	/** `2026年6月8日 星期一`. */
	dateLine: string;
	/** `本版责编：某某 某某`. */
	editors: string;
}

/** A composed page, before it is rendered. */
export interface ComposedPage {
	id: string;
	type: PageType;
	date: string;
	page: number;
	pageName: string;
	banner?: string;
	furniture: Furniture;
	items: FreshItem[];
	/** The traits its content shows (both renderings). */
	traits: string[];
}

/** Composes page `index` (1-based) of the fresh corpus from its seed. */
export function composePage(pool: Corpus, seed: string, index: number): ComposedPage {
	const rng = createRng(`${seed}:compose:${index}`);
	const type = pageTypes[(index - 1) % pageTypes.length];
	const year = rng.pick([2022, 2023, 2024, 2026]);
	const date = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
	const page = type === 'yaowen' ? rng.int(1, 4) : rng.int(5, 20);
	const pageName = rng.pick(pageNames[type]);
	const desk: Desk = { rng, prose: createProse(pool, rng), date, traits: new Set([`page:${type}`, 'furniture']) };
	const items = compose(type, desk);
	let banner: string | undefined;
	if ((type === 'yaowen' && rng.chance(0.6)) || (type !== 'pinglun' && rng.chance(0.15))) {
		banner = rng.chance(0.5)
			? `奋力${rng.pick(['推进', '书写', '谱写'])}${rng.pick(topics)}新篇章`
			: desk.prose.headline();
		desk.traits.add('banner');
	}
	return {
		id: `fr-${String(index).padStart(4, '0')}`,
		type,
		date,
		page,
		pageName,
		...(banner ? { banner } : {}),
		furniture: {
			paper: rng.pick(['华夏日报', '东方时报', '北疆日报']),
			header: `第${String(page).padStart(2, '0')}版：${pageName}`,
			dateLine: printedDate(date),
			editors: `本版责编：${personNames(rng, 3).join(' ')}`,
		},
		items,
		traits: [...desk.traits].sort(),
	};
}

/** The items of a page of `type`, in reading order. */
function compose(type: PageType, desk: Desk): FreshItem[] {
	const { rng } = desk;
	const items: FreshItem[] = [];
	const stories = (n: number) => {
		for (let i = 0; i < n; i++) {
			items.push(story(desk, false));
			if (rng.chance(0.15)) items.push(sidebar(desk));
		}
	};
	switch (type) {
		case 'yaowen':
			items.push(story(desk, true));
			if (rng.chance(0.4)) items.push(sidebar(desk));
			stories(rng.int(1, 3));
			if (rng.chance(0.7)) items.push(photo(desk));
			items.push(commentary(desk, true));
			if (rng.chance(0.4)) items.push(...briefs(desk));
			break;
		case 'pinglun':
			items.push(commentary(desk, false));
			for (let i = rng.int(1, 3); i > 0; i--) items.push(commentary(desk, true));
			items.push(essay(desk));
			if (rng.chance(0.4)) items.push(commentary(desk, false));
			break;
		case 'zonghe':
		case 'jingji':
			if (rng.chance(0.5)) items.push(story(desk, true));
			stories(rng.int(2, 4));
			if (rng.chance(0.5)) items.push(photo(desk));
			if (rng.chance(0.4)) items.push(interview(desk));
			items.push(...briefs(desk));
			if (rng.chance(0.3)) items.push(commentary(desk, true));
			break;
		case 'shijue':
			for (let i = 0, n = rng.int(2, 4); i < n; i++) items.push(photo(desk, i));
			for (let i = rng.int(1, 2); i > 0; i--) items.push(photo(desk));
			stories(rng.int(1, 2));
			break;
	}
	return items;
}
