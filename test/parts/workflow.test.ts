import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parsePeriods, parseYears } from '../../src/lib/parts/build-scope.ts';
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
		// The current month is built with the join (the daily case), the current year's months
		// before it as a part of their own, and no part job of the matrix holds the current year.
		expect(text).toMatch(/npm run build:join -- parts\/\* --years \$\{\{ needs\.cut\.outputs\.month \}\}/);
		expect(text).toMatch(/npm run build:part -- --years \$\{\{ needs\.cut\.outputs\.closed \}\}/);
		const current = /CURRENT_YEAR: '(\d{4})'/.exec(text)?.[1];
		const matrix = /years: \[(.*)\]/.exec(text)?.[1];
		expect(current).toBeDefined();
		const ranges = matrix!.split(',').map((range) => parseYears(range.trim().replace(/'/g, '')));
		expect(ranges.flat()).not.toContain(Number(current));
	});

	test('cuts the current year at the archive’s newest month', () => {
		const script = /- id: cut\n\s+run: \|\n((?:\s{10}.*\n)+)/.exec(readFileSync(workflow, 'utf8'))?.[1];
		expect(script).toBeDefined();
		const cut = (dates: string[], contentDir?: string) => {
			const dir = join(tmpDir, 'workflow', 'cut');
			rmSync(dir, { recursive: true, force: true });
			for (const date of dates) mkdirSync(join(dir, contentDir ?? 'content', 'editions', date), { recursive: true });
			const output = join(dir, 'output');
			writeFileSync(output, '');
			const env: Record<string, string | undefined> = { ...process.env, CURRENT_YEAR: '2026', GITHUB_OUTPUT: output };
			delete env.CONTENT_DIR;
			const result = spawnSync('bash', ['-e', '-c', script!], {
				cwd: dir,
				env: contentDir ? { ...env, CONTENT_DIR: contentDir } : env,
				encoding: 'utf8',
			});
			expect(result.stderr).toBe('');
			return readFileSync(output, 'utf8').trim().split('\n');
		};
		expect(cut(['2025-12-31', '2026-01-02', '2026-03-01', '2026-10-05'])).toEqual([
			'month=2026-10',
			'closed=2026-01..2026-09',
		]);
		expect(cut(['2025-12-31', '2026-01-02'])).toEqual(['month=2026-01']);
		expect(cut(['2025-12-31'])).toEqual(['month=2026']);
		// The editions are read where the builds read them: CONTENT_DIR when it is set.
		expect(cut(['2026-02-01', '2026-05-03'], 'archive')).toEqual(['month=2026-05', 'closed=2026-01..2026-04']);
		// What the closed months' part and the join are given is read as the months it names.
		const [month, closed] = cut(['2026-08-01', '2026-09-02']).map((line) => line.slice(line.indexOf('=') + 1));
		expect(parsePeriods(month)).toEqual(['2026-09']);
		expect(parsePeriods(closed)).toHaveLength(8);
	});
});
