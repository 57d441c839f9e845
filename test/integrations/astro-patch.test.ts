import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';

// patches/astro+<version>.patch changes Astro's compiled content-store code. patch-package applies
// it on `npm ci`; these tests fail when it did not apply, or when Astro is not the version it was
// written for, so an upgrade or a skipped postinstall cannot go unnoticed (docs/patches.md).
const require = createRequire(import.meta.url);
const astroRoot = dirname(require.resolve('astro/package.json'));
const astroVersion: string = JSON.parse(readFileSync(join(astroRoot, 'package.json'), 'utf8')).version;
const distFile = (name: string) => join(astroRoot, 'dist', 'content', name);

describe('the Astro patch', () => {
	test('is written for the installed Astro version, which package.json pins exactly', () => {
		const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
		expect(pkg.dependencies.astro).toBe(astroVersion);
		const patches = readFileSync(join(import.meta.dirname, '../../patches', `astro+${astroVersion}.patch`), 'utf8');
		expect(patches).toContain('data-store-writer.js');
	});

	test('keeps each loaded entry’s record, so that the store writes it back without serializing it', async () => {
		const store = await import(pathToFileURL(distFile('data-store.js')).href);
		const devalue = await import(pathToFileURL(createRequire(join(astroRoot, 'package.json')).resolve('devalue')).href);
		expect(typeof store.loadedRecord).toBe('function');
		const record = devalue.stringify(['a', { id: 'a', data: { headline: '标题' } }]);
		const kept = new store.ChunkedCollectionParser(true);
		kept.add(`${record}\n`);
		const entries: Map<string, object> = kept.finish();
		expect(store.loadedRecord(entries.get('a'))).toBe(record);
		// A parser for anything but the content layer's own store keeps nothing.
		const plain = new store.ChunkedCollectionParser();
		plain.add(`${record}\n`);
		expect(store.loadedRecord(plain.finish().get('a'))).toBeUndefined();
	});

	test('measures a record that fits whole in its chunk without walking it code point by code point', async () => {
		const writer = readFileSync(distFile('data-store-writer.js'), 'utf8');
		expect(writer).toContain('const restBytes = Buffer.byteLength(rest);');
		// The chunks are the same bytes as without the shortcut: whole records, and cuts on code points.
		const { chunkString } = await import(pathToFileURL(distFile('data-store-writer.js')).href);
		const text = '标题🙂a'.repeat(50);
		for (const size of [7, 64, 1 << 20]) {
			const chunks: string[] = chunkString(text, size);
			expect(chunks.join('')).toBe(text);
			for (const chunk of chunks) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(Math.max(size, 4));
		}
	});

	test('writes a loaded record back as it was read, and a replaced entry serialized anew', () => {
		const writer = readFileSync(distFile('data-store-writer.js'), 'utf8');
		expect(writer).toContain('loadedRecord(entry) ?? devalue.stringify([id, entry])');
		expect(writer).toContain('if (!existsSync(file))');
	});

	test('has a static build read data-store chunks from disk instead of bundling them', () => {
		const plugin = readFileSync(distFile('vite-plugin-content-virtual-mod.js'), 'utf8');
		expect(plugin).toContain('settings.buildOutput === "static"');
		expect(plugin).toContain('import { readFileSync } from "node:fs";export default readFileSync(');
		const mutable = readFileSync(distFile('mutable-data-store.js'), 'utf8');
		expect(mutable).toContain('new ChunkedCollectionParser(true)');
	});

	test('has a static build read the store’s chunk list from disk too, so that its bundle does not change with the content', () => {
		const plugin = readFileSync(distFile('vite-plugin-content-virtual-mod.js'), 'utf8');
		expect(plugin).toContain(
			'export default Object.fromEntries(Object.entries(JSON.parse(readFileSync(new URL(${JSON.stringify(dataStoreFile.href)}),"utf-8")))',
		);
		expect(plugin).toContain('this.error(`Missing data-store chunk: ${fileName}`);');
	});

	test('prints each page of the route list with its time in one write', () => {
		const generate = readFileSync(join(astroRoot, 'dist/core/build/generate.js'), 'utf8');
		expect(generate).toContain('function logRenderTime(logger, timeStart, notCreated, filePath)');
		expect(generate).toContain('${colors.dim(filePath)} ${timeIncrease}');
		expect(generate).not.toContain('logger.info("SKIP_FORMAT", ` ${timeIncrease}');
	});

	test('loads the fonts machinery only when fonts are configured', () => {
		const fonts = readFileSync(join(astroRoot, 'dist/assets/fonts/vite-plugin-fonts.js'), 'utf8');
		expect(fonts).not.toMatch(/^import .*unifont-font-resolver/m);
		expect(fonts).toContain('if (!settings.config.fonts?.length) {');
		expect(fonts).toContain('import("./infra/unifont-font-resolver.js")');
	});

	test('loads Sätteri, the default Markdown processor, only when no processor is configured', async () => {
		const schema = readFileSync(join(astroRoot, 'dist/core/config/schemas/base.js'), 'utf8');
		expect(schema).not.toContain('import { satteri } from "@astrojs/markdown-satteri"');
		// Without a processor configured, the default is still Sätteri's.
		const { validateConfig } = await import(pathToFileURL(join(astroRoot, 'dist/core/config/validate.js')).href);
		const config = await validateConfig({}, process.cwd(), 'build');
		expect(config.markdown.processor.name).toBe('satteri');
		expect(typeof config.markdown.processor.createRenderer).toBe('function');
	});
});

// patches/@astrojs+mdx+<version>.patch: MDX's integration loads Sätteri only when no processor is
// configured (ours is unified's, astro.config.mjs), as Astro's configuration does above.
describe('the @astrojs/mdx patch', () => {
	const mdxRoot = dirname(require.resolve('@astrojs/mdx/package.json'));
	const mdxVersion: string = JSON.parse(readFileSync(join(mdxRoot, 'package.json'), 'utf8')).version;

	test('is written for the installed version, which package.json pins exactly', () => {
		const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
		expect(pkg.dependencies['@astrojs/mdx']).toBe(mdxVersion);
		const patch = readFileSync(join(import.meta.dirname, '../../patches', `@astrojs+mdx+${mdxVersion}.patch`), 'utf8');
		expect(patch).toContain('dist/index.js');
	});

	test('imports Sätteri only when no processor is configured', () => {
		const index = readFileSync(join(mdxRoot, 'dist/index.js'), 'utf8');
		expect(index).not.toMatch(/^import .*@astrojs\/markdown-satteri/m);
		expect(index).toContain('configuredProcessor ?? (await import("@astrojs/markdown-satteri")).satteri()');
	});
});

// patches/@astrojs+markdown-remark+<version>.patch: unified's processor loads MDX's compiler only
// when an .mdx file is rendered, so a Markdown renderer does not load it.
describe('the @astrojs/markdown-remark patch', () => {
	// Its exports name no package.json: up from its main module, dist/index.js.
	const remarkRoot = dirname(dirname(require.resolve('@astrojs/markdown-remark')));
	const remarkVersion: string = JSON.parse(readFileSync(join(remarkRoot, 'package.json'), 'utf8')).version;

	test('is written for the installed version, which package.json pins exactly', () => {
		const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
		expect(pkg.dependencies['@astrojs/markdown-remark']).toBe(remarkVersion);
		const patch = readFileSync(
			join(import.meta.dirname, '../../patches', `@astrojs+markdown-remark+${remarkVersion}.patch`),
			'utf8',
		);
		expect(patch).toContain('dist/processor.js');
	});

	test('imports the MDX processor when it creates an MDX renderer', () => {
		const processor = readFileSync(join(remarkRoot, 'dist/processor.js'), 'utf8');
		expect(processor).not.toMatch(/^import .*#mdx-processor/m);
		expect(processor).toContain('await import("#mdx-processor")');
	});
});
