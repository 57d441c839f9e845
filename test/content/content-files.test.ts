import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { contentFiles, entryId } from '../../src/loaders/content-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'content-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Entry {
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
	digest?: string;
	rendered?: { html: string };
	deferredRender?: boolean;
}

/**
 * What the loader is handed by Astro, reduced to what it uses: a store and meta store in memory,
 * and content types for `.md` (parsed and rendered at sync) and `.mdx` (rendered by its page),
 * which count how often they parse a file.
 */
function fakeAstro(root: string) {
	const entries = new Map<string, Entry>();
	const meta = new Map<string, string>();
	const moduleImports: string[] = [];
	const parsed: string[] = [];
	const metaWrites: string[] = [];
	const getEntryInfo = ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
		parsed.push(fileUrl.pathname.slice(root.length + 1));
		const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents)!;
		return { data: parse(frontmatter), body: body.trim(), slug: '', rawData: frontmatter };
	};
	const context = {
		collection: 'items',
		config: { root: pathToFileURL(`${root}/`) },
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: Entry) => {
				if (entry.digest && entries.get(entry.id)?.digest === entry.digest) return false;
				entries.set(entry.id, entry);
				if (entry.deferredRender) moduleImports.push(entry.filePath!);
				return true;
			},
			delete: (id: string) => entries.delete(id),
			keys: () => [...entries.keys()],
			addModuleImport: (file: string) => moduleImports.push(file),
			addAssetImports: () => undefined,
		},
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => (metaWrites.push(key), meta.set(key, value)) },
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
		entryTypes: new Map<string, unknown>([
			['.md', { getEntryInfo, getRenderFunction: async () => async ({ body }: { body: string }) => ({ html: `<p>${body}</p>`, metadata: { imagePaths: [] } }) }],
			['.mdx', { getEntryInfo, contentModuleTypes: '' }],
		]),
	} as unknown as LoaderContext;
	return { context, entries, moduleImports, parsed, metaWrites };
}

const item = (headline: string, extra = '') => `---\nheadline: ${headline}\n${extra}---\n\n${headline}的正文。\n`;

describe('the collections’ loader (content-files)', () => {
	let root: string;
	let astro: ReturnType<typeof fakeAstro>;
	const loader = () => contentFiles({ pattern: '*/*/*.{md,mdx}', base: 'content/editions' });
	const write = (path: string, text: string) => {
		const file = join(root, 'content/editions', path);
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, text);
		return file;
	};
	let n = 0;

	beforeEach(async () => {
		root = join(scratch, `project-${n++}`);
		write('2021-05-31/01/01-jin-ri-tan.md', item('春耕备耕正当时', 'slug: jin-ri-tan\n'));
		write('2021-06-01/02/01-jin-ri-tan.md', item('草原上的那达慕', 'slug: jin-ri-tan\n'));
		write('2021-06-01/02/02-ju-ben.mdx', item('剧本'));
		astro = fakeAstro(root);
		await loader().load(astro.context);
	});

	test('stores every file under its path as id, though two items set the same slug', () => {
		expect([...astro.entries.keys()].sort()).toEqual(['2021-05-31/01/01-jin-ri-tan', '2021-06-01/02/01-jin-ri-tan', '2021-06-01/02/02-ju-ben']);
		expect(astro.entries.get('2021-05-31/01/01-jin-ri-tan')).toMatchObject({
			data: { headline: '春耕备耕正当时', slug: 'jin-ri-tan' },
			filePath: 'content/editions/2021-05-31/01/01-jin-ri-tan.md',
			rendered: { html: '<p>春耕备耕正当时的正文。</p>' },
		});
		expect(astro.entries.get('2021-06-01/02/02-ju-ben')).toMatchObject({ deferredRender: true });
		expect(entryId('2021-06-01/edition.yaml')).toBe('2021-06-01/edition');
	});

	test('reads no file at the next sync when none changed, and keeps MDX modules in the build', async () => {
		astro.parsed.length = 0;
		astro.moduleImports.length = 0;
		astro.metaWrites.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toEqual([]);
		// Nothing set, so Astro has nothing to write back.
		expect(astro.metaWrites).toEqual([]);
		expect(astro.entries.size).toBe(3);
		expect(astro.moduleImports).toEqual(['content/editions/2021-06-01/02/02-ju-ben.mdx']);
	});

	test('goes by a file’s size and time, as make does: other text with both unchanged is not read', async () => {
		const file = join(root, 'content/editions/2021-05-31/01/01-jin-ri-tan.md');
		const then = new Date(2001, 0, 1);
		utimesSync(file, then, then);
		await loader().load(astro.context);
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, before.replaceAll('春耕备耕', '夏收夏种'));
		expect(statSync(file).size).toBe(Buffer.byteLength(before));
		utimesSync(file, then, then);
		astro.parsed.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toEqual([]);
		expect(astro.entries.get('2021-05-31/01/01-jin-ri-tan')?.data.headline).toBe('春耕备耕正当时');
		// A new time: read, parsed, stored anew.
		utimesSync(file, then, new Date());
		await loader().load(astro.context);
		expect(astro.parsed).toEqual(['content/editions/2021-05-31/01/01-jin-ri-tan.md']);
		expect(astro.entries.get('2021-05-31/01/01-jin-ri-tan')).toMatchObject({ data: { headline: '夏收夏种正当时' }, rendered: { html: '<p>夏收夏种正当时的正文。</p>' } });
	});

	test('does not trust the stamp of a file modified just before a sync, and reads it again next time', async () => {
		// Written again within the same second, with the same size: by its stamp alone, unchanged.
		const file = join(root, 'content/editions/2021-05-31/01/01-jin-ri-tan.md');
		const second = new Date(Math.floor(Date.now() / 1000) * 1000);
		utimesSync(file, second, second);
		await loader().load(astro.context);
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, before.replaceAll('春耕备耕', '夏收夏种'));
		utimesSync(file, second, second);
		astro.parsed.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toEqual(['content/editions/2021-05-31/01/01-jin-ri-tan.md']);
		expect(astro.entries.get('2021-05-31/01/01-jin-ri-tan')?.data.headline).toBe('夏收夏种正当时');
	});

	test('keeps an entry whose file was touched but holds the same text, without parsing it', async () => {
		const file = join(root, 'content/editions/2021-06-01/02/01-jin-ri-tan.md');
		const entry = astro.entries.get('2021-06-01/02/01-jin-ri-tan');
		utimesSync(file, new Date(), new Date(Date.now() + 5000));
		astro.parsed.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toEqual([]);
		expect(astro.entries.get('2021-06-01/02/01-jin-ri-tan')).toBe(entry);
	});

	test('adds new files and deletes the entries of removed ones', async () => {
		write('2021-06-02/01/01-xin-gao.md', item('新稿'));
		rmSync(join(root, 'content/editions/2021-06-01/02/02-ju-ben.mdx'));
		astro.parsed.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toEqual(['content/editions/2021-06-02/01/01-xin-gao.md']);
		expect([...astro.entries.keys()].sort()).toEqual(['2021-05-31/01/01-jin-ri-tan', '2021-06-01/02/01-jin-ri-tan', '2021-06-02/01/01-xin-gao']);
	});

	test('reads everything again once the store is cleared (astro build --force, a changed config)', async () => {
		astro.entries.clear();
		astro.parsed.length = 0;
		await loader().load(astro.context);
		expect(astro.parsed).toHaveLength(3);
		expect(astro.entries.size).toBe(3);
	});

	test('names the file it could not render', async () => {
		const context = { ...astro.context, entryTypes: new Map([['.md', { getEntryInfo: () => ({ data: {}, body: '' }), getRenderFunction: async () => async () => { throw new Error('bad markup'); } }], ['.mdx', { getEntryInfo: () => ({ data: {}, body: '' }), contentModuleTypes: '' }]]) } as unknown as LoaderContext;
		write('2021-06-03/01/01-huai.md', item('坏'));
		await expect(loader().load(context)).rejects.toThrow('content/editions/2021-06-03/01/01-huai.md: could not be rendered: bad markup');
	});
	test('refuses a YAML alias bomb before Astro parses it, naming the file and line, in a build and under astro dev', async () => {
		const anchors = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(10).fill(`*a${i}`).join(', ')}]`)];
		write('2021-06-01/02/03-zha-dan.md', item('炸弹', `${anchors.join('\n')}\n`));
		astro.parsed.length = 0;
		const message = 'content/editions/2021-06-01/02/03-zha-dan.md:4: YAML 别名（*名字）展开后太大，超过了 100 次的上限。';
		await expect(loader().load(astro.context)).rejects.toThrow(message);
		expect(astro.parsed).not.toContain('content/editions/2021-06-01/02/03-zha-dan.md');
		// Under astro dev the glob loader reads the files, through the same guarded content types.
		const watched = { ...astro.context, config: { ...astro.context.config, srcDir: pathToFileURL(`${root}/src/`) }, watcher: { on: () => undefined, add: () => undefined } } as unknown as LoaderContext;
		const errors: string[] = [];
		await loader()
			.load({ ...watched, logger: { error: (m: string) => errors.push(m), warn: () => undefined, info: () => undefined, debug: () => undefined } } as unknown as LoaderContext)
			.catch((error: Error) => errors.push(error.message));
		expect(errors.join('\n')).toContain(message);
		expect(astro.parsed).not.toContain('content/editions/2021-06-01/02/03-zha-dan.md');
	});
});
