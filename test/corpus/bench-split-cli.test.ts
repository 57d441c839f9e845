import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { main } from '../../scripts/bench-split.ts';

// A corpus of the sample page, its gold the parse a person checked (the importer's fixture).
const sample = readFileSync(join(import.meta.dirname, '../../content/dumps/2021-06-08/01.txt'));
const checked = JSON.parse(
	readFileSync(
		join(import.meta.dirname, '../importer/fixtures/imports-the-sample-party-building-page/expected.json'),
		'utf8',
	),
);
const items = checked.items.map(({ lines: _, ...item }: Record<string, unknown>) => item);
const root = mkdtempSync(join(tmpdir(), 'bench-split-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(set: string, id: string, gold: unknown) {
	mkdirSync(join(root, set, id), { recursive: true });
	writeFileSync(join(root, set, id, 'text.txt'), sample);
	writeFileSync(join(root, set, id, 'gold.json'), JSON.stringify(gold));
}

const run = async (argv: string[]) => {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
	return { code, stdout, stderr };
};

test('scores every set present apart, the sample page exact against its checked parse', async () => {
	page('dev', 'dev-0001', { id: 'dev-0001', date: '2021-06-08', page: 1, traits: ['photo'], items });
	const wrong = items.map((item: { headline: string }, i: number) => (i === 0 ? { ...item, headline: '别的标题' } : item));
	page('heldout', 'ho-0001', { id: 'ho-0001', date: '2021-06-08', page: 1, traits: ['text:column-break'], items: wrong });
	const result = await run(['--root', root, '--json']);
	expect(result.code).toBe(0);
	const { sets } = JSON.parse(result.stdout);
	expect(Object.keys(sets)).toEqual(['dev', 'heldout']);
	expect(sets.dev.overall).toMatchObject({ files: 1, goldItems: 8, parsedItems: 8, itemExact: 1, itemExactAll: 1 });
	expect(sets.dev.traits.photo.files).toBe(1);
	expect(sets.heldout.overall.itemExact).toBeCloseTo(7 / 8);
	expect(sets.heldout.overall.body).toBe(1);
	expect((await run(['--root', root, '--set', 'dev'])).stdout).toMatch(/## dev: 1 pages[\s\S]*\| item exact \(headline \+ authors \+ body\) \| 100\.0% \|/);
});

test('names a malformed gold file and the field, and refuses an unknown set', async () => {
	page('dev', 'dev-0002', { id: 'dev-0002', date: '2021-06-08', page: 1, traits: [], items: [{ kind: 'story' }] });
	const result = await run(['--root', root, '--set', 'dev']);
	expect(result.code).toBe(1);
	expect(result.stderr).toMatch(/dev-0002\/gold\.json: expects items\[0\]\.kind to be article, commentary or photo but found "story"/);
	expect((await run(['--root', root, '--set', 'other'])).code).toBe(2);
	expect((await run(['--root', join(root, 'none')])).stderr).toMatch(/expects a corpus at .*none\/dev\/ but found none/);
});

test('lists the misses of dev pages by category, and refuses them for held-out pages', async () => {
	const root2 = mkdtempSync(join(tmpdir(), 'bench-split-misses-'));
	try {
		const wrong = items.map((item: { headline: string }, i: number) => (i === 0 ? { ...item, headline: '别的标题' } : item));
		mkdirSync(join(root2, 'dev', 'dev-0001'), { recursive: true });
		writeFileSync(join(root2, 'dev', 'dev-0001', 'text.txt'), sample);
		writeFileSync(join(root2, 'dev', 'dev-0001', 'gold.json'), JSON.stringify({ id: 'dev-0001', date: '2021-06-08', page: 1, traits: [], items: wrong }));
		const result = await run(['--root', root2, '--set', 'dev', '--misses', '--variant', 'text']);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^dev-0001 text #1 headline-differs: headline “别的标题” got/m);
		expect(result.stdout).toMatch(/1 gold items missed in 1 files[\s\S]*\n +1 {2}headline-differs\n/);
		for (const set of ['heldout', 'fresh', 'tune6', 'all']) {
			const refused = await run(['--root', root2, '--set', set, '--misses']);
			expect(refused.code).toBe(2);
			expect(refused.stderr).toMatch(/expects --misses with --set dev/);
		}
		expect((await run(['--root', root2, '--set', 'dev', '--misses', '--variant', 'layout'])).code).toBe(2);
	} finally {
		rmSync(root2, { recursive: true, force: true });
	}
});

test('records a layout run under its name in a results file, keeping the runs there, and asks --as for one layout set', async () => {
	const root3 = mkdtempSync(join(tmpdir(), 'bench-split-layout-'));
	try {
		const from = join(import.meta.dirname, '../../corpus/dev/dev-0001');
		mkdirSync(join(root3, 'dev', 'dev-0001'), { recursive: true });
		for (const file of ['gold.json', 'page.pdf'])
			writeFileSync(join(root3, 'dev', 'dev-0001', file), readFileSync(join(from, file)));
		const file = join(root3, 'results.json');
		writeFileSync(file, JSON.stringify({ layout: { kept: { pages: 7 } }, import: [] }));
		const result = await run(['--root', root3, '--set', 'dev', '--layout', '--record', file, '--as', 'layout-one']);
		expect(result.code).toBe(0);
		const recorded = JSON.parse(readFileSync(file, 'utf8'));
		expect(recorded.import).toEqual([]);
		expect(recorded.layout.kept).toEqual({ pages: 7 });
		expect(recorded.layout['layout-one']).toMatchObject({
			command: 'npm run bench:split -- --root DIR --set dev --layout',
			pages: 1,
			figures: { files: 1, parseErrors: 0 },
		});
		expect(recorded.layout['layout-one'].figures.goldItems).toBeGreaterThan(0);
		expect((await run(['--root', root3, '--set', 'dev', '--record', file, '--as', 'x'])).code).toBe(2);
	} finally {
		rmSync(root3, { recursive: true, force: true });
	}
});

test('scores tune3 as an open set: named (with its misses) and in --set all', async () => {
	const root4 = mkdtempSync(join(tmpdir(), 'bench-split-tune3-'));
	try {
		for (const [set, id] of [
			['dev', 'dev-0001'],
			['tune3', 't3-0001'],
		]) {
			mkdirSync(join(root4, set, id), { recursive: true });
			writeFileSync(join(root4, set, id, 'text.txt'), sample);
			writeFileSync(join(root4, set, id, 'gold.json'), JSON.stringify({ id, date: '2021-06-08', page: 1, traits: [], items }));
		}
		const named = await run(['--root', root4, '--set', 'tune3']);
		expect(named.code).toBe(0);
		expect(named.stdout).toMatch(/^## tune3: 1 pages/m);
		expect((await run(['--root', root4, '--set', 'tune3', '--misses'])).code).toBe(0);
		const all = await run(['--root', root4, '--set', 'all']);
		expect(all.code).toBe(0);
		expect(all.stdout).toMatch(/^## tune3: 1 pages/m);
		expect(all.stdout).toMatch(/^## dev: 1 pages/m);
	} finally {
		rmSync(root4, { recursive: true, force: true });
	}
});

test('scores tune4 as an open set: named (with its misses) and in --set all', async () => {
	const root5 = mkdtempSync(join(tmpdir(), 'bench-split-tune4-'));
	try {
		for (const [set, id] of [
			['dev', 'dev-0001'],
			['tune4', 't4-0001'],
		]) {
			mkdirSync(join(root5, set, id), { recursive: true });
			writeFileSync(join(root5, set, id, 'text.txt'), sample);
			writeFileSync(join(root5, set, id, 'gold.json'), JSON.stringify({ id, date: '2021-06-08', page: 1, traits: [], items }));
		}
		const named = await run(['--root', root5, '--set', 'tune4']);
		expect(named.code).toBe(0);
		expect(named.stdout).toMatch(/^## tune4: 1 pages/m);
		expect((await run(['--root', root5, '--set', 'tune4', '--misses'])).code).toBe(0);
		const all = await run(['--root', root5, '--set', 'all']);
		expect(all.code).toBe(0);
		expect(all.stdout).toMatch(/^## tune4: 1 pages/m);
		expect(all.stdout).toMatch(/^## dev: 1 pages/m);
	} finally {
		rmSync(root5, { recursive: true, force: true });
	}
});

test('scores tune5 as an open set: named (with its misses) and in --set all', async () => {
	const root6 = mkdtempSync(join(tmpdir(), 'bench-split-tune5-'));
	try {
		for (const [set, id] of [
			['dev', 'dev-0001'],
			['tune5', 't5-0001'],
		]) {
			mkdirSync(join(root6, set, id), { recursive: true });
			writeFileSync(join(root6, set, id, 'text.txt'), sample);
			writeFileSync(join(root6, set, id, 'gold.json'), JSON.stringify({ id, date: '2021-06-08', page: 1, traits: [], items }));
		}
		const named = await run(['--root', root6, '--set', 'tune5']);
		expect(named.code).toBe(0);
		expect(named.stdout).toMatch(/^## tune5: 1 pages/m);
		expect((await run(['--root', root6, '--set', 'tune5', '--misses'])).code).toBe(0);
		const all = await run(['--root', root6, '--set', 'all']);
		expect(all.code).toBe(0);
		expect(all.stdout).toMatch(/^## tune5: 1 pages/m);
		expect(all.stdout).toMatch(/^## dev: 1 pages/m);
	} finally {
		rmSync(root6, { recursive: true, force: true });
	}
});

test('scores tune6 as a held-out set: named and in --set all, its misses refused', async () => {
	const root7 = mkdtempSync(join(tmpdir(), 'bench-split-tune6-'));
	try {
		for (const [set, id] of [
			['dev', 'dev-0001'],
			['tune6', 't6-0001'],
		]) {
			mkdirSync(join(root7, set, id), { recursive: true });
			writeFileSync(join(root7, set, id, 'text.txt'), sample);
			writeFileSync(join(root7, set, id, 'gold.json'), JSON.stringify({ id, date: '2021-06-08', page: 1, traits: [], items }));
		}
		const named = await run(['--root', root7, '--set', 'tune6']);
		expect(named.code).toBe(0);
		expect(named.stdout).toMatch(/^## tune6: 1 pages/m);
		const refused = await run(['--root', root7, '--set', 'tune6', '--misses']);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toMatch(/held-out pages \(heldout, fresh, tune6\) are scored only as a whole/);
		expect((await run(['--root', root7, '--set', 'tune7'])).stderr).toMatch(/tune5, tune6 or all but found "tune7"/);
		const all = await run(['--root', root7, '--set', 'all']);
		expect(all.code).toBe(0);
		expect(all.stdout).toMatch(/^## tune6: 1 pages/m);
		expect(all.stdout).toMatch(/^## dev: 1 pages/m);
	} finally {
		rmSync(root7, { recursive: true, force: true });
	}
});
