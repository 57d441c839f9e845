import { parseArgs, type ParseArgsConfig } from 'node:util';

/** What node:util parseArgs returns for `config`. */
export type ParsedArgs<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * node:util parseArgs, with a mistake in the words (an unknown option, a missing value) returned as
 * its message instead of thrown, for the command to print with its usage and exit 2.
 * @example const parsed = parseCommandLine({ args: argv, options }); if (typeof parsed === 'string') return usage(parsed);
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): ParsedArgs<T> | string {
	try {
		return parseArgs(config);
	} catch (error) {
		return (error as Error).message;
	}
}

/**
 * An option's value as a whole number of at least `least`, or undefined when it is none.
 * @example wholeNumber('40', 1) // 40
 * @example wholeNumber('4.5') // undefined
 */
export function wholeNumber(value: string | undefined, least = 0): number | undefined {
	if (value === undefined || !/^\d+$/.test(value) || Number(value) < least) return undefined;
	return Number(value);
}
