import { describe, expect, test } from 'vitest';
import { parseConserved } from '../support/parse-conserved.ts';

// A page with no blank lines in a narrow column (ten em): a headline tight under the text before,
// a marked label, and the next headline set a line wider than the text under it.
const TEXT =
	'塔什干举办区域发展会议\n' +
	'项目建成后，将为当地\n创造约两千个就业岗位\n并带动上下游产业发展\n，当地政府日前发布报\n告称，相关领域的投资\n在过去一年增长了两成\n。会议期间，来自多国\n的代表围绕互联互通进\n行了深入交流。\n' +
	'哈萨克斯坦加快区域互联互通\n' +
	'「记者手记」\n' +
	'以绿色发展答好民生答卷\n' +
	'群众的眼睛是雪亮的。\n只有让群众少跑腿、好\n办事，工作才算做到了\n位。从金沙县的实践看\n，巡护队之所以受欢迎\n，就在于想群众所想。\n';

describe('a head set wider than the narrow column under a marked label', () => {
	test('heads the text under it, and the label does not join the text around it', () => {
		const items = parseConserved(TEXT).items;
		const item = items.find((it) => it.headline === '以绿色发展答好民生答卷');
		expect(item).toBeDefined();
		expect(item!.paragraphs.join('')).toMatch(/^群众的眼睛是雪亮的。/u);
		expect(items.flatMap((it) => it.paragraphs).join('')).not.toContain('互联互通以绿色');
	});
});
