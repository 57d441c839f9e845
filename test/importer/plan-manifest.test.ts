import { expect, test } from 'vitest';
import { planManifest } from '../../src/lib/importer/index.ts';

const entry = { number: 1, name: '党建', banner: '五化协同 大抓基层', source: 'dumps/01.txt' };
const recorded = { name: '党建', banner: '旧通栏', source: 'dumps/01.txt' };

test('a page with no manifest entry gets every field the import has', () => {
	const plan = planManifest(entry, undefined, undefined, undefined, false);
	expect(plan.set).toEqual({ name: '党建', banner: '五化协同 大抓基层', source: 'dumps/01.txt' });
	expect(plan.record).toEqual(plan.set);
});

test('a field the importer wrote is replaced; one an editor changed is kept and still counts as changed', () => {
	const plan = planManifest(entry, { ...recorded, name: '党建专刊' }, recorded, undefined, false);
	expect(plan.set).toEqual({ banner: '五化协同 大抓基层' });
	expect(plan.actions.find((a) => a.field === 'name')).toMatchObject({
		action: 'skip',
		kept: '党建专刊',
		reason: 'changed since the last import',
	});
	expect(plan.record.name).toBe('党建');
});

test('a field an editor removed stays removed unless --force', () => {
	const { banner: _, ...current } = recorded;
	expect(planManifest(entry, current, recorded, undefined, false).actions).toContainEqual({
		action: 'skip',
		field: 'banner',
		kept: undefined,
		reason: 'removed since the last import',
	});
	expect(planManifest(entry, current, recorded, undefined, true).set).toEqual({ banner: '五化协同 大抓基层' });
});

test('a value an import cut short was writing counts as the importer’s', () => {
	const current = { ...recorded, banner: '半途的通栏' };
	const plan = planManifest(entry, current, recorded, { banner: '半途的通栏' }, false);
	expect(plan.actions.find((a) => a.field === 'banner')).toMatchObject({ action: 'write', replaces: 'import' });
});

test('a field the import has no value for is left as it is', () => {
	const plan = planManifest({ number: 1, source: 'dumps/01.txt' }, recorded, recorded, undefined, false);
	expect(plan.set).toEqual({});
	expect(plan.record).toEqual(recorded);
});
