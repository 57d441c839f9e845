import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fetchUntil, startDevServer, type DevServer } from '../../scripts/lib/dev-server.ts';
import { root } from '../support/site.ts';
import { tempProject } from './support/temp-project.ts';

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const item = 'content/editions/2021-06-09/01/01-bian-min-fu-wu-zhan-kai-men-le.md';

/** Fetches `url` until its body passes `ok`, or fails after `ms` with the last body and the dev server's log. */
const poll = async (url: string, ok: (body: string) => boolean, ms: number) =>
	(await fetchUntil(url, ok, ms, server)).body;

let server: DevServer;

describe('npm run dev', { timeout: 120_000 }, () => {
	const project = tempProject('editing-dev', join(root, 'docs/examples/content'));
	let url = '';
	beforeAll(async () => {
		server = await startDevServer(astroBin, ['dev'], {
			cwd: project.dir,
			env: { ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', SITE_URL: 'https://paper.example.org' },
		});
		url = `${server.origin}/2021-06-09/01/bian-min-fu-wu-zhan-kai-men-le/`;
		await poll(url, (body) => body.includes('>村里的便民服务站开门了</h1>'), 60_000);
	}, 120_000);
	afterAll(async () => {
		await server?.stop();
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
		await poll(page, (b) => b.includes('MDXError') && server.log().includes('稿件里有网站不允许的写法'), 30_000);
		expect(server.log()).toContain('content/editions/2021-06-09/01/09-dai-ma.mdx:8: MDX 稿件里不能写 import 或 export');
		expect(existsSync(marker)).toBe(false);
	});

	test('prints a content problem in the dev log while the editor is saving', async () => {
		const file = join(project.dir, item);
		writeFileSync(file, readFileSync(file, 'utf8').replace('date: 2021-06-09', 'date: 2021-06-10'));
		const until = Date.now() + 20_000;
		while (!server.log().includes(`${item}:9: “date”是 2021-06-10`) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
		expect(server.log(), server.log()).toContain(`${item}:9: “date”是 2021-06-10，但文件在 2021-06-09 文件夹中。`);
	});
});
