/** How many of the newest editions `npm run dev` loads when told nothing else (docs/scale.md, "The preview"). */
export const PREVIEW_EDITIONS = 7;

/** What `npm run dev` was asked to load, as environment for the dev server, and the arguments left for `astro dev`. */
export interface DevArgs {
	env: { PREVIEW_YEARS?: string; PREVIEW_EDITIONS?: string };
	astroArgs: string[];
}

/**
 * Reads `npm run dev`'s own options: `--years 2019-2020`, `--editions N` or `--all` (one of
 * them; the newest PREVIEW_EDITIONS editions without any). Every other argument (`--port`,
 * `--host`…) is Astro's. Throws with a message naming the option for a missing value or two choices.
 */
export function devArgs(argv: string[]): DevArgs {
	const chosen: DevArgs['env'][] = [];
	const astroArgs: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const [name, inline] = argv[i].split(/=(.*)/s, 2);
		if (name !== '--years' && name !== '--editions' && name !== '--all') {
			astroArgs.push(argv[i]);
			continue;
		}
		if (name === '--all') {
			chosen.push({});
			continue;
		}
		const value = inline ?? argv[++i];
		if (!value || value.startsWith('--'))
			throw new Error(
				`npm run dev: ${name} needs a value, e.g. ${name === '--years' ? '--years 2019-2020' : '--editions 30'}`,
			);
		chosen.push(name === '--years' ? { PREVIEW_YEARS: value } : { PREVIEW_EDITIONS: value });
	}
	if (chosen.length > 1) throw new Error('npm run dev: choose one of --years, --editions and --all');
	return { env: chosen[0] ?? { PREVIEW_EDITIONS: String(PREVIEW_EDITIONS) }, astroArgs };
}
