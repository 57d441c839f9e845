import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../support/site.ts';

describe('the npm scripts', () => {
	test('run Astro without its telemetry notice', () => {
		const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
			scripts: Record<string, string>;
		};
		const astro = Object.entries(scripts).filter(([, command]) => /(^|\s)astro\s/.test(command));
		expect(astro.map(([name]) => name).sort()).toEqual(['build', 'preview', 'start']);
		for (const [name, command] of astro)
			for (const step of command.split('&&')) expect(step.trim(), name).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 astro /);
		// npm run dev chooses what the preview loads (scripts/dev.ts), then runs astro dev without telemetry.
		expect(scripts.dev).toBe('node scripts/dev.ts');
		expect(readFileSync(join(root, 'scripts/dev.ts'), 'utf8')).toMatch(/ASTRO_TELEMETRY_DISABLED: '1'/);
	});
});
