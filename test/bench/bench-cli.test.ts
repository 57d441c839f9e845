import { expect, test } from 'vitest';
import { main } from '../../scripts/bench.ts';

const run = async (argv: string[]) => {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} });
	return { code, stdout, stderr };
};

test('refuses a run without a whole number of articles, naming what it found', async () => {
	const missing = await run([]);
	expect(missing.code).toBe(2);
	expect(missing.stderr).toMatch(/expects --articles as a positive whole number .* but found --articles \(none\)/);
	expect((await run(['--articles', '1e3.5'])).code).toBe(2);
	expect((await run(['--articles', '0'])).code).toBe(2);
});

test('refuses an option it does not know, and prints the usage', async () => {
	const result = await run(['--articles', '10', '--fast']);
	expect(result.code).toBe(2);
	expect(result.stderr).toMatch(/usage: npm run bench -- --articles N/);
});
