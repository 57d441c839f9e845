import type { Rng } from '../bench/prng.ts';
import { drawTextHabits, type TextHabits } from './text-habits.ts';
import type { ComposedItem, ComposedPage } from './types.ts';
import { wrapText } from './wrap.ts';

/** A plain-text dump of a page and the traits its habits gave it. */
export interface TextDump {
	text: string;
	traits: string[];
}

interface State {
	rng: Rng;
	habits: TextHabits;
	traits: Set<string>;
	/** Lines printed in the current column. */
	inColumn: number;
}

/** The label as printed: ■观潮, 【评论】 or bare. */
export function markedLabel(item: ComposedItem): string {
	const label = item.gold.section!;
	if (item.labelMark === '【】') return `【${label}】`;
	return item.labelMark + label;
}

/** The byline as printed, with its mark. */
export function markedByline(item: ComposedItem): string {
	return item.bylineMark + item.gold.byline!;
}

function blankBetweenParagraphs(state: State): boolean {
	const { blankParagraphs } = state.habits;
	if (blankParagraphs === 'always') return true;
	if (blankParagraphs === 'never') return false;
	return state.rng.chance(0.5);
}

function bodyLines(item: ComposedItem, width: number, state: State): string[] {
	const out: string[] = [];
	const intertitles = new Set(item.gold.intertitles ?? []);
	item.gold.paragraphs.forEach((paragraph, i) => {
		if (i > 0 && blankBetweenParagraphs(state)) out.push('');
		if (intertitles.has(i) || paragraph === '——编 者') {
			out.push(paragraph);
			return;
		}
		const indent = state.habits.indent ? 2 : 0;
		const lines = wrapText(paragraph, width, indent);
		lines.forEach((line, j) => {
			state.inColumn++;
			out.push((j === 0 && indent ? '\u3000\u3000' : '') + line);
			if (state.inColumn >= state.habits.columnLines && j < lines.length - 1) {
				out.push('');
				state.inColumn = 0;
				state.traits.add('column-break');
			}
		});
	});
	return out;
}

function headLines(item: ComposedItem, state: State, withByline: boolean): string[] {
	const out: string[] = [];
	if (item.gold.kicker) out.push(item.gold.kicker);
	const lines = item.headlineLines;
	out.push(lines[0]);
	if (lines.length > 1) {
		if (state.rng.chance(0.3)) out.push('');
		out.push(...lines.slice(1));
	}
	if (item.gold.subheadline) out.push(item.gold.subheadline);
	if (withByline && item.gold.byline) out.push(markedByline(item));
	return out;
}

function labelWhere(state: State): 'before' | 'after' {
	return state.habits.labels === 'mixed' ? state.rng.pick(['before', 'after'] as const) : state.habits.labels;
}

function headsBefore(state: State): boolean {
	return state.habits.heads === 'mixed' ? state.rng.chance(0.5) : state.habits.heads === 'before';
}

/** An article, interview, sidebar or commentary: head before or after its body, label around it. */
function storyLines(item: ComposedItem, state: State, width: number): string[] {
	const label = item.gold.section && item.labelPrinted ? markedLabel(item) : undefined;
	const where = labelWhere(state);
	const before = item.role === 'sidebar' ? state.rng.chance(0.8) : headsBefore(state);
	const out: string[] = [];
	let bylineDone = false;
	if (label && where === 'before') {
		if (item.gold.byline && !before && state.rng.chance(0.4)) {
			out.push(`${label} ${markedByline(item)}`);
			state.traits.add('label-with-byline');
			bylineDone = true;
		} else out.push(label);
		state.traits.add('label-before');
	}
	if (before) {
		out.push(...headLines(item, state, !bylineDone), '');
		out.push(...bodyLines(item, width, state));
	} else {
		state.traits.add('headline-after-body');
		const bylineLast = item.role === 'commentary' && state.rng.chance(0.6);
		if (item.gold.byline && !bylineDone && !bylineLast) out.push(markedByline(item), '');
		out.push(...bodyLines(item, width, state), '');
		out.push(...headLines(item, state, false));
		if (item.gold.byline && !bylineDone && bylineLast) out.push(markedByline(item));
	}
	if (label && where === 'after') {
		out.push('', label);
		state.traits.add('label-after');
	}
	return out;
}

function photoLines(item: ComposedItem, state: State, width: number): string[] {
	const caption = wrapText(item.gold.paragraphs[0], width);
	const out: string[] = [];
	const titleBefore = item.gold.headline !== null && headsBefore(state);
	if (titleBefore) out.push(item.gold.headline!, '');
	if (item.creditLines.length === 1 && state.rng.chance(state.habits.creditSameLine)) {
		caption[caption.length - 1] += ' '.repeat(state.rng.int(1, 3)) + item.creditLines[0];
		out.push(...caption);
	} else {
		out.push(...caption, '');
		out.push(...item.creditLines);
		if (item.creditLines.length > 1) state.traits.add('credit-wrapped');
	}
	if (item.gold.headline !== null && !titleBefore) {
		out.push('', item.gold.headline);
		state.traits.add('headline-after-body');
	}
	return out;
}

function briefLines(item: ComposedItem, state: State, width: number, bullet: string): string[] {
	return [bullet + item.gold.headline, ...bodyLines(item, width, state)];
}

/** The lines of one unit: an item, a stacked pair, or a group sharing a label. */
function unitLines(unit: ComposedItem[], state: State, stacked: boolean): string[] {
	const { rng } = state;
	const widthOf = (item: ComposedItem) =>
		item.role === 'lead'
			? rng.int(15, 24)
			: item.role === 'photo'
				? rng.int(14, 34)
				: item.role === 'brief'
					? rng.int(13, 22)
					: rng.int(10, 20);
	if (stacked) {
		state.traits.add('stacked-headlines');
		const out: string[] = [];
		for (const item of unit) out.push(...headLines(item, state, false), '');
		for (const item of unit) {
			if (item.gold.byline) out.push(markedByline(item), '');
			out.push(...bodyLines(item, widthOf(item), state), '');
		}
		return out;
	}
	const first = unit[0];
	if (first.role !== 'photo' && first.role !== 'brief') return storyLines(first, state, widthOf(first));
	const label = first.gold.section && first.labelPrinted ? markedLabel(first) : undefined;
	const where = labelWhere(state);
	const width = widthOf(first);
	const bullet = rng.pick(['●', '●', '▲', '']);
	const out: string[] = [];
	if (label && where === 'before') out.push(label, '');
	for (const item of unit) {
		out.push(...(item.role === 'photo' ? photoLines(item, state, width) : briefLines(item, state, width, bullet)), '');
	}
	if (label && where === 'after') out.push(label);
	if (label) state.traits.add(`label-${where}`);
	return out;
}

/** Splits the page's items into units: groups stay together, some pairs of stories are stacked. */
function units(items: ComposedItem[], state: State): { items: ComposedItem[]; stacked: boolean }[] {
	const out: { items: ComposedItem[]; stacked: boolean }[] = [];
	const stackable = (item?: ComposedItem) =>
		item !== undefined && (item.role === 'story' || item.role === 'lead') && !item.gold.section;
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		if (item.group !== undefined) {
			const group = [item];
			while (items[i + 1]?.group === item.group) group.push(items[++i]);
			out.push({ items: group, stacked: false });
		} else if (stackable(item) && stackable(items[i + 1]) && state.rng.chance(state.habits.stacked)) {
			out.push({ items: [item, items[++i]], stacked: true });
		} else out.push({ items: [item], stacked: false });
	}
	return out;
}

function junk(rng: Rng): string {
	const count = rng.int(1, 3);
	let out = '';
	for (let i = 0; i < count; i++)
		out += rng.chance(0.5)
			? String.fromCodePoint(rng.int(0x100000, 0x1003ff))
			: String.fromCharCode(rng.int(0xe000, 0xf8ff));
	return out;
}

/** Adds what extraction adds: junk glyphs and spaces between Han characters and numbers. */
function extractionNoise(lines: string[], state: State): string[] {
	const { rng, habits } = state;
	return lines.map((line) => {
		let out = line;
		if (habits.hanDigitSpace > 0)
			out = out.replace(/(\p{Script=Han})(?=\d)|(\d)(?=\p{Script=Han})/gu, (m) => {
				if (!rng.chance(habits.hanDigitSpace)) return m;
				state.traits.add('han-digit-spaces');
				return m + ' ';
			});
		if (out && rng.chance(habits.junk)) {
			const at = rng.chance(0.6) ? out.length : rng.int(0, out.length);
			out = out.slice(0, at) + junk(rng) + out.slice(at);
			state.traits.add('junk-glyphs');
		}
		return out;
	});
}

/** Renders a page as a plain-text dump with its own habits. */
export function renderText(page: ComposedPage, rng: Rng): TextDump {
	const habits = drawTextHabits(rng);
	const state: State = { rng, habits, traits: new Set(), inColumn: rng.int(0, habits.columnLines) };
	const chunks = units(page.items, state).map((unit) => unitLines(unit.items, state, unit.stacked));
	if (habits.order === 'bottom-up') chunks.reverse();
	state.traits.add(habits.order);
	if (habits.blankParagraphs !== 'always') state.traits.add(`${habits.blankParagraphs}-blank-lines`);
	if (habits.indent) state.traits.add('indent');
	const { banner } = page.gold;
	if (banner) chunks.splice(rng.int(0, Math.min(2, chunks.length)), 0, [banner + (rng.chance(0.5) ? junk(rng) : '')]);
	const f = page.furniture;
	const top = [f.header, f.dateLine, ...(rng.chance(0.5) ? [f.paper] : [])];
	const bottom = [f.editor, ...(rng.chance(0.5) ? [f.pageNumber] : [])];
	if (habits.furniture === 'top' || habits.furniture === 'both') chunks.unshift(top);
	if (habits.furniture === 'bottom') chunks.push([...top.slice(0, 1), ...bottom]);
	// Extraction sometimes drops the foot of the page between two columns.
	if (habits.furniture === 'both')
		chunks.splice(rng.chance(0.3) ? rng.int(1, chunks.length) : chunks.length, 0, bottom);
	if (habits.furniture !== 'none') state.traits.add('furniture');
	const lines = chunks.flatMap((chunk) => [...chunk, '']);
	const text = extractionNoise(lines, state)
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.replace(/^\n+/, '');
	return { text: text.endsWith('\n') ? text : text + '\n', traits: [...state.traits] };
}
