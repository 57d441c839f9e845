// The `npm run import` bin's entry, in JavaScript: Node loads its TypeScript stripper (a
// WebAssembly module, about a tenth of a second of CPU) for the first `.ts` file it strips, and an
// entry in TypeScript is stripped before it can turn the compile cache on. With the cache on
// first, every module of the importer comes stripped and compiled from the cache (kept in the
// system's temp folder), after the first run. `node scripts/import.ts` works too, only slower.
import { enableCompileCache } from 'node:module';

enableCompileCache();
const { run } = await import('./import.ts');
await run();
