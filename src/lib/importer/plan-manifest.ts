import { PAGE_FIELDS, type PageEntry, type PageFields } from './edition-manifest.ts';

/** What a (re-)import does with one field of this page's manifest entry. */
export type FieldAction =
	| { action: 'write'; field: keyof PageFields; value: string; replaces: 'nothing' | 'import' | 'edit' }
	| { action: 'unchanged'; field: keyof PageFields }
	| { action: 'skip'; field: keyof PageFields; kept?: string; reason: string };

/** The plan for this page's manifest entry: field by field, and the values to record. */
export interface ManifestPlan {
	actions: FieldAction[];
	/** The fields to set in the manifest. */
	set: PageFields;
	/** What the record keeps as the importer's own values after the plan is carried out. */
	record: PageFields;
}

/**
 * Decides, field by field, what a (re-)import does with this page's manifest entry, as
 * planFiles does for item files: a field the importer wrote (per `recorded`, or `pending` from an
 * import cut short) and nobody changed is replaced; a field an editor changed, removed or wrote
 * is kept unless `force` (then the caller keeps a backup). A field this import has no value
 * for is left as it is. `current` is undefined when the manifest has no entry for the page.
 */
export function planManifest(
	entry: PageEntry,
	current: PageFields | undefined,
	recorded: PageFields | undefined,
	pending: PageFields | undefined,
	force: boolean,
): ManifestPlan {
	const plan: ManifestPlan = { actions: [], set: {}, record: {} };
	for (const field of PAGE_FIELDS) {
		const value = entry[field];
		const now = current?.[field];
		const before = recorded?.[field];
		const ours = now !== undefined && (now === before || now === pending?.[field]);
		if (value === undefined) {
			if (ours) plan.record[field] = now;
			else if (before !== undefined) plan.record[field] = before;
			continue;
		}
		let action: FieldAction;
		if (now === value) action = { action: 'unchanged', field };
		else if (now === undefined && (current === undefined || before === undefined))
			action = { action: 'write', field, value, replaces: 'nothing' };
		else if (ours) action = { action: 'write', field, value, replaces: 'import' };
		else if (force) action = { action: 'write', field, value, replaces: 'edit' };
		else
			action = {
				action: 'skip',
				field,
				kept: now,
				reason:
					now === undefined
						? 'removed since the last import'
						: before === undefined
							? 'not written by the importer'
							: 'changed since the last import',
			};
		plan.actions.push(action);
		if (action.action === 'write') plan.set[field] = value;
		if (action.action !== 'skip') plan.record[field] = value;
		else if (before !== undefined) plan.record[field] = before;
	}
	return plan;
}
