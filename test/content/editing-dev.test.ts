import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { root } from '../support/site.ts';
import { tempProject } from './support/temp-project.ts';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const item = 'content/editions/2021-06-09/01/01-bian-min-fu-wu-zhan-kai-men-le.md';

/**
 * The environment of an editor's terminal: without vitest's VITEST* variables (Astro's dev
 * server skips its routes when it sees VITEST) and without NODE_ENV=test.
 */
function editorEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'));
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	await new Promise((ok) => server.close(ok));
	return port;
}

/** Fetches `url` until its body passes `ok`, or fails after `ms` with the last body seen. */
async function poll(url: string, ok: (body: string) => boolean, ms: number): Promise<string> {
	const until = Date.now() + ms;
	let last = '';
	while (Date.now() < until) {
		last = await fetch(url).then((r) => r.text(), (e: Error) => e.message);
		if (ok(last)) return last;
		await new Promise((r) => setTimeout(r, 300));
	}
	throw new Error(`${url} did not change as expected within ${ms} ms; last body starts: ${last.slice(0, 1500)}`);
}

describe('npm run dev', { timeout: 120_000 }, () => {
	const project = tempProject('editing-dev', join(root, 'docs/examples/content'));
	let server: ChildProcess;
	let log = '';
	let url = '';
	beforeAll(async () => {
		const port = await freePort();
		// Own process group, so the dev server and its helpers end together.
		server = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
			cwd: project.dir,
				env: { ...editorEnv(), ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', SITE_URL: 'https://paper.example.org' },
			detached: true,
		});
		server.stdout?.on('data', (d) => void (log += d));
		server.stderr?.on('data', (d) => void (log += d));
		url = `http://127.0.0.1:${port}/2021-06-09/01/bian-min-fu-wu-zhan-kai-men-le/`;
		await poll(url, (body) => body.includes('>村里的便民服务站开门了</h1>'), 60_000).catch((e: Error) => {
			throw new Error(`${e.message}\n--- dev server log ---\n${log}`);
		});
	}, 120_000);
	afterAll(() => {
		if (server?.pid) process.kill(-server.pid, 'SIGTERM');
		project.remove();
	});

	test('shows a corrected headline without a restart', async () => {
		const file = join(project.dir, item);
		const edited = readFileSync(file, 'utf8').replace('headline: 村里的便民服务站开门了', 'headline: 嘎查便民服务站开门了');
		// The file watcher may still be starting just after the first page load and miss one save
		// (seen under load); save again every few seconds, as an editor would.
		const save = () => writeFileSync(file, edited);
		save();
		const again = setInterval(save, 4000);
		const body = await poll(url, (b) => b.includes('>嘎查便民服务站开门了</h1>'), 30_000)
			.catch((e: Error) => {
				throw new Error(`${e.message}\n--- dev server log ---\n${log}`);
			})
			.finally(() => clearInterval(again));
		expect(body).not.toContain('村里的便民服务站开门了');
	});

	test('refuses an MDX item with code when its page is opened, without running the code', async () => {
		const marker = join(project.dir, 'pwned.txt');
		const file = join(project.dir, 'content/editions/2021-06-09/01/09-dai-ma.mdx');
		writeFileSync(
			file,
			`---\nheadline: 会执行的稿件\ndate: 2021-06-09\npage: 1\norder: 9\n---\n\nimport fs from 'node:fs'\n\n第一段 {fs.writeFileSync(${JSON.stringify(marker)}, 'x'), ''}。\n`,
		);
		const page = url.replace('bian-min-fu-wu-zhan-kai-men-le', 'dai-ma');
		// The dev server compiles the MDX when its page is asked for: the body policy stops it there.
		await poll(page, (b) => b.includes('MDXError') && log.includes('稿件里有网站不允许的写法'), 30_000).catch((e: Error) => {
			throw new Error(`${e.message}\n--- dev server log ---\n${log}`);
		});
		expect(log).toContain('content/editions/2021-06-09/01/09-dai-ma.mdx:8: MDX 稿件里不能写 import 或 export');
		expect(existsSync(marker)).toBe(false);
	});

	test('prints a content problem in the dev log while the editor is saving', async () => {
		const file = join(project.dir, item);
		writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2021-06-09', 'date: 2021-06-10'));
		const until = Date.now() + 20_000;
		while (!log.includes(`${item}:9: “date”是 2021-06-10`) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
		expect(log, log).toContain(`${item}:9: “date”是 2021-06-10，但文件在 2021-06-09 文件夹中。`);
	});
});
