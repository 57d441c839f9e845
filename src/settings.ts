import { resolveSettings } from './lib/settings/resolve-settings.ts';

/**
 * The settings of this process's environment (src/lib/settings/resolve-settings.ts): the one
 * place that reads `process.env` for the build, the routes and the scripts.
 */
export const settings = resolveSettings(process.env);
