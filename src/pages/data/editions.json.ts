import type { APIContext } from 'astro';
import publication from '../../../publication.config.ts';
import { loadArchive } from '../../data/archive.ts';
import { absolute } from '../../data/url.ts';
import { openDataIndex } from '../../lib/archive/open-data.ts';

/**
 * Open data, for harvesters and researchers, as library archives offer: the months, each with
 * the URL of its file (`data/editions/<month>.json`, src/pages/data/editions/[month].json.ts).
 * Cut by month, so that a day's edition changes one month's file and a part writes its own months'.
 */
export async function GET(context: APIContext) {
	const { editions } = await loadArchive();
	const months = [...new Set(editions.map((e) => e.date.slice(0, 7)))];
	const body = openDataIndex(publication.name, months, (p) => absolute(p, context.site));
	return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
