import { PLACEHOLDER_HEADLINE, type ItemKind, type ParsedItem } from '../importer/assemble-items.ts';
import {
	detectByline,
	readClosingSignature,
	readerSignature,
	readOpeningBracketAuthors,
	readTrailingNoteAuthors,
} from '../importer/detect-byline.ts';
import { splitTrailingCredit } from '../importer/detect-credit.ts';
import { detectDateline } from '../importer/detect-dateline.ts';
import { readNames, readsAsSignature, signatureNames } from '../importer/detect-names.ts';
import { detectFurniture } from '../importer/detect-furniture.ts';
import { detectLabel } from '../importer/detect-label.ts';
import { BOX_TITLE } from '../importer/detect-head-box.ts';
import type { ParsedPage } from '../importer/parse-page.ts';
import type { Warning } from '../importer/warnings.ts';
import {
	blockRole,
	blockText,
	bodySize,
	bylineText,
	headlike,
	isCredit,
	isVertical,
	JUMP_LINE,
	readCredit,
	type BlockRole,
} from './block-role.ts';
import { toLayoutBlocks, unhungBox, type LayoutBlock } from './layout-blocks.ts';
import type { LayoutLine } from './layout-lines.ts';
import { toLayoutLines } from './layout-lines.ts';
import { bottom, right, union, type Box, type PdfPageContent } from './page-types.ts';
import { headSpans } from './head-span.ts';
import { readingOrder } from './reading-order.ts';
import { verticalHeadsFirst } from './vertical-head-order.ts';
import { mergeRegions } from './regions.ts';
import { contentsLists, isContentsTitle } from './contents-list.ts';

/** A parsed page read from a PDF's layout: each item with its regions and the reasons to review it. */
export interface LayoutPage extends ParsedPage {
	/** Per item (same order as `items`): its rectangles on the page, in PDF points from the top-left. */
	regions: Box[][];
	/** Per item: why an editor should look at it (empty when the layout answered everything). */
	review: string[][];
	/** The page's text in reading order, one block after another between blank lines; `firstLine`/`lastLine` count in it. */
	text: string;
}

interface Placed {
	block: LayoutBlock;
	role: BlockRole;
	text: string;
	/** Line numbers of the block's first and last line in `text`. */
	first: number;
	last: number;
}

interface Draft {
	kicker?: Placed;
	head: Placed[];
	subheadline?: Placed;
	byline?: Placed;
	section?: string;
	caption: boolean;
	credit?: Placed;
	paragraphs: string[];
	intertitles: number[];
	blocks: Placed[];
	review: string[];
	/** The byline is a bare name read by its place (right under the headline), whatever its surname. */
	named?: boolean;
	/** The paragraph set flush right at the foot of the text, if any: a signature. */
	signature?: number;
	/** The last line of the body so far, to tell a paragraph running on from a new one. */
	lastLine?: { line: LayoutLine; block: LayoutBlock };
	/** Per paragraph, where its first lines were joined (character offsets): a word may end at a line's end. */
	breaks?: Map<number, number[]>;
}

/**
 * Splits a PDF page into items from its layout: lines, blocks, the reading order, then each
 * block's role by its type size (headline, kicker, subheadline, body, small type). A label opens
 * the next item; a kicker or headline opens an item unless the item open has only its head so
 * far; a deck after a headline is its subheadline; small type under a headline or alone is a
 * photo's caption; a credit closes it. Paragraphs start at an indented line. Items without a
 * headline get the placeholder and a review reason. Pure.
 */
export function layoutSplit(given: PdfPageContent): LayoutPage {
	const content = blankFillsAsPictures(given);
	// Rules and pictures take part in the reading order (a rule across the page bars a cut down
	// through it, a column rule a cut across it, a picture keeps its caption with its headline)
	// and are dropped after.
	const rules = new Set<Box>([...content.rules, ...content.pictures]);
	const found = toLayoutBlocks(toLayoutLines(content.runs, content.pictures))
		.flatMap(splitLeadingByline)
		.flatMap(splitLeadingName)
		.flatMap(splitTrailingByline)
		.flatMap(splitLeadingCredit)
		.flatMap(splitLabelOverBullet);
	// Captions stand by pictures: the body size is read from the rest.
	// A photo may carry its caption set over its foot; a tinted box behind a sidebar is filled with text.
	const photoLike = content.pictures.filter((picture) => textCover(picture, found) < 1 / 3);
	// Or set beside it past its credit, the credit standing between them up the picture's edge (`通讯员某某摄`,
	// set vertically): the caption beside the credit, along the picture.
	const sideCredits = found.filter((q) => (q.lines.length <= 2 || isVertical(q)) && isCredit(blockText(q)));
	const pastCredit = (b: LayoutBlock) =>
		content.pictures.some((picture) => sideCredits.some((q) => q !== b && creditBetween(q, b, picture)));
	const byPicture = (b: LayoutBlock) =>
		content.pictures.some((picture) => besides(b, picture)) ||
		photoLike.some((photo) => inside(b, photo)) ||
		pastCredit(b);
	// On a page of pictures, where no text of several lines stands away from them, the captions set it.
	const away = found.filter((b) => !byPicture(b));
	// Or, where every text stands by a picture, the text that reads as no caption (one numbered `图①：`, or signed by a credit).
	const uncaptioned = found.filter(
		(b) => !(byPicture(b) && (PHOTO_NUMBER.test(b.lines[0].text) || b.lines.some((l) => isCredit(l.text)))),
	);
	const several = (blocks: LayoutBlock[]) => blocks.some((b) => b.lines.length >= 2);
	const body = bodySize(several(away) ? away : several(uncaptioned) ? uncaptioned : found);
	// Headings are read as wide as the columns they head.
	const spans = headSpans(found, content.pictures, body);
	// Text is read as wide as its column, a closing mark hung into the gutter left out.
	for (const b of found)
		if (!spans.has(b)) {
			const box = unhungBox(b);
			if (box) spans.set(b, box);
		}
	const proxies = new Map<Box, LayoutBlock>([...spans].map(([block, span]) => [span, block]));
	const blocks = bylineUnderSideHead(
		bylineUnderItsHead(
			textBeforeItsHeadline(
				verticalHeadsFirst(
					runInTextOnItsLine(
						readingOrder<Box>(
							[...found.map((b) => spans.get(b) ?? b), ...rules],
							(b) => rules.has(b),
							(a, b) => headsText(proxies.get(a) ?? a, proxies.get(b) ?? b, body),
						)
							.filter((b) => !rules.has(b))
							.map((b) => proxies.get(b) ?? (b as LayoutBlock)),
					),
					body,
				),
				body,
				content.rules,
			),
			body,
		),
		body,
	);
	const placed: Placed[] = [];
	let lineNumber = 1;
	for (const block of blocks) {
		const role = blockRole(block, body);
		placed.push({
			block,
			role,
			text: (role === 'byline' && bylineText(block)) || blockText(block),
			first: lineNumber,
			last: lineNumber + block.lines.length - 1,
		});
		lineNumber += block.lines.length + 1;
	}
	const markedNames = markedSignatures(placed);
	wrappedCredits(placed, body);
	// On a page of photos whose captions are set in the body's type, a photo's credit is too (`新华社记者 某某 摄`):
	// a line or two reading as a credit, by a picture or right under text that is.
	// `lower` set right under `upper` (within a line and a half of `size`) and across it.
	const tightUnder = (upper: LayoutBlock, lower: LayoutBlock, size: number) =>
		lower.y - bottom(upper) > -1 &&
		lower.y - bottom(upper) < size * 1.5 &&
		Math.min(right(upper), right(lower)) - Math.max(upper.x, lower.x) > 0;
	const underCaption = (b: LayoutBlock) => found.some((q) => q !== b && tightUnder(q, b, b.size) && byPicture(q));
	// Or set flush right with a picture's right edge, a few lines under it (past its caption and title).
	const underPictureRight = (b: LayoutBlock) =>
		content.pictures.some(
			(picture) =>
				Math.abs(right(b) - right(picture)) < b.size / 2 && b.y > bottom(picture) && b.y - bottom(picture) < b.size * 6,
		);
	// Or set right over text by a picture (within a line and a half, across it): the photo's credit over its caption.
	const overCaption = (b: LayoutBlock) => found.some((q) => q !== b && tightUnder(b, q, b.size) && byPicture(q));
	for (const p of placed)
		if (
			p.role === 'body' &&
			p.block.lines.length <= 2 &&
			isCredit(p.text) &&
			(byPicture(p.block) || underCaption(p.block) || underPictureRight(p.block) || overCaption(p.block))
		)
			p.role = 'credit';
	// Small type is a caption beside a picture; away from every picture (or on a page without
	// any) it is text set smaller.
	// A caption may stand under the photo's title or credit, a line or two right under the picture: it is by the picture too.
	const underTitle = (b: LayoutBlock) =>
		found.some(
			(q) =>
				q !== b &&
				q.lines.length <= 2 &&
				content.pictures.some((picture) => besides(q, picture) && q.y >= bottom(picture) - 1) &&
				b.y - bottom(q) > -1 &&
				b.y - bottom(q) < b.size * 1.5 &&
				Math.min(right(q), right(b)) - Math.max(q.x, b.x) > 0,
		);
	// Set over a photo that its text covers much of (inside the picture), with a credit right under it: a caption too.
	const credited = (i: number) =>
		placed[i + 1]?.role === 'credit' &&
		placed[i + 1].block.y >= bottom(placed[i].block) - placed[i].block.size * 1.5 &&
		content.pictures.some((picture) => inside(placed[i].block, picture));
	placed.forEach((p, i) => {
		if (p.role === 'caption' && !byPicture(p.block) && !underTitle(p.block) && !credited(i)) p.role = 'body';
	});
	for (const p of placed) if (inHeaderBand(p.block, content)) p.role = 'furniture';
	// A photo's number printed on its corner (`①`, one to a picture, its caption `图①：…` elsewhere): not text.
	for (const p of placed) if (photoMarker(p.block, content.pictures)) p.role = 'furniture';
	// A chart's labels and figures, printed on its picture (`宝鸡`, `46.5`, `单位：万件`): not text.
	const charted = chartLabels(placed, content.pictures);
	for (const p of charted) p.role = 'furniture';
	// Its title, a bold line right over it (within two lines, within its width): the chart's headline.
	for (const chart of content.pictures.filter((picture) => charted.some((p) => inside(p.block, picture))))
		for (const p of placed)
			if (
				['head', 'deck', 'intertitle'].includes(p.role) &&
				p.block.bold &&
				p.block.lines.length <= 2 &&
				chart.y - bottom(p.block) > -1 &&
				chart.y - bottom(p.block) < p.block.size * 2 &&
				p.block.x > chart.x - p.block.size &&
				right(p.block) < right(chart) + p.block.size
			)
				p.role = 'head';
	// On a page of pictures the captions are the most text there is, and so read as body type:
	// text by a picture that a credit follows is a caption all the same.
	// Where the caption's lines stand apart as blocks, each under the last (`图①：…` / `图②：…`, one
	// credit for the group), the block before the credit runs on from them: they are one caption.
	const runsOnFrom = (a: Placed | undefined, b: LayoutBlock) =>
		a !== undefined &&
		a.role === 'body' &&
		Math.abs(a.block.x - b.x) < b.size / 2 &&
		Math.abs(a.block.size - b.size) < 0.25 &&
		b.y - bottom(a.block) > -1 &&
		b.y - bottom(a.block) < b.size &&
		byPicture(a.block);
	placed.forEach((p, i) => {
		if (
			p.role === 'body' &&
			placed[i + 1]?.role === 'credit' &&
			// The credit under it, or on its last line (not beside a column of text, under the picture next to it).
			placed[i + 1].block.y >= bottom(p.block) - p.block.size * 1.5 &&
			byPicture(p.block) &&
			!runsOnFrom(placed[i - 1], p.block)
		)
			p.role = 'caption';
	});
	// Text by a picture whose last line ends in a photo's credit (`…在景区游览。 夏晨 摄（人民视觉）`), a line or
	// two: a caption with its credit run on, though it reads as body type (not one of a numbered group, `图②：`).
	// (Numbered too, where it stands alone right under its own picture, no numbered line stacked on it: no group's.)
	const ownCaption = (p: Placed) =>
		photoLike.some((photo) => captionUnder(p.block, photo, body)) &&
		!placed.some(
			(q) =>
				q !== p &&
				PHOTO_NUMBER.test(q.text) &&
				Math.abs(q.block.x - p.block.x) < p.block.size / 2 &&
				Math.min(Math.abs(q.block.y - bottom(p.block)), Math.abs(p.block.y - bottom(q.block))) < p.block.size * 2,
		);
	for (const p of placed)
		if (
			p.role === 'body' &&
			p.block.lines.length <= 2 &&
			byPicture(p.block) &&
			(!PHOTO_NUMBER.test(p.text) || ownCaption(p))
		) {
			const split = splitTrailingCredit(p.text);
			if (split && split.caption.trim() !== '' && /[。！？”]$/u.test(split.caption.trim())) p.role = 'caption';
		}
	const notices = noticeBlocks(placed, content);
	for (const p of notices) p.role = 'furniture';
	// The paper's contents (导读: entries with their page numbers) and the title over them.
	const contents = new Set<Placed>();
	for (const list of contentsLists(placed.map((p) => p.block))) {
		for (const p of placed)
			if (list.includes(p.block) || isContentsTitle(p.block, list[0])) {
				p.role = 'furniture';
				contents.add(p);
			}
	}
	// A short line set in reverse type (or on a tint: a tag, a filled rectangle hugging it) is the column's label,
	// whatever its size and weight and wherever it stands: a kicker or a headline is set on the page's ground.
	const tags = new Set(
		placed.filter(
			(p) => p.role !== 'furniture' && onTag(p, [...(content.fills ?? []), ...(content.frames ?? [])], content.rules),
		),
	);
	for (const p of tags) p.role = 'label';
	// A frame's top edge (a box drawn behind a story) parts a heading over it from one inside it, as a rule does.
	rolesByPlace(placed, body, [...content.rules, ...content.pictures.map((f) => ({ ...f, height: 1 }))]);
	// On a page of pictures (the body's type read from the captions), a story's lead set a little larger reads as a
	// deck by its type: a sentence of sixteen characters or more, a comma in it and a full stop closing it, is text.
	if (!several(away))
		for (const p of placed)
			if (p.role === 'deck' && [...p.text].length >= 16 && /[，,].*[。！？][”’]?$/u.test(p.text)) p.role = 'body';
	// Of decks stacked one right under another (within a line and a half, across each other), a bold one larger
	// than those beside it in the stack is its headline: the lighter lines over and under it its kicker and subheadline.
	const stackedDeck = (a: Placed | undefined, b: Placed | undefined) =>
		a !== undefined &&
		b !== undefined &&
		a.role === 'deck' &&
		b.role === 'deck' &&
		b.block.y - bottom(a.block) > -1 &&
		b.block.y - bottom(a.block) < b.block.size * 1.5 &&
		Math.min(right(a.block), right(b.block)) - Math.max(a.block.x, b.block.x) > 0;
	placed.forEach((p, i) => {
		if (p.role !== 'deck' || !p.block.bold) return;
		const over = stackedDeck(placed[i - 1], p) ? placed[i - 1] : undefined;
		const under = stackedDeck(p, placed[i + 1]) ? placed[i + 1] : undefined;
		if ((over || under) && [over, under].every((q) => !q || (!q.block.bold && q.block.size < p.block.size - 0.5)))
			p.role = 'head';
		// Or the one bold line between two light ones no larger, the one over it closing on a dash (its kicker).
		else if (
			over &&
			under &&
			DASH_CLOSING.test(over.text) &&
			[over, under].every((q) => !q.block.bold && q.block.size <= p.block.size + 0.25)
		)
			p.role = 'head';
	});
	for (const p of tags) p.role = 'label';
	photoTitles(placed);
	// Titles of pictures set side by side, read one after another before what stands by either picture:
	// each title is read with its own picture's labels, caption and credit.
	titlesByPicture(placed, content.pictures);
	// A photo's title right over its caption, read apart from it: the caption (and its credit) is read right after it.
	captionsUnderTitles(placed, content.pictures, body);
	// A photo's credit printed on its picture's edge, its caption under the picture: the caption, then its credit.
	edgeCredits(placed, photoLike, body);
	// A credit set up a picture's edge, its caption beside it further out: the caption, then its credit.
	creditsBesideCaptions(placed, content.pictures);
	let line = 1;
	for (const p of placed) {
		[p.first, p.last] = [line, line + p.block.lines.length - 1];
		line += p.block.lines.length + 1;
	}
	if (process.env.LAYDBG)
		for (const p of placed)
			console.error(
				`${p.role.padEnd(10)} x${p.block.x.toFixed(0)} y${p.block.y.toFixed(0)} w${p.block.width.toFixed(0)} h${p.block.height.toFixed(0)} s${p.block.size.toFixed(1)} ${p.block.lines.length}L ${p.text.slice(0, 24).replace(/\n/g, '/')}…${p.text.slice(-12).replace(/\n/g, '/')}`,
			);
	const text = placed.map((p) => p.block.lines.map((l) => l.text).join('\n')).join('\n\n');
	const drafts: Draft[] = [];
	const furniture: ParsedPage['furniture'] = [];
	const warnings: Warning[] = [];
	const header: ParsedPage['header'] = {};
	let banner: ParsedPage['banner'];
	let label: string | undefined;
	// Where the pending label stands.
	let labelBlock: LayoutBlock | undefined;
	let current: Draft | undefined;
	const open = (): Draft => {
		current = { head: [], caption: false, paragraphs: [], intertitles: [], blocks: [], review: [], section: label };
		label = undefined;
		drafts.push(current);
		return current;
	};
	const bare = (d: Draft | undefined) => d !== undefined && d.paragraphs.length === 0 && !d.byline;
	// Text read right after a column's label, standing under it (its top under the label's foot, across it), where the
	// story read before stands wholly over the label: the labelled story's text (its head read after it), not that story's.
	const labelledText = (p: Placed) =>
		label !== undefined &&
		labelBlock !== undefined &&
		p.role === 'body' &&
		current !== undefined &&
		p.block.y >= bottom(labelBlock) - 1 &&
		Math.min(right(p.block), right(labelBlock)) - Math.max(p.block.x, labelBlock.x) > 0 &&
		current.blocks.every((b) => bottom(b.block) <= labelBlock!.y + 1);
	for (let i = 0; i < placed.length; i++) {
		let p = placed[i];
		if (
			label !== undefined &&
			p.role !== 'label' &&
			p.role !== 'furniture' &&
			current &&
			bare(current) &&
			!current.section &&
			current.head.length === 0
		) {
			current.section = label;
			label = undefined;
		}
		const next = placed.slice(i + 1).find((q) => q.role !== 'furniture');
		if (p.role === 'furniture') {
			const found: { kind: string; pageName?: string; pageNumber?: number } = detectFurniture(p.text, true) ?? {
				kind: JUMP_LINE.test(p.text) ? 'jump' : notices.has(p) ? 'notice' : contents.has(p) ? 'contents' : 'masthead',
			};
			if (found.kind === 'page-header')
				Object.assign(header, { pageName: found.pageName, pageNumber: found.pageNumber });
			furniture.push({ kind: found.kind, line: p.first, text: p.text });
			continue;
		}
		// A writer's sign-off on a line of its own, in the text's type or smaller, set flush right under the foot of
		// the story's text (`——龙晓志`, `贺强`, `青海省宝鸡市读者武慧杰`): it signs that story, however its type read
		// (a caption's, a label's, or text's in smaller type).
		if (
			(p.role === 'caption' || p.role === 'label' || (p.role === 'body' && p.block.size < body - 0.25)) &&
			p.block.lines.length === 1 &&
			p.block.size <= body * 1.02 &&
			current &&
			!current.byline &&
			!current.caption &&
			current.paragraphs.length > 0 &&
			readSignOff(p.text) !== undefined &&
			signsOffFoot(current, p.block)
		) {
			current.byline = p;
			current.blocks.push(p);
			continue;
		}
		// A bare name on a line of its own under a headline, over the text or a box title (`核心阅读`): the
		// signature of an essay (`袁亚英`), also in smaller type, where a name of two characters reads as a label.
		// Standing right under the headline, it signs the story also where the story's text begins in a
		// column beside it (an editor's note read first).
		// So does one set in its own weight or a little larger (read as an intertitle or a deck) right under the
		// headline, before any text: a 小标题 or a deck is no bare name.
		const ownType =
			(p.role === 'intertitle' || p.role === 'deck') &&
			current !== undefined &&
			current.head.length > 0 &&
			current.paragraphs.length === 0 &&
			!current.subheadline &&
			(underHeadline(current.head.at(-1)!.block, p.block) ||
				underCentredHead(current.head.at(-1)!.block, p.block, next?.block)) &&
			bareName(p.text) !== undefined;
		// Or a reporters' line in the text's bold type (`杜桂伟　周宇娜　报道`) flush left over the text, right
		// under a headline (or its deck) set right of it, centred over the story's columns.
		const reported =
			p.role === 'intertitle' &&
			current !== undefined &&
			current.head.length > 0 &&
			current.paragraphs.length === 0 &&
			bylineLeftUnder(current.head.at(-1)!.block, current.subheadline?.block, p.block, next?.block) &&
			bareName(p.text) !== undefined;
		if (
			(p.role === 'body' || p.role === 'label' || ownType || reported) &&
			current &&
			current.head.length > 0 &&
			(current.paragraphs.length === 0 || underHeadline(current.head.at(-1)!.block, p.block)) &&
			!current.byline &&
			!current.caption &&
			p.block.lines.length === 1 &&
			(bareName(p.text) !== undefined || nameByPlace(p.block, current.head.at(-1)!.block, body)) &&
			(next?.role === 'body' || next?.role === 'intertitle')
		) {
			current.named = true;
			current.byline = p;
			current.blocks.push(p);
			continue;
		}
		// A short bold line in the body's type right over a headline (within a line and a half, across it),
		// no sentence marks: the column's name over it (`记者手记`), not a 小标题 of the story read before.
		if (
			p.role === 'intertitle' &&
			next?.role === 'head' &&
			label === undefined &&
			p.block.lines.length === 1 &&
			[...p.text].length <= 6 &&
			!/[，。：、—？！]/u.test(p.text) &&
			under(p.block, next.block) &&
			next.block.y - bottom(p.block) < p.block.size * 1.5
		) {
			label = p.text;
			labelBlock = p.block;
			continue;
		}
		// A short bold line (six characters, no punctuation) read right before a label or a headline heads no
		// text of its own: no 小标题 of the story read before, but a column's name (`望海楼` beside `一家之言`).
		if (
			p.role === 'intertitle' &&
			(next?.role === 'label' || next?.role === 'head') &&
			p.block.lines.length === 1 &&
			[...p.text].length <= 6 &&
			!/[\p{P}\s]/u.test(p.text) &&
			!BOX_TITLE.test(p.text)
		) {
			if (label !== undefined)
				warnings.push({
					code: 'unplaced',
					line: p.first,
					message: 'a column label with no item after it; kept in this warning',
					text: label,
				});
			label = p.text;
			labelBlock = p.block;
			continue;
		}
		if (p.role === 'label') {
			if (label !== undefined)
				warnings.push({
					code: 'unplaced',
					line: p.first,
					message: 'a column label with no item after it; kept in this warning',
					text: label,
				});
			label = detectLabel(p.text, true) ?? p.text.replace(/^[■◆▍▌▎▋█【\s]+|[】\s]+$/gu, '');
			labelBlock = p.block;
			continue;
		}
		if (
			p.role === 'head' &&
			!banner &&
			drafts.length === 0 &&
			!label &&
			next?.role === 'head' &&
			((next.block.size <= p.block.size && p.block.size > body * 2) ||
				// Or a bold title in headline type right over a larger headline: the page's theme (not read as its kicker).
				(p.block.bold && p.block.size >= body * 2.5 && stacked(p.block, next.block, body)))
		) {
			banner = { text: p.text, line: p.first };
			continue;
		}
		if (p.role === 'deck') {
			// A short line a little larger than the body, right over a photo's caption by its picture
			// (`田间管理` between a photo and its caption): the photo's title.
			// The photo's credit may be read between them (printed on the photo's foot), and a caption of a
			// line or two may read as text set smaller than the body.
			const after = placed.slice(i + 1).filter((q) => q.role !== 'furniture');
			const caption = (q: Placed | undefined) =>
				q !== undefined &&
				(q.role === 'caption' || (q.role === 'body' && q.block.size < body - 0.25 && q.block.lines.length <= 3));
			const titled = caption(after[0])
				? after[0]
				: after[0]?.role === 'credit' && caption(after[1])
					? after[1]
					: undefined;
			// Or a bold line right over the picture (within two of its lines, flush left with it, within its width), its
			// caption read next standing by that picture: the photo's title set over the photo, the caption under it.
			// (Not read right after a headline with no text yet: its deck, parted from it later if the photo's title.)
			const overPicture =
				titled !== undefined &&
				!(current && current.head.length > 0 && current.paragraphs.length === 0 && !current.caption) &&
				p.block.bold &&
				p.block.lines.length === 1 &&
				[...p.text].length <= 12 &&
				!/[，。；、！？,.;!?]/u.test(p.text) &&
				detectLabel(p.text) === undefined &&
				content.pictures.some(
					(picture) =>
						picture.y - bottom(p.block) > -1 &&
						picture.y - bottom(p.block) < p.block.size * 2 &&
						Math.abs(p.block.x - picture.x) < p.block.size &&
						right(p.block) < right(picture) &&
						besides(titled.block, picture),
				);
			if (titled && ((photoTitleOver(p.block, titled.block, body) && byPicture(p.block)) || overPicture)) {
				const d = bare(current) && current!.head.length === 0 && !current!.caption ? current! : open();
				d.head.push(p);
				d.blocks.push(p);
				continue;
			}
			// A short line right over another deck that is over text, in type as large or larger (`环球简讯` over
			// `农产品展销会举办`): the column's label over a brief's title.
			if (
				after[0]?.role === 'deck' &&
				(after[1]?.role === 'body' || after[1]?.role === 'byline') &&
				p.block.lines.length === 1 &&
				p.block.size >= after[0].block.size &&
				[...p.text].length <= 6 &&
				!/[，。：、—]/u.test(p.text) &&
				under(p.block, after[0].block) &&
				after[0].block.y - bottom(p.block) < body * 1.5
			) {
				label = p.text;
				labelBlock = p.block;
				continue;
			}
			// A deck under the headline is its subheadline, also where the byline stands between them; one closing on a
			// dash (`新春走基层——`, read after a vertical headline set left of it) leads into the headline: its kicker.
			if (
				current &&
				current.head.length > 0 &&
				current.paragraphs.length === 0 &&
				!current.kicker &&
				!DASH_OPENING.test(p.text) &&
				(DASH_CLOSING.test(p.text) ||
					// Or one read right before a deck opening with a dash (the subheadline): the kicker of a vertical headline.
					(isVertical(current.head[0].block) && next?.role === 'deck' && DASH_OPENING.test(next.text)) ||
					// Or set vertically right of a vertical headline: read right to left, it comes before it.
					(isVertical(current.head[0].block) &&
						isVertical(p.block) &&
						p.block.x >= right(current.head[0].block) - 1 &&
						p.block.y <= current.head[0].block.y + body)) &&
				next?.role !== 'head'
			)
				current.kicker = p;
			else if (
				current &&
				current.head.length > 0 &&
				current.paragraphs.length === 0 &&
				!current.subheadline &&
				!current.kicker &&
				p.block.lines.length === 2 &&
				DASH_CLOSING.test(p.block.lines[0].text) &&
				!DASH_OPENING.test(p.block.lines[0].text) &&
				next?.role !== 'head'
			) {
				// Two lines, the first closing on a dash (`推动高质量发展——` / `也谈农村客运`): the kicker over the subheadline.
				current.kicker = { ...p, text: p.block.lines[0].text, last: p.first };
				current.subheadline = { ...p, text: p.block.lines[1].text, first: p.first + 1 };
			} else if (
				current &&
				current.head.length > 0 &&
				current.paragraphs.length === 0 &&
				!current.subheadline &&
				next?.role !== 'head'
			)
				current.subheadline = p;
			else if (
				next?.role === 'head' &&
				isVertical(next.block) &&
				// (Set vertically too, far left of the headline, beside its story's byline: not a kicker beside it.)
				(!isVertical(p.block) || right(p.block) < next.block.x - body * 3) &&
				// (Not a line set across in light type an eighth larger than the body or more: the headline's kicker, as over
				// a headline set across.)
				!(!isVertical(p.block) && !p.block.bold && p.block.size >= body * 1.12) &&
				[...p.text].length <= 6 &&
				!/[，。：、—]/u.test(p.text)
			) {
				// A short line read before a vertical headline (moved before its story's text): the column's label.
				label = p.text.replace(/^[■◆▍▌▎▋█【\s]+|[】\s]+$/gu, '');
				labelBlock = p.block;
				continue;
			} else if (
				next?.role === 'head' &&
				[...p.text].length <= 6 &&
				!/[\p{P}\s]/u.test(p.text) &&
				((!p.block.bold && p.block.size > next.block.size + 0.25) || (isVertical(p.block) && !isVertical(next.block)))
			) {
				// A word or two over a headline in type larger than the headline's, or set vertically beside a headline set
				// across: the column's label (a kicker is smaller than its headline, and runs the headline's way).
				label = p.text;
				labelBlock = p.block;
				continue;
			} else if (next?.role === 'head') {
				// (Or one holding only a byline set right over this kicker: the story's, read before its head.)
				const bylineOver =
					current !== undefined &&
					current.byline !== undefined &&
					current.blocks.length === 1 &&
					current.paragraphs.length === 0 &&
					p.block.y - bottom(current.byline.block) > -1 &&
					p.block.y - bottom(current.byline.block) < body * 3 &&
					Math.min(right(p.block), right(current.byline.block)) - Math.max(p.block.x, current.byline.block.x) > 0;
				const d = (bare(current) && current!.head.length === 0) || bylineOver ? current! : open();
				// Two lines over a headline: a short one first is the column's label, else both are the kicker.
				if (d.kicker && !d.section && [...d.kicker.text].length <= 6 && !/[，。：、—]/u.test(d.kicker.text))
					d.section = d.kicker.text;
				else if (d.kicker) p = { ...p, text: d.kicker.text + p.text, first: d.kicker.first };
				d.kicker = p;
			} else if (
				current &&
				label === undefined &&
				!current.caption &&
				p.block.bold &&
				// Not in the type of the item's own headline: that is the next item's (a brief's title under the last brief).
				!(current.head.length > 0 && current.head.every((h) => sameType(h.block, p.block))) &&
				// Nor after a brief, its title run in on its text's first line: a brief has no 小标题, and this heads the next.
				!briefRunIn(current) &&
				next?.role === 'body' &&
				current.blocks.length > 0 &&
				(under(current.blocks.at(-1)!.block, p.block) || atColumnTop(current, p.block))
			) {
				// Bold and a little larger, inside a story's text (or heading the next of its columns): its 小标题.
				current.intertitles.push(current.paragraphs.length);
				current.paragraphs.push(p.text);
				current.lastLine = undefined;
			} else if (current?.caption && p.block.bold && next?.role === 'body' && resumed(drafts, current, next.block)) {
				// A bold 小标题 after a photo set into a story, over text in the column of the story's text above the photo: the story runs on.
				current = resumed(drafts, current, next.block)!;
				current.intertitles.push(current.paragraphs.length);
				current.paragraphs.push(p.text);
				current.lastLine = undefined;
			} else if (next && ['body', 'intertitle', 'byline'].includes(next.role)) {
				const d = bare(current) && current!.head.length === 0 && !current!.caption ? current! : open();
				d.head.push(p);
				d.review.push(
					`a line in larger type (${p.text}) above the text, with no headline beside it, was taken as its headline`,
				);
			} else {
				const d = bare(current) ? current! : open();
				d.paragraphs.push(p.text);
				d.review.push(`a line in larger type (${p.text}) that is neither above nor below a headline was taken as text`);
			}
			current!.blocks.push(p);
			continue;
		}
		// A title in type two and a half times the body or larger, first on a page of photos (two captions or
		// more), the photo read next standing clear under it (its caption or credit over two body lines off):
		// the page's theme, its banner, not that photo's title.
		if (
			p.role === 'head' &&
			!banner &&
			drafts.length === 0 &&
			!label &&
			p.block.size >= body * 2.5 &&
			(next?.role === 'caption' || next?.role === 'credit') &&
			next.block.y - bottom(p.block) > body * 2 &&
			placed.filter((q) => q.role === 'caption').length >= 2
		) {
			banner = { text: p.text, line: p.first };
			continue;
		}
		if (p.role === 'head') {
			// A vertical headline set right of its text (竖排标题) comes after it in reading order.
			if (
				current &&
				isVertical(p.block) &&
				current.head.length === 0 &&
				current.paragraphs.length > 0 &&
				!current.caption &&
				current.blocks.every((b) => right(b.block) <= p.block.x + p.block.size)
			) {
				current.head.push(p);
				current.blocks.push(p);
				continue;
			}
			// Right under an untitled photo set into a story, over text in the column of the story's text
			// above the photo: the photo's title, set under it; the story runs on after it.
			if (current && untitledPhoto(current) && current.credit && label === undefined) {
				const foot = union(current.blocks.map((b) => b.block));
				const gap = p.block.y - bottom(foot);
				const across = Math.min(right(p.block), right(foot)) - Math.max(p.block.x, foot.x) > 0;
				const text = placed.slice(i + 1).find((q) => q.role !== 'deck' && q.role !== 'intertitle');
				// Set centred, not flush left over the text under it as a story's headline is.
				const centred = text !== undefined && p.block.x > text.block.x + body * 2;
				if (
					across &&
					centred &&
					gap > -1 &&
					gap < body * 3 &&
					text?.role === 'body' &&
					resumed(drafts, current, text.block)
				) {
					current.head.push(p);
					current.blocks.push(p);
					continue;
				}
			}
			// A byline alone after a story's text, far from this headline (not right over it): it signs that story, and
			// is left to it (`文/雷春雪` atop the column beside the story's text, the next story's headline further down).
			const stray =
				current !== undefined &&
				current.byline !== undefined &&
				current.blocks.length === 1 &&
				!current.section &&
				(drafts.at(-2)?.paragraphs.length ?? 0) > 0 &&
				!drafts.at(-2)!.byline &&
				!drafts.at(-2)!.caption &&
				!(
					p.block.y - bottom(current.byline.block) > -1 &&
					p.block.y - bottom(current.byline.block) < body * 3 &&
					Math.min(right(p.block), right(current.byline.block)) - Math.max(p.block.x, current.byline.block.x) > 0
				);
			const d =
				current && current.paragraphs.length === 0 && current.head.length === 0 && !current.caption && !stray
					? current
					: open();
			d.head.push(p);
			d.blocks.push(p);
			continue;
		}
		// A name alone read after a photo, set right under an earlier story's text and past its left edge, nothing
		// of another item between (a poem's sign-off set flush right at its frame's edge, a photo beside it): it signs that story.
		if (current && (p.role === 'byline' || p.role === 'body')) {
			const signed = signedAcross(drafts, p, placed, content.pictures);
			if (signed && (current.caption || signed === current)) {
				signed.byline = p;
				signed.named = p.role === 'body';
				signed.blocks.push(p);
				continue;
			}
		}
		if (p.role === 'byline') {
			// Set flush right under the foot of a story's text, a byline signs it off (`□黎爽` under a commentary).
			if (
				current &&
				!current.byline &&
				current.paragraphs.length > 0 &&
				!current.caption &&
				(signsOff(current, p.block) || markedNames.has(p))
			) {
				current.byline = p;
				current.blocks.push(p);
				continue;
			}
			// Set right of a story's headline, in the band over its text's top (from the headline's top, or four
			// lines over the text), over text starting level with that top (a byline flush right over the story's
			// last column): it is that story's.
			if (current && !current.byline && !current.caption && current.head.length > 0 && next?.role === 'body') {
				const head = union(current.head.map((h) => h.block));
				const text = current.blocks.filter((b) => b.role === 'body').map((b) => b.block);
				const top = Math.min(...text.map((b) => b.y));
				if (
					text.length > 0 &&
					p.block.x > right(head) &&
					p.block.y >= Math.min(head.y, top - p.block.size * 4) - 1 &&
					bottom(p.block) <= top + 1 &&
					Math.abs(next.block.y - top) < p.block.size
				) {
					current.byline = p;
					current.blocks.push(p);
					continue;
				}
			}
			const d = current && !current.byline && current.paragraphs.length === 0 ? current : open();
			d.byline = p;
			d.blocks.push(p);
			continue;
		}
		if (p.role === 'caption') {
			// A heading read right after an untitled photo, in one frame with that photo's caption (a picture
			// holding them both) and this caption outside it: that photo's title.
			const before = drafts.at(-2);
			if (
				current &&
				before &&
				untitledPhoto(before) &&
				current.paragraphs.length === 0 &&
				current.head.length > 0 &&
				current.blocks.every((b) => b.role === 'head') &&
				!current.section
			) {
				const head = union(current.head.map((h) => h.block));
				// Both in one frame (a picture holding the photo's caption, its image and its title), this caption outside it.
				const frame = content.pictures.find(
					(f) =>
						inside(head, f) &&
						!inside(p.block, f) &&
						before.blocks.some((b) => b.role === 'caption' && inside(b.block, f)),
				);
				// Or right under the photo's caption or credit (within three body lines, across it), far from this caption.
				const photo = union(before.blocks.map((b) => b.block));
				const acrossOf = (a: Box, b: Box) => Math.min(right(a), right(b)) - Math.max(a.x, b.x) > 0;
				const under = acrossOf(head, photo) && head.y - bottom(photo) > -1 && head.y - bottom(photo) < body * 3;
				// Over this caption, or over the picture it stands by (a title set over its photo).
				// (Nearer to it than to the photo over it: a title set closer under that photo is that photo's.)
				const overBox = (b: Box) =>
					acrossOf(head, b) &&
					b.y >= head.y &&
					b.y - bottom(head) < body * 3 &&
					!(under && b.y - bottom(head) > (head.y - bottom(photo)) * 2);
				const over =
					overBox(p.block) || content.pictures.some((picture) => overBox(picture) && besides(p.block, picture));
				if (frame || (under && !over)) {
					before.head.push(...current.head);
					before.blocks.push(...current.blocks);
					drafts.pop();
					current = before;
				}
			}
			// A numbered caption (`图②：…`) stacked flush left right under the numbered caption before it
			// (`图①：…`), in its type, no credit between them: one caption for the group, each a paragraph.
			const last = current?.blocks.at(-1);
			const grouped =
				current?.caption &&
				!current.credit &&
				last?.role === 'caption' &&
				PHOTO_NUMBER.test(last.text) &&
				PHOTO_NUMBER.test(p.text) &&
				Math.abs(last.block.x - p.block.x) < p.block.size / 2 &&
				Math.abs(last.block.size - p.block.size) < 0.25 &&
				p.block.y - bottom(last.block) > -1 &&
				p.block.y - bottom(last.block) < p.block.size * 2;
			const d =
				current && (grouped || (current.paragraphs.length === 0 && !current.caption && !current.byline))
					? current
					: open();
			d.caption = true;
			d.paragraphs.push(p.text);
			d.blocks.push(p);
			// A credit run on at the end of the caption (`…灯火通明。新华社发 康玉凯摄`), no credit of its
			// own after it: the photo is closed there, and text after it is not the caption's.
			// (The agency may stand alone on the caption's last line, no space before it.)
			const alone = p.block.lines.length > 1 && AGENCY.test(p.block.lines.at(-1)!.text.trim());
			const spaced = alone
				? `${blockText({ ...p.block, lines: p.block.lines.slice(0, -1) })} ${p.block.lines.at(-1)!.text.trim()}`
				: p.text;
			// (A credit read next is this photo's where it stands right under the caption or beside its lines, not
			// where it stands apart, under another picture: then the credit run on is the caption's own.)
			// (Nor where it is printed on the edge of another picture than the one this caption stands right under.)
			const creditNext =
				next?.role === 'credit' &&
				(under(p.block, next.block) || next.block.y < bottom(p.block) - 1) &&
				!photoLike.some(
					(photo) =>
						captionUnder(p.block, photo, body) &&
						!onPictureEdge(next.block, photo) &&
						content.pictures.some((other) => other !== photo && onPictureEdge(next.block, other)),
				);
			const split = creditNext
				? undefined
				: (splitTrailingCredit(p.text) ??
					agencyAfterCaption(spaced) ??
					creditAfterCaption(p.text) ??
					creditLine(p.block));
			// (Not where the draft holds a credit already: the second would take the first's place, and its text be lost.)
			if (split && split.caption.trim() !== '' && !d.credit) {
				d.paragraphs[d.paragraphs.length - 1] = split.caption.trim();
				d.credit = { ...p, role: 'credit', text: split.credit.text };
			}
			continue;
		}
		if (p.role === 'credit') {
			// Set right over a photo's caption (or its title), not under a caption of its own (as close
			// to it as to the caption under it, or closer): that photo's credit.
			const gap = (over: Box, block: Box) => block.y - bottom(over);
			const own =
				current?.caption &&
				!current.credit &&
				(under(current.blocks.at(-1)!.block, p.block) ||
					(next !== undefined &&
						gap(current.blocks.at(-1)!.block, p.block) > -2 &&
						gap(current.blocks.at(-1)!.block, p.block) <= gap(p.block, next.block)));
			const over =
				!own &&
				next !== undefined &&
				(next.role === 'caption' || next.role === 'deck') &&
				(below(p.block, next.block, p.block.size * 1.5) ||
					// Or flush right at the foot of the picture the caption or title stands by.
					(gap(p.block, next.block) > -1 &&
						gap(p.block, next.block) < p.block.size * 1.5 &&
						content.pictures.some((picture) => besides(p.block, picture) && besides(next.block, picture))) ||
					// Or set vertically right beside the caption, within an em of its edge, level with its lines.
					(next.role === 'caption' &&
						isVertical(p.block) &&
						Math.min(bottom(p.block), bottom(next.block)) - Math.max(p.block.y, next.block.y) > 0 &&
						(Math.abs(next.block.x - right(p.block)) < p.block.size ||
							Math.abs(p.block.x - right(next.block)) < p.block.size)));
			// Set by a picture standing between it and the story read before, that photo's title or caption read next:
			// that photo's credit (printed up the picture's edge, read before its title), not the story's.
			const elsewhere =
				current !== undefined &&
				!current.caption &&
				next !== undefined &&
				['head', 'deck', 'caption'].includes(next.role) &&
				content.pictures.some(
					(picture) =>
						besides(p.block, picture) &&
						besides(next.block, picture) &&
						// The picture between the story's text and the credit.
						((p.block.x >= right(picture) - 1 && current!.blocks.every((b) => right(b.block) <= picture.x + 1)) ||
							(right(p.block) <= picture.x + 1 && current!.blocks.every((b) => b.block.x >= right(picture) - 1)) ||
							// Or set up the picture's right edge, the title or caption set right of it, its top level with the credit's.
							(isVertical(p.block) &&
								onPictureEdge(p.block, picture) &&
								next.block.x >= right(p.block) - 1 &&
								Math.abs(next.block.y - p.block.y) < next.block.size * 1.5)),
				);
			const d =
				current && !current.credit && !over && !elsewhere
					? current
					: over &&
						  bare(current) &&
						  !current!.caption &&
						  !current!.credit &&
						  // Over the photo's own title: not the photo of the headline read before it.
						  (current!.head.length === 0 || next?.role !== 'deck')
						? current!
						: open();
			// The credit's role word run on at the end of its caption's line, the names past a wide space on its
			// baseline (`…城区一角。 本报记者` then `雷文刚 通讯员 吕轩波 摄`): the role word is the credit's.
			const role = d.caption ? CREDIT_ROLE.exec(d.paragraphs.at(-1) ?? '') : null;
			const lastBlock = d.blocks.at(-1)?.block;
			if (
				role &&
				d === current &&
				lastBlock &&
				p.block.x > right(lastBlock) - 1 &&
				Math.abs(bottom(p.block.lines[0]) - bottom(lastBlock.lines.at(-1)!)) < p.block.size / 3
			) {
				d.paragraphs[d.paragraphs.length - 1] = d.paragraphs.at(-1)!.slice(0, role.index).trimEnd();
				p = { ...p, text: `${role[1]} ${p.text}` };
			}
			d.credit = p;
			d.blocks.push(p);
			continue;
		}
		// A 小标题 in the type of the item's own headline (not larger than the body, bold), after the item's
		// text and over text: the title of the next brief in a column of briefs (`老旧小区“焕新”记` under `校园周边的安全守护`).
		if (
			p.role === 'intertitle' &&
			current &&
			!current.caption &&
			current.head.length > 0 &&
			current.paragraphs.length > 0 &&
			current.head.every((h) => sameType(h.block, p.block)) &&
			next?.role === 'body'
		) {
			const d = open();
			d.head.push(p);
			d.blocks.push(p);
			continue;
		}
		// A 小标题 over text (of two lines or more) set wider than any of the item's text (by three ems or more), flush left with it: the
		// headline of a story set across more columns than the item read before it.
		if (
			p.role === 'intertitle' &&
			p.block.lines.length === 1 &&
			current &&
			!current.caption &&
			current.head.length > 0 &&
			next?.role === 'body' &&
			Math.abs(next.block.x - p.block.x) < body &&
			next.block.y - bottom(p.block) > -1 &&
			next.block.y - bottom(p.block) < body * 2 &&
			next.block.lines.length >= 2 &&
			current.blocks.some((b) => b.role === 'body' && b.block.lines.length >= 2) &&
			// (Blocks of one line are measured by their text, not their column.)
			current.blocks.every(
				(b) => b.role !== 'body' || b.block.lines.length < 2 || next.block.width > b.block.width + body * 3,
			)
		) {
			const d = open();
			d.head.push(p);
			d.blocks.push(p);
			continue;
		}
		// A 小标题 right under a rule across it (within three body lines), the item read before it wholly over that
		// rule, over text: the rule closes that item and this heads the next (a brief's title under a story). Not a
		// word or two with no punctuation (`经济观察`): that is rather the next column's label.
		if (
			p.role === 'intertitle' &&
			!([...p.text].length <= 6 && !/[\p{P}\s]/u.test(p.text)) &&
			current &&
			current.paragraphs.length > 0 &&
			next?.role === 'body' &&
			content.rules.some(
				(r) =>
					r.height <= 2 &&
					r.x <= p.block.x + 1 &&
					right(r) >= right(p.block) - 1 &&
					p.block.y - r.y > 0 &&
					p.block.y - r.y < body * 3 &&
					current!.blocks.every((b) => bottom(b.block) <= r.y + 1),
			)
		) {
			const d = open();
			d.head.push(p);
			d.blocks.push(p);
			continue;
		}
		// A bare name on a line of its own right over the top of the next column of the story's text, not
		// flush left with it (`钟少华` atop its last column): the writer's name, the story's byline.
		if (
			p.role === 'body' &&
			current &&
			!current.byline &&
			!current.caption &&
			current.paragraphs.length > 0 &&
			next?.role === 'body' &&
			nameOverColumn(p.block, next.block)
		) {
			current.byline = p;
			current.blocks.push(p);
			continue;
		}
		// A line of text, no sentence in it, standing under the story's headline but over the top of all its
		// text (`——来自基层一线的报告` over its last column): the deck, set off over the columns, not text.
		if (
			p.role === 'body' &&
			p.block.lines.length === 1 &&
			current &&
			current.head.length > 0 &&
			!current.subheadline &&
			!current.caption &&
			current.paragraphs.length > 0 &&
			[...p.text].length >= 6 &&
			!/[。！？；]/u.test(p.text) &&
			bareName(p.text) === undefined &&
			p.block.y >= bottom(current.head.at(-1)!.block) - 1 &&
			current.blocks.every((b) => b.role !== 'body' || b.block.y >= bottom(p.block) - 1)
		) {
			current.subheadline = p;
			current.blocks.push(p);
			continue;
		}
		// A column of text read right after a headline that does not stand over it (the headline set to its right,
		// a brief's or another story's), running on from the story whose last column ends beside it mid-sentence:
		// that story's next column, not the headline's text.
		// So is text read right after a photo's caption, running on from the story whose last column ends beside it
		// mid-sentence (the story reads on from there).
		const ranOn =
			p.role !== 'body'
				? undefined
				: current?.caption
					? storyBeside(drafts, current, p.block)
					: continuedColumn(drafts, current, p.block);
		if (ranOn) {
			if (current?.caption) current = ranOn;
			addParagraphs(ranOn, p.block);
			ranOn.blocks.push(p);
			continue;
		}
		// body and intertitle
		const d = labelledText(p)
			? open()
			: current && !(current.caption && current.credit)
				? current
				: (resumed(drafts, current, p.block, content.pictures, content.rules) ??
					awaiting(drafts, current, p.block) ??
					open());
		current = d;
		const signOff = p.role === 'body' ? signOffSetRight(d, p.block) : undefined;
		if (signOff) {
			const text = p.block.lines.map((l) => l.text).join('');
			if (signOff === 'alone') d.paragraphs.push(text);
			else d.paragraphs[d.paragraphs.length - 1] += text;
			d.signature = d.paragraphs.length - 1;
			d.lastLine = { line: p.block.lines.at(-1)!, block: p.block };
		} else if (p.role === 'intertitle') {
			d.intertitles.push(d.paragraphs.length);
			d.paragraphs.push(p.text);
			d.lastLine = undefined;
		} else addParagraphs(d, p.block);
		d.blocks.push(p);
	}
	if (label !== undefined)
		warnings.push({
			code: 'unplaced',
			line: lineNumber - 2,
			message: 'a column label with no item after it; kept in this warning',
			text: label,
		});
	const items: ParsedItem[] = [];
	const regions: Box[][] = [];
	const review: string[][] = [];
	// A headline (its byline under it or not) with no text of its own, standing right beside the text read
	// before it, its top level with that text's top: the headline of that text, where the heading read
	// over the text (a page's theme title) stands clear of its column.
	for (let i = drafts.length - 1; i > 0; i--) {
		const [story, head] = [drafts[i - 1], drafts[i]];
		if (!headBeside(story, head, body)) continue;
		head.paragraphs = story.paragraphs;
		head.intertitles = story.intertitles;
		head.breaks = story.breaks;
		head.signature = story.signature;
		head.lastLine = story.lastLine;
		head.blocks.push(...story.blocks.filter((b) => b.role === 'body' || b.role === 'intertitle'));
		story.blocks = story.blocks.filter((b) => b.role !== 'body' && b.role !== 'intertitle');
		story.paragraphs = [];
		story.intertitles = [];
		story.signature = undefined;
		story.lastLine = undefined;
		story.breaks = undefined;
	}
	// A byline standing alone after a story's text (`文/杜东娟` atop the next column), with nothing of its own: it signs that story.
	for (let i = drafts.length - 1; i > 0; i--) {
		const [story, alone] = [drafts[i - 1], drafts[i]];
		if (!alone.byline || alone.blocks.length !== 1 || alone.section || story.byline || story.caption) continue;
		if (story.paragraphs.length === 0) continue;
		story.byline = alone.byline;
		story.blocks.push(alone.byline);
		drafts.splice(i, 1);
	}
	// A credit run on at the end of a caption's last line (`…测量血压。 程佳晨摄（新华社）`): the photo's credit.
	for (const d of drafts) {
		const last = d.blocks.at(-1);
		if (d.credit || !last || d.paragraphs.length === 0 || d.intertitles.includes(d.paragraphs.length - 1)) continue;
		// (Or text whose every paragraph opens with a photo's number, `图①：`: a group's captions, wherever it stands.)
		const numbered = d.paragraphs.every((p) => PHOTO_NUMBER.test(p));
		if (!d.caption && !(last.role === 'body' && (byPicture(last.block) || numbered))) continue;
		const split = splitTrailingCredit(d.paragraphs.at(-1)!);
		if (!split || split.caption.trim() === '') continue;
		d.paragraphs[d.paragraphs.length - 1] = split.caption.trim();
		d.credit = { ...last, role: 'credit', text: split.credit.text };
		d.caption = true;
	}
	creditsByPicture(drafts, photoLike);
	creditsUnderCaptions(drafts, body);
	creditsBackUnderCaptions(drafts);
	const photos = photoPictures(drafts, content);
	titleUnder(drafts, body, photos, photoLike);
	headOverPicture(drafts, content.pictures);
	for (const d of drafts) {
		// A draft whose one block, a credit, went to another photo.
		if (d.blocks.length === 0) continue;
		if (
			d.paragraphs.length === 0 &&
			d.head.length > 0 &&
			d.blocks.every((b) => b.role === 'head') &&
			!d.section &&
			!banner &&
			items.length === 0
		) {
			banner = { text: d.head.map((h) => h.text).join(' '), line: d.head[0].first };
			continue;
		}
		if (d.paragraphs.length === 0) {
			warnings.push({
				code: 'unplaced',
				line: d.blocks[0].first,
				endLine: d.blocks.at(-1)!.last,
				message: 'a heading with no text under it in the layout; kept in this warning',
				text: [d.section ?? '', ...d.blocks.map((b) => b.text)].join('\n'),
			});
			continue;
		}
		const item = toItem(d);
		if (item.headlineMissing) {
			d.review.push('the layout shows no headline for this item');
			warnings.push({
				code: 'no-headline',
				line: item.firstLine,
				message: `no headline above "${item.paragraphs[0].slice(0, 20)}…"; a placeholder was written`,
			});
		}
		items.push(item);
		regions.push(mergeRegions([...d.blocks.map((b) => b.block), ...(photos.get(d) ?? [])]));
		review.push(d.review);
	}
	return {
		items,
		banner,
		furniture,
		header,
		warnings,
		junk: { count: 0, lines: [] },
		lineCount: lineNumber - 2,
		regions,
		review,
		text,
	};
}

/**
 * A filled rectangle too small for a picture by its height (under 40 pt) but 40 pt wide or more and 20 pt
 * high or more, with no text printed on it (a tag holds its label), is a photo printed small: a picture.
 */
function blankFillsAsPictures(content: PdfPageContent): PdfPageContent {
	const blank = (content.fills ?? []).filter(
		(f) =>
			f.width >= 40 &&
			f.height >= 20 &&
			!content.runs.some((r) => r.x < right(f) && right(r) > f.x && r.y < bottom(f) && bottom(r) > f.y),
	);
	if (blank.length === 0) return content;
	return {
		...content,
		pictures: [...content.pictures, ...blank],
		fills: content.fills!.filter((f) => !blank.includes(f)),
	};
}

// The titles of the paper's own notices, boxed among the stories: not items.
const NOTICE = /^(?:更正|广告|\S{0,6}声明|\S{0,6}公告|讣告|\S{0,12}启事|(?:欢迎)?订阅\S{0,12}|征订\S{0,12})$/u;

/**
 * The blocks of the paper's notices: a box (a picture with text inside) of a few lines whose
 * first line is a notice's title (`更正`, `欢迎订阅《…》`, `启事`).
 */
function noticeBlocks(placed: Placed[], content: PdfPageContent): Set<Placed> {
	const out = new Set<Placed>();
	for (const box of content.pictures) {
		const within = placed.filter((p) => inside(p.block, box)).sort((a, b) => a.block.y - b.block.y);
		const lines = within.reduce((n, p) => n + p.block.lines.length, 0);
		if (within.length > 0 && lines <= 6 && NOTICE.test(within[0].text)) for (const p of within) out.add(p);
	}
	return out;
}

/**
 * Whether a block is part of the page's header band (the paper's name, page, date): a block of
 * three lines or fewer (a date may wrap under the paper's motto) above the first rule across the page's text, where that rule stands near the top (within
 * a sixth of the text's width of the first text).
 */
function inHeaderBand(block: LayoutBlock, content: PdfPageContent): boolean {
	if (block.lines.length > 3 || content.runs.length === 0) return false;
	const left = Math.min(...content.runs.map((r) => r.x));
	const width = Math.max(...content.runs.map(right)) - left;
	const top = Math.min(...content.runs.map((r) => r.y));
	const rule = content.rules
		.filter((r) => r.width >= width * 0.8 && r.y - top < width / 6)
		.sort((a, b) => a.y - b.y)[0];
	return rule !== undefined && bottom(block) <= rule.y + 1;
}

/**
 * The story whose text resumes with `block` under a photo set in its columns: after a photo
 * closed by its credit, text in the same column (same left edge and width, within a point or
 * two) as the foot of the story's text above the photo, the story last read there.
 */
function resumed(
	drafts: Draft[],
	photo: Draft | undefined,
	block: LayoutBlock,
	pictures: Box[] = [],
	rules: Box[] = [],
): Draft | undefined {
	if (!photo?.caption) return undefined;
	const top = Math.min(...photo.blocks.map((b) => b.block.y));
	const same = (b: LayoutBlock) =>
		Math.abs(b.x - block.x) <= 2 && Math.abs(b.width - block.width) <= 2 && b.size === block.size;
	// A rule across the page between the two (as wide as two columns or more; not a picture's frame) parts
	// them: the text over it is another story's.
	const edgeOf = (r: Box) =>
		pictures.some(
			(picture) =>
				(Math.abs(r.y - picture.y) <= 2 || Math.abs(r.y - bottom(picture)) <= 2) &&
				Math.min(right(r), right(picture)) - Math.max(r.x, picture.x) > 0,
		);
	const ruled = (b: LayoutBlock) =>
		rules.some(
			(r) =>
				r.width > r.height &&
				r.width >= block.width * 2 &&
				r.y >= bottom(b) - 1 &&
				r.y <= block.y + 1 &&
				r.x <= block.x + block.size &&
				right(r) >= right(block) - block.size &&
				!edgeOf(r),
		);
	const above = drafts.findLast(
		(d) =>
			d !== photo &&
			!d.caption &&
			d.head.length > 0 &&
			d.blocks.some(
				(b) =>
					b.role === 'body' &&
					same(b.block) &&
					bottom(b.block) <= top + 1 &&
					bottom(b.block) < block.y &&
					!ruled(b.block),
			),
	);
	if (above || pictures.length === 0) return above;
	// Or the photo heads the column, level with the top of the story's text in the column before it.
	// Its picture: one its caption or title stands by, over or under them where one is (a credit set
	// beside its photo's foot may stand by the next picture as well).
	const by = pictures.filter((picture) => photo.blocks.some((b) => besides(b.block, picture)));
	const overIt = by.filter((picture) =>
		photo.blocks.some(
			(b) => b.role !== 'credit' && Math.min(right(b.block), right(picture)) - Math.max(b.block.x, picture.x) > 0,
		),
	);
	const frame = union([...photo.blocks.map((b) => b.block), ...(overIt.length > 0 ? overIt : by)]);
	if (bottom(frame) > block.y + 1 || Math.abs(frame.x - block.x) > block.size) return undefined;
	return drafts.findLast(
		(d) =>
			d !== photo &&
			!d.caption &&
			d.head.length > 0 &&
			d.blocks.some(
				(b) =>
					b.role === 'body' &&
					b.block.size === block.size &&
					Math.abs(b.block.y - frame.y) < block.size * 1.5 &&
					right(b.block) <= block.x + 1 &&
					block.x - right(b.block) < block.size * 3,
			),
	);
}

/**
 * The story whose next column `block` is, read after another item's headline: the headline just read
 * (set across, no text under it yet, no caption) stands right of the column's left edge (by more than an em) and
 * across it by less than an em, so it does not head it; and `block` runs on from a story beside it (`storyBeside`).
 */
function continuedColumn(drafts: Draft[], current: Draft | undefined, block: LayoutBlock): Draft | undefined {
	if (!current || current.caption || current.head.length === 0 || current.paragraphs.length > 0) return undefined;
	// A headline set vertically heads the columns on its left.
	if (current.head.some((h) => isVertical(h.block))) return undefined;
	const head = union(current.head.map((h) => h.block));
	const across = Math.min(right(head), right(block)) - Math.max(head.x, block.x);
	if (block.x > head.x - block.size || across >= block.size) return undefined;
	return storyBeside(drafts, current, block);
}

/**
 * The story whose text `block` runs on from: `block` opens flush left (no paragraph's indent) in the
 * same type as the foot of a story's text (not `current`'s) set in the column right before it (its left
 * edge within three ems past that column's right edge), level with it (its top over that column's
 * foot); and that foot ends mid-sentence (no closing mark) on a line filling its column (within an
 * em and a half of its edge, as a paragraph runs on).
 */
function storyBeside(drafts: Draft[], current: Draft | undefined, block: LayoutBlock): Draft | undefined {
	if (block.lines[0].x - block.x > block.size / 2) return undefined;
	return drafts.findLast((d) => {
		const last = d.lastLine;
		if (d === current || d.caption || d.paragraphs.length === 0 || !last) return false;
		const column = last.block;
		return (
			Math.abs(column.size - block.size) < 0.25 &&
			block.x >= right(column) - 1 &&
			block.x - right(column) < block.size * 3 &&
			block.y < bottom(column) &&
			bottom(block) > column.y &&
			right(column) - right(last.line) < block.size * 1.5 &&
			!/[。！？；…”」』）)：:]$/u.test(last.line.text.trim())
		);
	});
}

/**
 * The story whose headline a photo (its picture, caption and credit) follows before any text, where
 * `block`, read right after the photo, stands under that headline and across it: the story's text
 * starts under the photo set between them (the story's byline, under its headline, before the photo or not).
 */
function awaiting(drafts: Draft[], photo: Draft | undefined, block: LayoutBlock): Draft | undefined {
	if (!photo?.caption) return undefined;
	const story = drafts[drafts.indexOf(photo) - 1];
	if (!story || story.caption || story.paragraphs.length > 0 || story.head.length === 0) return undefined;
	const head = union(story.head.map((h) => h.block));
	const across = Math.min(right(head), right(block)) - Math.max(head.x, block.x) > 0;
	return across && block.y > bottom(head) && block.x >= head.x - block.size ? story : undefined;
}

/**
 * Settles roles that type size alone leaves open, by place: of two headline-size blocks one right
 * after the other, a clearly smaller one before the larger is its kicker and after it its
 * subheadline; a short bold line without sentence marks right above a headline, kicker or
 * subheadline is a column label (a label in reverse type reads as bold text at body size), as is
 * a marked label (`■`, `【】`) in kicker-size type over a headline; a box title (`核心阅读`) is a 小标题 whatever its size;
 * a short bold line after a bullet (`●广泛接受社会监督`, `■职业技能大赛开幕`) over text is a brief's headline.
 */
/**
 * A photo's title: a short bold line read as a column label, unmarked (no `■`, no `【】`), in the
 * caption's type or larger, set flush left right over the caption (within an em) and narrower
 * than it. A column's label stands over a headline, not over a caption; it heads the caption. So does
 * one read as a 小标题 (within an em over the caption), and either with the photo's credit read between them.
 */
function photoTitles(placed: Placed[]): void {
	placed.forEach((p, i) => {
		// The photo's credit, flush right over it, may be read between them.
		const caption = placed[i + 1]?.role === 'credit' ? placed[i + 2] : placed[i + 1];
		if ((p.role !== 'label' && p.role !== 'intertitle') || caption?.role !== 'caption') return;
		const title = p.block;
		const gap = caption.block.y - bottom(title);
		if (
			title.bold &&
			title.lines.length === 1 &&
			detectLabel(p.text) === undefined &&
			title.size >= caption.block.size &&
			gap > -1 &&
			// (Within an em.)
			gap < title.size &&
			Math.abs(caption.block.x - title.x) < title.size / 2 &&
			title.width < caption.block.width
		)
			p.role = 'head';
	});
}

function rolesByPlace(placed: Placed[], body: number, rules: Box[] = []): void {
	const content = placed.filter((p) => p.role !== 'furniture');
	// A line in type a little larger than the body's, right over or under a headline and within
	// its width, belongs to its head: a kicker or subheadline, however slight the step in size.
	content.forEach((p, i) => {
		const head = [content[i - 1], content[i + 1]].find(
			(q) =>
				(q?.role === 'head' || (q?.role === 'deck' && q.block.size > p.block.size * 1.05)) && tight(p.block, q.block),
		);
		// (A line or two: a kicker naming a person wraps, `兰河清嘎查快递小哥` / `陈峰雪：`.)
		if (p.role === 'body' && head && p.block.lines.length <= 2 && p.block.size > body * 1.02 && headlike(p.block))
			p.role = 'deck';
		// So is a kicker wrapped on more lines in a narrow column, right over the headline: no sentence in it, closing on a
		// dash (`…推进组织工作科学化制度化规范化——` in five lines four ems wide).
		if (
			p.role === 'body' &&
			content[i + 1]?.role === 'head' &&
			tight(p.block, content[i + 1].block) &&
			p.block.size > body * 1.02 &&
			DASH_CLOSING.test(p.text) &&
			!/[。！？；]/u.test(p.text) &&
			[...p.text].length <= 48
		)
			p.role = 'deck';
		// In the body's type, a line right over a headline ending on a dash (`新春走基层——`) is its kicker, and one
		// right under it opening with a dash (`——安西旗明确发展路子`) its subheadline: the dash ties each to it.
		const dashed = (q: Placed | undefined, over: boolean) =>
			q?.role === 'head' && (over ? DASH_CLOSING : DASH_OPENING).test(p.text) && tight(p.block, q.block);
		if (
			p.role === 'body' &&
			p.block.lines.length === 1 &&
			headlike(p.block) &&
			(dashed(content[i + 1], true) || dashed(content[i - 1], false))
		)
			p.role = 'deck';
	});
	// Read first, so that a label over the first brief's headline sees a headline under it.
	const bulleted = new Set(
		content.filter(
			(p, i) =>
				BULLET.test(p.text) &&
				// `■` also marks a column's label (`■观点`, `■地方传真`): a brief's headline is longer.
				(!p.text.startsWith('■') || [...p.text.replace(MARK, '')].length >= 5) &&
				p.block.bold &&
				p.block.lines.length <= 2 &&
				['deck', 'intertitle', 'body'].includes(p.role) &&
				content[i + 1]?.role === 'body',
		),
	);
	for (const p of bulleted) if (!BOX_TITLE.test(p.text)) p.role = 'head';
	content.forEach((p, i) => {
		const before = content[i - 1];
		// A byline may stand between a headline and its subheadline, set beside it.
		const overByline = before?.role === 'byline' ? content[i - 2] : before;
		const after = content[i + 1];
		if (BOX_TITLE.test(p.text) && p.role !== 'furniture') p.role = 'intertitle';
		else if (bulleted.has(p)) p.role = 'head';
		else if (groupLabel(content, i)) p.role = 'label';
		else if (
			p.role === 'head' &&
			after?.role === 'head' &&
			after.block.size > p.block.size * 1.1 &&
			stacked(p.block, after.block, body) &&
			// Not a bold title in headline type first on the page (two and a half times the body or more): the page's
			// theme over the lead headline (its banner); a kicker is set in lighter type, a little larger than the body.
			!(i === 0 && p.block.bold && p.block.size >= body * 2.5)
		)
			p.role = 'deck';
		else if (
			p.role === 'head' &&
			overByline?.role === 'head' &&
			p.block.size < overByline.block.size / 1.1 &&
			below(overByline.block, p.block, body * (before === overByline ? 3 : 6)) &&
			// Not a headline starting left of a title first on the page in headline type (two and a half times the body or more),
			// neither flush left with it nor centred on it (within an em): the story's, set under part of the page's banner.
			!(
				i === 1 &&
				overByline.block.size >= body * 2.5 &&
				p.block.x < overByline.block.x - p.block.size &&
				Math.abs(p.block.x + right(p.block) - overByline.block.x - right(overByline.block)) >= p.block.size * 2
			) &&
			// Not across a rule running under both (a page's theme title over the rule, a story's headline under it).
			!ruledOff(overByline.block, p.block, rules)
		)
			p.role = 'deck';
		else if (
			['intertitle', 'label', 'body', 'caption'].includes(p.role) &&
			p.block.bold &&
			// In a column a few ems wide a label wraps: `■链` / `接`.
			(p.block.lines.length === 1 || (p.block.lines.length <= 3 && p.block.width <= p.block.size * 6)) &&
			p.text.length <= 12 &&
			!/[。，！？：；,.!?:;]/u.test(p.text) &&
			(after?.role === 'head' ||
				after?.role === 'deck' ||
				// Over a commentary's byline, the column's label.
				(after?.role === 'byline' &&
					p.block.lines.length === 1 &&
					['body', 'head'].includes(content[i + 2]?.role ?? '')) ||
				// Over a photo's caption, the photo's label.
				(after?.role === 'caption' && p.block.lines.length === 1 && [...p.text].length <= 6) ||
				// Level with another column's label (`声音` beside `■基层党建`, both over headlines), read before it.
				(after?.role === 'label' &&
					p.block.lines.length === 1 &&
					Math.abs(after.block.y - p.block.y) < p.block.size / 2 &&
					['head', 'deck'].includes(content[i + 2]?.role ?? '')))
		)
			p.role = 'label';
		// A heading is measured against the text it heads: bold and a quarter larger than briefs set
		// smaller than the page's body, it is their headline.
		if (
			p.role === 'deck' &&
			p.block.bold &&
			after?.role === 'body' &&
			after.block.size < body * 0.96 &&
			p.block.size >= after.block.size * 1.25
		)
			p.role = 'head';
		// A bold deck over text, under a kicker (a line of its own, not bold, larger than the body and smaller than the
		// deck, right over it): the headline the kicker stands over (`奋进新征程——` over `服务更有温度`).
		if (
			p.role === 'deck' &&
			p.block.bold &&
			after?.role === 'body' &&
			before !== undefined &&
			['body', 'deck'].includes(before.role) &&
			!before.block.bold &&
			before.block.lines.length === 1 &&
			before.block.size > body * 1.02 &&
			before.block.size < p.block.size - 0.25 &&
			below(before.block, p.block, body * 1.5)
		)
			p.role = 'head';
		// A run-in headline (a brief's, bold, with its text running on after it on the same line) heads an item.
		if (
			['intertitle', 'deck', 'label'].includes(p.role) &&
			p.block.bold &&
			after?.role === 'body' &&
			runsIn(p.block, after.block)
		)
			p.role = 'head';
		// A word or two on a line of its own over a headline, narrower than it, is the column's label (`民生快讯`), not a
		// kicker; so is one in the body's type or smaller over a bold heading a little larger than the body (a brief's).
		const heading =
			after?.role === 'head' ||
			(['deck', 'intertitle'].includes(after?.role ?? '') &&
				after!.block.bold &&
				!p.block.bold &&
				((after!.block.size > p.block.size * 1.05 && p.block.size <= body * 1.02) ||
					// Or in the heading's own size, larger than the body's, not bold (`经济快讯` over `消费市场持续回暖`).
					(Math.abs(after!.block.size - p.block.size) < 0.25 && p.block.size > body * 1.02))) ||
			// Or over a byline heading text, in the body's type or smaller (`读者来信` over a reader's letter).
			(after?.role === 'byline' && content[i + 2]?.role === 'body' && p.block.size <= body * 1.02);
		// (Not a deck in light type an eighth larger than the body's right over the headline: its kicker, `新春走基层`; nor
		// one only a little larger set tight over it, under seven tenths of a body em above it, as a kicker hugs its
		// headline where a label stands off it: `深入学习贯彻` over `在守正创新中开辟新境界`.)
		const kicker =
			p.role === 'deck' &&
			after?.role === 'head' &&
			!p.block.bold &&
			(p.block.size >= body * 1.12 || after.block.y - bottom(p.block) < body * 0.7);
		if (
			['deck', 'body', 'caption'].includes(p.role) &&
			heading &&
			!kicker &&
			p.block.lines.length === 1 &&
			[...p.text].length <= 6 &&
			!/[\p{P}\s]/u.test(p.text)
		)
			p.role = 'label';
		// A bold heading right under a label, over text, is the headline of the item the label opens.
		if (
			['deck', 'intertitle'].includes(p.role) &&
			before?.role === 'label' &&
			p.block.bold &&
			after?.role === 'body' &&
			!BOX_TITLE.test(p.text)
		)
			p.role = 'head';
		// A label marked as one (`■一线调查`, `【相关阅读】`) set in kicker-size type is still a label.
		if (p.role === 'deck' && detectLabel(p.text) !== undefined && (after?.role === 'head' || after?.role === 'deck'))
			p.role = 'label';
	});
}

/**
 * A group's label over its briefs (`民生速览`, `法治速递`): a word or two (six characters, no punctuation)
 * in bold heading type, right over (within a line and a half) a bold heading in smaller type that
 * heads text, where a heading in that type and weight heads the text after it (a second brief):
 * each heading is a brief's headline, the word over them their label, not the first one's headline.
 */
function groupLabel(content: Placed[], i: number): boolean {
	const p = content[i];
	const first = content[i + 1];
	if (
		!['head', 'deck'].includes(p.role) ||
		!p.block.bold ||
		p.block.lines.length !== 1 ||
		[...p.text].length > 6 ||
		/[\p{P}\s]/u.test(p.text) ||
		!first ||
		!['deck', 'intertitle'].includes(first.role) ||
		!first.block.bold ||
		first.block.size > p.block.size - 0.25 ||
		!below(p.block, first.block, p.block.size * 1.5) ||
		content[i + 2]?.role !== 'body'
	)
		return false;
	let k = i + 2;
	while (content[k]?.role === 'body') k++;
	const second = content[k];
	return (
		second !== undefined &&
		['deck', 'intertitle'].includes(second.role) &&
		second.block.bold &&
		Math.abs(second.block.size - first.block.size) < 0.25 &&
		content[k + 1]?.role === 'body'
	);
}

/**
 * Joins a credit run on after a caption and wrapped: a line of small type ending a line (`文燕波
 * 摄（人民视`, `戴婷`, `赵`) and the one starting the next line left of it, in the same type, that
 * read as one credit together (`觉）`, `摄（人民视觉）`, `波庆 摄`) but not the first alone. A credit set
 * past a caption line's last sentence, on its baseline, is one too: on the caption's last line, or
 * begun on the line before and wrapped onto the last (`本报记` / `者 某某 摄`), split off the caption.
 */
function wrappedCredits(placed: Placed[], body: number): void {
	for (let i = placed.length - 2; i >= 0; i--) {
		const [a, b] = [placed[i], placed[i + 1]];
		const [x, y] = [a.block, b.block];
		// Or a caption's last line, begun on a line of its own after a sentence's end, and `摄` wrapped
		// onto the next line (`…居民薛新丽说。` / `本报记者 汤红 通讯员 朱晨` / `摄`): the credit, split off.
		const end = x.lines.at(-1)!;
		if (
			a.role === 'caption' &&
			x.lines.length > 1 &&
			y.lines.length === 1 &&
			b.text.trim() === '摄' &&
			Math.abs(x.size - y.size) < 0.5 &&
			y.y - end.y > x.size * 0.6 &&
			y.y - end.y < x.size * 2.5 &&
			/[。！？”]$/u.test(x.lines.at(-2)!.text) &&
			!readCredit(end.text) &&
			readCredit(`${end.text} ${b.text}`)
		) {
			const [over, credit] = [x.lines.slice(0, -1), [end, ...y.lines]];
			const caption = { ...union(over), lines: over, size: x.size, bold: x.bold };
			placed.splice(
				i,
				2,
				{ ...a, block: caption, text: blockText(caption), last: a.last - 1 },
				{
					block: { ...union(credit), lines: credit, size: x.size, bold: x.bold },
					role: 'credit',
					text: `${end.text} ${b.text}`,
					first: a.last,
					last: b.last,
				},
			);
			continue;
		}
		// Or a credit set past the end of a caption's line after its last sentence, on that line's baseline:
		// on its last line (`…在图书室里读书。  本报记者 某某摄`), or begun on the line before and wrapped onto
		// the last (`…调试设备。  本报记` / `者 某某 摄`). The credit, split off the caption.
		if (
			(a.role === 'caption' || a.role === 'body') &&
			b.role !== 'credit' &&
			x.lines.length >= 2 &&
			y.lines.length === 1 &&
			Math.abs(x.size - y.size) < 0.5
		) {
			const level = x.lines.findLastIndex((l) => Math.abs(bottom(l) - bottom(y)) < y.size / 3);
			const line = x.lines[level];
			const past = line !== undefined && y.x >= right(line) - 1 && y.x - right(line) < y.size * 3;
			const closes = past && /[。！？”]$/u.test(line.text);
			if (closes && level === x.lines.length - 1 && readCredit(b.text)) {
				b.role = 'credit';
				continue;
			}
			const joined =
				/^摄/u.test(end.text) && /\p{Script=Han}$/u.test(b.text) ? `${b.text} ${end.text}` : b.text + end.text;
			if (closes && level === x.lines.length - 2 && !readCredit(end.text) && readCredit(joined)) {
				const over = x.lines.slice(0, -1);
				const caption = { ...union(over), lines: over, size: x.size, bold: x.bold };
				const credit = [...y.lines, end];
				placed.splice(
					i,
					2,
					{ ...a, block: caption, text: blockText(caption), last: a.last - 1 },
					{
						block: { ...union(credit), lines: credit, size: x.size, bold: x.bold },
						role: 'credit',
						text: joined,
						first: a.last,
						last: b.last,
					},
				);
				continue;
			}
		}
		if (
			x.lines.length !== 1 ||
			y.lines.length !== 1 ||
			x.size >= body * 1.08 ||
			Math.abs(x.size - y.size) >= 0.5 ||
			y.x > x.x - x.size ||
			y.y - x.y < x.size * 0.6 ||
			y.y - x.y > x.size * 2.5 ||
			readCredit(a.text)
		)
			continue;
		const text = /^摄/u.test(b.text) && /\p{Script=Han}$/u.test(a.text) ? `${a.text} ${b.text}` : a.text + b.text;
		if (!readCredit(text)) continue;
		const lines = [...x.lines, ...y.lines];
		placed.splice(i, 2, {
			block: { ...union(lines), lines, size: x.size, bold: x.bold },
			role: 'credit',
			text,
			first: a.first,
			last: b.last,
		});
	}
}

/**
 * Gives each credit printed on a photo (inside its picture: a credit set vertically up its edge,
 * or over its foot) to the caption standing by that picture, where the reading order gave it to
 * another photo: the caption there gets it, and its own credit, if printed on no photo, goes to
 * the photo the moved credit came from (captions set beside a column of photos, their credits
 * read out of turn).
 */
function creditsByPicture(drafts: Draft[], photos: Box[]): void {
	const by = (d: Draft, photo: Box) =>
		d.blocks.filter((b) => b.role === 'caption' && (besides(b.block, photo) || inside(b.block, photo)));
	// Each caption by its nearest photo, and each photo by the nearest of the captions it is nearest to.
	const captionOf = new Map<Box, { d: Draft; distance: number }>();
	for (const d of drafts.filter((d) => d.caption))
		for (const b of d.blocks.filter((b) => b.role === 'caption')) {
			const [photo, gap] = photos
				.filter((photo) => besides(b.block, photo) || inside(b.block, photo))
				.map((photo) => [photo, distance(b.block, photo)] as const)
				.sort((x, y) => x[1] - y[1])[0] ?? [undefined, 0];
			const known = photo && captionOf.get(photo);
			if (photo && (!known || gap < known.distance)) captionOf.set(photo, { d, distance: gap });
		}
	const onPhoto = (credit: Placed) => photos.find((photo) => inside(credit.block, photo));
	for (const from of drafts) {
		const credit = from.credit;
		const photo = credit && onPhoto(credit);
		const to = photo && captionOf.get(photo)?.d;
		// A caption by that photo keeps the credit the reading order gave it.
		if (!credit || !to || to === from || by(from, photo).length > 0 || (to.credit && onPhoto(to.credit))) continue;
		const other = to.credit;
		from.blocks = from.blocks.filter((b) => b !== credit);
		to.blocks = [...to.blocks.filter((b) => b !== other), credit];
		to.credit = credit;
		from.credit = other;
		if (other) from.blocks.push(other);
	}
}

/**
 * Gives a credit that the reading order read after a heading (the heading set left under a
 * caption, the credit flush right between them) back to the caption right over it: the draft of
 * the heading holds nothing else, the caption has no credit, and the credit stands within three
 * body lines under the caption's foot, over the heading's foot.
 */
function creditsUnderCaptions(drafts: Draft[], body: number): void {
	for (let i = 1; i < drafts.length; i++) {
		const [photo, title] = [drafts[i - 1], drafts[i]];
		const credit = title.credit;
		if (!credit || !photo.caption || photo.credit || title.paragraphs.length > 0 || title.head.length === 0) continue;
		if (title.blocks.some((b) => b !== credit && b.role !== 'head')) continue;
		const caption = photo.blocks.findLast((b) => b.role === 'caption')?.block;
		if (!caption) continue;
		const gap = credit.block.y - bottom(caption);
		const across = Math.min(right(credit.block), right(caption)) - Math.max(credit.block.x, caption.x) > 0;
		if (!across || gap < -1 || gap > body * 3 || bottom(credit.block) > bottom(title.head.at(-1)!.block)) continue;
		title.blocks = title.blocks.filter((b) => b !== credit);
		title.credit = undefined;
		photo.credit = credit;
		photo.blocks.push(credit);
	}
}

/**
 * Gives a credit set right under a caption that has none (within a line and a half under its foot,
 * across it, its right edge within an em of the caption's), read after it into a later photo, back to
 * that caption, where it stands under none of that later photo's captions: a group's captions each
 * signed under its foot (the credit read before the next photo's caption, which then takes the credit
 * left alone under it in turn).
 */
function creditsBackUnderCaptions(drafts: Draft[]): void {
	const under = (caption: Box, credit: LayoutBlock) =>
		credit.y - bottom(caption) > -1 &&
		credit.y - bottom(caption) < credit.size * 1.5 &&
		Math.min(right(caption), right(credit)) - Math.max(caption.x, credit.x) > 0 &&
		Math.abs(right(caption) - right(credit)) < credit.size;
	const captions = (d: Draft) => d.blocks.filter((b) => b.role === 'caption').map((b) => b.block);
	drafts.forEach((from, i) => {
		const credit = from.credit;
		if (!credit || captions(from).some((c) => under(c, credit.block))) return;
		const to = drafts
			.slice(0, i)
			.findLast((d) => d.caption && !d.credit && captions(d).some((c) => under(c, credit.block)));
		if (!to) return;
		from.blocks = from.blocks.filter((b) => b !== credit);
		from.credit = undefined;
		to.credit = credit;
		to.blocks.push(credit);
	});
}

/**
 * The pictures of the page's photos, by the draft whose caption or credit stands by them: each
 * picture that holds no text (a tinted box behind a sidebar is no photo) goes to the nearest
 * caption or credit beside it, so a row of photos gives each its own.
 */
function photoPictures(drafts: Draft[], content: PdfPageContent): Map<Draft, Box[]> {
	const holders = drafts.flatMap((d) =>
		d.blocks.filter((b) => b.role === 'caption' || b.role === 'credit').map((b) => ({ d, block: b.block })),
	);
	const out = new Map<Draft, Box[]>();
	for (const picture of content.pictures) {
		if (content.runs.some((r) => inside(r, picture))) continue;
		const nearest = holders
			.filter((h) => besides(h.block, picture))
			.map((h) => ({ ...h, distance: distance(h.block, picture) }))
			.sort((a, b) => a.distance - b.distance)[0];
		if (nearest) out.set(nearest.d, [...(out.get(nearest.d) ?? []), picture]);
	}
	return out;
}

/**
 * A headline with no text under it, standing right under an untitled photo (within three body
 * lines of the foot of its picture, caption or credit, across them): the photo's title, set under it. Moves it there,
 * or to the first photo of a group the photo closes (untitled photos stacked in its column or set in its row).
 */
function titleUnder(drafts: Draft[], body: number, pictures: Map<Draft, Box[]>, photoLike: Box[]): void {
	// A photo's box: its caption and credit, its picture, and a picture its caption is set over.
	const boxOf = (d: Draft) =>
		union([
			...d.blocks.map((b) => b.block),
			...(pictures.get(d) ?? []),
			...photoLike.filter((p) => d.blocks.some((b) => inside(b.block, p))),
		]);
	for (let i = drafts.length - 1; i > 0; i--) {
		const [photo, title] = [drafts[i - 1], drafts[i]];
		if (!photo.caption || photo.head.length > 0 || title.paragraphs.length > 0 || title.head.length === 0) continue;
		if (title.blocks.some((b) => b.role !== 'head')) continue;
		const head = title.head[0].block;
		const photoBox = union([...photo.blocks.map((b) => b.block), ...(pictures.get(photo) ?? [])]);
		const gap = head.y - bottom(photoBox);
		const across = Math.min(right(head), right(photoBox)) - Math.max(head.x, photoBox.x) > 0;
		if (gap < -1 || gap > body * 3 || !across) continue;
		// Under a group of photos (stacked in one column or set in one row, each with its caption), the title heads the first.
		let first = i - 1;
		let group = boxOf(photo);
		while (first > 0 && untitledPhoto(drafts[first - 1]) && grouped(boxOf(drafts[first - 1]), group, body)) {
			group = union([boxOf(drafts[first - 1]), group]);
			first--;
		}
		const to = drafts[first];
		to.head.push(...title.head);
		to.blocks.push(...title.blocks);
		if (title.section && !to.section) to.section = title.section;
		drafts.splice(i, 1);
	}
}

/**
 * A headline standing alone (no text of its own) over a picture, the text with no headline read
 * later standing under that picture in the headline's column, and nothing but pictures and captions
 * between them: the headline of that text, set over the story's photo. Moves the head to it. So too
 * where the photo's caption and credit, set under that picture, were read into the headline's item:
 * the photo stays, untitled, after the story, whose text (or byline) opens under it, in the headline's
 * span or, the headline centred over the picture, from the picture's left edge; the kicker goes with
 * the headline, and a subheadline read between it and the picture with it where it opens with a dash,
 * else (a short line, no punctuation: `田间管理`) it stays as the photo's title. The story's text read on
 * into the photo's item after its caption is parted from it first; and the story's next column, read
 * after the photo with no headline, its top level with the text's, runs on from it.
 */
function headOverPicture(drafts: Draft[], pictures: Box[]): void {
	for (let i = 0; i < drafts.length; i++) {
		const h = drafts[i];
		if (h.head.length === 0 || h.byline) continue;
		// The story's text read on into the photo's caption (head, caption, then text): parted from it for
		// the test below, and joined back where the headline stays.
		const parted = partText(h);
		if (parted) drafts.splice(i + 1, 0, parted.text);
		if (!moveHeadOverPicture(drafts, i, pictures) && parted) {
			Object.assign(h, parted.undo);
			drafts.splice(drafts.indexOf(parted.text), 1);
		} else if (drafts[i + 1] === h) i++;
	}
}

/**
 * A photo's draft holding its headline, its caption and then text in the body's type (the story's,
 * read on after the caption): the text as a draft of its own, and the photo's fields to restore.
 */
function partText(h: Draft): { text: Draft; undo: Partial<Draft> } | undefined {
	if (!h.caption) return undefined;
	const first = h.blocks.findIndex((b) => b.role === 'body');
	if (first < 1) return undefined;
	const rest = h.blocks.slice(first).filter((b) => b.role !== 'credit');
	if (!rest.every((b) => b.role === 'body' || b.role === 'intertitle')) return undefined;
	const captions = h.blocks.slice(0, first).filter((b) => b.role === 'caption');
	if (captions.length === 0 || h.blocks.slice(first).some((b) => b.role === 'caption')) return undefined;
	const k = captions.length;
	if (h.paragraphs.length <= k || h.intertitles.includes(k - 1)) return undefined;
	// The text under the caption.
	if (rest[0].block.y < Math.max(...captions.map((c) => bottom(c.block))) - 1) return undefined;
	const undo: Partial<Draft> = {
		paragraphs: h.paragraphs,
		intertitles: h.intertitles,
		breaks: h.breaks,
		signature: h.signature,
		lastLine: h.lastLine,
		blocks: h.blocks,
	};
	const shift = (m: Map<number, number[]> | undefined, keep: (n: number) => boolean, by: number) =>
		m && new Map([...m].filter(([n]) => keep(n)).map(([n, v]) => [n - by, v]));
	const text: Draft = {
		head: [],
		caption: false,
		paragraphs: h.paragraphs.slice(k),
		intertitles: h.intertitles.filter((n) => n >= k).map((n) => n - k),
		blocks: rest,
		review: [],
		breaks: shift(h.breaks, (n) => n >= k, k),
		signature: h.signature !== undefined && h.signature >= k ? h.signature - k : undefined,
		lastLine: h.lastLine,
	};
	h.paragraphs = h.paragraphs.slice(0, k);
	h.intertitles = h.intertitles.filter((n) => n < k);
	h.breaks = shift(h.breaks, (n) => n < k, 0);
	h.signature = undefined;
	h.lastLine = undefined;
	h.blocks = h.blocks.filter((b) => !rest.includes(b));
	return { text, undo };
}

/** Moves the headline of draft `i`, set over a picture, to the story's text under it (see `headOverPicture`); whether it did. */
function moveHeadOverPicture(drafts: Draft[], i: number, pictures: Box[]): boolean {
	{
		const h = drafts[i];
		// A subheadline read between the headline and the photo: the story's where it opens with a dash, else,
		// a short line with no punctuation, the photo's title set over it.
		const sub = h.subheadline;
		const title = sub && !/^[—-]/u.test(sub.text) && PHOTO_TITLE.test(sub.text) ? sub : undefined;
		const story = (b: Placed) => h.head.includes(b) || b === h.kicker || (b === sub && !title);
		// The photo's caption (and credit) read into the headline's draft: the photo stays (untitled unless so titled).
		const photo =
			h.caption && h.blocks.every((b) => story(b) || b === title || b.role === 'caption' || b.role === 'credit');
		if (!photo && (h.subheadline || h.paragraphs.length > 0 || h.caption || h.blocks.some((b) => b.role !== 'head')))
			return false;
		const head = union(h.head.map((p) => p.block));
		const stack = union(h.blocks.filter((b) => story(b) || b === title).map((b) => b.block));
		const across = (b: Box) => Math.min(right(b), right(head)) - Math.max(b.x, head.x) > 0;
		// A picture right under the headline (and what is read with it over the picture), across it.
		const picture = pictures.find((p) => across(p) && p.y >= bottom(stack) - 1 && p.y - bottom(stack) < head.height);
		if (!picture) return false;
		const j = drafts.findIndex(
			(d, k) =>
				k > i &&
				d.head.length === 0 &&
				!d.kicker &&
				!d.caption &&
				d.paragraphs.length > 0 &&
				d.blocks[0].block.y >= bottom(picture) - 1 &&
				// Its left edge in the headline's span, or in the picture's where the headline is centred over it.
				d.blocks[0].block.x >= Math.min(head.x, photo && picture.x < head.x ? picture.x : head.x) - 2 &&
				d.blocks[0].block.x < right(head),
		);
		if (j < 0) return false;
		const text = drafts[j];
		const top = text.blocks[0].block.y;
		// Between them in the column only pictures and captions.
		const between = drafts.some(
			(d) =>
				d !== h &&
				d !== text &&
				!d.caption &&
				d.blocks.some((b) => across(b.block) && b.block.y >= bottom(head) - 1 && b.block.y < top),
		);
		if (between) return false;
		// The caption under that picture, not over it or beside the text: the photo's, by its picture.
		// And the text a story's: opened by its text or byline (not a deck, a footer or a label read as one).
		if (
			photo &&
			(!['body', 'byline'].includes(text.blocks[0].role) ||
				!h.blocks.every((b) => story(b) || b === title || (b.block.y >= bottom(picture) - 1 && b.block.y < top)))
		)
			return false;
		text.head = h.head;
		if (h.section && !text.section) text.section = h.section;
		drafts.splice(j, 1);
		if (photo) {
			text.kicker = h.kicker;
			if (!title) text.subheadline = sub;
			text.blocks = [...h.blocks.filter(story), ...text.blocks];
			h.blocks = h.blocks.filter((b) => !story(b));
			h.head = title ? [title] : [];
			h.kicker = undefined;
			h.subheadline = undefined;
			h.section = undefined;
			drafts.splice(i, 0, text);
			// The story's next column, read after the photo with no headline, its top level with the text's: runs on.
			const next = drafts[i + 2];
			if (
				next &&
				next.head.length === 0 &&
				!next.kicker &&
				!next.caption &&
				!next.byline &&
				next.paragraphs.length > 0 &&
				next.blocks.every((b) => b.role === 'body' || b.role === 'intertitle') &&
				Math.abs(next.blocks[0].block.y - top) < next.blocks[0].block.size * 1.5 &&
				next.blocks[0].block.x > right(text.blocks.at(-1)!.block) - 1
			) {
				const runOn = !/[。！？”」』）]$/u.test(text.paragraphs.at(-1)!);
				const at = text.paragraphs.length - (runOn ? 1 : 0);
				if (runOn) text.paragraphs[at] += next.paragraphs[0];
				text.paragraphs.push(...next.paragraphs.slice(runOn ? 1 : 0));
				text.intertitles.push(...next.intertitles.map((n) => n + at));
				text.blocks.push(...next.blocks);
				text.lastLine = next.lastLine;
				drafts.splice(i + 2, 1);
			}
		} else {
			text.blocks = [...h.blocks, ...text.blocks];
			drafts[i] = text;
		}
		return true;
	}
}

/**
 * Whether a rule set across (thin and level) runs between `over` and `under`, under the one and over
 * the other, across both of them.
 */
function ruledOff(over: Box, under: Box, rules: Box[]): boolean {
	return rules.some(
		(r) =>
			r.height < 3 &&
			r.y >= bottom(over) - 1 &&
			bottom(r) <= under.y + 1 &&
			r.x < Math.min(over.x, under.x) + 1 &&
			right(r) > Math.max(right(over), right(under)) - 1,
	);
}

/**
 * Reads each title of pictures set side by side with its own picture. Where two or more headlines are
 * read one after another, each right over a picture of its own (its foot within two lines over the
 * picture's top, within its width; the pictures not overlapping across), and the blocks read next stand
 * by those pictures (on one, or under, over or beside it within three lines: labels, captions, credits),
 * each title is read followed by the blocks by its picture (the nearest), in the order they were read.
 */
function titlesByPicture(placed: Placed[], pictures: Box[]): void {
	const over = (head: LayoutBlock) =>
		pictures
			.filter(
				(picture) =>
					picture.y - bottom(head) > -1 &&
					picture.y - bottom(head) < head.size * 2 &&
					head.x > picture.x - head.size &&
					right(head) < right(picture) + head.size,
			)
			.sort((a, b) => a.y - bottom(head) - (b.y - bottom(head)))[0];
	for (let i = 0; i < placed.length; i++) {
		const row: { head: Placed; picture: Box }[] = [];
		for (let j = i; placed[j]?.role === 'head' && placed[j].block.lines.length <= 2; j++) {
			const picture = over(placed[j].block);
			if (
				!picture ||
				row.some((r) => Math.min(right(r.picture), right(picture)) - Math.max(r.picture.x, picture.x) > 0)
			)
				break;
			row.push({ head: placed[j], picture });
		}
		if (row.length < 2) continue;
		const start = i + row.length;
		let end = start;
		const by = new Map<Placed, number>();
		for (; end < placed.length; end++) {
			const p = placed[end];
			if (!['caption', 'credit', 'body', 'furniture'].includes(p.role)) break;
			const near = row
				.map((r, k) => ({
					k,
					d: inside(p.block, r.picture) ? -1 : besides(p.block, r.picture) ? distance(p.block, r.picture) : Infinity,
				}))
				.sort((a, b) => a.d - b.d)[0];
			if (near.d === Infinity) break;
			by.set(p, near.k);
		}
		if (end === start) continue;
		const read = row.flatMap((r, k) => [r.head, ...placed.slice(start, end).filter((p) => by.get(p) === k)]);
		placed.splice(i, end - i, ...read);
		i = end - 1;
	}
}

/**
 * Reads a photo's caption right after the photo's title set right over it. Where a short line in bold
 * (a deck's, a label's or a 小标题's type) stands under a picture, right over a caption by that picture
 * (its title's foot within a line and a half, flush left with it, within an em: `photoTitleOver`), and
 * other blocks are read between them (a story's column beside, another photo's caption), the caption is
 * read right after the title, with the credit read right after it set level with or under it.
 */
function captionsUnderTitles(placed: Placed[], pictures: Box[], body: number): void {
	for (let i = 0; i < placed.length; i++) {
		const title = placed[i];
		if (!['deck', 'label', 'intertitle'].includes(title.role) || !title.block.bold || title.block.lines.length !== 1)
			continue;
		const by = pictures.filter((picture) => besides(title.block, picture));
		if (by.length === 0) continue;
		const k = placed.findIndex(
			(q, j) =>
				j > i + 1 &&
				q.role === 'caption' &&
				Math.abs(q.block.x - title.block.x) < title.block.size / 2 &&
				photoTitleOver(title.block, q.block, body) &&
				by.some((picture) => besides(q.block, picture)),
		);
		if (k < 0 || placed.slice(i + 1, k).every((q) => q.role === 'credit' || q.role === 'furniture')) continue;
		const credit = placed[k + 1];
		const moved =
			credit?.role === 'credit' &&
			credit.block.y > placed[k].block.y - credit.block.size &&
			credit.block.y - bottom(placed[k].block) < credit.block.size * 1.5
				? 2
				: 1;
		placed.splice(i + 1, 0, ...placed.splice(k, moved));
	}
}

/**
 * Whether a block stands where a photo's caption does: right under the picture (within two and a half
 * of its lines), flush left with it (within an indent), within its width, three lines at most in type
 * no larger than a fifth over the body's.
 */
function captionUnder(b: LayoutBlock, picture: Box, body: number): boolean {
	return (
		b.lines.length <= 3 &&
		!isVertical(b) &&
		b.size < body * 1.2 &&
		b.y - bottom(picture) > -1 &&
		b.y - bottom(picture) < b.size * 2.5 &&
		Math.abs(b.x - picture.x) < b.size * 1.5 &&
		right(b) < right(picture) + b.size
	);
}

/**
 * Whether a block stands where a photo's credit is printed on its picture's edge: set vertically up
 * its right edge (within two ems of it, level with the picture), or a line flush right right under
 * its foot (within a line and a half, its right edge within an em of the picture's).
 */
function onPictureEdge(b: LayoutBlock, picture: Box): boolean {
	return isVertical(b)
		? b.x >= right(picture) - 1 &&
				b.x - right(picture) < b.size * 2 &&
				b.y > picture.y - b.size &&
				bottom(b) < bottom(picture) + b.size
		: b.lines.length === 1 &&
				b.y - bottom(picture) > -1 &&
				b.y - bottom(picture) < b.size * 1.5 &&
				Math.abs(right(b) - right(picture)) < b.size;
}

/**
 * Reads a photo's caption with the credit printed on its picture's edge: set vertically up the
 * picture's right edge (within two ems of it, level with the picture), or flush right right under
 * its foot (within a line and a half, its right edge within an em of the picture's), where a
 * caption of three lines at most stands right under the picture (within two and a half lines,
 * flush left with it, within its width) with no credit of its own run on. The caption is a
 * caption whatever its type, and the credit is read right after it: it closes that photo, not the
 * one read before (a page of photos stacked, each credit set up its picture's edge, read before
 * the caption under it or after the next photo's).
 */
function edgeCredits(placed: Placed[], pictures: Box[], body: number): void {
	for (const picture of pictures) {
		const credits = placed.filter((p) => p.role === 'credit' && onPictureEdge(p.block, picture));
		const captions = placed.filter((p) => ['body', 'caption'].includes(p.role) && captionUnder(p.block, picture, body));
		if (credits.length !== 1 || captions.length !== 1) continue;
		const [credit, caption] = [credits[0], captions[0]];
		if (splitTrailingCredit(caption.text) || creditLine(caption.block)) continue;
		caption.role = 'caption';
		const k = placed.indexOf(caption);
		if (placed[k + 1] === credit) continue;
		placed.splice(placed.indexOf(credit), 1);
		placed.splice(placed.indexOf(caption) + 1, 0, credit);
	}
}

/**
 * Whether `credit` stands beside `picture` and `caption` beside `credit` further out, along the picture: a
 * credit set up the picture's edge (vertically, `通讯员某某摄`) between the photo and its caption.
 */
function creditBetween(credit: LayoutBlock, caption: LayoutBlock, picture: Box): boolean {
	return (
		besides(credit, picture) &&
		besides(caption, credit) &&
		Math.min(bottom(caption), bottom(picture)) - Math.max(caption.y, picture.y) > 0 &&
		((credit.x >= right(picture) - 1 && caption.x >= right(credit) - 1) ||
			(right(credit) <= picture.x + 1 && right(caption) <= credit.x + 1))
	);
}

/** A credit read right before the caption it stands between its picture and (`creditBetween`): read after it. */
function creditsBesideCaptions(placed: Placed[], pictures: Box[]): void {
	for (let i = 0; i + 1 < placed.length; i++) {
		const [credit, caption] = [placed[i], placed[i + 1]];
		if (
			credit.role === 'credit' &&
			caption.role === 'caption' &&
			pictures.some((picture) => creditBetween(credit.block, caption.block, picture))
		) {
			placed.splice(i, 2, caption, credit);
			i++;
		}
	}
}

/** Whether a draft is a photo with no title of its own. */
function untitledPhoto(d: Draft): boolean {
	return d.caption && d.head.length === 0 && !d.kicker && !d.subheadline;
}

/**
 * Whether the photo `photo` stands with the group `group` as one of its set: right over it in the
 * same column (sharing most of the narrower width), or beside it in one row (sharing most of the
 * lower height), within three body lines of it.
 */
function grouped(photo: Box, group: Box, body: number): boolean {
	const across = Math.min(right(photo), right(group)) - Math.max(photo.x, group.x);
	const along = Math.min(bottom(photo), bottom(group)) - Math.max(photo.y, group.y);
	const stacked =
		across > Math.min(photo.width, group.width) / 2 &&
		group.y - bottom(photo) > -2 &&
		group.y - bottom(photo) < body * 3;
	const row =
		along > Math.min(photo.height, group.height) / 2 &&
		group.x - right(photo) > -2 &&
		group.x - right(photo) < body * 3;
	return stacked || row;
}

/** The share of a picture's area covered by the text blocks standing inside it. */
/**
 * Whether `head`, a heading set across (a fifth larger than the body or more), stands right over
 * `text` in body type or smaller (its top within a line and a half under the heading's foot, across
 * it; within two and seven tenths body lines under a bold one: room for a byline's line between them).
 */
function headsText(head: Box, text: Box, body: number): boolean {
	if (!('lines' in head) || !('lines' in text)) return false;
	const [h, t] = [head as LayoutBlock, text as LayoutBlock];
	if (h.size < body * 1.2 || isVertical(h) || t.size > body * 1.05 || t.lines.length < 3) return false;
	const gap = t.y - bottom(h);
	return gap > -1 && gap < body * (h.bold ? 2.7 : 1.5) && Math.min(right(h), right(t)) - Math.max(h.x, t.x) > 0;
}

function textCover(picture: Box, blocks: LayoutBlock[]): number {
	const area = blocks.filter((b) => inside(b, picture)).reduce((sum, b) => sum + b.width * b.height, 0);
	return area / (picture.width * picture.height);
}

/** Whether two blocks are set in one type: the same size (within a quarter point) and weight. */
function sameType(a: LayoutBlock, b: LayoutBlock): boolean {
	return Math.abs(a.size - b.size) < 0.25 && a.bold === b.bold;
}

/** Whether the middle of `box` lies inside `outer`. */
/**
 * Whether a block is a photo's number printed on the picture (`①` in its top corner): one line of
 * one circled number, no wider than a glyph or two, set inside a picture or, where the page reads
 * none there, standing alone as a square of its own type size.
 */
function photoMarker(block: LayoutBlock, pictures: Box[]): boolean {
	if (block.lines.length !== 1 || !CIRCLED_NUMBER.test(block.lines[0].text)) return false;
	if (pictures.some((picture) => inside(block, picture))) return true;
	return block.width <= block.size * 1.5 && block.height <= block.size * 1.5;
}

/**
 * Whether a block is a label set on a tag: one short line (eight characters at most past a mark, `■`, `【】`, no
 * sentence marks) lying on a filled rectangle that hugs it (within half a line over and under it, three ems
 * either side): reverse type, white on a dark fill, or type on a tint; or underlined by a short rule right under
 * its foot (within four fifths of an em), starting within an em and a half of its left edge, about as wide as it
 * (three fifths of its width up to three ems more).
 */
function onTag(p: Placed, fills: Box[], rules: Box[] = []): boolean {
	const b = p.block;
	if (b.lines.length !== 1 || isVertical(b)) return false;
	const text = p.text.replace(/^[■◆▍▌▎▋█【\s]+|[】\s]+$/gu, '');
	if ([...text].length < 2 || [...text].length > 8 || /[\p{P}\s]/u.test(text)) return false;
	return (
		fills.some(
			(f) =>
				b.x >= f.x - 2 &&
				b.y >= f.y - 2 &&
				right(b) <= right(f) + 2 &&
				bottom(b) <= bottom(f) + 2 &&
				f.height <= b.size * 2 &&
				f.width <= b.width + b.size * 3,
		) ||
		rules.some(
			(r) =>
				r.height < 3 &&
				r.y >= bottom(b) - 1 &&
				r.y - bottom(b) < b.size * 0.8 &&
				Math.abs(r.x - b.x) < b.size * 1.5 &&
				r.width >= b.width * 0.6 &&
				r.width <= b.width + b.size * 3,
		)
	);
}

/**
 * A chart's labels and figures: the blocks set on a picture (their middle inside it), three or more,
 * every line of them eight characters or fewer, two lines or more a figure (`46.5`, `37%`); not a
 * credit printed there (`余东秋制图`), which stays the chart's.
 */
function chartLabels(placed: Placed[], pictures: Box[]): Placed[] {
	return pictures.flatMap((picture) => {
		const on = placed.filter((p) => inside(p.block, picture) && !isCredit(p.text));
		const lines = on.flatMap((p) => p.block.lines.map((l) => l.text.trim()));
		return on.length >= 3 && lines.every((l) => [...l].length <= 8) && lines.filter((l) => FIGURE.test(l)).length >= 2
			? on
			: [];
	});
}

const FIGURE = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?$/u;

function inside(box: Box, outer: Box): boolean {
	const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
	return x > outer.x && x < right(outer) && y > outer.y && y < bottom(outer);
}

/** The gap between two boxes: the larger of the gaps across and along (0 where they overlap both ways). */
function distance(a: Box, b: Box): number {
	return Math.max(0, b.x - right(a), a.x - right(b), b.y - bottom(a), a.y - bottom(b));
}

/**
 * Whether `block` heads a column of the story `d` to the right of its text: its top lines up (within
 * a line) with the top of one of the story's text blocks further left, as where a story's columns
 * each open with a 小标题.
 */
function atColumnTop(d: Draft, block: LayoutBlock): boolean {
	return d.blocks.some(
		(b) => b.role !== 'head' && b.block.x < block.x - block.size && Math.abs(b.block.y - block.y) < block.size * 1.5,
	);
}

/** Whether a draft is a brief whose headline runs in: its text starting on the headline's line, right after it. */
function briefRunIn(d: Draft): boolean {
	const head = d.head.at(-1)?.block;
	const text = d.blocks.find((b) => b.role === 'body')?.block;
	return head !== undefined && text !== undefined && runsIn(head, text);
}

/**
 * Whether the one line of `head` runs in: the first line of `text` goes on from it on the same
 * baseline (within a third of an em), starting within two ems right of it.
 */
function runsIn(head: LayoutBlock, text: LayoutBlock): boolean {
	const first = text.lines[0];
	const gap = first.x - right(head);
	return (
		head.lines.length === 1 && Math.abs(bottom(first) - bottom(head)) < head.size / 3 && gap > -1 && gap < head.size * 2
	);
}

/** Whether `over` stands right over `block`, as a kicker over its headline: the gap between them under three body lines. */
function stacked(over: LayoutBlock, block: LayoutBlock, body: number): boolean {
	const gap = block.y - bottom(over);
	return gap > -1 && gap < body * 3;
}

/**
 * Whether `block` stands under `over` within `within` points, sharing some of its width: a
 * subheadline under its headline (a banner over the page stands over another story's headline
 * set to one side, not over it).
 */
function below(over: Box, block: Box, within: number): boolean {
	const gap = block.y - bottom(over);
	return gap > -1 && gap < within && Math.min(right(block), right(over)) - Math.max(block.x, over.x) > 0;
}

/**
 * Whether `block` stands right over or under `head` (within a line and a half of its own type) and
 * within its width, flush left with it or centred on it (a deck may run longer than its headline).
 */
function tight(block: LayoutBlock, head: LayoutBlock): boolean {
	const gap = Math.max(block.y - bottom(head), head.y - bottom(block));
	const within = block.x >= head.x - block.size && right(block) <= right(head) + block.size;
	// Or centred on it, wider than it (a subheadline under a short headline).
	const centred = Math.abs(block.x + block.width / 2 - (head.x + head.width / 2)) < block.size;
	return gap > -1 && gap < block.size * 1.5 && (within || centred || Math.abs(block.x - head.x) < block.size / 2);
}

/** Whether `block` stands right under `above` in its column: overlapping it, within three lines under it. */
function under(above: LayoutBlock, block: LayoutBlock): boolean {
	const gap = block.y - bottom(above);
	return Math.min(right(block), right(above)) - Math.max(block.x, above.x) > 0 && gap > -2 && gap < block.size * 3;
}

/**
 * A byline set right over its story's headline (or the kicker over it), flush left with it, each
 * within a line and a half of the next: it is read after the headline, as a byline under it is, so
 * a column's label or kicker read before it still heads the story. Not one set right under a text
 * block across it (a story's marked sign-off, `◎赵英波`, the next headline right under it).
 */
function bylineUnderItsHead(blocks: LayoutBlock[], body: number): LayoutBlock[] {
	const out = [...blocks];
	const stacked = (upper: LayoutBlock, lower: LayoutBlock) =>
		Math.abs(upper.x - lower.x) < body &&
		lower.y - bottom(upper) > -1 &&
		lower.y - bottom(upper) < Math.max(upper.size, body) * 1.5;
	for (let i = out.length - 2; i >= 0; i--) {
		const block = out[i];
		const role = block.lines.length === 1 ? blockRole(block, body) : undefined;
		// (Or bare names in the text's type or smaller, `王芳`, whatever role their type gave them, under the
		// column's label: alone over a headline, a word is rather the label.)
		const label = out[i - 1];
		const named =
			(role === 'label' || role === 'body' || role === 'caption') &&
			block.size <= body * 1.02 &&
			bareName(blockText(block)) !== undefined &&
			label !== undefined &&
			['label', 'deck'].includes(blockRole(label, body)) &&
			stacked(label, block);
		if (role !== 'byline' && !named) continue;
		let j = i + 1;
		while (j < out.length && blockRole(out[j], body) === 'deck' && stacked(j === i + 1 ? block : out[j - 1], out[j]))
			j++;
		if (j >= out.length || blockRole(out[j], body) !== 'head' || !stacked(j === i + 1 ? block : out[j - 1], out[j]))
			continue;
		const before = out[i - 1];
		// (A word or two over it, no punctuation, is the column's label, `短评`, not text.)
		const word = (b: LayoutBlock) => b.lines.length === 1 && /^[^\p{P}\s]{1,6}$/u.test(blockText(b));
		if (
			before &&
			blockRole(before, body) === 'body' &&
			!word(before) &&
			block.y - bottom(before) > -1 &&
			block.y - bottom(before) < block.size * 1.5 &&
			Math.min(right(before), right(block)) - Math.max(before.x, block.x) > 0
		)
			continue;
		out.splice(i, 1);
		out.splice(j, 0, block);
	}
	return out;
}

/**
 * A byline set right under a headline that stands left of its text (the text's first lines level with the
 * headline's top, beside it): where the text beside is short, a cut across under it reads the byline after that
 * text. Where a byline (a line, flush left under the headline within a line and a half) comes after blocks that
 * all stand right of the headline, their tops level with its top or under it but over its foot, it is read right
 * after the headline.
 */
function bylineUnderSideHead(blocks: LayoutBlock[], body: number): LayoutBlock[] {
	const out = [...blocks];
	for (let i = 2; i < out.length; i++) {
		const block = out[i];
		if (block.lines.length !== 1 || blockRole(block, body) !== 'byline') continue;
		let k = i - 1;
		while (k >= 0 && blockRole(out[k], body) !== 'head') k--;
		if (k < 0 || k === i - 1) continue;
		const head = out[k];
		const gap = block.y - bottom(head);
		if (Math.abs(block.x - head.x) >= body || gap <= -1 || gap >= Math.max(head.size, body) * 1.5) continue;
		const beside = out.slice(k + 1, i);
		if (beside.every((b) => b.x >= right(head) - 1 && b.y > head.y - body / 2 && b.y < bottom(head))) {
			out.splice(i, 1);
			out.splice(k + 1, 0, block);
		}
	}
	return out;
}

/**
 * A run-in headline's text read from its own line: a one-line heading whose text starts on its line, right
 * after it (a line of its own, its baseline level with the heading's, starting within two ems of the
 * heading's end), and wraps onto lines under the heading (a block right under it, within a line and a half,
 * starting within three ems left of the heading's left edge or an em right of it, left of that first line
 * and ending by its right edge): the X-Y cut, a gutter seeming to run between the heading and the first
 * line, reads the lines under first. The first line is read right after the heading, then the lines under.
 */
function runInTextOnItsLine(blocks: LayoutBlock[]): LayoutBlock[] {
	const out = [...blocks];
	const baseline = (b: LayoutBlock) => b.y + b.lines[0].size * 0.88;
	for (let i = 0; i + 2 < out.length; i++) {
		const [head, under, first] = [out[i], out[i + 1], out[i + 2]];
		const em = first.size;
		if (
			head.lines.length === 1 &&
			first.lines.length === 1 &&
			!isVertical(head) &&
			Math.abs(baseline(first) - baseline(head)) < em / 4 &&
			first.x - right(head) > -1 &&
			first.x - right(head) < em * 2 &&
			under.y - bottom(head) > -1 &&
			under.y - bottom(head) < em * 1.5 &&
			under.y - bottom(first) < em * 1.5 &&
			under.x > head.x - em * 3 &&
			under.x < head.x + em &&
			right(under) < right(first) + em / 2 &&
			Math.abs(under.size - first.size) < 0.25
		)
			[out[i + 1], out[i + 2]] = [first, under];
	}
	return out;
}

/** Whether a block stands right under, over or beside a picture: within three lines of it, overlapping it across the gap. */
/**
 * A story's first column set left of its headline, level with it (the headline over the columns
 * after it): the X-Y cut reads that column first. Where a column of text (its blocks one under
 * another at one left edge, three lines or more, its 小标题 among them) with no heading right over
 * it comes just before a headline (or the kicker over it) whose top it is level with (within half a
 * body line), right of it, and the column of text under that headline (past its kicker, deck or
 * byline) ends level with that column's foot (within two body lines), the column is read after the
 * heading: the story's text starts there.
 */
function textBeforeItsHeadline(blocks: LayoutBlock[], body: number, rules: Box[] = []): LayoutBlock[] {
	const out = [...blocks];
	const roles = new Map(out.map((b) => [b, blockRole(b, body)]));
	const role = (b: LayoutBlock | undefined) => (b ? roles.get(b) : undefined);
	const heading = (b: LayoutBlock | undefined) => ['head', 'deck', 'byline'].includes(role(b) ?? '');
	const text = (b: LayoutBlock | undefined) => role(b) === 'body' || role(b) === 'intertitle';
	// The blocks from `from` on in one column, one under another, text only.
	const columnFrom = (from: number): number => {
		let to = from + 1;
		while (
			to < out.length &&
			text(out[to]) &&
			Math.abs(out[to].x - out[from].x) < 1 &&
			out[to].y >= bottom(out[to - 1]) - 1
		)
			to++;
		return to;
	};
	for (let i = 0; i + 2 < out.length; i++) {
		// The column may open with the story's byline, right over its text at its left edge.
		const lead =
			role(out[i]) === 'byline' &&
			text(out[i + 1]) &&
			Math.abs(out[i + 1].x - out[i].x) < 1 &&
			out[i + 1].y >= bottom(out[i]) - 1 &&
			out[i + 1].y - bottom(out[i]) < body * 2;
		if (role(out[i]) !== 'body' && !lead) continue;
		const before = out[i - 1];
		if (
			heading(before) &&
			Math.min(right(before), right(out[i])) - Math.max(before.x, out[i].x) > 0 &&
			out[i].y - bottom(before) < body * 3
		)
			continue;
		const m = columnFrom(lead ? i + 1 : i);
		const run = out.slice(i, m);
		const foot = Math.max(...run.map(bottom));
		const edge = Math.max(...run.map(right));
		if (run.reduce((n, b) => n + b.lines.length, 0) < 3 || !heading(out[m])) continue;
		if (Math.abs(out[m].y - out[i].y) > body / 2 || out[m].x < edge) continue;
		let k = m;
		while (k < out.length && k < m + 4 && heading(out[k]) && out[k].x >= edge) k++;
		if (!out.slice(m, k).some((b) => role(b) === 'head')) continue;
		const under = out[k];
		if (!under || role(under) !== 'body' || under.x < edge || under.y < Math.max(...out.slice(m, k).map(bottom)) - 1)
			continue;
		const underFoot = Math.max(...out.slice(k, columnFrom(k)).map(bottom));
		if (Math.abs(underFoot - foot) > body * 2) continue;
		out.splice(i, run.length);
		out.splice(k - run.length, 0, ...run);
		i = k - 1;
	}
	// Or a column starting right under the foot of a headline's stack set right of it (within two body lines,
	// under the headline's top), where nothing of text stands under that stack and the column stands apart
	// from the row of columns read before it (its top not level with theirs): the story's text, read after its head.
	for (let i = 1; i + 1 < out.length; i++) {
		if (role(out[i]) !== 'body') continue;
		const m = columnFrom(i);
		const run = out.slice(i, m);
		if (run.reduce((n, b) => n + b.lines.length, 0) < 3 || role(out[m]) !== 'head') continue;
		const edge = Math.max(...run.map(right));
		let k = m;
		while (k < out.length && k < m + 4 && heading(out[k]) && out[k].x >= edge) k++;
		const stack = out.slice(m, k);
		if (out[m].x < edge) continue;
		const top = Math.min(...stack.map((b) => b.y));
		const foot = Math.max(...stack.map(bottom));
		const gap = out[i].y - foot;
		if (out[i].y < top || gap < -1 || gap > body * 2) continue;
		// (Nor where a column rule parts the column from the stack, beside both: it heads what stands past the rule.)
		const ruled = (r: Box) =>
			r.width < 3 &&
			r.x >= edge - 1 &&
			right(r) <= out[m].x + 1 &&
			r.y < Math.min(top, out[i].y) + body &&
			bottom(r) > Math.max(foot, out[i].y);
		if (rules.some(ruled)) continue;
		const left = Math.min(...stack.map((b) => b.x));
		const end = Math.max(...stack.map(right));
		const after = out[k];
		if (after && text(after) && Math.min(right(after), end) - Math.max(after.x, left) > 0 && after.y - foot < body * 4)
			continue;
		// (Nor where the column has a heading of its own right over it, or runs on from text right over it at its
		// left edge, past a paragraph's gap: a column running on down beside the stack starts no text there.)
		const prev = out[i - 1];
		if (text(prev) && Math.abs(prev.y - out[i].y) < body) continue;
		if (
			text(prev) &&
			Math.abs(prev.x - out[i].x) < 1 &&
			out[i].y - bottom(prev) > -1 &&
			out[i].y - bottom(prev) < body * 1.5
		)
			continue;
		if (
			heading(prev) &&
			Math.min(right(prev), right(out[i])) - Math.max(prev.x, out[i].x) > 0 &&
			out[i].y - bottom(prev) < body * 3
		)
			continue;
		out.splice(i, run.length);
		out.splice(k - run.length, 0, ...run);
		i = k - 1;
	}
	return out;
}

/**
 * Whether a deck-size line stands as a photo's title right over its caption: one short line
 * without sentence marks, at most a line and a half over the caption and across it.
 */
function photoTitleOver(title: LayoutBlock, caption: LayoutBlock, body: number): boolean {
	const gap = caption.y - bottom(title);
	const across = Math.min(right(title), right(caption)) - Math.max(title.x, caption.x) > 0;
	const text = title.lines[0]?.text.trim() ?? '';
	return (
		title.lines.length === 1 &&
		across &&
		gap > -1 &&
		gap < body * 1.5 &&
		[...text].length <= 12 &&
		// (A place and its subject parted by a colon, `烟台：11月好风光`, is a title too.)
		!/[，。；、！？,.:;!?]|：.*：|：$/u.test(text)
	);
}

function besides(block: LayoutBlock, picture: Box): boolean {
	const near = block.size * 3;
	const across = Math.min(right(block), right(picture)) - Math.max(block.x, picture.x) > 0;
	const along = Math.min(bottom(block), bottom(picture)) - Math.max(block.y, picture.y) > 0;
	const below = block.y - bottom(picture);
	const above = picture.y - bottom(block);
	const side = Math.max(block.x - right(picture), picture.x - right(block));
	return (
		(across && ((below > -2 && below < near) || (above > -2 && above < near))) || (along && side > -2 && side < near)
	);
}

/**
 * A body-size block whose first line is a byline (`□本报记者 某某`) ending there: the byline and the
 * text under it as two blocks. The byline ends its line where the line stops short of the column's
 * edge (half an em or more: text set justified fills its lines, if only by half an em in a narrow
 * column) or where the line under it is indented, a paragraph's first line. Wrapped on two lines
 * (`本报记者 马然志 通讯员` / `白明萱 常波`, or broken inside a word: `本报记者 蔡涛 实习` / `生 郑文鸣`),
 * the two read as a byline and the second ends there. A byline running past the column's edge by an em
 * or more (set across the gutter) ends there too.
 */
function splitLeadingByline(block: LayoutBlock): LayoutBlock[] {
	const [first, ...rest] = block.lines;
	if (rest.length === 0) return [block];
	const part = (lines: LayoutLine[]): LayoutBlock => ({ ...union(lines), lines, size: block.size, bold: block.bold });
	// Where a line ends its paragraph: short of the column's edge, or the next line indented (by one
	// to two and a half em) and filling its line, a paragraph's first.
	// The column's edge: that of the lines under the first (a byline may run past it).
	const edge = Math.max(...rest.map(right));
	const ends = (line: LayoutLine, next: LayoutLine | undefined) =>
		edge - right(line) >= block.size / 2 ||
		// Or running past the column's edge (shown by two lines or more) by an em or more (a byline set
		// across the gutter) over a line filling the column: no line of the column's text.
		(rest.length > 1 &&
			right(line) - edge >= block.size &&
			next !== undefined &&
			edge - right(next) < block.size / 2) ||
		(next !== undefined &&
			next.x - line.x >= block.size * 0.8 &&
			next.x - line.x <= block.size * 2.5 &&
			edge - right(next) < block.size / 2);
	const [second, ...text] = rest;
	if (
		text.length > 0 &&
		second.x - first.x < block.size * 1.5 &&
		ends(second, text[0]) &&
		bylineText(part([first, second])) !== undefined
	)
		return [part([first, second]), part(text)];
	// Or wrapped on three lines in a column a few ems wide (eight at most: `□本报记者` / `夏飞伟 实习` / `生 谢波`),
	// each hung in by an em and a half at most, the third ending there.
	const [third, ...after] = text;
	if (
		third !== undefined &&
		after.length > 0 &&
		edge - block.x <= block.size * 8 &&
		[second, third].every((line) => line.x - first.x < block.size * 1.5) &&
		ends(third, after[0]) &&
		bylineText(part([first, second, third])) !== undefined
	)
		return [part([first, second, third]), part(after)];
	// Or its words spread apart (`本报记者 周立新 姜晓悦`) over a line of text (not over the end of a
	// name wrapped onto a line of its own: `本报记者 尹向兰 黎晨` / `亚`).
	const spread = (rest.length >= 2 || [...second.text].length > 4) && spreadByline(first.text);
	if (!(ends(first, second) || spread) || !detectByline(first.text)) return [block];
	// Not a line stopping short by less than two ems over a line that opens with one character and a mark no line may
	// open with (`记者回访时看` / `到，问题已经…`): the word was carried down with its mark, and the sentence runs on.
	if (edge - right(first) < block.size * 2 && /^\p{Script=Han}[，。、；：！？]/u.test(second.text)) return [block];
	return [part([first]), part(rest)];
}

/**
 * A byline justified to fill its column (`本报记者 周立新 姜晓悦`): three words or more parted by
 * spaces, each after the first a role word or a name (`readsAsSignature`), the last a name (a byline
 * wrapped after its role word runs on). A line of text has no spaces between its Han words, so the
 * byline ends there even where it fills its line; a dateline's line runs on into the text
 * (`本报驻北京记者 毛东玉 座谈…`).
 */
function spreadByline(text: string): boolean {
	const [, ...words] = text.split(/\s+/u);
	return (
		words.length >= 2 &&
		words.every((w) => BYLINE_ROLE.test(w) || readsAsSignature(w)) &&
		readsAsSignature(words.at(-1)!)
	);
}

const BYLINE_ROLE = /^(?:本报|新华社)?(?:首席|特约|见习|实习|摄影)?(?:记者|通讯员|实习生|评论员)$/u;

/**
 * Whether `head`, a headline read with nothing but its byline, heads the text of `story`, read right
 * before it: that text one column of body blocks, the first level with the headline's top (within a
 * line) and ending left of it, within three body ems; the story's own heading (a page's theme title)
 * a single block standing clear of that column, over none of it.
 */
function headBeside(story: Draft, head: Draft, body: number): boolean {
	if (story.caption || story.byline || story.kicker || story.subheadline || story.section || story.head.length !== 1)
		return false;
	if (head.caption || head.paragraphs.length > 0 || head.head.length === 0 || head.section) return false;
	if (!head.blocks.every((b) => b.role === 'head' || b === head.byline || b === head.kicker || b === head.subheadline))
		return false;
	const text = story.blocks.filter((b) => b.role === 'body');
	if (text.length === 0 || story.paragraphs.length === 0 || text.length + 1 !== story.blocks.length) return false;
	const title = story.head[0].block;
	const headline = head.head[0].block;
	const column = union(text.map((b) => b.block));
	const top = text[0].block;
	return (
		Math.abs(top.y - headline.y) < body * 1.5 &&
		right(column) <= headline.x + body / 2 &&
		headline.x - right(column) < body * 3 &&
		(right(title) < column.x || title.x > right(column))
	);
}

/**
 * A body-size block whose first line is a bare name (`林静`, read as a signature) standing far short
 * of the column's edge (half the column or more) over two lines or more of text: the name and the text
 * under it as two blocks. Whether the name signs the story (under its headline) is decided where
 * the blocks are read in order; a paragraph's last line ends in its punctuation, never a bare name.
 */
function splitLeadingName(block: LayoutBlock): LayoutBlock[] {
	const [first, ...rest] = block.lines;
	if (rest.length < 2 || !signatureNames(first.text)) return [block];
	const edge = Math.max(...rest.map(right));
	if (edge - right(first) < (edge - block.x) / 2) return [block];
	const part = (lines: LayoutLine[]): LayoutBlock => ({ ...union(lines), lines, size: block.size, bold: block.bold });
	return [part([first]), part(rest)];
}

/**
 * A bold block whose second line opens with a bullet (`▲`, `●`, `■`: a brief's headline), under a
 * short first line of a few characters with no punctuation (`简讯`, `本地速览`): the column's label and
 * the briefs under it, as two blocks. A headline's own lines never open with a bullet.
 */
function splitLabelOverBullet(block: LayoutBlock): LayoutBlock[] {
	const [first, second] = block.lines;
	if (!block.bold || !second || !BULLET.test(second.text) || !/^[\p{Script=Han}]{2,6}$/u.test(first.text))
		return [block];
	const part = (lines: LayoutLine[]): LayoutBlock => ({ ...union(lines), lines, size: block.size, bold: block.bold });
	return [part([first]), part(block.lines.slice(1))];
}

/**
 * Whether a block stands right under a headline: within two of its own lines under the headline's
 * foot, starting inside the headline's span (from half an em left of its left edge).
 */
function underHeadline(head: LayoutBlock, block: LayoutBlock): boolean {
	const gap = block.y - bottom(head);
	return gap > -1 && gap < block.size * 2 && block.x > head.x - block.size / 2 && block.x < right(head);
}

/**
 * Whether `block` stands right under a headline centred over the text that follows (`next`), flush
 * left with that text: the headline's middle within an em of the text's, the headline inside its
 * width, the block within two of its lines under the headline and over the text.
 */
function underCentredHead(head: LayoutBlock, block: LayoutBlock, next: LayoutBlock | undefined): boolean {
	return (
		next !== undefined &&
		betweenFlushLeft(head, block, next) &&
		head.x >= next.x - 1 &&
		right(head) <= right(next) + 1 &&
		Math.abs(head.x + right(head) - next.x - right(next)) < head.size * 2
	);
}

/**
 * Whether `block` stands flush left over the text that follows (`next`), within two of its lines under
 * the headline (or under its deck, where it has one), the headline starting at or right of it (centred
 * over the story's columns, the first of which the block heads).
 */
function bylineLeftUnder(
	head: LayoutBlock,
	deck: LayoutBlock | undefined,
	block: LayoutBlock,
	next: LayoutBlock | undefined,
): boolean {
	return (
		next !== undefined && betweenFlushLeft(deck && deck.y > head.y ? deck : head, block, next) && head.x >= block.x - 1
	);
}

/**
 * Whether `block` stands within two of its lines under `above` and over `next`, flush left with
 * `next` (a byline between a head and the text it signs).
 */
function betweenFlushLeft(above: LayoutBlock, block: LayoutBlock, next: LayoutBlock): boolean {
	const gap = block.y - bottom(above);
	return (
		gap > -1 &&
		gap < block.size * 2 &&
		next.y > block.y &&
		next.y - bottom(block) < block.size * 2 &&
		Math.abs(block.x - next.x) < block.size / 2
	);
}

/**
 * A block whose first line is a photo's credit (`新华社发 龚慧悦摄`, also wrapped on two lines:
 * `新华社发` / `王凯凯摄`) over the caption's text: the credit and the caption as two blocks.
 */
function splitLeadingCredit(block: LayoutBlock): LayoutBlock[] {
	const [first, second, ...text] = block.lines;
	if (second === undefined || isCredit(blockText(block))) return [block];
	const part = (lines: LayoutLine[]): LayoutBlock => ({ ...union(lines), lines, size: block.size, bold: block.bold });
	if (text.length > 0 && isCredit(first.text + second.text) && !isCredit(first.text))
		return [part([first, second]), part(text)];
	return isCredit(first.text) ? [part([first]), part([second, ...text])] : [block];
}

/**
 * Whether `block` is a line of bare names (`钟少华`, `胡德胜 卢嘉怡`: signatureNames) standing right over
 * the top of the text block `text` (within a line and a half), across it but not flush left with it
 * (where a line of the text would start).
 */
function nameOverColumn(block: LayoutBlock, text: LayoutBlock): boolean {
	if (block.lines.length !== 1 || Math.abs(block.x - text.x) < block.size) return false;
	const gap = text.y - bottom(block);
	return (
		gap > -1 &&
		gap < block.size * 1.5 &&
		Math.min(right(block), right(text)) - Math.max(block.x, text.x) > 0 &&
		(signatureNames(blockText(block))?.length ?? 0) > 0
	);
}

/**
 * A name after a square mark on a line of its own (`■ 廖敏`, read as a label by its mark), right under a
 * block of text (within three lines), starting well past its left edge and ending at its right edge
 * (within an em and a half): the signature closing that text, read as a byline naming the writer.
 * Returns those blocks, their role set to byline and their text to the name.
 */
function markedSignatures(placed: Placed[]): Set<Placed> {
	const found = new Set<Placed>();
	placed.forEach((p, i) => {
		const text = /^■\s*(\S.*)$/u.exec(p.text);
		const above = placed[i - 1]?.block;
		if (!text || p.role !== 'label' || p.block.lines.length !== 1 || placed[i - 1].role !== 'body') return;
		const gap = p.block.y - bottom(above);
		if (
			gap > -1 &&
			gap < p.block.size * 3 &&
			Math.abs(right(p.block) - right(above)) < p.block.size * 1.5 &&
			p.block.x > above.x + p.block.size * 2 &&
			signatureNames(text[1])?.length
		) {
			p.role = 'byline';
			p.text = text[1];
			found.add(p);
		}
	});
	return found;
}

/**
 * A body-size block whose last line is a marked byline (`◎赵英波`, `□黎爽`), short of the column's
 * edge, under a line ending a sentence (short of the edge or not: text set ragged right may reach
 * it): the text and the byline signing it off as two blocks.
 */
function splitTrailingByline(block: LayoutBlock): LayoutBlock[] {
	const last = block.lines.at(-1)!;
	const before = block.lines.at(-2);
	if (before === undefined || !/[。！？”）]$/u.test(before.text)) return [block];
	// Or a byline set flush right under the text's last sentence, starting past its left edge (`宋兰平 姚超志 报道`).
	const flush =
		Math.abs(right(block) - right(last)) < block.size / 2 &&
		last.x > block.x + block.size &&
		right(before) < right(block) - block.size &&
		(detectByline(last.text)?.authors.length ?? 0) > 0;
	if (!flush && !/^[◎□]/u.test(last.text)) return [block];
	if (!flush && right(block) - right(last) < block.size / 2) return [block];
	if (!detectByline(last.text)) return [block];
	const part = (lines: LayoutLine[]): LayoutBlock => ({ ...union(lines), lines, size: block.size, bold: block.bold });
	return [part(block.lines.slice(0, -1)), part([last])];
}

/**
 * A bare name of two or three characters (`高勇`, `乌云`: any surname, where readsAsSignature knows only the
 * common ones) on a line of its own right under a headline (underHeadline), not bold, in the body's type or
 * smaller: where a label never stands (it stands over the headline), a name or a box's title (`核心阅读`, left out).
 */
function nameByPlace(block: LayoutBlock, head: LayoutBlock, body: number): boolean {
	const text = blockText(block);
	const read = /^\p{Script=Han}{2,3}$/u.test(text) ? readNames(text) : undefined;
	return (
		read !== undefined &&
		read.roles.length === 0 &&
		read.names.length === 1 &&
		!BOX_TITLE.test(text) &&
		!block.bold &&
		block.size <= body + 0.25 &&
		underHeadline(head, block)
	);
}

/**
 * A signature of bare names (`袁亚英`; also a name of two characters padded to three, `王　芳`, or
 * several, `王芳　李强`: signatureNames), read as a byline naming them.
 */
function bareName(text: string): ReturnType<typeof detectByline> {
	const names = signatureNames(text);
	return names?.length ? { text, authors: names, commentary: false } : undefined;
}

/**
 * A writer's sign-off on a line of its own, read as a byline: a name after a dash (`——王芳`), bare names
 * (`王芳`), a byline (`本报记者 王芳`), or a reader with where the reader lives, the role word set apart by
 * spaces or run in (`某某省某某市 读者 王芳`, `某某省某某市读者王芳`: the shared `readerSignature`, placed, so
 * any place or none, where it stands at the text's foot).
 */
function readSignOff(text: string): ReturnType<typeof detectByline> {
	const dashed = /^(?:——|[—－―─]{2})/u.test(text.trim()) ? readClosingSignature(text) : undefined;
	// The byline keeps its dash (`——王芳`), as the text importer's does: no character of the page is dropped.
	if (dashed) return { text: text.trim(), authors: dashed, commentary: false };
	const reader = readerSignature(text, true);
	if (reader) return detectByline(reader);
	return detectByline(text) ?? bareName(text);
}

/**
 * Whether a line signs off the story `d` at the foot of its text: right under its last text block and
 * within three lines under the foot of its text (the foot of its longest column, where the last is
 * shorter), ending flush right with that last block (or up to an em past it: a name set to the frame's
 * edge), and starting past its left edge or set in smaller type than it (a reader's place and name,
 * wider than the column).
 */
function signsOffFoot(d: Draft, block: LayoutBlock): boolean {
	const text = d.blocks.filter((b) => b.role === 'body').map((b) => b.block);
	const last = text.at(-1);
	if (!last) return false;
	const gap = block.y - Math.max(...text.map(bottom));
	const edge = right(block) - right(last);
	return (
		block.y - bottom(last) > -1 &&
		gap > -1 &&
		gap < block.size * 3 &&
		edge > -block.size / 2 &&
		edge < block.size &&
		(block.x > last.x + block.size || block.size < last.size - 0.25)
	);
}

/**
 * Whether a byline block signs off the story `d`: set flush right (within half an em) with the
 * foot of the story's last text block, starting past its left edge, within three lines under it;
 * or marked (`◎赵英波`) on a line of its own right under it, flush left with it.
 */
function signsOff(d: Draft, block: LayoutBlock): boolean {
	const last = d.blocks.findLast((b) => b.role === 'body')?.block;
	if (!last) return false;
	const gap = block.y - bottom(last);
	// Or a marked byline on the line right under the text, flush left in its column (`◎赵英波`).
	const marked =
		/^[◎□]/u.test(block.lines[0].text) &&
		block.lines.length === 1 &&
		Math.abs(block.x - last.x) < block.size / 2 &&
		gap < block.size * 1.5;
	return (
		((Math.abs(right(block) - right(last)) < block.size / 2 && block.x > last.x + block.size) || marked) &&
		gap > -1 &&
		gap < block.size * 3
	);
}

/**
 * The story a one-line name (a byline, or bare names) signs from across the reading order: the last
 * story with text and a headline but no byline, the name within three lines under its lowest text block,
 * starting more than an em past that block's left edge, where no block of another item nor a picture
 * stands in the box from the story's text (its left edge, its top) to the name (its right edge, its foot).
 */
function signedAcross(drafts: Draft[], p: Placed, placed: Placed[], pictures: Box[]): Draft | undefined {
	const block = p.block;
	if (block.lines.length !== 1) return undefined;
	if (p.role === 'byline' ? !detectByline(p.text) : !bareName(p.text)) return undefined;
	const d = drafts.findLast((o) => !o.caption && o.head.length > 0 && o.paragraphs.length > 0);
	if (!d || d.byline) return undefined;
	const text = d.blocks.filter((b) => b.role === 'body').map((b) => b.block);
	if (text.length === 0) return undefined;
	const last = text.reduce((a, b) => (bottom(b) > bottom(a) ? b : a));
	const gap = block.y - bottom(last);
	if (!(gap > -1 && gap < block.size * 3 && block.x > last.x + block.size)) return undefined;
	const left = Math.min(...text.map((b) => b.x));
	const box = { x: left, y: Math.min(...text.map((b) => b.y)), width: right(block) - left, height: 0 };
	box.height = bottom(block) - box.y;
	const own = new Set(d.blocks.map((b) => b.block));
	const overlaps = (o: Box) =>
		Math.min(right(o), right(box)) - Math.max(o.x, box.x) > 0.5 &&
		Math.min(bottom(o), bottom(box)) - Math.max(o.y, box.y) > 0.5;
	if (placed.some((o) => o !== p && !own.has(o.block) && o.role !== 'furniture' && overlaps(o.block))) return undefined;
	return pictures.some(overlaps) ? undefined : d;
}

/**
 * A body block of a line or two set flush right under a story's text, short of its left edge: a
 * sign-off (`（本报记者 某某 采访整理）`) standing alone under it (`alone`: within three lines,
 * as signsOff), or the last line of one begun as the story's last line and wrapped into a block
 * of its own (`wrapped`: `（本报记者 某某 采访整` / `理）`). Set as a paragraph, its last line
 * flush left, a sign-off stays text.
 */
function signOffSetRight(d: Draft, block: LayoutBlock): 'alone' | 'wrapped' | undefined {
	if (d.byline || d.caption || d.paragraphs.length === 0 || block.lines.length > 2) return undefined;
	const text = block.lines.map((l) => l.text).join('');
	if (SIGN_OFF.test(text) && signsOff(d, block)) return 'alone';
	const last = d.lastLine;
	// Or on the line right under the text's last line, starting past its end (where no line running on
	// starts): a brief's sign-off naming its reporters (`（江瑶）`, `（记者 龚雪）`).
	if (
		block.lines.length === 1 &&
		last !== undefined &&
		SIGN_OFF.test(text) &&
		bracketSignOff(text) &&
		block.x > right(last.line) + block.size &&
		block.y - bottom(last.line) > -1 &&
		block.y - bottom(last.line) < block.size
	)
		return 'alone';
	const paragraph = d.paragraphs.at(-1)!;
	return block.lines.length === 1 &&
		last !== undefined &&
		last.line.text === paragraph &&
		SIGN_OFF.test(paragraph + text) &&
		Math.abs(right(block) - right(last.block)) < block.size / 2 &&
		block.x > last.block.x + block.size * 1.5 &&
		block.y - bottom(last.line) < block.size
		? 'wrapped'
		: undefined;
}

/** Adds a body block's paragraphs: a line indented past the block's left edge (by four fifths of an em or more: a one-em indent, measured from the glyph's box) starts one; a first line that is not indented continues the last paragraph if that filled its line. */
/**
 * The right edge of the column the last line read stands in: its block's, or, where this block stands
 * under it in that column (flush left with it), this block's too (a line of its own, `——编 者`, as
 * wide as its block, ends short of the column).
 */
function columnRight(
	last: { line: LayoutLine; block: LayoutBlock },
	block: LayoutBlock,
	blocks: Placed[] = [],
): number {
	const under = Math.abs(block.x - last.block.x) < block.size && block.y > last.line.y;
	// A block of one line (`——编 者` under the text) is as wide as its line: its column is the block's right over it, flush left.
	const over =
		last.block.lines.length === 1
			? blocks.findLast(
					(b) =>
						b.block !== last.block &&
						b.role === 'body' &&
						b.block.lines.length > 1 &&
						Math.abs(b.block.x - last.block.x) < block.size &&
						last.block.y - bottom(b.block) > -1 &&
						last.block.y - bottom(b.block) < block.size * 2,
				)
			: undefined;
	const edge = Math.max(right(last.block), over ? right(over.block) : -Infinity);
	return under ? Math.max(edge, right(block)) : edge;
}

/**
 * Whether `line`, alone in its block, is a brief's bracketed sign-off (`（江瑶）`, `（记者 龚雪）`): names
 * in brackets, in the text's type, ending flush with the right edge of one of the story's text blocks
 * starting left of it (a brief run in after its headline fills its first line; its last ends short).
 */
function briefSignOff(d: Draft, line: LayoutLine, block: LayoutBlock): boolean {
	if (block.lines.length !== 1) return false;
	const bracketed = SIGN_OFF.exec(line.text);
	const names = bracketed && readNames(bracketed[1].replace(/(?:采访)?整理$|[报撰]道$/u, '').trim());
	if (!names || names.names.length === 0) return false;
	const text = d.blocks.filter((b) => b.role === 'body' && Math.abs(b.block.size - block.size) < 0.5);
	return text.some((b) => Math.abs(right(b.block) - right(line)) < block.size / 2 && b.block.x < line.x);
}

function addParagraphs(d: Draft, block: LayoutBlock): void {
	const left = Math.min(...block.lines.map((l) => l.x));
	const indent = block.size * 0.8;
	// A line set flush right, starting past the indent by more than half an em: a signature (`固伊社区读者 姜涛秀`), its lines read together.
	const flushRight = (line: LayoutLine) =>
		block.lines.length > 1 && line.x - left > block.size * 1.5 && Math.abs(right(line) - right(block)) < block.size / 2;
	// A signature on a line of its own at a block's foot, flush right, reading as names (no sentence
	// punctuation): under a line ending short of it (`——编 者` / `什洛社区读者 雷玲`) at the foot of a short
	// block (of up to three lines), or alone in its block, starting well past the left edge of the text
	// it stands under and ending at its column's right edge, right under its last line.
	const signatureLine = (line: LayoutLine, i: number) => {
		if (i !== block.lines.length - 1 || block.lines.length > 3 || /[，。；！？：]/u.test(line.text)) return false;
		const set =
			i > 0
				? Math.abs(right(line) - right(block)) < block.size / 2 &&
					right(block) - right(block.lines[i - 1]) > block.size * 1.5
				: d.lastLine !== undefined &&
					d.paragraphs.length > 0 &&
					line.x - d.lastLine.block.x > block.size * 1.5 &&
					(Math.abs(right(line) - columnRight(d.lastLine, block)) < block.size / 2 ||
						briefSignOff(d, line, block) ||
						// Or clear right of the text's block, short lines of verse that end far from the column's edge.
						line.x > right(d.lastLine.block) + block.size * 2) &&
					line.y - bottom(d.lastLine.line) < block.size * 1.5;
		return set && ((detectByline(line.text) ?? bareName(line.text)) !== undefined || briefSignOff(d, line, block));
	};
	// A writer's name after a dash on the block's last line (`——王芳`), flush left under a line ending a
	// sentence short of the column's edge: a paragraph of its own, the signature closing the text.
	const closingDash = (line: LayoutLine, i: number) =>
		i === block.lines.length - 1 &&
		/^——/u.test(line.text) &&
		/[。！？”]$/u.test(block.lines[i - 1].text) &&
		right(block) - right(block.lines[i - 1]) >= block.size &&
		readClosingSignature(line.text) !== undefined;
	// A sign-off set flush right on the block's last line (`（本报记者 某某 某某）`, or its first line, wrapped:
	// `（本报记者 某某 某`), past the left edge a line running on starts at: a paragraph of its own, a signature.
	const signOffLine = (line: LayoutLine, i: number) =>
		i > 0 &&
		i === block.lines.length - 1 &&
		line.x - left > block.size * 0.2 &&
		bracketSignOff(line.text) &&
		Math.abs(right(line) - right(block)) < block.size / 2;
	// A sign-off on the last line of a block, ending flush with its right edge, past the end of a line
	// ending a sentence (short of the edge, or filling its line where the sign-off runs on into the
	// gutter): a byline naming the reporters set right at the story's foot (`本报记者 某某 通讯员 某某`,
	// `（本报记者 某某 实习生 某某）`), however near the left edge it starts (a long one fills its line),
	// or its first line, wrapped (`本报记者 某某 通讯` / `员 某某`).
	const footSignOff = (line: LayoutLine, i: number) =>
		i > 0 &&
		i === block.lines.length - 1 &&
		/[。！？”）]$/u.test(block.lines[i - 1].text) &&
		right(line) - right(block.lines[i - 1]) > block.size / 2 &&
		Math.abs(right(line) - right(block)) < block.size / 2 &&
		(bracketSignOff(line.text) || roleByline(line.text));
	// A signature's last line, wrapped into a block of its own, still flush right: `（本报记者 某某 采访整` / `理）`.
	const last = d.lastLine;
	const signsOn =
		last !== undefined &&
		d.signature === d.paragraphs.length - 1 &&
		Math.abs(right(block.lines[0]) - right(last.line)) < block.size / 2 &&
		block.lines[0].x > last.block.x + block.size * 1.5 &&
		block.lines[0].y - bottom(last.line) < block.size;
	block.lines.forEach((line, i) => {
		if (i === 0 && signsOn) {
			d.paragraphs[d.paragraphs.length - 1] += joinText(d.paragraphs.at(-1)!, line.text);
			d.lastLine = { line, block };
			return;
		}
		const indented =
			line.x - left > indent ||
			(block.lines.length === 1 && d.lastLine !== undefined && line.x - d.lastLine.block.x > indent);
		// A paragraph does not end inside brackets: a line after one that leaves a bracket open, filling
		// its line, runs on (`本报讯（记者夏思` / `通讯员何轩新）…`, the wrapped ideographic space set as an indent).
		const open = (text: string) => (text.match(/（/gu)?.length ?? 0) > (text.match(/）/gu)?.length ?? 0);
		const bracketed =
			i > 0 &&
			d.paragraphs.length > 0 &&
			open(d.paragraphs.at(-1)!) &&
			right(block) - right(block.lines[i - 1]) < block.size * 1.5;
		const runsOn =
			i === 0
				? d.lastLine !== undefined &&
					!indented &&
					columnRight(d.lastLine, block, d.blocks) - right(d.lastLine.line) < block.size * 1.5
				: (!indented &&
						!signatureLine(line, i) &&
						!closingDash(line, i) &&
						!signOffLine(line, i) &&
						!footSignOff(line, i)) ||
					bracketed ||
					(flushRight(line) && flushRight(block.lines[i - 1]));
		if (runsOn && d.paragraphs.length > 0 && !d.intertitles.includes(d.paragraphs.length - 1)) {
			const at = d.paragraphs.length - 1;
			if (d.paragraphs[at].length <= DATELINE_REACH) {
				d.breaks ??= new Map();
				d.breaks.set(at, [...(d.breaks.get(at) ?? []), d.paragraphs[at].length]);
			}
			d.paragraphs[d.paragraphs.length - 1] += joinText(d.paragraphs.at(-1)!, line.text);
			// A paragraph running on flush left is no signature (its first line, indented, filled its line).
			if (!flushRight(line) && d.signature === d.paragraphs.length - 1) d.signature = undefined;
		} else {
			d.paragraphs.push(line.text);
			if (flushRight(line) || signatureLine(line, i) || signOffLine(line, i) || footSignOff(line, i))
				d.signature = d.paragraphs.length - 1;
		}
		d.lastLine = { line, block };
	});
}

/**
 * Whether a line reads as a bracketed sign-off naming reporters, whole (`（本报记者 某某 某某）`, `（某某）`)
 * or its first line, the bracket left open where it wraps (`（本报记者 某某 某`: a role word and a name).
 */
function bracketSignOff(text: string): boolean {
	const whole = SIGN_OFF.exec(text);
	if (whole)
		return (
			(readNames(whole[1].replace(/(?:采访)?整理$|[报撰]道$/u, '').trim())?.names.length ?? 0) > 0 ||
			detectByline(whole[1].trim()) !== undefined
		);
	const open = /^[（(]([^（）()]{2,40})$/u.exec(text);
	const words = open?.[1].trim().split(/\s+/u);
	return words !== undefined && words.length >= 2 && BYLINE_ROLE.test(words[0]) && readsAsSignature(words[1]);
}

/**
 * Whether a line reads as a byline opening with a reporter's role (`本报记者 某某 通讯员 某某`), whole or
 * its first line, wrapped in a word (`本报记者 某某 通讯`, `本报记者 某 某 通讯员 某`): the line, or the
 * line short of its last word or two, reads as one. No sentence mark stands in it.
 */
function roleByline(text: string): boolean {
	const words = text.trim().split(/\s+/u);
	if (words.length < 2 || !BYLINE_ROLE.test(words[0]) || /[，。；！？：“”]/u.test(text)) return false;
	for (let keep = words.length; keep >= Math.max(2, words.length - 2); keep--)
		if (detectByline(words.slice(0, keep).join(' '))?.authors.length) return true;
	return false;
}

/** A sign-off's bracketed words read as a byline (`本报评论员`: the paper's commentary), the sign-off its text. */
function bylineInBrackets(text: string, inner: string): ReturnType<typeof detectByline> {
	const read = detectByline(inner.trim());
	return read && { ...read, text };
}

/**
 * A picture agency named alone after a caption's last sentence, set off by a space (`…查看生产情况。 视觉中国`):
 * the photo's credit, naming no one.
 */
/**
 * A caption's last line that reads as a photo's credit on its own (`董海燕摄（人民视觉）` under
 * `题图：秋山晚照（中国画）`), the line over it ending on a closing mark: the caption and its credit.
 */
function creditLine(block: LayoutBlock): ReturnType<typeof splitTrailingCredit> {
	const [before, last] = [block.lines.at(-2), block.lines.at(-1)!];
	const credit = before && /[。！？”）)]$/u.test(before.text) ? readCredit(last.text.trim()) : undefined;
	return credit && { caption: blockText({ ...block, lines: block.lines.slice(0, -1) }), credit };
}

function agencyAfterCaption(text: string): ReturnType<typeof splitTrailingCredit> {
	const match = /^(.*[。！？”）])\s+(人民视觉|视觉中国|人民图片|东方IC)$/u.exec(text);
	return match ? { caption: match[1], credit: { text: match[2], authors: [] } } : undefined;
}

/**
 * A credit run on after a caption's last sentence, set apart by a space, that reads as one on its own
 * (a chart's maker: `数据来源：市统计局。 制图：王芳`).
 */
function creditAfterCaption(text: string): ReturnType<typeof splitTrailingCredit> {
	const match = /^(.*[。！？”）])\s+(\S.{1,14})$/u.exec(text);
	const credit = match ? readCredit(match[2]) : undefined;
	return match && credit ? { caption: match[1], credit } : undefined;
}

function joinText(before: string, after: string): string {
	return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ` ${after}` : after;
}

// A sign-off closing an article: `（本报记者 苏和采访整理）`.
/** A photo's number opening its caption: `图①：`, `图2：`. */
/** A credit's role word run on at the end of a caption (`…一角。 本报记者`), after a space. */
const CREDIT_ROLE = /\s((?:本报|新华社)?(?:特约|见习|实习|摄影)?(?:记者|通讯员))$/u;

/** A picture agency named alone, as a photo's credit: `视觉中国`. */
const AGENCY = /^(?:人民视觉|视觉中国|人民图片|东方IC)$/u;
/** A photo's number alone, as printed on its picture: `①`. */
const CIRCLED_NUMBER = /^[①-⑳]$/u;

const PHOTO_NUMBER = /^图\s*[①-⑳0-9０-９一二三四五六七八九十]{1,2}\s*[：:]/u;

const SIGN_OFF = /^[（(]([^（）()]{2,40})[）)]$/u;

// A brief's headline in a column of briefs, bold after a bullet: `●广泛接受社会监督`, `■职业技能大赛开幕`.
/** A photo's title: a short line, no punctuation (`田间管理`). */
/** A line closing on a dash, as a kicker does: `新春走基层——`. */
const DASH_CLOSING = /[—－]{2}$/u;
/** A line opening with a dash, as a subheadline does: `——记平安镇党委书记某某`. */
const DASH_OPENING = /^[—－-]{2}/u;
const PHOTO_TITLE = /^[^\s，。、；：！？“”（）——…]{2,8}$/u;

const BULLET = /^[●◆▲■]\s*\S/u;

// Marks printed before a headline (`●`, `■`): decoration, not part of it.
const MARK = /^[●■◆▲□◎☆★△○▍▌▎▋█]\s*/u;

// How far into a paragraph a dateline reaches (`本报驻里约热内卢记者 杜雪梅`), in characters.
const DATELINE_REACH = 30;

/**
 * The dateline opening a paragraph, read as printed, or with a word space where one of its first
 * lines ends: justified type drops the space a line ends on (`本报驻河内记者 戴强明` / `乌兰图克镇…`),
 * and only there may the reporter's name end.
 */
function readDateline(paragraph: string, breaks: number[]): ReturnType<typeof detectDateline> {
	// Justified type may space its characters apart (`本 报 讯 （ 记 者孙 萍峰 ）`): read such a paragraph without.
	const read = (p: string) =>
		detectDateline(/^(?:\S\s){4}/u.test(p) ? p.replace(/(?<=[^\p{ASCII}])\s+(?=[^\p{ASCII}])/gu, '') : p);
	const found = read(paragraph);
	if (found?.authors.length) return found;
	for (const at of breaks) {
		const spaced = read(`${paragraph.slice(0, at)} ${paragraph.slice(at)}`);
		if (spaced?.authors.length) return spaced;
	}
	// Or where two of them end (a narrow column: `本报驻开罗记者` / `白坤向` / `同时，…`, the role and the name each ending a line).
	const near = breaks.filter((at) => at <= DATELINE_REACH).sort((x, y) => x - y);
	for (const [i, a] of near.entries())
		for (const b of near.slice(i + 1)) {
			const spaced = read(`${paragraph.slice(0, a)} ${paragraph.slice(a, b)} ${paragraph.slice(b)}`);
			if (spaced?.authors.length) return spaced;
		}
	return found;
}

function toItem(d: Draft): ParsedItem {
	// A letter signed at its foot, flush right (`固伊社区读者 姜涛秀`): its byline, not its text.
	const flush = !d.byline && d.signature === d.paragraphs.length - 1 ? d.paragraphs.at(-1)! : undefined;
	// Or a sign-off set so (`（本报记者 某某 采访整理）`): its byline too.
	const signedOff = flush !== undefined ? SIGN_OFF.exec(flush) : null;
	const signOffNames = signedOff && readNames(signedOff[1].replace(/(?:采访)?整理$|[报撰]道$/u, '').trim());
	const signature =
		flush === undefined
			? undefined
			: signOffNames
				? { text: flush.trim(), authors: signOffNames.names, commentary: false }
				: (detectByline(flush) ??
					// Or a byline in brackets the names do not read from (`（本报评论员）`, `（文/图 本报记者 某某）`).
					(signedOff && bylineInBrackets(flush.trim(), signedOff[1])) ??
					bareName(flush));
	if (signature) d.paragraphs.pop();
	const byline =
		(d.byline &&
			(detectByline(d.byline.text) ??
				bareName(d.byline.text) ??
				readSignOff(d.byline.text) ??
				(d.named ? { text: d.byline.text, authors: [d.byline.text], commentary: false } : undefined))) ||
		signature;
	const credit = d.credit && readCredit(d.credit.text);
	const kind: ItemKind = d.caption ? 'photo' : byline?.commentary ? 'commentary' : 'article';
	const headline = d.head.map((h) => h.text.replace(MARK, '')).join('');
	// The dateline opens the story proper, which may follow a 核心阅读 or an editor's note.
	const dateline = byline
		? undefined
		: d.paragraphs
				.slice(0, 5)
				.map((p, i) => {
					if (d.intertitles.includes(i)) return undefined;
					const found = readDateline(p, d.breaks?.get(i) ?? []);
					// Its place on a line of its own, the reporters' bracket starting the next (`本报南宁8月11日电` / `（记者廖洋）…`).
					const next = d.paragraphs[i + 1];
					if (found && found.authors.length === 0 && next !== undefined && /^[（(]/u.test(next)) {
						const joined = readDateline(p + next, []);
						if (joined?.authors.length) return joined;
					}
					return found;
				})
				.find((found) => found !== undefined);
	const signOff = !byline && !dateline?.authors.length ? SIGN_OFF.exec(d.paragraphs.at(-1) ?? '') : null;
	const signed = signOff ? readNames(signOff[1].replace(/(?:采访)?整理$|[报撰]道$/u, '').trim()) : undefined;
	// A sign-off naming only the reporters closes the text in a paragraph of its own under another
	// (`…的施工现场。` / `（王芳 李强）`): their byline, taken out of the text. A note of who wrote
	// it up (`（本报记者 王芳采访整理）`) stays the text's last paragraph.
	const signedApart =
		signed?.names.length && d.paragraphs.length >= 2 && !/(?:整理|[报撰]道)$/u.test(signOff![1])
			? d.paragraphs.pop()!.trim()
			: undefined;
	// Else, as the text importer reads them, a writer's name closing the text in a paragraph of its
	// own (`——王芳`, `（作者：王芳）`), a note run on at the end of its last paragraph
	// (`…的事儿。（本报记者 王芳采访整理）`), or a dateline's brackets opening it (`（记者 王芳）…`).
	const closing =
		byline || dateline?.authors.length || signed?.names.length || kind === 'photo' || credit
			? undefined
			: ((d.paragraphs.length >= 2 ? readClosingSignature(d.paragraphs.at(-1)!) : undefined) ??
				readTrailingNoteAuthors(d.paragraphs.at(-1) ?? '') ??
				readOpeningBracketAuthors(d.paragraphs[0] ?? ''));
	const lines = d.blocks.flatMap((b) => [b.first, b.last]);
	return {
		headline: headline || PLACEHOLDER_HEADLINE,
		headlineMissing: headline === '',
		...(d.kicker && { kicker: d.kicker.text }),
		...(d.subheadline && { subheadline: d.subheadline.text }),
		...(byline ? { byline: byline.text } : signedApart !== undefined && { byline: signedApart }),
		authors:
			byline?.authors ??
			(kind === 'photo' || credit
				? (credit?.authors ?? [])
				: dateline?.authors.length
					? dateline.authors
					: signed?.names.length
						? signed.names
						: (closing ?? [])),
		...(d.section && { section: d.section }),
		sectionCopied: false,
		kind,
		...(d.credit && { credit: credit?.text ?? d.credit.text }),
		paragraphs: d.paragraphs,
		intertitles: d.intertitles,
		firstLine: Math.min(...lines),
		lastLine: Math.max(...lines),
	};
}
