import { describe, expect, test } from 'vitest';
import { checkConservation, parsePage } from '../../src/lib/importer/index.ts';

/** The head fields of each item a dump gives and the page's banner, the conservation check passed. */
function heads(text: string) {
	const page = parsePage(text);
	expect(checkConservation(text, page)).toEqual({ missing: '', extra: '' });
	return {
		banner: page.banner?.headline,
		items: page.items.map(({ kicker, headline, subheadline }) => ({ kicker, headline, subheadline })),
	};
}

// Two items whose headlines speak of their bodies, so that the headlines' words weigh on the page.
const LATER =
	'老旧小区改造提速\n\n　　本报讯　今年以来，某县把老旧小区改造作为民生实事来办，\n老旧小区改造三十二个，改造提速惠及居民一万余户。\n\n' +
	'玉米抢收过半\n\n　　本报讯　入秋以来，某镇组织农机手抢收玉米，全镇两万\n亩玉米抢收过半。\n';
const LATER_HEADS = [
	{ kicker: undefined, headline: '老旧小区改造提速', subheadline: undefined },
	{ kicker: undefined, headline: '玉米抢收过半', subheadline: undefined },
];

describe('kickers and subheadlines', () => {
	test('a head block whose kicker ends in ——, set apart over a plain line and a byline, heads the body with that line as its subheadline', () => {
		const text =
			'干部不定期下村入户——\n\n把群众的事办在心坎上\n\n青山镇：找到合适的产业发展路径\n\n□本报记者　王芳\n\n' +
			'　　青山镇党委书记介绍，为了找到合适的产业发展路径，镇里\n组织干部走访农户，青山镇今年新建产业基地三个，产业发展\n路径越走越宽。\n\n' +
			LATER;
		expect(heads(text)).toEqual({
			banner: undefined,
			items: [
				{
					kicker: '干部不定期下村入户——',
					headline: '把群众的事办在心坎上',
					subheadline: '青山镇：找到合适的产业发展路径',
				},
				...LATER_HEADS,
			],
		});
	});
});
