import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../support/site.ts';

/**
 * A throw-away copy of this project with its own `content/` folder, for tests that build or
 * serve broken or edited content without touching the real archive. node_modules is linked,
 * not copied. The copy lives outside the repository so `astro check` never sees it.
 * `content` is a folder holding `editions/`, copied as the new project's `content/`.
 */
export function tempProject(name: string, content?: string): { dir: string; remove(): void } {
	const dir = mkdtempSync(join(tmpdir(), `paper-${name}-`));
	for (const entry of ['src', 'public', 'astro.config.mjs', 'publication.config.ts', 'tsconfig.json', 'package.json']) {
		if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	mkdirSync(join(dir, 'content'), { recursive: true });
	if (content) cpSync(content, join(dir, 'content'), { recursive: true });
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
