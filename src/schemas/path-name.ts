import { z } from 'astro/zod';

/**
 * Why a person's or a section's name cannot be a folder of the site, or undefined when it can.
 * Each name becomes one folder, `/authors/<name>/`, so it may not hold a path separator, a
 * character some hosts refuse in file names (`< > : " | ? * #  %`), a control or invisible
 * format character, or start with a dot (`..` climbs out of the folder, `.x` is hidden).
 * @example pathNameProblem('../../etc') // '含有 /，……'
 */
export function pathNameProblem(name: string): string | undefined {
	const bad = /[/\\<>:"|?*#%]/.exec(name)?.[0];
	if (bad) return `含有“${bad}”：名字会成为网址里的一级文件夹，不能有 / \\ < > : " | ? * # % 这些符号。`;
	if (/[\p{Cc}\p{Cf}]/u.test(name)) return '含有看不见的控制字符：名字会成为网址里的一级文件夹。';
	if (name.startsWith('.')) return '以“.”开头：名字会成为网址里的一级文件夹，不能以点开头。';
	return undefined;
}

/** A name that is also a safe folder name of the site (pathNameProblem): authors and sections. */
export const pathName = z
	.string()
	.trim()
	.min(1)
	.superRefine((name, ctx) => {
		const problem = pathNameProblem(name);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});
