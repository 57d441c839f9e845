/**
 * The publication this archive serves. One file, read by the site (header, titles, feeds,
 * structured data, citations) and by the scripts. Change it to run the archive for another paper.
 */
export default {
	/** Full name, used in titles, citations (《内蒙古日报》) and structured data. */
	name: '内蒙古日报',
	/** Short name, for narrow screens and the feed. */
	shortName: '内蒙古日报',
	/** One sentence about the archive, for search engines and the home page. */
	description: '内蒙古日报数字报：按日期、版面阅读每天的报纸，全文检索历年报道。',
	/** Text of the masthead logo (no image needed). */
	logoText: '内蒙古日报',
	/** Subtitle shown beside the logo. */
	tagline: '数字报 · 电子版',
	/** Language of the content, for <html lang> and feeds. */
	lang: 'zh-CN',
	/** Publisher, for structured data and the footer. */
	publisher: '内蒙古日报社',
	/** How many recent items the feed lists. */
	feedSize: 50,
};
