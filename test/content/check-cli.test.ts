import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/check.ts';
import { checkContentDir } from '../../src/integrations/content-check.ts';
import { resolveSettings } from '../../src/lib/settings/resolve-settings.ts';
import { root } from '../support/site.ts';
import { tempProject } from './support/temp-project.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

function run(argv: string[], astroCheckCode = 0, env: Record<string, string> = {}) {
	let out = '';
	let err = '';
	const calls: string[] = [];
	const code = main(argv, {
		cwd: root,
		settings: resolveSettings(env),
		out: (t) => void (out += t),
		err: (t) => void (err += t),
		astroCheck: (dir) => {
			calls.push(dir);
			return astroCheckCode;
		},
	});
	return { code, out, err, calls };
}

const examples = tempProject('examples-check', join(root, 'docs/examples/content'));
afterAll(() => examples.remove());

describe('npm run check', () => {
	test('lists content problems as file:line lines and exits 1 without running the type check', () => {
		const { code, err, calls } = run(['--root', join(fixtures, 'date-mismatch')]);
		expect(code).toBe(1);
		expect(err).toMatch(/^content\/editions\/2021-06-08\/01\/03-xue-dang-shi\.md:4: “date”是 2021-06-09，但文件在 2021-06-08 文件夹中。提示：/);
		expect(err).toContain('内容有 1 处问题');
		expect(calls).toEqual([]);
	});

	test('prints warnings about HTML that publishing removes, and passes when nothing else is wrong', () => {
		const { code, out, err, calls } = run(['--root', join(fixtures, 'raw-html'), '--content-only']);
		expect(code).toBe(0);
		expect(err).toMatch(/^content\/editions\/2021-06-08\/01\/01-xue-dang-shi\.md:11: 警告：发布时会删掉这里的 <script>/);
		expect(err).toContain('有 4 处警告');
		expect(out).toContain('内容检查通过（有警告，见上）');
		expect(calls).toEqual([]);
	});

	test('runs astro check on clean content and exits 3 when it fails', () => {
		const clean = join(fixtures, 'valid');
		expect(run(['--root', clean])).toMatchObject({ code: 0, calls: [clean] });
		const failed = run(['--root', clean], 1);
		expect(failed.code).toBe(3);
		expect(failed.err).toContain('astro check 发现了代码错误');
	});

	test('skips the type check with --content-only and refuses unknown options with exit 2', () => {
		expect(run(['--root', join(fixtures, 'valid'), '--content-only'])).toMatchObject({ code: 0, calls: [] });
		expect(run(['--contentonly']).code).toBe(2);
	});

	test('checks the archive CONTENT_DIR points the build at, naming files from the project root', () => {
		const { code, err } = run(['--content-only'], 0, { CONTENT_DIR: 'test/content/fixtures/date-mismatch/content' });
		expect(code).toBe(1);
		expect(err.split('\n')[0]).toBe(
			'test/content/fixtures/date-mismatch/content/editions/2021-06-08/01/03-xue-dang-shi.md:4: “date”是 2021-06-09，但文件在 2021-06-08 文件夹中。提示：把 date 改成 2021-06-08，或把文件移到 2021-06-09 文件夹。',
		);
	});

	test('finds nothing wrong in the sample edition or in the guide examples', () => {
		expect(checkContentDir(root, 'content/editions')).toEqual([]);
		expect(checkContentDir(examples.dir)).toEqual([]);
	});
});
