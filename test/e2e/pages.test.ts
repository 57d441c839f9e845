import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/launch-browser.ts';
import { serveSite, type StaticSite } from '../../scripts/lib/static-server.ts';

// The fixture archive (test/fixtures/archive): 2021-05-31 with pages 1, 2 and 2021-06-01 with pages 1, 2, 4.
const sites = inject('sites');
let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveSite(sites.multi, '/');
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('a reader of a multi-page edition', () => {
	test('sees the latest edition on the home page', async () => {
		const page = await browser.newPage();
		await page.goto(site.url);
		expect(await page.getByRole('link', { name: /2021年6月1日/ }).count()).toBeGreaterThan(0);
		expect(await page.getByRole('link', { name: '第04版：体育' }).count()).toBe(1);
		await page.close();
	});

	test('turns the pages with the buttons and the → and ← keys', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}2021-06-01/01/`);
		await page.getByRole('link', { name: '下一版 第02版：文化 →' }).first().click();
		await page.waitForURL(`${site.url}2021-06-01/02/`);
		await page.keyboard.press('ArrowRight');
		await page.waitForURL(`${site.url}2021-06-01/04/`);
		expect(await page.getByRole('link', { name: /下一版/ }).count()).toBe(0);
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`${site.url}2021-06-01/02/`);
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`${site.url}2021-06-01/01/`);
		await page.keyboard.press('ArrowLeft');
		await page.waitForURL(`${site.url}2021-06-01/`);
		await page.close();
	});

	test('reads on from the last item of a page to the first item of the next page', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}2021-06-01/01/item-1-3/`);
		await page.getByRole('link', { name: '下一篇：草原上的那达慕 →' }).click();
		await page.waitForURL(`${site.url}2021-06-01/02/item-2-1/`);
		await page.close();
	});

	test('moves between days from the edition view', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}2021-06-01/`);
		await page.getByRole('link', { name: '← 上一期 2021年5月31日' }).click();
		await page.waitForURL(`${site.url}2021-05-31/`);
		await page.getByRole('link', { name: '下一期 2021年6月1日 →' }).click();
		await page.waitForURL(`${site.url}2021-06-01/`);
		await page.close();
	});

	test('finds both editions in the calendar, in their months', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}archive/2021/`);
		expect(await page.locator('#m5 a').allTextContents()).toEqual(['31']);
		expect(await page.locator('#m6 a').allTextContents()).toEqual(['1']);
		await page.close();
	});
});
