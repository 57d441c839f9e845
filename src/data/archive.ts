import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive } from '../lib/archive/build-archive.ts';
import { slugFromFile } from '../lib/archive/slug-from-file.ts';
import type { ArchiveEdition, ArchivePage } from '../lib/archive/model.ts';

/** An item entry of the content collection with its permalink slug. */
export type Item = CollectionEntry<'items'> & { slug: string };
export type Edition = ArchiveEdition<Item>;
export type Page = ArchivePage<Item>;

/** Everything the routes look up, built once per build from the content collections. */
export interface Archive {
	/** Editions, newest first. */
	editions: Edition[];
	/** Every item in reading order: newest edition first, then page, then order. */
	items: Item[];
	/** Edition of a date. */
	edition: Map<string, Edition>;
}

let cached: Promise<Archive> | undefined;

/** The archive, loaded from the content collections once and shared by every route. */
export function loadArchive(): Promise<Archive> {
	// In dev the content changes under us; rebuild so edits show live.
	if (!cached || import.meta.env.DEV)
		cached = (async () => {
			const [manifests, entries] = await Promise.all([getCollection('editions'), getCollection('items')]);
			const items: Item[] = entries.map((entry) =>
				Object.assign(entry, { slug: entry.data.slug ?? slugFromFile(entry.filePath ?? entry.id) }),
			);
			const editions = buildArchive(
				manifests.map((m) => m.data),
				items,
			);
			return {
				editions,
				items: editions.flatMap((e) => e.pages.flatMap((p) => p.items)),
				edition: new Map(editions.map((e) => [e.date, e])),
			};
		})();
	return cached;
}
