/**
 * The mark `npm run new` puts where an editor still has to write something. The file is valid
 * as written, so the editor can preview it; the check refuses to publish while a mark is left.
 */
export const PLACEHOLDER = '待填写';

/** True when a field value or a body line is still the placeholder `npm run new` wrote. */
export function isPlaceholder(text: string): boolean {
	return text.trim().startsWith(PLACEHOLDER);
}
