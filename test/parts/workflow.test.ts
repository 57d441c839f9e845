import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseYears } from '../../src/lib/parts/build-scope.ts';
import { root, tmpDir } from '../support/site.ts';

const workflow = join(root, '.github/workflows/build.yml');
const validator = join(
	dirname(createRequire(import.meta.url).resolve('@action-validator/cli/package.json')),
	'cli.mjs',
);

/** Runs action-validator on a workflow file: its exit code and output. */
function validate(file: string): { status: number | null; output: string } {
	const result = spawnSync(process.execPath, [validator, file], { encoding: 'utf8' });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('the CI workflow that builds the archive in parts', () => {
	test('is a valid GitHub Actions workflow', () => {
		const { status, output } = validate(workflow);
		expect(output).toBe('');
		expect(status).toBe(0);
	});

	test('is checked for real: a workflow with a misspelt key fails the validator', () => {
		const broken = join(tmpDir, 'workflow', 'broken.yml');
		mkdirSync(dirname(broken), { recursive: true });
		writeFileSync(broken, readFileSync(workflow, 'utf8').replace('runs-on:', 'run-on:'));
		expect(validate(broken).status).not.toBe(0);
	});

	test('runs the project’s own part and join commands', () => {
		const text = readFileSync(workflow, 'utf8');
		const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
		for (const command of text.matchAll(/npm run ([\w:-]+)/g)) expect(scripts).toHaveProperty([command[1]]);
		expect(text).toMatch(/npm run build:part -- --years \$\{\{ matrix\.years \}\}/);
		// The current year is built with the join (the daily case), and no part job holds it.
		expect(text).toMatch(/npm run build:join -- parts\/\* --years \$\{\{ env\.CURRENT_YEAR \}\}/);
		const current = /CURRENT_YEAR: '(\d{4})'/.exec(text)?.[1];
		const matrix = /years: \[(.*)\]/.exec(text)?.[1];
		expect(current).toBeDefined();
		const ranges = matrix!.split(',').map((range) => parseYears(range.trim().replace(/'/g, '')));
		expect(ranges.flat()).not.toContain(Number(current));
	});
});
