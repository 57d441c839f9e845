import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive } from '../lib/archive/build-archive.ts';
import { slugFromFile } from '../lib/archive/slug-from-file.ts';
import type { ArchiveEdition, ArchivePage } from '../lib/archive/model.ts';
import { loadedDates } from '../lib/parts/build-scope.ts';
import { editionDates } from '../lib/parts/preview-window.ts';
import { summaryEntries } from '../lib/parts/summary-entries.ts';
import { settings } from '../settings.ts';

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

/**
 * The join's entries and the daily build's other parts' entries, read from their summaries
 * (summary-entries.ts), which their content store does not keep; none in any other build. The
 * entries of the dates the daily build loads from its content files (its months and their
 * neighbour editions) are the files'.
 */
function joinedEntries() {
	const { scope } = settings;
	if (scope.role === 'join') return summaryEntries(scope.parts, () => false);
	if (scope.role !== 'part' || !scope.join) return undefined;
	const own = loadedDates(scope, editionDates(settings.editionsDir(process.cwd())));
	return summaryEntries(scope.join, (id) => own.has(id.slice(0, id.indexOf('/'))));
}

/** The archive, loaded from the content collections once and shared by every route. */
export function loadArchive(): Promise<Archive> {
	// In dev the content changes under us; rebuild so edits show live.
	if (!cached || import.meta.env.DEV)
		cached = (async () => {
			// The join's store holds no entries (they are all the summaries'), so it asks none.
			const [own, ownEntries] =
				settings.scope.role === 'join'
					? [[], []]
					: await Promise.all([getCollection('editions'), getCollection('items')]);
			const joined = joinedEntries();
			const manifests = joined ? own.concat(joined.editions as CollectionEntry<'editions'>[]) : own;
			const entries = joined ? ownEntries.concat(joined.items as CollectionEntry<'items'>[]) : ownEntries;
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
