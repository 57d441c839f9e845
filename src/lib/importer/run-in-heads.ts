import { detectByline } from './detect-byline.ts';
import { detectCredit } from './detect-credit.ts';
import { detectDateline } from './detect-dateline.ts';
import { detectFurniture } from './detect-furniture.ts';
import { ROLE } from './detect-names.ts';
import { displayWidth } from './display-width.ts';
import type { Line } from './lines.ts';
import { endsSentence } from './punctuation.ts';

/**
 * A brief's run-in headline, set on the first line of its text before an ideographic space
 * (`校园周边的安全守护　近日，昆都仑区…`), stands apart: the line becomes the headline, a blank
 * line, and the text, which opens a paragraph and keeps the line's printed width (it filled its
 * column). The head reads as a headline: four to 24 characters holding no stop or pause, no
 * dateline (`本报北京1月1日电　（记者 X）`), byline, photo credit or role before names (`本报记者　王　芳`,
 * `新华社记者　王芳摄`: a role is never a headline) or page furniture (`2021年8月16日　星期一`),
 * first in its block or right after a line that ends a sentence, with no bracket it leaves open. Lines keep their numbers.
 */
export function splitRunInHeads(lines: Line[]): Line[] {
	return lines.flatMap((line, i) => {
		const before = lines[i - 1];
		const at = line.runIn ?? spacedRunIn(line, before, lines[i - 2]);
		if (at === undefined) return [line];
		const head = line.text.slice(0, at);
		const rest = line.text.slice(at).trimStart();
		if (
			[...head].length < 4 ||
			[...head].length > 24 ||
			rest === '' ||
			/[。，,、；;：:！？!?]/.test(head) ||
			unclosedBracket(head) ||
			(line.runIn !== undefined && before !== undefined && before.text !== '' && !endsSentence(before.text)) ||
			detectDateline(line.text) !== undefined ||
			detectByline(head) !== undefined ||
			detectByline(line.text) !== undefined ||
			readsAsRole(head) ||
			detectCredit(line.text) !== undefined ||
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

// A news agency's or the paper's dateline opening a brief's text: `据新华社柏林9月27日电`, `本报驻东京记者 X`.
const AGENCY = /^(?:据)?(?:本报|新华社|中新社|人民日报)/u;

/**
 * Where a run-in headline ends in a line whose ideographic space pdftotext printed as a plain one
 * (`柏林举行国际能源论坛 新华社柏林9月27日电…`): Han characters (and quotes) up to the line's first
 * space, with the brief's dateline or correspondent right after it, on a line first in its block,
 * after one that ends a sentence, or under a column label (`国际视点`, set tight over its briefs);
 * under a label (tight, or one blank line above) any text with a clause in it may follow.
 */
function spacedRunIn(line: Line, before: Line | undefined, above: Line | undefined): number | undefined {
	const match = /^([\p{Script=Han}“”‘’]+) (?=\S)/u.exec(line.text);
	if (!match) return undefined;
	const rest = line.text.slice(match[0].length);
	// Under a column label (`国际视点`, `财经速递`) any text may follow the head; elsewhere a
	// space between Han text may as well join two columns' lines, so a dateline must follow.
	const isLabel = (l: Line | undefined) => l !== undefined && /^\p{Script=Han}{2,6}$/u.test(l.text);
	const label = isLabel(before) || (before?.text === '' && isLabel(above));
	if (!AGENCY.test(rest) && !(label && /[，。]/u.test(rest))) return undefined;
	if (before !== undefined && before.text !== '' && !endsSentence(before.text) && !isLabel(before)) return undefined;
	return match[1].length;
}

/** Whether a run-in head is a reporter's role alone (`新华社记者`), which opens a byline or a credit. */
function readsAsRole(head: string): boolean {
	return ROLE.exec(head)?.[0] === head;
}

/** Whether a bracket opened in a run-in head closes after it (`（本报记者　王芳采访整理）`): a headline's would close. */
function unclosedBracket(head: string): boolean {
	return (head.match(/[（(]/gu)?.length ?? 0) > (head.match(/[）)]/gu)?.length ?? 0);
}
