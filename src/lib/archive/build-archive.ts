import type { EditionData } from '../../schemas/edition.ts';
import type { ArchiveEdition, ArchiveItem, ArchivePage } from './model.ts';

/**
 * Groups items into editions and pages, newest edition first, pages by number, items by order.
 * A page that has items but no manifest entry still appears (unnamed), so nothing is hidden;
 * `npm run check` reports the missing entry.
 */
export function buildArchive<I extends ArchiveItem>(editions: EditionData[], items: I[]): ArchiveEdition<I>[] {
	const byDate = new Map<string, ArchiveEdition<I>>();
	const pageOf = new Map<string, ArchivePage<I>>();
	const ensurePage = (edition: ArchiveEdition<I>, number: number) => {
		const key = `${edition.date}/${number}`;
		let page = pageOf.get(key);
		if (!page) {
			page = { number, date: edition.date, items: [] };
			pageOf.set(key, page);
			edition.pages.push(page);
		}
		return page;
	};
	const ensureEdition = (date: string) => {
		let edition = byDate.get(date);
		if (!edition) {
			edition = { date, pages: [] };
			byDate.set(date, edition);
		}
		return edition;
	};
	for (const manifest of editions) {
		const edition = ensureEdition(manifest.date);
		if (manifest.number !== undefined) edition.number = manifest.number;
		for (const entry of manifest.pages) Object.assign(ensurePage(edition, entry.number), entry);
	}
	for (const item of items) ensurePage(ensureEdition(item.data.date), item.data.page).items.push(item);
	const result = [...byDate.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
	for (const edition of result) {
		edition.pages.sort((a, b) => a.number - b.number);
		for (const page of edition.pages)
			page.items.sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
	}
	return result;
}
