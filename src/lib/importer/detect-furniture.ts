/** Page furniture: printed on the page, but no part of any item. */
export type FurnitureKind =
	'page-header' | 'date' | 'paper-name' | 'editor' | 'page-number' | 'jump' | 'sponsor' | 'index' | 'notice' | 'chart';

/** A line recognised as page furniture, and the page name a header may carry. */
export interface Furniture {
	kind: FurnitureKind;
	pageName?: string;
	pageNumber?: number;
}

// Some papers print the credit in brackets: （责任编辑：X）, 【本版编辑：X】.
const EDITOR =
	/^[（(【[]?\s*(?:本版)?(?:责任编辑|责编|编辑|美术编辑|美编|图片编辑|校对|审校|校审|版式设计|版面设计|版式|视觉设计|视觉|设计|制图|排版|组版|审读)\s*[：:]/;
// The page's name may join two words with a middle dot: `第05版：要闻·综合`.
const PAGE_TOKEN =
	/^第?\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版(?:[：:](\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?))?$/u;
const DATE_TOKEN =
	/^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}|(?:星期|周)[一二三四五六日天]|农历\S{2,12}|\d{1,2}\s*月\s*\d{1,2}\s*日)$/u;
// A jump line, where a story runs on from or to another page: `（下转第2版）`, `上接第1版`, `（转第五版）`.
const JUMP = /^[（(]?\s*(?:上接|下转|接|转)\s*第?\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]?$/u;
// A running header of a page number and the page's name, as pages print it in a corner: `05 观点`,
// `理论05`. Standing alone only, so a body line wrapped after a number (`示范点67`) is never one.
const SHORT_HEADER =
	/^(?:(\d{2})\s*(\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?)|(\p{Script=Han}{2,6}(?:[·・]\p{Script=Han}{2,6})?)\s*(\d{2}))$/u;
const PAPER_TOKEN = /^\p{Script=Han}{2,8}(?:日|晚|早|晨|时|商|都市|青年|法治|法制|工人|农民)报$/u;
// A special page's sponsors: `本版由某市委宣传部协办`, `主办：某市人民政府 承办：某中心`.
const SPONSOR =
	/^(?:(?:本版|本专版|本栏目?)?由\S.{1,30}(?:协办|主办|承办|合办)|(?:主办|承办|协办)\s*[：:].{2,}|\S{2,30}\s+(?:协办|主办|承办|合办))$/u;
// A front page's index (导读): its title, and each entry naming the page it points to
// (`◆某区建设智慧社区 （第11版）`).
const INDEX_TITLE = /^(?:今日|本期|本版)?(?:导读|要目)$/u;
const INDEX_ENTRY =
	/^[◆◇·•●▲■○★☆]?\s*[^\s（(。，,；;].{1,30}?\s*[（(]\s*(?:见)?\s*第?\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版\s*[）)]$/u;
// The masthead's page count (`今日16版`) and the paper's organ line (`中共某某市委机关报`).
const MASTHEAD = /^(?:(?:今日|本期)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*版|中共\S{2,16}机关报)$/u;
// A correction notice (`本报3月10日第8版刊发的稿件中有误，特此更正。`), and its title standing alone.
const CORRECTION = /^(?:本报|本刊).{2,60}特此更正[。.]?$/u;
const NOTICE_TITLE = /^(?:更正(?:启事|声明)?|广告|遗失声明|启事)$/u;
// The lines of a boxed notice: a subscription call (`欢迎订阅《某某日报》`, `… 邮发代号15-26`), an
// advertisement's office (`某某日报广告中心`), a lost-papers notice (`某某不慎遗失身份证，声明作废。`),
// and their telephone lines (`订阅热线：0471-2992019`, `联系电话：…`, `新闻热线：…`), which hold nothing but a number,
// and a mailbox for contributions (`投稿邮箱：news@example.cn`), nothing but the address.
const NOTICE_LINE =
	/^(?:欢迎订阅《[^》]{2,16}》|.{0,20}邮发代号\s*\d{1,2}-\d{1,4}|\p{Script=Han}{2,12}广告(?:中心|部)|.{2,30}遗失.{1,30}声明作废[。.]?|(?:订阅|广告|联系|咨询|服务|新闻|投诉|举报)?(?:热线|电话)\s*[：:]\s*[\d()（）\-－ ]{7,20}|(?:投稿|联系|来稿)?(?:邮箱|信箱|电子邮箱)\s*[：:]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u;
// Speed: every NOTICE_LINE holds one of these words; asking for them first spares the pattern's
// backtracking on every other line of the page (the answer cannot change).
const NOTICE_WORD = /订阅|邮发代号|广告|遗失|热线|电话|邮箱|信箱/u;
// What an editor's credit, a chart's title (a colon), a jump line, an index entry, the masthead's
// page count, a page header (版) and a sponsors' line (办) each hold.
const KEYS = /[：:版办]/;
// What sets a header line's words apart (`2021年6月8日 星期二 | 第05版`).
const SEPARATOR = /[\s|｜/·•]/;
// Where a header line splits into words: at spaces, bars, slashes and dots, but not at the dot
// inside a page's name after its number (`第05版：视点·深读`).
const PAGE_NAME_DOT_OR_SEPARATORS = /[\s|｜/•]+|(?<!版[：:]\p{Script=Han}{2,6})·+/u;
// A chart's title and source lines, set in its box (`图表：…`, `数据来源：…`).
const CHART = /^(?:图表|数据来源|资料来源)\s*[：:].{1,40}$/u;

/**
 * Recognises page furniture: page headers (`第05版`, `第05版：要闻`), dates, the paper's name,
 * editor credits (`责任编辑：X`), stray page numbers, jump lines (`（下转第2版）`), a special page's
 * sponsors (`本版由某市委宣传部协办`), a front page's index (`导读`, `◆某区建设智慧社区 （第11版）`), the
 * masthead's page count and organ line (`今日16版`, `中共某某市委机关报`), a notice (a correction,
 * `更正` / `本报…有误，特此更正。`; a subscription call, an advertisement's office, a lost-papers
 * notice, their telephone lines) and a chart's title and source (`图表：…`, `数据来源：…`). A header line may combine them
 * (`内蒙古日报 2021年6月8日 星期二 第05版 党建`, `17 经济 2020年12月5日 星期六`). `alone` says the line stands between blank
 * lines, which a bare page number must do.
 * @example detectFurniture('第05版：要闻', true) // { kind: 'page-header', pageName: '要闻', pageNumber: 5 }
 */
export function detectFurniture(text: string, alone: boolean): Furniture | undefined {
	// Speed: most lines hold none of KEYS, and no pattern that needs one is tried on them.
	const keyed = KEYS.test(text);
	if (keyed && EDITOR.test(text) && text.length <= 60 && !/[。！？]/.test(text)) return { kind: 'editor' };
	if (alone && /^[-—–－·\s]*\d{1,3}[-—–－·\s]*$/.test(text)) return { kind: 'page-number' };
	if (keyed && JUMP.test(text)) return { kind: 'jump' };
	if (keyed && text.includes('办') && SPONSOR.test(text) && text.length <= 60 && !/[。！？，,]/.test(text))
		return { kind: 'sponsor' };
	if (keyed && (text.endsWith('）') || text.endsWith(')')) && INDEX_ENTRY.test(text) && !/[。！？，,；;]/.test(text))
		return { kind: 'index' };
	if (alone && INDEX_TITLE.test(text)) return { kind: 'index' };
	if ((keyed || text.startsWith('中共')) && MASTHEAD.test(text)) return { kind: 'paper-name' };
	if (
		((text.startsWith('本报') || text.startsWith('本刊')) && CORRECTION.test(text)) ||
		(NOTICE_WORD.test(text) && NOTICE_LINE.test(text)) ||
		(alone && NOTICE_TITLE.test(text))
	)
		return { kind: 'notice' };
	if (keyed && CHART.test(text) && !/[。！？]/.test(text)) return { kind: 'chart' };
	const short = alone ? SHORT_HEADER.exec(text) : null;
	if (short) return { kind: 'page-header', pageNumber: Number(short[1] ?? short[4]), pageName: short[2] ?? short[3] };
	if (text.length > 60 || /[。！？，,]/.test(text)) return undefined;
	// Speed: most lines that get here are one word (a line of text with no pause), not split.
	const tokens =
		text !== '' && !SEPARATOR.test(text) ? [text] : text.split(PAGE_NAME_DOT_OR_SEPARATORS).filter(Boolean);
	let kind: FurnitureKind | undefined;
	let pageName: string | undefined;
	let pageNumber: number | undefined;
	let dated = false;
	let bareNumber = false;
	for (let i = 0; i < tokens.length; i++) {
		// A page's number and name as the corner prints them, on the header line that holds the
		// date (`17 经济 2020年12月5日 星期六`): a bare number is only read so beside a date.
		if (
			pageNumber === undefined &&
			/^\d{1,2}$/.test(tokens[i]) &&
			/^\p{Script=Han}{2,6}$/u.test(tokens[i + 1] ?? '') &&
			!PAPER_TOKEN.test(tokens[i + 1])
		) {
			kind = 'page-header';
			pageNumber = Number(tokens[i]);
			pageName = tokens[++i];
			bareNumber = true;
			continue;
		}
		// The page's name before its number, as its own word (`头版 第01版`, `法治社会 第15版`).
		const named =
			keyed &&
			pageName === undefined &&
			/^\p{Script=Han}{2,6}$/u.test(tokens[i]) &&
			!PAPER_TOKEN.test(tokens[i]) &&
			!DATE_TOKEN.test(tokens[i])
				? PAGE_TOKEN.exec(tokens[i + 1] ?? '')
				: null;
		if (named && named[2] === undefined) {
			kind = 'page-header';
			pageNumber = toNumber(named[1]);
			pageName = tokens[i++];
			continue;
		}
		const page = keyed ? PAGE_TOKEN.exec(tokens[i]) : null;
		if (page) {
			kind = 'page-header';
			pageNumber = toNumber(page[1]);
			pageName = page[2];
			// The page name often follows the number as its own word: `第05版 党建`.
			if (!pageName && /^\p{Script=Han}{2,6}$/u.test(tokens[i + 1] ?? '') && !PAPER_TOKEN.test(tokens[i + 1]))
				pageName = tokens[++i];
			continue;
		}
		if (DATE_TOKEN.test(tokens[i])) {
			kind ??= 'date';
			dated = true;
		} else if (tokens[i].endsWith('报') && PAPER_TOKEN.test(tokens[i])) kind ??= 'paper-name';
		else return undefined;
	}
	if (kind === 'paper-name' && tokens.length === 1 && !alone) return undefined;
	if (bareNumber && !dated) return undefined;
	return kind ? { kind, pageName, pageNumber } : undefined;
}

function toNumber(digits: string): number | undefined {
	const ascii = digits.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
	if (/^\d+$/.test(ascii)) return Number(ascii);
	const values: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
	if (digits.length === 1) return values[digits];
	if (digits.startsWith('十')) return 10 + (values[digits[1]] ?? 0);
	return values[digits[0]] * 10 + (values[digits[2]] ?? 0);
}
