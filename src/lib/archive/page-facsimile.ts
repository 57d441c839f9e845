import type { FacsimileData } from '../../schemas/edition.ts';

/** A page's facsimile and what places its files (pageFilePath): the props of every view of a printed page. */
export interface PageFacsimile {
	facsimile: FacsimileData;
	date: string;
	page: number;
}

/** A page's facsimile with the page's label, for the views that name the page. */
export interface LabelledFacsimile extends PageFacsimile {
	/** The page's label, 第01版：体育. */
	label: string;
}
