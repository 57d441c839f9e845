import { parseArgs } from 'node:util';
import { buildPart } from '../src/lib/parts/build.ts';

// npm run build:part -- --years 2019-2020 [--out parts/2019-2020] [--cache .cache/parts/2019-2020]
// One part of the site (docs/scale.md, "Beyond one machine"). CONTENT_DIR, SITE_URL and BASE_PATH apply.
try {
	const { values } = parseArgs({
		options: { years: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } },
	});
	if (!values.years) throw new Error('build:part: needs --years, e.g. --years 2019-2020');
	const started = performance.now();
	const out = values.out ?? `parts/${values.years}`;
	buildPart({ years: values.years, out, cache: values.cache });
	console.log(`build:part: ${out} (${values.years}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
