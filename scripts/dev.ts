import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildScope } from '../src/lib/parts/build-scope.ts';
import { devArgs } from '../src/lib/parts/dev-args.ts';

// npm run dev [-- --years 2019-2020 | --editions N | --all] [astro dev options]
// The live preview of the newest editions, or of the years asked for (docs/scale.md, "The preview").
let args;
try {
	args = devArgs(process.argv.slice(2));
	buildScope(args.env); // the values' own check, with its message
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PREVIEW_YEARS: '', PREVIEW_EDITIONS: '', ...args.env };
const server = spawn(process.execPath, [astro, 'dev', ...args.astroArgs], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
