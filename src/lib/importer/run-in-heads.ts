import { detectByline } from './detect-byline.ts';
import { detectDateline } from './detect-dateline.ts';
import { detectFurniture } from './detect-furniture.ts';
import { displayWidth } from './display-width.ts';
import type { Line } from './lines.ts';
import { endsSentence } from './punctuation.ts';

/**
 * A brief's run-in headline, set on the first line of its text before an ideographic space
 * (`校园周边的安全守护　近日，昆都仑区…`), stands apart: the line becomes the headline, a blank
 * line, and the text, which opens a paragraph and keeps the line's printed width (it filled its
 * column). The head reads as a headline: four to 24 characters holding no stop or pause, no
 * dateline (`本报北京1月1日电　（记者 X）`), byline or page furniture (`2021年8月16日　星期一`),
 * first in its block or right after a line that ends a sentence. Lines keep their numbers.
 */
export function splitRunInHeads(lines: Line[]): Line[] {
	return lines.flatMap((line, i) => {
		if (line.runIn === undefined) return [line];
		const head = line.text.slice(0, line.runIn);
		const rest = line.text.slice(line.runIn).trimStart();
		const before = lines[i - 1];
		if (
			[...head].length < 4 ||
			[...head].length > 24 ||
			rest === '' ||
			/[。，,、；;：:！？!?]/.test(head) ||
			(before !== undefined && before.text !== '' && !endsSentence(before.text)) ||
			detectDateline(line.text) !== undefined ||
			detectByline(head) !== undefined ||
			detectFurniture(line.text, true) !== undefined ||
			detectFurniture(head, true) !== undefined
		)
			return [line];
		return [
			{ number: line.number, text: head, width: displayWidth(head) },
			{ number: line.number, text: '', width: 0 },
			{ number: line.number, text: rest, width: line.width, indented: true },
		];
	});
}
