import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { corpusFromText } from '../../src/lib/bench/corpus.ts';
import { spreadArchive } from '../../src/lib/bench/spread-archive.ts';
import { writeEdition } from '../../scripts/lib/bench/scratch-project.ts';
import { startDevServer, fetchUntil, type DevServer } from '../../scripts/lib/dev-server.ts';
import { root } from '../support/site.ts';
import { tempProject } from '../content/support/temp-project.ts';

let server: DevServer;

/** Fetches `url` until it answers at all; its status and body. Fails at once, with its log, when the dev server has stopped. */
const get = (url: string, ms = 180_000) => fetchUntil(url, () => true, ms, server, 500);

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
		for (const edition of editions) writeEdition(project.dir, edition);
		writeFileSync(join(project.dir, broken), '---\nheadline: [没有结尾\ndate: 2022-01-01\n---\n正文\n');
		server = await startDevServer(join(root, 'scripts/dev.ts'), ['--years', '2023'], {
			cwd: project.dir,
			env: { BASE_PATH: '/', SITE_URL: 'https://paper.example.org' },
		});
		base = server.origin;
	}, 240_000);

	afterAll(async () => {
		await server?.stop();
		project.remove();
	});

	test('says on every page that only 2023 is loaded, and how many editions are not', async () => {
		const home = await get(`${base}/`);
		expect(home.status, server.log()).toBe(200);
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
		expect(server.log()).not.toContain('99-po-sun');
		expect(server.log()).not.toMatch(/\b2022-\d\d-\d\d\/01\//);
	});
});
