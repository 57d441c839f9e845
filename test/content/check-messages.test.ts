import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentDir } from '../../src/integrations/content-check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

// Each fixture is a small project folder with one thing wrong in content/editions/. The
// expected lines pin the exact wording editors will read, so a change shows in review.
const fixtures = join(import.meta.dirname, 'fixtures');

const cases: { fixture: string; title: string; expected: string[] }[] = [
	{
		fixture: 'valid',
		title: 'passes a correct edition and ignores the importer record and other non-Markdown files',
		expected: [
		],
	},
	{
		fixture: 'date-mismatch',
		title: 'reports a date that does not match its folder, at the date line, naming both dates',
		expected: [
			"content/editions/2021-06-08/01/03-xue-dang-shi.md:4: “date”是 2021-06-09，但文件在 2021-06-08 文件夹中。提示：把 date 改成 2021-06-08，或把文件移到 2021-06-09 文件夹。",
		],
	},
	{
		fixture: 'page-mismatch',
		title: 'reports a page number that does not match its page folder',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:5: “page”是 2，但文件在第 01 版的文件夹中。提示：把 page 改成 1，或把文件移到 2021-06-08/02 文件夹。",
		],
	},
	{
		fixture: 'duplicate-order',
		title: 'reports two items with the same order on one page, on the later file, naming the earlier one',
		expected: [
			"content/editions/2021-06-08/01/02-ban-shi-shi.md:6: “order”是 1，和同一版的 01-xue-dang-shi.md 重复。提示：每篇稿件的 order 在本版内不能相同：改成 2，或调整两篇的先后。",
		],
	},
	{
		fixture: 'duplicate-slug',
		title: 'reports two items with the same slug on one page, at the slug line',
		expected: [
			"content/editions/2021-06-08/01/02-ban-shi-shi.md:7: “slug”给出的网址名“xue-dang-shi”和同一版的 01-xue-dang-shi.md 重复，两篇会抢同一个网址。提示：给其中一篇改文件名，或加一行不同的 slug。",
		],
	},
	{
		fixture: 'no-manifest',
		title: 'reports an item whose edition has no manifest and says how to create one',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:1: 2021-06-08 这一期没有版面清单 content/editions/2021-06-08/edition.yaml，这篇稿件无法归到版面。提示：新建 content/editions/2021-06-08/edition.yaml，写上 date: 2021-06-08 和 pages（见编辑指南）；用 npm run new 新建稿件时会自动建好。",
		],
	},
	{
		fixture: 'manifest-date',
		title: 'reports a manifest whose date does not match its folder',
		expected: [
			"content/editions/2021-06-08/edition.yaml:1: “date”是 2021-06-07，但版面清单在 2021-06-08 文件夹中。提示：把 date 改成 2021-06-08，或把整个文件夹改名为 2021-06-07。",
		],
	},
	{
		fixture: 'manifest-duplicate-page',
		title: 'reports a page listed twice in a manifest, at the second entry, naming the first',
		expected: [
			"content/editions/2021-06-08/edition.yaml:5: 第 1 版在 pages 里列了两次（另一次在第 3 行）。提示：把两条合成一条，或改正其中一条的 number。",
		],
	},
	{
		fixture: 'manifest-schema',
		title: 'reports a misspelt field in a manifest page entry with the likely spelling',
		expected: [
			"content/editions/2021-06-08/edition.yaml:4: pages 的第 1 项中有不认识的字段“nam”。提示：是不是想写“name”？改正拼写，或删掉这一行。",
		],
	},
	{
		fixture: 'manifest-yaml',
		title: 'reports a manifest that is not valid YAML at the bad line',
		expected: [
			"content/editions/2021-06-08/edition.yaml:4: 版面清单这一行不是有效的 YAML：列表项前缺少“- ”，或缩进不对齐。提示：检查冒号后面是否有空格、引号是否成对；pages 下面每一版以“  - number:”开头，缩进对齐。",
		],
	},
	{
		fixture: 'page-not-in-manifest',
		title: 'reports a page folder with items that the manifest does not list',
		expected: [
			"content/editions/2021-06-08/edition.yaml:2: 版面清单的 pages 里没有第 2 版，但 02 文件夹里有 1 篇稿件。提示：在 pages 下加两行：“  - number: 2”和“    name: 版名”。",
		],
	},
	{
		fixture: 'missing-image',
		title: 'reports a photo whose picture file is missing, at the image line',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:8: “image”指向的图片 content/editions/2021-06-08/01/xue-dang-shi.jpg 不存在。提示：把图片文件放到 content/editions/2021-06-08/01/ 里，或改正文件名（大小写也要一致）。",
		],
	},
	{
		fixture: 'unknown-kind',
		title: 'reports an unknown kind, lists the kinds and guesses the intended one',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:7: “kind”（稿件类型）是“foto”，只能是 article、commentary、photo 之一。提示：是不是想写 photo？改成 article、commentary、photo 之一（article 是消息和通讯，commentary 是署名评论，photo 是图片稿）。",
		],
	},
	{
		fixture: 'unknown-field',
		title: 'reports an unknown field and suggests the field that was meant',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:4: 有不认识的字段“secton”。提示：是不是想写“section”？改正拼写，或删掉这一行。",
		],
	},
	{
		fixture: 'missing-headline',
		title: 'reports a missing required field with a line to copy',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:1: 缺少必填字段“headline”（主标题）。提示：在 frontmatter 里加一行：headline: 打出为民办事“组合拳”",
		],
	},
	{
		fixture: 'empty-headline',
		title: 'reports an empty headline',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:2: “headline”（主标题）是空的。提示：填上内容，例如：headline: 打出为民办事“组合拳”；不需要这个字段就删掉这一行。",
		],
	},
	{
		fixture: 'wrong-type',
		title: 'reports a field of the wrong type, showing the value found',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:5: “page”（版次）应是数字（不加引号），现在是“一”。提示：写成这样：page: 1",
		],
	},
	{
		fixture: 'bad-date',
		title: 'reports a date not written YYYY-MM-DD once, not once per rule',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:4: “date”（日期）是“2021-6-8”，日期要写成 YYYY-MM-DD，月和日都写两位。提示：写成这样：date: 2021-06-08",
		],
	},
	{
		fixture: 'yaml-error',
		title: 'reports frontmatter that is not valid YAML at its line, in plain words',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:2: frontmatter 这一行不是有效的 YAML：值里有英文冒号加空格（: ），或这一行多了缩进。提示：检查冒号后面是否有空格、引号是否成对、缩进是否对齐；值里有英文冒号或以引号开头时，把整个值用单引号括起来。",
		],
	},
	{
		fixture: 'no-frontmatter',
		title: 'reports a file without frontmatter',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:1: 文件开头没有 frontmatter（两行 --- 之间的字段）。提示：在文件第一行写 ---，接着写 headline、date、page、order 等字段，再写一行 ---。",
		],
	},
	{
		fixture: 'unclosed-frontmatter',
		title: 'reports frontmatter without its closing line',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:1: frontmatter 只有开头的 ---，没有结尾的 ---。提示：在最后一个字段下面加一行 ---，正文写在它下面。",
		],
	},
	{
		fixture: 'empty-body',
		title: 'reports an item with an empty body, at the end of its frontmatter',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:7: 正文是空的。提示：在第二个 --- 下面空一行，写上正文。",
		],
	},
	{
		fixture: 'misplaced',
		title: 'reports Markdown files outside the edition/page layout that the site would skip',
		expected: [
			"content/editions/2021-06-08/02-stray.md:1: 这篇稿件不在版面文件夹里，网站不会收录它。提示：稿件放在 content/editions/<日期>/<两位数版次>/ 里，例如 content/editions/2021-06-08/01/03-xue-dang-shi.md。",
			"content/editions/2021-06-08/1/02-ban-shi-shi.md:1: 版面文件夹叫“1”，应是两位数字的版次。提示：把文件夹改名为 01 这样的两位数字。",
		],
	},
	{
		fixture: 'chinese-file-name',
		title: 'reports a file name that cannot be a permalink when no slug is given',
		expected: [
			"content/editions/2021-06-08/01/01-学党史.md:1: 文件名“01-学党史.md”会成为网址的一部分，但它含有拼音字母、数字和短横线以外的字符。提示：把文件改名为“序号-拼音”的形式，如 03-xue-dang-shi.md；或加一行 slug: xue-dang-shi。",
		],
	},
	{
		fixture: 'component-in-md',
		title: 'reports an MDX component used in a .md file and says to rename it .mdx',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:11: 这一行用了 MDX 的写法（<PullQuote>），但文件是 .md。提示：把文件扩展名改成 .mdx（01-xue-dang-shi.mdx）。",
		],
	},
	{
		fixture: 'placeholder',
		title: 'reports the placeholders npm run new leaves until they are replaced',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:3: “byline”（署名）还是 npm run new 留下的“待填写”。提示：填上真实内容；这篇稿件没有这一项就删掉这一行。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:10: 正文这一行还是 npm run new 留下的“待填写”。提示：换成真正的正文（图片稿写图片说明）。",
		],
	},
	{
		fixture: 'mdx-syntax',
		title: 'reports broken MDX (an unclosed component) at its line instead of failing the build',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:11: MDX 写法有错：<PullQuote> 没有对应的结束标签 </PullQuote>。提示：组件要成对写：<PullQuote>……</PullQuote>；正文里的 {、}、< 改用全角符号，或在前面加反斜杠 \\。",
		],
	},
	{
		fixture: 'mdx-import',
		title: 'reports an import in an MDX item, since the content components need none',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:9: MDX 稿件里不能写 import 或 export：稿件只能是文字，不能带代码。提示：删掉这一行。网站的内容组件（<PullQuote>）不用 import 就能直接用。",
		],
	},
	{
		fixture: 'mdx-component',
		title: 'passes an MDX item that uses a content component without importing it',
		expected: [
		],
	},
	{
		fixture: 'mdx-code',
		title: 'refuses code in an MDX item: import, export, expressions, expression or unknown props, and tags other than the content components',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:9: MDX 稿件里不能写 import 或 export：稿件只能是文字，不能带代码。提示：删掉这一行。网站的内容组件（<PullQuote>）不用 import 就能直接用。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:11: MDX 稿件里不能写 import 或 export：稿件只能是文字，不能带代码。提示：删掉这一行。网站的内容组件（<PullQuote>）不用 import 就能直接用。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:15: MDX 稿件里不能用 { } 写表达式或代码。提示：正文里要印 { 或 } 时写全角的 ｛ ｝，或在前面加反斜杠：\\{；注释写成 {/* 注释 */}。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:17: MDX 稿件里不能用 { } 写表达式或代码。提示：正文里要印 { 或 } 时写全角的 ｛ ｝，或在前面加反斜杠：\\{；注释写成 {/* 注释 */}。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:19: <PullQuote> 的 by 用了 { } 表达式；属性只能写成引号里的文字。提示：写成 by=\"……\"。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:19: <PullQuote> 的属性里有 { } 表达式；属性只能写成 名字=\"文字\"。提示：照编辑指南写，例如 <PullQuote by=\"……\">。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:19: <PullQuote> 没有“size”这个属性（只有 by）。提示：删掉 size=……，或改成编辑指南里写的属性。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:21: MDX 稿件只能用网站的内容组件（<PullQuote>），不能用 <script>。提示：改用 <PullQuote>，或删掉这个标签；正文里要印 < 号时写全角的 ＜，或在前面加反斜杠：\\<。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.mdx:23: MDX 稿件只能用网站的内容组件（<PullQuote>），不能用 <Secret>。提示：改用 <PullQuote>，或删掉这个标签；正文里要印 < 号时写全角的 ＜，或在前面加反斜杠：\\<。",
		],
	},
	{
		fixture: 'raw-html',
		title: 'warns at each line of raw HTML or a javascript: link that publishing removes',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:11: 警告：发布时会删掉这里的 <script>：稿件正文只能用编辑指南列出的写法。提示：删掉这段 HTML，改用 Markdown 写法（### 小标题、**加粗**、[链接](https://……)）；链接只能是 http、https、mailto 或站内地址。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:13: 警告：发布时会删掉这里的 <img onerror=\"alert(1)\">：稿件正文只能用编辑指南列出的写法。提示：删掉这段 HTML，改用 Markdown 写法（### 小标题、**加粗**、[链接](https://……)）；链接只能是 http、https、mailto 或站内地址。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:15: 警告：发布时会删掉这里的 <iframe>：稿件正文只能用编辑指南列出的写法。提示：删掉这段 HTML，改用 Markdown 写法（### 小标题、**加粗**、[链接](https://……)）；链接只能是 http、https、mailto 或站内地址。",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:17: 警告：发布时会删掉这里的 <a href=\"javascript:alert(1)\">：稿件正文只能用编辑指南列出的写法。提示：删掉这段 HTML，改用 Markdown 写法（### 小标题、**加粗**、[链接](https://……)）；链接只能是 http、https、mailto 或站内地址。",
		],
	},
	{
		fixture: 'image-outside',
		title: 'refuses pictures outside the edition folder and SVG pictures, in the image field and in the body',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:7: “image”（图片文件）是“../../../../../secret.svg”，在这一期的文件夹外面：图片要放在稿件旁边（或这一期的文件夹里）。提示：把图片（JPG、PNG 等）放进这篇稿件所在的文件夹，写成 image: ./secret.jpg",
			"content/editions/2021-06-08/01/02-ban-shi-shi.md:7: “image”（图片文件）是“./logo.svg”，是 SVG 图片：SVG 里可以带脚本，网站不发布 SVG。提示：把图片（JPG、PNG 等）放进这篇稿件所在的文件夹，写成 image: ./logo.jpg",
			"content/editions/2021-06-08/01/02-ban-shi-shi.md:12: 正文里的图片“../../../../secret.png”在这一期的文件夹外面：图片要放在稿件旁边（或这一期的文件夹里）。提示：把图片放进稿件所在的文件夹，写成 ![图片说明](./photo.jpg)。",
		],
	},
	{
		fixture: 'path-names',
		title: 'refuses author and section names that are not safe folder names',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:3: “authors”（作者）的第 1 项是“../../etc”，含有“/”：名字会成为网址里的一级文件夹，不能有 / \\ < > : \" | ? * # % 这些符号。提示：写成这样：authors: [刘向平, 冯雪]",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:3: “authors”（作者）的第 2 项是“a/b”，含有“/”：名字会成为网址里的一级文件夹，不能有 / \\ < > : \" | ? * # % 这些符号。提示：写成这样：authors: [刘向平, 冯雪]",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:3: “authors”（作者）的第 3 项是“宋<爽>\"”，含有“<”：名字会成为网址里的一级文件夹，不能有 / \\ < > : \" | ? * # % 这些符号。提示：写成这样：authors: [刘向平, 冯雪]",
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:4: “section”（栏目）是“../x”，含有“/”：名字会成为网址里的一级文件夹，不能有 / \\ < > : \" | ? * # % 这些符号。提示：写成这样：section: 视点",
		],
	},
	{
		fixture: 'yaml-bomb',
		title: 'refuses a YAML alias bomb in an item and in a manifest at the line of its first alias',
		expected: [
			"content/editions/2021-06-08/01/01-xue-dang-shi.md:4: frontmatter 的 YAML 别名（*名字）展开后太大，超过了 100 次的上限。提示：不要用 YAML 的锚点和别名（&名字、*名字），每个字段直接写出它的值。",
			"content/editions/2021-06-08/edition.yaml:3: 版面清单的 YAML 别名（*名字）展开后太大，超过了 100 次的上限。提示：不要用 YAML 的锚点和别名（&名字、*名字），每个字段直接写出它的值。",
		],
	},
	{
		fixture: 'placeholder-headline',
		title: 'reports the （无标题） headline the importer leaves when it found none',
		expected: [
			"content/editions/2021-06-08/01/01-wu-biao-ti.md:2: “headline”（主标题）还是导入时留下的占位“（无标题）”：导入程序没有在原版上找到它。提示：对照原版（source 字段指出的版面文件和行号）填上真实的标题。",
		],
	},
];

describe('npm run check messages', () => {
	for (const { fixture, title, expected } of cases) {
		test(title, () => {
			expect(checkContentDir(join(fixtures, fixture)).map(formatProblem)).toEqual(expected);
		});
	}
});
