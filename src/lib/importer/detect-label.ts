import { detectDateline } from './detect-dateline.ts';
import { isFourCharacterName } from './detect-names.ts';

// The marks a marked label opens with (■, 【, ▲ …), as UTF-16 codes.
const LABEL_MARKS = new Set([...'■◆▍▌▎▋█【〖〔［「▲'].map((mark) => mark.charCodeAt(0)));

/**
 * Recognises a column or section label: `■评论`, `【声音】` (or in `〖〗`, `〔〕`, `［］`, `「」`), `▲观察者言`, or, when `bare` is allowed (a line
 * standing alone in its block), two or three Han characters such as `声音`, or a four-character name of a compound surname (`司马光华`). Other four-character bare
 * lines are left to be headlines: too many short headlines (`麦收时节`) look like that. A marked
 * label is at most six characters (`■新春走基层`); a longer line under ■ is a brief's headline in a
 * list of briefs (`■某区新增公交线路7条`), as ▲ and ● mark them.
 * Returns the label without its mark.
 * @example detectLabel('■一线观察') // '一线观察'
 */
export function detectLabel(text: string, bare = false): string | undefined {
	// Speed: a marked label opens with its mark; the patterns are run only on a text that opens with one.
	if (LABEL_MARKS.has(text.charCodeAt(0))) {
		// A column's name is short; a brief's headline under the same mark is longer.
		const marked =
			/^[■◆▍▌▎▋█]\s*([^。！？，,：:；]{1,6})$/u.exec(text) ??
			/^[【〖〔［「]\s*([^。！？，,【】〖〗〔〕［］「」]{1,10}?)\s*[】〗〕］」]$/u.exec(text);
		if (marked) return marked[1].trim();
		// ▲ marks a column's name as well as a brief's headline: a name of at most six Han characters.
		const triangle = /^▲\s*(\p{Script=Han}{2,6})$/u.exec(text);
		if (triangle) return triangle[1];
	}
	// Not a dateline alone on its line (`本报讯`, its reporters' bracket printed apart).
	if (bare && /^\p{Script=Han}{2,3}$/u.test(text) && detectDateline(text) === undefined) return text;
	// So is a name of four of a compound surname (`司马光华`), which signs where it stands.
	if (bare && isFourCharacterName(text)) return text;
	return undefined;
}
