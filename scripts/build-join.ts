import { parseArgs } from 'node:util';
import { buildJoin } from '../src/lib/parts/build.ts';

// npm run build:join -- parts/* [--out dist] [--cache .cache/join]
// Joins parts built by build:part into one site (docs/scale.md, "Beyond one machine").
try {
	const { values, positionals } = parseArgs({
		options: { out: { type: 'string' }, cache: { type: 'string' } },
		allowPositionals: true,
	});
	const started = performance.now();
	const out = values.out ?? 'dist';
	const { files } = buildJoin({ parts: positionals, out, cache: values.cache });
	console.log(
		`build:join: ${out} from ${positionals.length} parts, ${files} files, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
	);
} catch (error) {
	console.error((error as Error).message);
	process.exit(1);
}
