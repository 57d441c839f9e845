import { readdirSync } from 'node:fs';
import { expect, test, vi } from 'vitest';
import { main } from '../../scripts/bench-parse.ts';

test('refuses a set it does not know and a round count that is no whole number, with the usage', () => {
	const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
	expect(main(['--set', 'dev,sample'])).toBe(2);
	expect(errors.mock.calls.at(-1)?.[0]).toMatch(
		/expects --set to name dev, heldout, tune but found "dev,sample".*Usage: npm run bench:parse/,
	);
	expect(main(['--rounds', '0'])).toBe(2);
	expect(main(['--fast'])).toBe(2);
	errors.mockRestore();
});

test('parses both dumps of every page of the set and prints one line of CPU figures', () => {
	const lines: string[] = [];
	expect(main(['--set', 'tune', '--rounds', '1'], (line) => lines.push(line))).toBe(0);
	const pages = readdirSync('corpus/tune').length;
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(
		new RegExp(
			`^parse: sets=tune dumps=${pages * 2} mb=\\d+\\.\\d rounds=1 cpu_s_min=\\d+\\.\\d\\d cpu_s_median=\\d+\\.\\d\\d mb_s=\\d+\\.\\d\\d$`,
		),
	);
});
