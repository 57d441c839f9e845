import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { spreadArchive } from '../../src/lib/bench/spread-archive.ts';
import { root } from '../support/site.ts';
import { tempProject } from '../content/support/temp-project.ts';

/** The environment of an editor's terminal: without vitest's variables (Astro's dev server skips its routes when it sees VITEST). */
function editorEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
	);
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	await new Promise((ok) => server.close(ok));
	return port;
}

let server: ChildProcess;
let log = '';

/** Fetches `url` until it answers at all; its status and body. Fails at once, with its log, when the dev server has stopped. */
async function get(url: string, ms = 180_000): Promise<{ status: number; body: string }> {
	const until = Date.now() + ms;
	let last = '';
	while (Date.now() < until) {
		if (server.exitCode !== null || server.signalCode !== null)
			throw new Error(`the dev server stopped (${server.exitCode ?? server.signalCode}):\n${log}`);
		try {
			const response = await fetch(url);
			return { status: response.status, body: await response.text() };
		} catch (error) {
			last = (error as Error).message;
			await new Promise((r) => setTimeout(r, 500));
		}
	}
	throw new Error(`${url} did not answer within ${ms / 1000} s: ${last}`);
}

const line = (body: string) => /class="preview-line"[^>]*>([^<]*)</.exec(body)?.[1];

// A 3-year archive (2022 to 2024), previewed with --years 2023. An item of 2022 that no loader or
// check could read without complaining (broken YAML) shows whether other years' files are read.
describe('npm run dev -- --years 2023 on a three-year archive', { timeout: 240_000 }, () => {
	const project = tempProject('preview-dev');
	const editions = spreadArchive({
		articles: 240,
		years: 3,
		seed: 7,
		corpus: corpusFromText(readFileSync(join(root, 'content/dumps/2021-06-08/01.txt'), 'utf8')),
		newest: '2024-12-30',
	});
	const of = (year: string) => editions.filter((e) => e.date.startsWith(year)).map((e) => e.date);
	const broken = `content/editions/${of('2022')[0]}/01/99-po-sun.md`;
	let base = '';

	beforeAll(async () => {
		for (const edition of editions)
			for (const file of edition.files) {
				const path = join(project.dir, 'content/editions', file.path);
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, file.text);
			}
		writeFileSync(join(project.dir, broken), '---\nheadline: [没有结尾\ndate: 2022-01-01\n---\n正文\n');
		const port = await freePort();
		base = `http://127.0.0.1:${port}`;
		// Own process group, so that the dev server and its helpers end together.
		server = spawn(
			process.execPath,
			[join(root, 'scripts/dev.ts'), '--years', '2023', '--host', '127.0.0.1', '--port', String(port)],
			{
				cwd: project.dir,
				env: { ...editorEnv(), BASE_PATH: '/', SITE_URL: 'https://paper.example.org' },
				detached: true,
			},
		);
		server.stdout?.on('data', (d) => void (log += d));
		server.stderr?.on('data', (d) => void (log += d));
	}, 240_000);

	afterAll(() => {
		if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
		project.remove();
	});

	test('says on every page that only 2023 is loaded, and how many editions are not', async () => {
		const home = await get(`${base}/`);
		expect(home.status, log).toBe(200);
		const others = of('2022').length + of('2024').length;
		expect(line(home.body)).toContain(`预览：只载入 2023 年的 ${of('2023').length} 期`);
		expect(line(home.body)).toContain(`其他年份的 ${others} 期未载入`);
		const edition = await get(`${base}/${of('2023')[0]}/`);
		expect(edition.status).toBe(200);
		expect(line(edition.body)).toBe(line(home.body));
	});

	test('shows the loaded year’s editions across the site and no other year’s', async () => {
		const home = await get(`${base}/`);
		// The home page shows the newest edition loaded: the last of 2023, not of 2024.
		expect(home.body).toContain(`href="/${of('2023')[0]}/"`);
		expect(home.body).not.toContain(`href="/${of('2024')[0]}/"`);
		expect((await get(`${base}/${of('2024')[0]}/`)).status).toBe(404);
		expect((await get(`${base}/${of('2022').at(-1)}/`)).status).toBe(404);
		const archive = await get(`${base}/archive/`);
		expect(archive.body).toContain(`共 ${of('2023').length} 期`);
	});

	test('reads and checks no file of another year', async () => {
		await get(`${base}/`);
		expect(log).not.toContain('99-po-sun');
		expect(log).not.toMatch(/\b2022-\d\d-\d\d\/01\//);
	});
});
