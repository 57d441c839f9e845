/**
 * Search-quality benchmark: generates an archive from the sample's text (src/lib/bench), builds
 * it once, indexes the same pages twice (our tokenisation, and plain Pagefind defaults with its
 * Chinese segmenter), runs a query set by class and prints nDCG@10, recall@10 and MRR for both
 * as a Markdown table, with indexing time and peak memory of each. Judgements are graded by rule
 * (src/lib/bench/judge.ts): 3 the query as a run in the headline, 2 as a run in the text, 1 every
 * word of it apart.
 *
 *   npm run bench:search -- --articles 1000 [--seed 7] [--out .tmp/bench-search] [--reuse]
 *
 * --record FILE stores the figures in FILE (JSON, keyed by N, e.g. docs/search-results.json), which
 * `npm run bench:search:docs` writes into docs/search.md.
 * --queries prints each query, its relevant items by grade and both nDCG@10 on stderr.
 * --reuse keeps the site and both indexes an earlier run of the same N and seed built in --out,
 * and only asks the queries again (no indexing figures).
 *
 * Exit codes: 0 done, 1 a step failed, 2 bad arguments.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import sirv from 'sirv';
import { parse } from 'yaml';
import * as OpenCC from 'opencc-js/cn2t';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { generateArchive } from '../src/lib/bench/plan-archive.ts';
import { createRng } from '../src/lib/bench/prng.ts';
import { isPlaceName } from '../src/lib/bench/vocabulary.ts';
import { normalize } from '../src/lib/search/search-form.ts';
import { shardMergeFilter, type PagefindResult } from '../src/lib/search/run-search.ts';
import { startSearch } from '../src/lib/search/search-session.ts';
import { fetchResultText } from '../src/lib/search/result-text.ts';
import { qualityTable, type Measures, type SearchResults, type SearchRun } from '../src/lib/bench/search-table.ts';
import { gradeOf, ndcgAt, recallAt, reciprocalRank } from '../src/lib/bench/judge.ts';
import { descendants } from '../src/lib/bench/process-tree.ts';
import { parseCommandLine, wholeNumber } from './lib/command-line.ts';

interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}
interface Item {
	url: string;
	headline: string;
	text: string;
}
interface Query {
	kind: string;
	q: string;
	/** Each relevant item's grade (1 to 3, judge.ts). */
	grades: Map<string, number>;
}

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

/** The machine's load average over the last minute. */
const loadAverage = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** Runs a command, polling /proc for the summed RSS of its process tree; returns seconds and peak MB. */
function measure(
	command: string,
	args: string[],
	env: Record<string, string> = {},
): Promise<{ seconds: number; peakMb: number; output: string }> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const timer = setInterval(() => {
			let sum = 0;
			for (const pid of descendants(child.pid!)) {
				try {
					sum += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
				} catch {
					// The process ended between listing and reading: it holds no memory now.
				}
			}
			peak = Math.max(peak, sum);
		}, 50);
		child.on('close', (code) => {
			clearInterval(timer);
			if (code !== 0) fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
			else done({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 1024), output });
		});
	});
}

/** The item pages' site-relative paths under a built site. */
function itemPaths(dir: string): string[] {
	const found: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			if (e.isDirectory() && !/^(pagefind|_astro)/.test(e.name)) walk(join(d, e.name));
			else if (e.name === 'index.html' && /\d{4}-\d{2}-\d{2}\/\d{2}\/[^/]+$/.test(d))
				found.push(`${relative(dir, d)}/`);
		}
	};
	walk(dir);
	return found;
}

/** The query set, by class, with each query's graded relevant items (gradeOf). */
export function querySet(items: Item[], seed: number): Query[] {
	const rng = createRng(seed);
	const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
	const all = items.map((i) => ({
		url: i.url,
		text: normalize(`${i.headline}\n${i.text}`).replace(/[^\S\n]+/gu, ''),
		headline: normalize(i.headline).replace(/\s+/gu, ''),
	}));
	const queries: Query[] = [];
	const add = (kind: string, q: string, words = [q], where: 'text' | 'headline' = 'text') => {
		const grades = new Map<string, number>();
		const norm = words.map(normalize);
		for (const item of all) {
			const grade = gradeOf(item, normalize(q), norm);
			// The headline class asks for headlines: an item that only mentions the words is not what it looks for.
			if (grade > 0 && (where === 'text' || grade === 3)) grades.set(item.url, grade);
		}
		if (grades.size > 0 && !queries.some((x) => x.kind === kind && x.q === q)) queries.push({ kind, q, grades });
	};
	// The generator swaps the sample's proper nouns for generated ones; take place names from the text.
	const placePattern = /\p{Script=Han}{2,4}(?:苏木|嘎查|街道|社区|市|旗|县|镇)/gu;
	const places = [...new Set(items.flatMap((i) => i.text.match(placePattern) ?? []))];
	const names: string[] = [];
	for (let i = 0; i < 12 && places.length; i++) names.push(rng.pick(places));
	for (const name of names) add('name', name);
	for (const name of names) add('substring', [...name].slice(1, Math.max(3, name.length - 1)).join(''));
	for (const name of names) add('traditional', toTraditional(name));
	const numbers = [...new Set(items.flatMap((i) => i.text.match(/\d{3,}/g) ?? []))];
	for (let i = 0; i < 12 && numbers.length; i++) add('number', rng.pick(numbers));
	const bylineName = /(?:记者|通讯员|实习生)\s*(\p{Script=Han}{2,4})/gu;
	const authors = [...new Set(items.flatMap((i) => [...i.text.matchAll(bylineName)].map((m) => m[1])))];
	for (let i = 0; i < 12 && authors.length; i++) add('author', rng.pick(authors));
	for (let i = 0; i < 12; i++) {
		const h = rng.pick(items).headline.replace(/[^\p{Script=Han}]/gu, '');
		if (h.length >= 4) add('headline', h.slice(0, 4), [h.slice(0, 4)], 'headline');
	}
	// Queries as readers type them: two or three words they remember from one item, run together
	// without spaces. Half are a name (a generated place or a byline's name) and one or two of the
	// item's common words, half are two or three common words alone, from its headline where it
	// has them; a common word is one Intl.Segmenter
	// finds whole (as Pagefind's script splits a query) in at least 5% of the items, so such a
	// query has hundreds of candidates and ranking decides what the first ten are. The item holds
	// the words apart; typed in its order ("words apart") and the other way round ("words in
	// another order").
	const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
	const wordsOf = (text: string) =>
		new Set(
			[...segmenter.segment(text)]
				.filter((s) => s.isWordLike && /^\p{Script=Han}{2,}$/u.test(s.segment))
				.map((s) => s.segment),
		);
	const itemWords = all.map((i) => wordsOf(i.text));
	const frequency = new Map<string, number>();
	for (const words of itemWords) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
	const common = (w: string) => (frequency.get(w) ?? 0) >= 0.05 * items.length;
	for (let tries = 0, made = 0; made < 12 && tries < 2000; tries++) {
		const index = rng.int(0, items.length - 1);
		const item = items[index];
		const text = all[index].text;
		const names = [
			...new Set([
				...(item.text.match(placePattern) ?? []).filter(isPlaceName),
				...[...item.text.matchAll(bylineName)].map((m) => m[1]),
			]),
		].map(normalize);
		// A common word that is not part of one of the item's names (临河 of 临河区); readers
		// remember a story by its headline, so its headline's words first.
		const ofItem = (words: Iterable<string>) =>
			[...words].filter(common).filter((w) => !names.some((n) => n.includes(w)));
		const inHeadline = ofItem(wordsOf(all[index].headline));
		const commons = inHeadline.length ? inHeadline : ofItem(itemWords[index]);
		const picked: string[] = [];
		const pick = (from: string[]) => {
			const left = from.filter((x) => picked.every((p) => !x.includes(p) && !p.includes(x)));
			if (left.length) picked.push(rng.pick(left));
		};
		const withName = made % 2 === 0;
		if (withName) pick(names);
		if (withName && picked.length === 0) continue;
		pick(commons);
		if (rng.chance(0.5)) pick(commons);
		if (!withName) pick(commons);
		if (picked.length < 2) continue;
		const words = picked.sort((a, b) => text.indexOf(a) - text.indexOf(b));
		const reversed = [...words].reverse();
		if (text.includes(words.join('')) || text.includes(reversed.join(''))) continue;
		const before = queries.length;
		add('words apart', words.join(''), words);
		add('words in another order', reversed.join(''), reversed);
		if (queries.length > before) made++;
	}
	return queries;
}

/** Loads a Pagefind bundle's pagefind.js as its own module instance, served over HTTP. */
export async function engine(dir: string, bundle: string, origin: string) {
	const pf = await import(`${pathToFileURL(join(dir, bundle, 'pagefind.js')).href}?${bundle}`);
	// As the search page does: the shard runSearch scopes its lookups with is a mergeFilter.
	await pf.options({ basePath: `${origin}/${bundle}/`, baseUrl: `${origin}/`, mergeFilter: shardMergeFilter('all') });
	const top = async (results: PagefindResult[]) =>
		(await Promise.all(results.slice(0, 10).map((r) => r.data()))).map((d) => new URL(d.url).pathname);
	return {
		/** Our search, exactly as the search page runs it (src/lib/search/search-session.ts). */
		async ours(query: string) {
			const session = startSearch(pf, query, {
				shards: ['all'],
				text: (url, enough) => fetchResultText(new URL(url, origin).href, enough),
			});
			return (await session.next(10)).map((r) => new URL(r.url, origin).pathname);
		},
		/** Pagefind's own search of a default index. */
		async plain(query: string) {
			return top((await pf.search(query)).results);
		},
	};
}

/** Pagefind's browser script segments a zh query with Intl.Segmenter; do the same for the default index. */
const segmented = (q: string) =>
	[...new Intl.Segmenter('zh', { granularity: 'word' }).segment(q)]
		.filter((s) => s.isWordLike)
		.map((s) => s.segment)
		.join(' ');

/** Runs the benchmark; see the top of the file. */
export async function main(argv: string[], io: Io): Promise<number> {
	const parsed = parseCommandLine({
		args: argv,
		options: {
			articles: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '7' },
			out: { type: 'string', default: '.tmp/bench-search' },
			reuse: { type: 'boolean', default: false },
			queries: { type: 'boolean', default: false },
			record: { type: 'string' },
		},
	});
	if (typeof parsed === 'string') {
		io.err(`bench:search: ${parsed}`);
		return 2;
	}
	const { values } = parsed;
	const articles = wholeNumber(values.articles, 1);
	const seed = Number(values.seed);
	if (articles === undefined) {
		io.err(`bench:search expects --articles to be a positive whole number but found "${values.articles}"`);
		return 2;
	}
	const loadStart = loadAverage();
	const out = resolve(root, values.out);
	const content = join(out, 'content');
	const site = join(out, 'site');
	const reuse =
		values.reuse && existsSync(join(site, 'pagefind/all/pagefind.js')) && existsSync(join(site, 'pagefind-default'));
	if (values.reuse && !reuse) io.err(`bench:search: nothing to reuse in ${out}; building it`);
	if (!reuse) rmSync(out, { recursive: true, force: true });
	const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
	const items: Item[] = [];
	for (const edition of generateArchive({ articles, seed, corpus, newest: '2021-06-07' })) {
		for (const file of edition.files) {
			if (!reuse) {
				const path = join(content, 'editions', file.path);
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, file.text);
			}
			if (!file.path.endsWith('.md')) continue;
			const [, front, body] = file.text.split(/^---\n/m);
			const data = parse(front);
			const slug = data.slug ?? file.path.split('/').at(-1)!.replace(/^\d+-/, '').replace(/\.md$/, '');
			items.push({
				url: `/${data.date}/${String(data.page).padStart(2, '0')}/${slug}/`,
				headline: data.headline,
				text: [data.kicker, data.subheadline, data.byline, data.credit, body].filter(Boolean).join('\n'),
			});
		}
	}
	let indexing = 'Indexing: reused from an earlier run (--reuse).';
	if (!reuse) {
		io.err(`generated ${items.length} items; building the site (search index off)…`);
		const astro = join(dirname(require.resolve('astro/package.json')), 'bin/astro.mjs');
		await measure(process.execPath, [astro, 'build', '--outDir', site], {
			CONTENT_DIR: content,
			SEARCH_INDEX: 'off',
			ASTRO_TELEMETRY_DISABLED: '1',
		});
		const paths = itemPaths(site);
		writeFileSync(join(out, 'paths.json'), JSON.stringify(paths));
		io.err(`indexing ${paths.length} item pages both ways…`);
		// One shard of every item: the quality of the search does not depend on how it is cut.
		const runner = `import { indexShard } from ${JSON.stringify(pathToFileURL(join(root, 'src/integrations/index-site.ts')).href)}; import { readFileSync } from 'node:fs'; await indexShard({ dir: ${JSON.stringify(site)}, id: 'all', pathnames: JSON.parse(readFileSync(${JSON.stringify(join(out, 'paths.json'))}, 'utf8')) });`;
		const ours = await measure(process.execPath, ['--input-type=module', '-e', runner]);
		const pagefindBin = join(root, 'node_modules/pagefind/lib/runner/bin.cjs');
		const baseline = await measure(process.execPath, [
			pagefindBin,
			'--site',
			site,
			'--output-subdir',
			'pagefind-default',
		]);
		indexing = `Indexing ${paths.length} item pages: ours ${ours.seconds.toFixed(1)} s, peak ${ours.peakMb} MB; Pagefind default (zh segmenter) ${baseline.seconds.toFixed(1)} s, peak ${baseline.peakMb} MB.`;
	}

	const files = sirv(site, { dev: true });
	const server = createServer((req, res) =>
		files(req, res, () => {
			res.statusCode = 404;
			res.end();
		}),
	);
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	// On a loaded machine a local connection fails now and then ("fetch failed"); the search would
	// take a text it cannot fetch as empty and drop the item. Ask again, so that the figures are the
	// ranking's, not the machine's.
	const once = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		for (let attempt = 1; ; attempt++) {
			try {
				return await once(input, init);
			} catch (error) {
				if (attempt >= 5) throw error;
				await new Promise((wait) => setTimeout(wait, 100 * attempt));
			}
		}
	};
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const oursEngine = await engine(site, 'pagefind/all', origin);
	const plainEngine = await engine(site, 'pagefind-default', origin);
	const queries = querySet(items, seed);
	type Scores = { ndcg: number; recall: number; rr: number };
	const score = (urls: string[], grades: Map<string, number>): Scores => ({
		ndcg: ndcgAt(urls, grades, 10),
		recall: recallAt(urls, grades, 10),
		rr: reciprocalRank(urls, grades),
	});
	const zero = (): Scores => ({ ndcg: 0, recall: 0, rr: 0 });
	const addTo = (sum: Scores, s: Scores) => {
		sum.ndcg += s.ndcg;
		sum.recall += s.recall;
		sum.rr += s.rr;
	};
	const rows = new Map<string, { n: number; ours: Scores; plain: Scores }>();
	for (const query of queries) {
		const row = rows.get(query.kind) ?? { n: 0, ours: zero(), plain: zero() };
		row.n++;
		const mine = score(await oursEngine.ours(query.q), query.grades);
		const theirs = score(await plainEngine.plain(segmented(query.q)), query.grades);
		addTo(row.ours, mine);
		addTo(row.plain, theirs);
		if (values.queries) {
			const byGrade = [3, 2, 1].map((g) => [...query.grades.values()].filter((x) => x === g).length).join('/');
			io.err(
				`${query.kind}\t${query.q}\trelevant 3/2/1 ${byGrade}\tnDCG ours ${mine.ndcg.toFixed(2)} default ${theirs.ndcg.toFixed(2)}`,
			);
		}
		rows.set(query.kind, row);
	}
	server.close();
	const mean = (x: number, n: number) => Math.round((x / n) * 10000) / 10000;
	const measures = (sum: Scores, n: number): Measures => ({
		ndcg: mean(sum.ndcg, n),
		recall: mean(sum.recall, n),
		mrr: mean(sum.rr, n),
	});
	const run: SearchRun = {
		command: `npm run bench:search -- --articles ${articles}${values.seed === '7' ? '' : ` --seed ${seed}`}`,
		date: new Date().toISOString().slice(0, 10),
		articles: items.length,
		seed,
		load: [loadStart, loadAverage()],
		classes: [...rows].map(([kind, r]) => ({
			kind,
			queries: r.n,
			ours: measures(r.ours, r.n),
			plain: measures(r.plain, r.n),
		})),
	};
	io.out(
		`Search quality, ${items.length} generated items (seed ${seed}), nDCG@10, recall@10 and MRR, ours / Pagefind default (load ${run.load.join(' → ')}):\n`,
	);
	io.out(qualityTable(run));
	if (values.record) {
		const file = resolve(values.record);
		const results: SearchResults = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { runs: {} };
		results.runs[String(run.articles)] = run;
		writeFileSync(file, `${JSON.stringify(results, null, '\t')}\n`);
		io.err(`bench:search: recorded into ${file}; npm run bench:search:docs writes it into docs/search.md`);
	}
	io.out(`\n${indexing}`);
	return 0;
}

if (import.meta.main) {
	main(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then(
		(code) => process.exit(code),
		(error) => {
			console.error(`bench:search failed: ${error instanceof Error ? error.message : error}`);
			process.exit(1);
		},
	);
}
