import type { Corpus } from '../bench/corpus.ts';
import { createRng } from '../bench/prng.ts';
import { personName } from '../bench/vocabulary.ts';
import type { PageModel, PrintedItem } from './page-model.ts';
import { article, briefs, commentary, photos, sidebar } from './compose-item.ts';
import { headline, textSource } from './compose-text.ts';
import { itemContexts, pageDay, pageGold, printedDate } from './page-frame.ts';

/**
 * Composes one corpus page from its seed: a date and page name, furniture, perhaps a banner,
 * a lead story and three to eight more items of every role. Pure and deterministic: the same
 * seed and corpus give the same page.
 */

const pageNames = ['要闻', '党建', '经济', '社会', '文化', '评论', '理论', '旗县新闻', '生态', '教育', '民生', '体育'];
const papers = ['北疆日报', '草原晚报', '河套时报', '塞上日报'];

/** What a page is composed from. */
export interface PageOptions {
	/** The page id, `dev-0001`; it seeds the page. */
	id: string;
	corpus: Corpus;
	/** A prefix of the seed, so that two corpora from the same ids differ. */
	seed: string;
}

/** Composes the page `id`. @example composePage({ id: 'dev-0001', corpus, seed: 'dev' }).gold.items.length */
export function composePage({ id, corpus, seed }: PageOptions): PageModel {
	const rng = createRng(`${seed}:${id}`);
	const { day, date } = pageDay(rng);
	const page = rng.int(1, 16);
	const pageName = rng.pick(pageNames);
	const traits = new Set<string>();
	const source = textSource(rng, corpus, date.slice(0, 4));
	const context = itemContexts(source, date, traits);
	const items: PrintedItem[] = [article(context(), true)];
	const count = rng.int(3, 8);
	while (items.length < count + 1) {
		const roll = rng.next();
		if (roll < 0.35) items.push(article(context(), false));
		else if (roll < 0.55) items.push(commentary(context()));
		else if (roll < 0.65 && items.at(-1)?.role === 'article') items.push(sidebar(context()));
		else if (roll < 0.75) items.push(...briefs(context()));
		else items.push(...photos(context()));
	}
	const banner = rng.chance(0.2) ? headline(source) : undefined;
	if (banner) traits.add('banner');
	const paper = rng.pick(papers);
	const top: string[] = [];
	const bottom: string[] = [];
	const pad = String(page).padStart(2, '0');
	const dateText = printedDate(day);
	const header = rng.pick([`第${pad}版：${pageName}`, `第${pad}版 ${pageName}`, `${paper} ${dateText} 第${pad}版 ${pageName}`]);
	if (rng.chance(0.6)) {
		top.push(header);
		if (!header.includes(paper) && rng.chance(0.5)) top.push(dateText);
		traits.add('furniture');
	}
	if (rng.chance(0.6)) {
		bottom.push(rng.chance(0.6) ? `责任编辑：${personName(rng)}` : `本版责编：${personName(rng)} 美编：${personName(rng)}`);
		traits.add('furniture');
	}
	return {
		gold: pageGold({ id, date, page, pageName: top.length > 0 ? pageName : undefined, banner, traits, items }),
		items,
		paper,
		furniture: { top, bottom },
	};
}
