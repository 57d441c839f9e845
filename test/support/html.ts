import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out;
}

/** Parses a built HTML file. */
export function readHtml(file: string): Root {
	return fromHtml(readFileSync(file, 'utf8'));
}

/** Elements matching a predicate, in document order. */
export function findAll(tree: Root | Element, test: (el: Element) => boolean): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (el: Element) => {
		if (test(el)) found.push(el);
	});
	return found;
}

/** Every URL an HTML tree refers to: links, scripts, stylesheets, images and srcsets. */
export function referencedUrls(tree: Root): string[] {
	const urls: string[] = [];
	visit(tree, 'element', (el: Element) => {
		const p = el.properties ?? {};
		for (const key of ['href', 'src'] as const) if (typeof p[key] === 'string') urls.push(p[key] as string);
		const srcset = p.srcSet ?? p.srcset;
		if (Array.isArray(srcset)) for (const s of srcset) urls.push(String(s).trim().split(/\s+/)[0]);
		else if (typeof srcset === 'string') for (const s of srcset.split(',')) urls.push(s.trim().split(/\s+/)[0]);
	});
	return urls.filter(Boolean);
}
