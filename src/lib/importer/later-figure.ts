import type { Draft } from './assemble-items.ts';
import type { GapElement } from './group-headings.ts';

// A figure mark after the first (图②, 图3): a later photo of a group, under the group's one title.
const LATER_FIGURE = /^图(?:[②-⑩]|[2-9](?!\d)|[1-9]\d)/u;

// A figure mark and its number (图①, 图3).
const FIGURE = /^图(?:([①-⑩])|([1-9]\d?)(?!\d))/u;

/**
 * A body that takes no headline of its own: the caption of a later photo of a group (图②…), whose
 * title the first photo carries.
 * @example needsNoHeadline({ paragraphs: [{ text: '图②：…' }] }) // true
 */
export function needsNoHeadline(body: Pick<Draft, 'paragraphs'>): boolean {
	return body.paragraphs.length === 1 && LATER_FIGURE.test(body.paragraphs[0].text);
}

/** The number of a one-paragraph caption's figure mark (图① → 1, 图3 → 3), or undefined. */
function figureNumber(body: Pick<Draft, 'paragraphs'>): number | undefined {
	if (body.paragraphs.length !== 1) return undefined;
	const match = FIGURE.exec(body.paragraphs[0].text);
	if (!match) return undefined;
	return match[1] ? match[1].codePointAt(0)! - 0x2460 + 1 : Number(match[2]);
}

/**
 * Which bodies are captions of a run numbered in sequence (图①, 图②, 图③…, one body after another,
 * the page's only numbered captions), each with a credit of its own, with a heading between every
 * two of them and as many headings around the run as photos (`elements[j]`: the gap before body
 * `j`): there each photo carries a title of its own, where a group's later
 * photos follow one another with only their credits between, under the first's title.
 * @example titledApart(bodies, [0, 1, 1]) // [true, true, true] for 图① 田间新绿 图② 社区新貌 图③
 */
export function titledApart(bodies: Pick<Draft, 'paragraphs'>[], elements: GapElement[][]): boolean[] {
	const apart = bodies.map(() => false);
	const headings = elements.map((gap) => gap.filter((e) => e.type === 'heading').length);
	// A caption with a credit of its own: the credit closes it (opens the gap after) or stands right above it.
	const credited = (j: number) => elements[j + 1]?.[0]?.type === 'credit' || elements[j]?.at(-1)?.type === 'credit';
	let start = 0;
	while (start < bodies.length) {
		const first = figureNumber(bodies[start]);
		let end = start;
		if (first !== undefined)
			while (end + 1 < bodies.length && figureNumber(bodies[end + 1]) === first + end + 1 - start) end++;
		// The whole sequence (from 图①, no later figure elsewhere on the page), with a heading between
		// every two captions and as many headings around them as photos.
		const whole =
			first === 1 && bodies.every((body, j) => (j >= start && j <= end) || figureNumber(body) === undefined);
		let own = true;
		for (let j = start; j <= end; j++) if (!credited(j)) own = false;
		const around = headings.slice(start, end + 2).reduce((sum, n) => sum + n, 0);
		if (
			end > start &&
			whole &&
			own &&
			around >= end - start + 1 &&
			headings.slice(start + 1, end + 1).every((n) => n > 0)
		)
			for (let j = start; j <= end; j++) apart[j] = true;
		start = end + 1;
	}
	return apart;
}

/**
 * Which bodies take no headline of their own: the later photos of a group (`needsNoHeadline`), but
 * not those of a run whose photos are titled apart (`titledApart`).
 * @example untitledBodies(bodies, [0, 1, 1]) // [false, false, false] for 图① 田间新绿 图② 社区新貌 图③
 */
export function untitledBodies(bodies: Pick<Draft, 'paragraphs'>[], elements: GapElement[][]): boolean[] {
	const apart = titledApart(bodies, elements);
	return bodies.map((body, j) => !apart[j] && needsNoHeadline(body));
}
