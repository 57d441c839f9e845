import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 60_000,
		hookTimeout: 600_000,
		projects: [
			{
				// Pure code and command lines: fast, no site build.
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/site/**', 'test/e2e/**'],
					testTimeout: 60_000,
				},
			},
			{
				// The real built site, checked as files and in Chromium.
				test: {
					name: 'site',
					include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
					globalSetup: ['test/support/global-site.ts'],
					testTimeout: 120_000,
					hookTimeout: 600_000,
				},
			},
		],
	},
});
