import { describe, expect, test } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { sharedLoader } from '../../src/lib/parts/shared-loader.ts';

/** A loader that sets the given ids and, as Astro's loaders do, deletes every other entry it sees. */
function syncing(name: string, ids: string[]): Loader {
	return {
		name,
		load: async ({ store }) => {
			for (const id of ids) store.set({ id, data: { from: name } });
			for (const id of store.keys()) if (!ids.includes(id)) store.delete(id);
		},
	};
}

function fakeContext() {
	const entries = new Map<string, { id: string; data: Record<string, unknown> }>();
	const store = {
		get: (id: string) => entries.get(id),
		set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
		delete: (id: string) => entries.delete(id),
		keys: () => [...entries.keys()],
		values: () => [...entries.values()],
		entries: () => [...entries.entries()],
		has: (id: string) => entries.has(id),
		clear: () => entries.clear(),
	};
	return { context: { store } as unknown as LoaderContext, entries };
}

describe('a collection loaded by two loaders', () => {
	const owns = (id: string) => id.startsWith('2024') || id === '2023-12-31';

	test('keeps both loaders’ entries, though each drops every entry it did not load', async () => {
		const { context, entries } = fakeContext();
		const loader = sharedLoader(
			syncing('files', ['2023-12-31', '2024-01-01']),
			syncing('summaries', ['2022-06-01', '2023-12-30']),
			owns,
		);
		await loader.load(context);
		await loader.load(context);
		expect([...entries.keys()].sort()).toEqual(['2022-06-01', '2023-12-30', '2023-12-31', '2024-01-01']);
	});

	test('gives an entry both could load to the first, whose files the build reads', async () => {
		const { context, entries } = fakeContext();
		await sharedLoader(syncing('files', ['2023-12-31']), syncing('summaries', ['2023-12-30', '2023-12-31']), owns).load(
			context,
		);
		expect(entries.get('2023-12-31')?.data).toEqual({ from: 'files' });
		expect(entries.get('2023-12-30')?.data).toEqual({ from: 'summaries' });
	});

	test('drops an entry its owner no longer has', async () => {
		const { context, entries } = fakeContext();
		await sharedLoader(syncing('files', ['2024-01-01', '2024-01-02']), syncing('summaries', ['2022-06-01']), owns).load(
			context,
		);
		await sharedLoader(syncing('files', ['2024-01-02']), syncing('summaries', ['2022-06-01']), owns).load(context);
		expect([...entries.keys()].sort()).toEqual(['2022-06-01', '2024-01-02']);
	});
});
