/**
 * `npm run bench:markdown -- --items N [--seed S]`: what rendering an item body costs with each
 * Markdown processor, per item. Renders the bodies of the first N items of the benchmark archive
 * (as `npm run bench` generates it) with:
 *
 * - `satteri`: Astro's default processor (`markdown.processor` unset);
 * - `unified`: `unified()` from @astrojs/markdown-remark with no plugins of ours;
 * - `unified+ours`: the project's processor (src/lib/markdown/body-processor.ts).
 *
 * It prints one line a processor, `markdown: processor=… items=N cpu_us_per_item=… wall_us_per_item=… load=…`,
 * after rendering the bodies once unmeasured (to warm the JIT), each processor in turn in this
 * process, as the content layer renders them (one at a time, awaited). CPU time is this process's
 * (user and system), so a busy machine stretches it far less than the wall time. `--record FILE`
 * also adds the CPU figures to FILE (docs/scale-results.json, which `npm run bench:docs` writes
 * into docs/scale.md).
 * Exit codes: 0 measured; 2 bad arguments.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { markdownConfigDefaults, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { corpusFromText } from '../src/lib/bench/corpus.ts';
import { generateArchive } from '../src/lib/bench/plan-archive.ts';
import { bodyProcessorOptions } from '../src/lib/markdown/body-processor.ts';
import { recordMarkdown } from './lib/bench/record-run.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const usage = 'usage: npm run bench:markdown -- --items N [--seed S] [--record FILE]';

const { values } = parseArgs({
	options: { items: { type: 'string' }, seed: { type: 'string', default: '1' }, record: { type: 'string' } },
});
const items = Number(values.items);
const seed = Number(values.seed);
if (!Number.isInteger(items) || items < 1 || !Number.isInteger(seed)) {
	console.error(
		`bench:markdown: expects --items as a positive whole number but found ${values.items ?? '(none)'}\n${usage}`,
	);
	process.exit(2);
}

// The bodies of the first N Markdown items, with the file each would be read from.
const corpus = corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8'));
const bodies: { body: string; frontmatter: Record<string, unknown>; fileURL: URL }[] = [];
for (const edition of generateArchive({ articles: items, seed, corpus, newest: '2024-12-31' }))
	for (const file of edition.files)
		if (file.path.endsWith('.md')) {
			const { frontmatter, content } = parseFrontmatter(file.text);
			bodies.push({ body: content, frontmatter, fileURL: pathToFileURL(join(root, 'content/editions', file.path)) });
		}

// Astro's default processor, from the copy Astro itself imports.
const astroRequire = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const { satteri } = await import(pathToFileURL(astroRequire.resolve('@astrojs/markdown-satteri')).href);

// What Astro's content layer passes to `createRenderer` with this project's config.
const shared = {
	image: {},
	syntaxHighlight: markdownConfigDefaults.syntaxHighlight,
	shikiConfig: markdownConfigDefaults.shikiConfig,
	gfm: true,
	smartypants: true,
};
const processors = {
	satteri: satteri(),
	unified: unified(),
	'unified+ours': unified(bodyProcessorOptions(root)),
};

const cpuPerItem: Record<string, number> = {};
const startLoad = loadavg()[0];
for (const [name, processor] of Object.entries(processors)) {
	const renderer = await processor.createRenderer(shared);
	const renderAll = async () => {
		for (const { body, frontmatter, fileURL } of bodies) await renderer.render(body, { frontmatter, fileURL });
	};
	await renderAll();
	if (name === 'unified+ours') {
		// The project's rehypeExcerpt leaves the excerpt in the frontmatter: proof that our plugins ran.
		const { body, frontmatter, fileURL } = bodies[0];
		const { metadata } = await renderer.render(body, { frontmatter: { ...frontmatter }, fileURL });
		if (typeof metadata.frontmatter?.excerpt !== 'string') throw new Error('the project’s plugins did not run');
	}
	const load = loadavg()[0];
	const cpu = process.cpuUsage();
	const started = performance.now();
	await renderAll();
	const wallUs = (performance.now() - started) * 1000;
	const used = process.cpuUsage(cpu);
	const cpuUs = used.user + used.system;
	cpuPerItem[name] = Math.round(cpuUs / bodies.length);
	console.log(
		`markdown: processor=${name} items=${bodies.length} cpu_us_per_item=${Math.round(cpuUs / bodies.length)} wall_us_per_item=${Math.round(wallUs / bodies.length)} load=${load.toFixed(2)}`,
	);
}
if (values.record)
	recordMarkdown(
		resolve(values.record),
		`npm run bench:markdown -- ${process.argv.slice(2).join(' ')}`,
		cpuPerItem,
		`${startLoad.toFixed(1)}-${loadavg()[0].toFixed(1)}`,
	);
