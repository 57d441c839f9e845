// ESLint: JavaScript's and typescript-eslint's recommended rules, and eslint-plugin-astro's for components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Built output, generated types, benchmark archives, content and corpora are not code we write.
		ignores: [
			'dist/',
			'.astro/',
			'.cache/',
			'bench-out/',
			'parts/',
			'screenshots/',
			'content/',
			'corpus/',
			'test/**/fixtures/',
			'docs/examples/',
			'.tmp/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// A leading underscore marks an argument kept for its position in a signature.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// Comments quote Chinese text as printed, with its ideographic spaces (`标题　正文`).
			'no-irregular-whitespace': ['error', { skipComments: true }],
		},
	},
);
