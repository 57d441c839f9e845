import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// The patch's write-back (docs/patches.md, fix 3) writes a loaded entry as the record it was read
// from. That is right only while nothing changes a loaded entry in place. This test runs the
// installed store's own code over loaded entries deep-frozen: an in-place change of one throws
// (Astro's dist is strict-mode ES modules), so the test fails if any of the store's operations
// the content layer uses ever changes an entry instead of replacing it.
const require = createRequire(import.meta.url);
const astroRoot = dirname(require.resolve('astro/package.json'));
const { MutableDataStore } = await import(pathToFileURL(join(astroRoot, 'dist/content/mutable-data-store.js')).href);
const devalue = await import(pathToFileURL(createRequire(join(astroRoot, 'package.json')).resolve('devalue')).href);
const dir = mkdtempSync(join(tmpdir(), 'astro-write-back-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dirUrl = pathToFileURL(`${dir}/`);
const logger = { warn: (_: string, message: string) => void console.warn(message) };

function deepFreeze(value: unknown): void {
	if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
	Object.freeze(value);
	for (const inner of Object.values(value)) deepFreeze(inner);
}

/** The records of the store on disk, by entry id, as its manifest lists its chunks. */
function records(collection: string): Map<string, string> {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	const text = manifest[collection].map((name: string) => readFileSync(join(dir, name), 'utf8')).join('');
	return new Map(
		text
			.split('\n')
			.filter(Boolean)
			.map((line: string) => [devalue.parse(line)[0], line]),
	);
}

const entry = (id: string, headline: string) => ({
	id,
	data: { headline, date: new Date('2021-06-08') },
	body: `${headline}的正文`,
	filePath: `content/${id}.md`,
	digest: `digest-${headline}`,
	rendered: { html: `<p>${headline}</p>`, metadata: { imagePaths: [], headings: [] } },
});

test('the store replaces a loaded entry and never changes it in place, so its kept record stays true', async () => {
	const first = await MutableDataStore.fromDir(dirUrl, 4096, logger);
	const scoped = first.scopedStore('editions');
	for (const id of ['kept', 'same', 'changed', 'gone']) scoped.set(entry(id, `标题${id}`));
	await first.writeToDisk();
	await first.waitUntilSaveComplete();
	const before = records('editions');
	expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toContain('editions');

	const loaded = await MutableDataStore.fromDir(dirUrl, 4096, logger);
	const store = loaded.scopedStore('editions');
	for (const id of store.keys()) deepFreeze(store.get(id));
	// What a loader does on a rebuild (src/loaders/content-files.ts): keep, set unchanged, replace, delete.
	const kept = store.get('kept');
	if (kept.deferredRender) store.addModuleImport(kept.filePath);
	store.addAssetImports(['./a.jpg'], kept.filePath);
	expect(store.set(entry('same', '标题same'))).toBe(false);
	store.set(entry('changed', '新标题'));
	store.delete('gone');
	loaded.metaStore('editions').set('stamps', '{}');
	await loaded.writeToDisk();
	await loaded.waitUntilSaveComplete();

	const after = records('editions');
	expect(after.get('kept')).toBe(before.get('kept'));
	expect(after.get('same')).toBe(before.get('same'));
	expect(after.get('changed')).toBe(devalue.stringify(['changed', store.get('changed')]));
	expect(after.get('changed')).toContain('新标题');
	expect(after.has('gone')).toBe(false);
	// Each kept record is what serializing the entry again gives: the write-back is exact.
	for (const id of ['kept', 'same']) expect(after.get(id)).toBe(devalue.stringify([id, store.get(id)]));
});
