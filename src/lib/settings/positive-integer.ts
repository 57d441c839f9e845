/** Environment variables as a process holds them (`process.env`). */
export type Env = Record<string, string | undefined>;

/**
 * A whole number of at least 1 from `env[name]` (spaces trimmed), or `fallback` when the variable
 * is unset or empty. Anything else throws a message that names the variable, what it counts and
 * what it holds.
 * @example positiveInteger({ SEARCH_JOBS: ' 2 ' }, 'SEARCH_JOBS', 4, 'indexing processes') // 2
 */
export function positiveInteger(env: Env, name: string, fallback: number, meaning: string): number;
export function positiveInteger(env: Env, name: string, fallback: undefined, meaning: string): number | undefined;
export function positiveInteger(env: Env, name: string, fallback: number | undefined, meaning: string) {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1)
		throw new Error(
			`expects ${name} to be a whole number of at least 1 (${meaning}) but found "${env[name]}"; unset it for the default`,
		);
	return value;
}
