import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/**
 * The environment of an editor's terminal: `env` without vitest's VITEST* variables (Astro's dev
 * server skips its routes when it sees VITEST) and without NODE_ENV.
 */
export function editorEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	await new Promise((ok) => server.close(ok));
	return port;
}

/** A dev server started by `startDevServer`. */
export interface DevServer {
	child: ChildProcess;
	/** `http://127.0.0.1:<port>`. */
	origin: string;
	/** Everything it printed so far, stdout and stderr. */
	log(): string;
	/** Ends its process group (it and the helpers it started) and waits for it. */
	stop(): Promise<void>;
}

/**
 * Starts `node <script> ...args --host 127.0.0.1 --port <port>` in `cwd` (Astro's CLI or
 * scripts/dev.ts), in a process group of its own, with an editor's environment plus `env`.
 */
export async function startDevServer(
	script: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; port?: number },
): Promise<DevServer> {
	const port = options.port ?? (await freePort());
	const child = spawn(process.execPath, [script, ...args, '--host', '127.0.0.1', '--port', String(port)], {
		cwd: options.cwd,
		env: { ...editorEnv(), ...options.env },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (d) => void (output += d));
	child.stderr!.on('data', (d) => void (output += d));
	const exited = new Promise((ok) => child.on('exit', ok));
	return {
		child,
		origin: `http://127.0.0.1:${port}`,
		log: () => output,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) {
				try {
					process.kill(-child.pid!, 'SIGTERM');
				} catch {
					// The group ended on its own meanwhile.
				}
			}
			await exited;
		},
	};
}

/**
 * Fetches `url` until an answer passes `ok` and returns it. Fails at once, with the server's log,
 * when `server` has stopped; after `ms`, with the last answer seen (and the log). Asks every `everyMs`.
 */
export async function fetchUntil(
	url: string,
	ok: (body: string, status: number) => boolean,
	ms: number,
	server?: DevServer,
	everyMs = 200,
): Promise<{ status: number; body: string }> {
	const until = Date.now() + ms;
	let last = '';
	const withLog = () => (server ? `\n--- dev server log ---\n${server.log()}` : '');
	while (Date.now() < until) {
		if (server && (server.child.exitCode !== null || server.child.signalCode !== null))
			throw new Error(`the dev server stopped (${server.child.exitCode ?? server.child.signalCode})${withLog()}`);
		try {
			const response = await fetch(url);
			const body = await response.text();
			if (ok(body, response.status)) return { status: response.status, body };
			last = body;
		} catch (error) {
			last = (error as Error).message;
		}
		await new Promise((r) => setTimeout(r, everyMs));
	}
	throw new Error(
		`${url} did not answer as expected within ${ms / 1000} s; last answer: ${last.slice(0, 1500)}${withLog()}`,
	);
}
