import { expect, test } from 'vitest';
import { layoutSplit } from '../../src/lib/pdf-import/layout-split.ts';
import { photoPage, run } from '../support/text-runs.ts';

test('reads a credit set right over a caption by a picture as that photo’s credit', () => {
	const picture = { x: 20, y: 20, width: 150, height: 100 };
	const result = layoutSplit(
		photoPage(
			[
				run('本报记者 邓思 摄', 250, 20, 8),
				run('图③：近日，社区的居民在广场上跳舞。', 180, 32, 8),
				run('这是第二行说明文字。', 180, 44, 8),
			],
			[picture],
		),
	);
	expect(result.items).toHaveLength(1);
	expect(result.items[0].authors).toEqual(['邓思']);
	expect(result.items[0].paragraphs.join('')).not.toContain('摄');
});
