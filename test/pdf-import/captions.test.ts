import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import type { PdfPageContent } from '../../src/lib/pdf-import/page-types.ts';
import { column, run } from '../support/text-runs.ts';

const lines = (n: number) => Array.from({ length: n }, (_, i) => `图①：第${i}行说明写在这里。`);

test('reads a credit set flush right and wrapping once in a narrow column as one credit, naming the photographer', () => {
	// A caption in a column 40 pt wide beside its picture; the credit's last word wraps flush right.
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const runs = [
		...column(lines(4), 180, 20, 7),
		run('本报记者 吴勇坤', 180, 70, 6),
		run('摄', 222, 77, 6),
		// A story below, in the page's body type.
		run('大漠深处绿意浓', 20, 200, 20, true),
		...column(
			Array.from({ length: 6 }, (_, i) => `第${i}行正文写在这里，接着往下写。`),
			20,
			230,
		),
	];
	const content: PdfPageContent = { width: 400, height: 400, runs, pictures: [picture], rules: [] };
	const result = layoutSplit(content);
	expect(result.items).toHaveLength(2);
	expect(result.items[0]).toMatchObject({ kind: 'photo', authors: ['吴勇坤'] });
	expect(result.items[0].paragraphs.join('')).not.toMatch(/摄/);
});
