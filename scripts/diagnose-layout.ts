/**
 * Dev-only diagnostic: `node scripts/diagnose-layout.ts [corpus/dev …]` prints, for every page
 * of the given dev corpora that keeps a page.pdf, the items the layout split gets wrong (headline,
 * authors or body) against gold.json, one line per fault, and a tally of faults by kind. It
 * refuses the held-out corpus: tune on dev pages only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from '../src/lib/corpus-gold/gold.ts';
import { canonical, sameText } from '../src/lib/corpus-gold/compare-text.ts';
import { matchItems } from '../src/lib/corpus-gold/match-items.ts';
import { readPdfLayout } from '../src/lib/pdf-import/import-pdf-page.ts';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['corpus/dev', 'corpus/dev-pdf'];
if (dirs.some((d) => /heldout/.test(d))) {
	process.stderr.write('diagnose-layout: expects dev corpora only; the held-out pages are not for tuning.\n');
	process.exit(2);
}
const tally = new Map<string, number>();
const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
const short = (s: string | null | undefined, n = 24) => (s == null ? '∅' : [...s].slice(0, n).join(''));
for (const dir of dirs)
	for (const id of readdirSync(dir).sort()) {
		const pdf = join(dir, id, 'page.pdf');
		if (!existsSync(pdf)) continue;
		const gold = readGold(JSON.parse(readFileSync(join(dir, id, 'gold.json'), 'utf8'))).items;
		const page = await readPdfLayout(readFileSync(pdf), pdf);
		const items = page.items;
		const gb = gold.map((g) => canonical(g.paragraphs.join('')));
		const pb = items.map((p) => canonical(p.paragraphs.join('')));
		const matched = matchItems(gb, pb);
		const mg = new Map(matched.map(([g, p]) => [g, p]));
		const mp = new Set(matched.map(([, p]) => p));
		gold.forEach((g, gi) => {
			const pi = mg.get(gi);
			if (pi === undefined) {
				add('gold unmatched');
				console.log(`${id} #${gi + 1} UNMATCHED gold ${g.kind} 「${short(g.headline)}」 body 「${short(gb[gi], 40)}」`);
				return;
			}
			const p = items[pi];
			const faults: string[] = [];
			if (!sameText(g.headline, p.headlineMissing ? null : p.headline))
				faults.push(
					`headline gold 「${short(g.headline, 40)}」 got 「${p.headlineMissing ? '∅' : short(p.headline, 40)}」 (kicker gold ${short(g.kicker)} got ${short(p.kicker)}; sub gold ${short(g.subheadline)} got ${short(p.subheadline)})`,
				);
			if (!(g.authors.length === p.authors.length && g.authors.every((a, i) => sameText(a, p.authors[i]))))
				faults.push(
					`authors gold [${g.authors}] got [${p.authors}] byline gold ${short(g.byline)} got ${short(p.byline)}`,
				);
			if (gb[gi] !== pb[pi]) {
				const a = gb[gi],
					b = pb[pi];
				let i = 0;
				while (i < a.length && a[i] === b[i]) i++;
				faults.push(
					`body ${b.length > a.length ? 'longer' : 'shorter'} (${a.length}→${b.length}) from ${i}: gold 「${a.slice(i, i + 30)}」 got 「${b.slice(i, i + 30)}」`,
				);
			}
			for (const f of faults) {
				add(f.split(' ')[0] + (f.includes('body') && f.startsWith('body') ? ` ${f.split(' ')[1]}` : ''));
				console.log(`${id} #${gi + 1} ${g.kind}→${p.kind} ${f}`);
			}
		});
		items.forEach((p, pi) => {
			if (mp.has(pi)) return;
			add('parsed extra');
			console.log(`${id} EXTRA parsed ${p.kind} 「${short(p.headline)}」 body 「${short(pb[pi], 40)}」`);
		});
	}
console.log(
	[...tally]
		.sort((a, b) => b[1] - a[1])
		.map(([k, n]) => `${n}\t${k}`)
		.join('\n'),
);
