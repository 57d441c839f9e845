import { withBase } from '../lib/archive/paths.ts';

/** A site-relative path (from src/lib/archive/paths.ts) as a link under the configured base path. */
export function href(path: string): string {
	return withBase(import.meta.env.BASE_URL, path);
}

/** The absolute URL of a site-relative path, for feeds, canonical links and structured data. */
export function absolute(path: string, site: URL | undefined): string {
	return new URL(href(path), site ?? 'http://localhost:4321').href;
}
