import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/** A static server over a built site, as any static host would serve it. */
export interface StaticSite {
	/** Origin plus base path, ending in `/`. */
	url: string;
	close(): Promise<void>;
}

/**
 * Serves `dir` under `base` on a free loopback port; unknown paths get the site's 404.html with
 * status 404, and paths outside the base get a bare 404, as a sub-path host would.
 */
export async function serveSite(dir: string, base = '/'): Promise<StaticSite> {
	const files = sirv(dir, { dev: true, etag: false, extensions: ['html'] });
	const notFound = (() => {
		try {
			return readFileSync(join(dir, '404.html'));
		} catch {
			return Buffer.from('not found');
		}
	})();
	const server: Server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (!url.startsWith(base)) {
			res.statusCode = 404;
			res.end('outside base path');
			return;
		}
		req.url = `/${url.slice(base.length)}`;
		files(req, res, () => {
			res.statusCode = 404;
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(notFound);
		});
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((ok) => server.close(() => ok())),
	};
}
