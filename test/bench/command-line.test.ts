import { describe, expect, test } from 'vitest';
import { parseCommandLine, wholeNumber } from '../../scripts/lib/command-line.ts';

describe('the scripts’ command line', () => {
	test('gives the parsed options, or parseArgs’s message for a mistake instead of throwing', () => {
		const options = { pages: { type: 'string', default: '96' } } as const;
		const parsed = parseCommandLine({ args: ['--pages', '12'], options });
		expect(typeof parsed === 'string' ? parsed : parsed.values.pages).toBe('12');
		expect(parseCommandLine({ args: ['--bogus'], options })).toMatch(/Unknown option '--bogus'/);
	});

	test('takes a whole number of at least the least allowed, and nothing else', () => {
		expect(wholeNumber('40')).toBe(40);
		expect(wholeNumber('0')).toBe(0);
		expect(wholeNumber('0', 1)).toBeUndefined();
		for (const bad of ['4.5', '-3', '1e3', ' 7', '', undefined]) expect(wholeNumber(bad)).toBeUndefined();
	});
});
