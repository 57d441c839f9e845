import { parseArgs } from 'node:util';
import { buildJoin } from '../src/lib/parts/build.ts';

// npm run build:join -- parts/* [--out dist] [--years 2024] [--cache .cache/join]
// Joins parts built by build:part into one site (docs/scale.md, "Beyond one machine"). With
// --years, the same build also renders those years from the content files (the daily build:
// the current year's part and the join in one build); the parts named must not hold them.
try {
	const { values, positionals } = parseArgs({
		options: { out: { type: 'string' }, cache: { type: 'string' }, years: { type: 'string' } },
		allowPositionals: true,
	});
	const started = performance.now();
	const out = values.out ?? 'dist';
	const { files } = buildJoin({ parts: positionals, out, years: values.years, cache: values.cache });
	console.log(
		`build:join: ${out} from ${positionals.length} parts${values.years ? ` and ${values.years}` : ''}, ${files} files, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
