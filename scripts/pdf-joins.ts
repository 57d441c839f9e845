/**
 * Development aid: `node scripts/pdf-joins.ts [--set dev|tune|tune2|tune3|tune4|tune5] [--pages] [--kinds]`. For every pdf.txt of an
 * open corpus set (never heldout or fresh), how many body lines the stream that the extraction
 * order hands the splitter follows with the line the gold text has next ("joins right"), before
 * and after the reordering, the wrong ones by kind, and the orphaned lines (their gold predecessor
 * not right before them) by whether they open a paragraph (src/lib/corpus-gold/extraction-joins.ts);
 * then the importer's missed items by class. `--pages` lists the wrong joins after reordering;
 * `--kinds` counts them by where the two lines stood as pdftotext printed them (`joinKind`).
 * It prints figures; it is not a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, parsePage } from '../src/lib/importer/index.ts';
import { normalize } from '../src/lib/importer/normalize-dump.ts';
import { toLines } from '../src/lib/importer/lines.ts';
import { joinVertical } from '../src/lib/importer/vertical-lines.ts';
import { reorderExtraction } from '../src/lib/importer/extraction-order.ts';
import { readGold } from '../src/lib/corpus-gold/gold.ts';
import { canonical } from '../src/lib/corpus-gold/compare-text.ts';
import { endsSentence } from '../src/lib/importer/punctuation.ts';
import type { Line } from '../src/lib/importer/lines.ts';
import { diagnoseFile } from '../src/lib/corpus-gold/split-misses.ts';
import { countJoins, missClass, type JoinCounts, type WrongJoin } from '../src/lib/corpus-gold/extraction-joins.ts';

const args = process.argv.slice(2);
const set = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'dev';
if (!['dev', 'tune', 'tune2', 'tune3', 'tune4', 'tune5'].includes(set)) {
	process.stderr.write(
		`pdf-joins: expects --set dev, tune, tune2, tune3, tune4 or tune5 (the open sets) but found "${set}".\n`,
	);
	process.exit(2);
}
const root = join('corpus', set);
if (!existsSync(root)) {
	process.stderr.write(
		`pdf-joins: expects a corpus at ${root}/ but found none. Write it with npm run corpus:${set}.\n`,
	);
	process.exit(2);
}

const sum = (into: JoinCounts | undefined, c: JoinCounts): JoinCounts => {
	if (!into) return structuredClone(c);
	for (const key of ['total', 'right', 'otherItem', 'sameItem', 'unmapped', 'end'] as const) into[key] += c[key];
	for (const key of Object.keys(c.orphans) as (keyof JoinCounts['orphans'])[]) into.orphans[key] += c.orphans[key];
	return into;
};
/** Each non-blank line's block as pdftotext printed it (a run of lines between blank lines): its index, its place in it and the block's length. */
function blocksOf(lines: Line[]): Map<number, { block: number; at: number; size: number }> {
	const out = new Map<number, { block: number; at: number; size: number }>();
	let run: Line[] = [];
	let block = 0;
	const close = () => {
		run.forEach((line, at) => out.set(line.number, { block, at, size: run.length }));
		if (run.length > 0) block++;
		run = [];
	};
	for (const line of lines)
		if (line.text === '') close();
		else run.push(line);
	close();
	return out;
}

/**
 * The kind of a wrong join after reordering, by where pdftotext printed the line and the one
 * the gold text has next: another line under it in its own block (two columns' lines in one
 * block, the wanted one two lines on where they alternate), the wanted line inside a block, or
 * two blocks apart: a fragment (a block of one or two lines) or a column's block on each side,
 * the sentence left open or ended, the wanted block one to eight blocks on (in a round of
 * columns printed a line at a time), further on or printed before, and whether the stream goes
 * on in a block other than the one printed next ("joined elsewhere") or in that one ("left").
 */
function joinKind(join: WrongJoin, blocks: ReturnType<typeof blocksOf>): string {
	const from = blocks.get(join.line.number);
	const want = blocks.get(join.want.number);
	if (!from || !want) return 'unplaced';
	const sentence = endsSentence(join.line.text) ? 'sentence ended' : 'sentence open';
	if (from.at < from.size - 1)
		return `another line under it in its block (${sentence}), wanted ${want.block === from.block && want.at === from.at + 2 ? 'two lines on, alternating' : 'elsewhere'}`;
	if (want.at > 0) return `wanted line inside a block (${sentence})`;
	const shape = (b: { size: number }) => (b.size < 3 ? 'fragment' : 'column');
	const distance = want.block - from.block;
	const where = distance < 1 ? 'printed before' : distance <= 8 ? '1-8 blocks on' : 'further on';
	const next = join.next && blocks.get(join.next.number);
	const joined = next && next.block !== from.block + 1 ? 'joined elsewhere' : 'left';
	return `${shape(from)} -> ${shape(want)}, ${sentence}, wanted ${where}, ${joined}`;
}
const kinds = new Map<string, number>();
let before: JoinCounts | undefined;
let after: JoinCounts | undefined;
const classes = new Map<string, number>();
let goldItems = 0;
for (const id of readdirSync(root).sort()) {
	const file = join(root, id, 'pdf.txt');
	if (!existsSync(file)) continue;
	const gold = readGold(JSON.parse(readFileSync(join(root, id, 'gold.json'), 'utf8'))).items;
	const text = decode(readFileSync(file)).text;
	const lines = joinVertical(toLines(normalize(text).text));
	const wrong: WrongJoin[] = [];
	before = sum(before, countJoins(lines, gold));
	after = sum(after, countJoins(reorderExtraction(lines, text.includes('\f')), gold, wrong));
	if (args.includes('--kinds')) {
		const blocks = blocksOf(lines);
		for (const join of wrong) kinds.set(joinKind(join, blocks), (kinds.get(joinKind(join, blocks)) ?? 0) + 1);
	}
	if (args.includes('--pages'))
		for (const { line, next, want } of wrong)
			process.stdout.write(
				`${id} L${line.number} “${line.text.slice(0, 14)}” → ${next ? `L${next.number} “${next.text.slice(0, 14)}”` : 'end'}, want L${want.number} “${want.text.slice(0, 14)}”\n`,
			);
	const items = parsePage(text).items;
	const parsedBodies = items.map((p) => canonical(p.paragraphs.join('')));
	goldItems += gold.length;
	for (const miss of diagnoseFile(gold, { items })) {
		const kind = missClass(miss.categories, canonical(gold[miss.gold].paragraphs.join('')), parsedBodies);
		classes.set(kind, (classes.get(kind) ?? 0) + 1);
	}
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
for (const [name, c] of [
	['as extracted', before],
	['after reordering', after],
] as const) {
	if (!c) continue;
	const o = c.orphans;
	process.stdout.write(
		`${set} pdf ${name}: joins right ${c.right}/${c.total} (${pct(c.right, c.total)}); wrong: another item's line ${c.otherItem}, the same item's wrong line ${c.sameItem}, a head or unplaced line ${c.unmapped}, the end ${c.end}; orphaned lines opening a paragraph ${o['paragraph-before'] + o['paragraph-after']} (predecessor after them ${o['paragraph-after']}), in mid-paragraph ${o['mid-before'] + o['mid-after']} (predecessor after them ${o['mid-after']})\n`,
	);
}
if (args.includes('--kinds')) {
	process.stdout.write(`\n${set} pdf wrong joins after reordering, by kind:\n`);
	for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
		process.stdout.write(`${String(n).padStart(6)}  ${kind}\n`);
}
process.stdout.write(`\n${set} pdf items missed, by class (of ${goldItems} gold items):\n`);
for (const [kind, n] of [...classes].sort((a, b) => b[1] - a[1]))
	process.stdout.write(`${String(n).padStart(6)}  ${kind}\n`);
