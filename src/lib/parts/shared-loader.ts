import type { Loader, LoaderContext } from 'astro/loaders';

type Store = LoaderContext['store'];

/**
 * The collection's store as one of two loaders that share it sees it: only the entries `mine`
 * claims are listed (keys, values, entries), so that a loader dropping what it did not load
 * never drops the other's; a `set` of an entry it does not claim is ignored.
 */
function storeView(store: Store, mine: (id: string) => boolean): Store {
	return new Proxy(store, {
		get(target, property, receiver) {
			if (property === 'keys') return () => target.keys().filter(mine);
			if (property === 'values') return () => target.values().filter((entry) => mine(entry.id));
			if (property === 'entries') return () => target.entries().filter(([id]) => mine(id));
			if (property === 'clear')
				return () =>
					target
						.keys()
						.filter(mine)
						.forEach((id) => target.delete(id));
			if (property === 'set') return (entry: { id: string }) => mine(entry.id) && target.set(entry as never);
			const value = Reflect.get(target, property, receiver);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

/**
 * One collection loaded by two loaders (the daily build: a part's content files and the other
 * parts' summaries): `first` owns the entries for which `owns(id)` holds, `second` the rest; each
 * sees and keeps only its own entries, so neither removes the other's, and an entry both could
 * give (a neighbour edition the part loads from its files, also in its own part's summary) is
 * the first's. Their meta keys must differ (content-files.ts and summary-loader.ts use their own).
 */
export function sharedLoader(first: Loader, second: Loader, owns: (id: string) => boolean): Loader {
	return {
		name: `${first.name}+${second.name}`,
		load: async (context) => {
			await first.load({ ...context, store: storeView(context.store, owns) });
			await second.load({ ...context, store: storeView(context.store, (id) => !owns(id)) });
		},
	};
}
