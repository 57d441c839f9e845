import type { APIContext } from 'astro';
import publication from '../../../publication.config.ts';
import { loadArchive } from '../../data/archive.ts';
import { absolute } from '../../data/url.ts';
import { openDataIndex } from '../../lib/archive/open-data.ts';

/**
 * Open data, for harvesters and researchers, as library archives offer: the years, each with
 * the URL of its file (`data/editions/<year>.json`, src/pages/data/editions/[year].json.ts).
 * Cut by year, so that a day's edition changes one year's file and a part writes its own years'.
 */
export async function GET(context: APIContext) {
	const { editions } = await loadArchive();
	const years = [...new Set(editions.map((e) => e.date.slice(0, 4)))];
	const body = openDataIndex(publication.name, years, (p) => absolute(p, context.site));
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
