import { goldPage } from '../corpus-gold/gold.ts';
import type { Rng } from '../bench/prng.ts';
import { composeArticle } from './compose-article.ts';
import { composeBriefs } from './compose-briefs.ts';
import { composeCommentary } from './compose-commentary.ts';
import { composeInterview } from './compose-interview.ts';
import { composePhoto, composePhotoGroup, composeStoryPhoto } from './compose-photos.ts';
import { composeSidebar } from './compose-sidebar.ts';
import { banners, paperName } from './features.ts';
import { newContext } from './item-parts.ts';
import { personName } from './names.ts';
import { topics, type Topic } from './topics.ts';
import type { ComposedItem, ComposedPage } from './types.ts';

const weekdays = '日一二三四五六';

/** Traits of a page that follow from what is on it, whatever the rendering. */
function contentTraits(items: ComposedItem[], banner: string | undefined): string[] {
	const traits = new Set<string>();
	if (banner) traits.add('banner');
	for (const { gold, role, headlineLines, creditLines } of items) {
		if (gold.kicker) traits.add('kicker');
		if (gold.subheadline) traits.add('subheadline');
		if (headlineLines.length > 1) traits.add('wrapped-headline');
		if (gold.kind === 'commentary') traits.add('commentary');
		if (gold.kind === 'photo')
			traits.add(role === 'photo' && /^图[①②③④]/.test(gold.paragraphs[0]) ? 'photo-group' : 'photo');
		if (creditLines.length > 1) traits.add('credit-wrapped');
		if (gold.credit && /（|新华社|供图|资料/.test(gold.credit)) traits.add('credit-source');
		if (role === 'sidebar') traits.add('sidebar');
		if (role === 'brief') traits.add('briefs');
		if (role === 'interview') traits.add('interview');
		if (gold.paragraphs[0] === '核心阅读') traits.add('core-reading');
		if (gold.paragraphs.includes('——编 者')) traits.add('editor-note');
		if (gold.intertitles?.some((i) => gold.paragraphs[i] !== '核心阅读')) traits.add('intertitles');
		if (/^(本报|新华社)\S*电/.test(gold.paragraphs[0] ?? '')) traits.add('dateline');
		if (gold.section) traits.add('label');
	}
	return [...traits];
}

/** The items of a news page led by one topic. */
function newsItems(rng: Rng, topic: Topic, context: () => ReturnType<typeof newContext>): ComposedItem[] {
	const other = () => (rng.chance(0.6) ? topic : rng.pick(topics));
	const leadContext = context();
	const items = [composeArticle(rng, topic, leadContext, true)];
	if (rng.chance(0.3)) items.push(composeSidebar(rng, topic, leadContext));
	if (rng.chance(0.25)) items.push(composeStoryPhoto(rng, topic, leadContext));
	let group = 0;
	const rest: ComposedItem[][] = [];
	for (let i = rng.int(1, 3); i > 0; i--) {
		const t = other();
		const c = context();
		const story = [composeArticle(rng, t, c, false)];
		if (rng.chance(0.12)) story.push(composeSidebar(rng, t, c));
		rest.push(story);
	}
	if (rng.chance(0.5)) rest.push([composeCommentary(rng, context(), topic.sentences)]);
	if (rng.chance(0.12)) rest.push([composeInterview(rng, other(), context())]);
	if (rng.chance(0.3)) rest.push(composeBriefs(rng, context, group++));
	if (rng.chance(0.2)) rest.push(composePhotoGroup(rng, [topic, other()], context(), group));
	else for (let i = rng.int(0, 2); i > 0; i--) rest.push([composePhoto(rng, other(), context(), rng.chance(0.7))]);
	return [...items, ...shuffle(rng, rest).flat()];
}

function shuffle<T>(rng: Rng, list: T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** Composes one page: its date and name, its items in reading order, and its furniture. */
export function composePage(rng: Rng, id: string): ComposedPage {
	const year = rng.int(2016, 2024);
	const month = rng.int(1, 12);
	const day = rng.int(2, 28);
	const page = rng.int(1, 16);
	const context = () => newContext(rng, month, rng.chance(0.7) ? day - 1 : day);
	const kind = rng.next();
	let items: ComposedItem[];
	let pageName: string;
	if (kind < 0.12) {
		pageName = rng.pick(['评论', '观点', '言论']);
		const topic = rng.pick(topics);
		items = Array.from({ length: rng.int(2, 4) }, () => composeCommentary(rng, context(), rng.pick(topics).sentences));
		items.splice(rng.int(0, items.length), 0, composeArticle(rng, topic, context(), rng.chance(0.5)));
		if (rng.chance(0.4)) items.push(composeInterview(rng, topic, context()));
	} else if (kind < 0.22) {
		pageName = rng.pick(['视觉', '图片', '摄影']);
		const topic = rng.pick(topics);
		items = rng.chance(0.5)
			? composePhotoGroup(rng, topics, context(), 0)
			: Array.from({ length: rng.int(3, 6) }, () => composePhoto(rng, rng.pick(topics), context(), rng.chance(0.85)));
		items.push(composeArticle(rng, topic, context(), false));
	} else {
		const topic = rng.pick(topics);
		pageName = rng.pick(topic.pageNames);
		items = newsItems(rng, topic, context);
	}
	const banner = rng.chance(0.3) ? rng.pick(banners) : undefined;
	const pp = String(page).padStart(2, '0');
	const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	const editors = [personName(rng), personName(rng), personName(rng)];
	const furniture = {
		header: `第${pp}版：${pageName}`,
		dateLine: `${year}年${month}月${day}日 星期${weekday}`,
		paper: paperName,
		editor: rng.pick([
			`责任编辑：${editors[0]}`,
			`（责任编辑：${editors[0]}）`,
			`本版责编：${editors[0]}  美编：${editors[1]}  校对：${editors[2]}`,
		]),
		pageNumber: rng.chance(0.5) ? pp : String(page),
	};
	const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
	return {
		gold: goldPage(
			{ id, date, page, pageName, banner },
			contentTraits(items, banner),
			items.map((item) => item.gold),
		),
		items,
		furniture,
	};
}
