import { PLACEHOLDER_HEADLINE } from '../importer/assemble-items.ts';

/**
 * The mark `npm run new` puts where an editor still has to write something. The file is valid
 * as written, so the editor can preview it; the check refuses to publish while a mark is left.
 */
export const PLACEHOLDER = '待填写';

/** True when a field value or a body line is still the placeholder `npm run new` wrote. */
export function isPlaceholder(text: string): boolean {
	return text.trim().startsWith(PLACEHOLDER);
}

/**
 * True when a field value is a placeholder the importer wrote where the dump had nothing to take
 * (`（无标题）` for an item whose headline it could not find): a page must not be published with it.
 */
export function isImporterPlaceholder(text: string): boolean {
	return text.trim() === PLACEHOLDER_HEADLINE;
}
