/**
 * The search page's browser side (src/components/SearchApp.astro): reads the query from the URL
 * and the form, runs it over the search shards with the typed modules of src/lib/search, and
 * writes the status line, the results and their paging into the page's markup.
 */
import {
	excerptParts,
	fetchResultText,
	findHits,
	searchFilters,
	searchParams,
	searchState,
	searchStatus,
	shardMergeFilter,
	shardsInRange,
	startSearch,
	STATE_KEYS,
	type PagefindApi,
	type RankedResult,
	type SearchSession,
	type SearchState,
} from '../lib/search/index.ts';
import { INDEX_LANGUAGE } from '../lib/search/index-language.ts';
import { KIND_LABELS } from '../lib/search/search-fields.ts';
import { SHARD_MANIFEST, type ShardEntry, type ShardManifest } from '../lib/search/shards.ts';
import { formatDate } from '../lib/archive/format-date.ts';

/** The part of a shard's pagefind.js the page uses besides searching. */
interface PagefindModule extends PagefindApi {
	options(options: object): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, options: object): Promise<void>;
}

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const notice = document.querySelector<HTMLElement>('[data-search-notice]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
let current: SearchSession | null = null;
/** Says what the current search found; again after each page of results. */
let announce = () => {};
let run = 0;

// Loaded on first use only: pages that never search never download the index. The index is
// in shards (src/lib/search/shards.ts), newest first in pagefind/shards.json: the newest
// starts Pagefind, and the others are merged into it when a search first reaches them
// (the search goes newest first, only as far as the results shown need; a date range skips
// the shards outside it); merged shards share its WebAssembly.
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
// Every page of a shard's instance gets the filter the lookups are scoped with: a
// mergeFilter, which Pagefind holds in memory, so no filter file is fetched.
const shardOptions = (id: string) => ({ baseUrl: base, noWorker: true, mergeFilter: shardMergeFilter(id) });
let pagefind: Promise<{ pf: PagefindModule; shards: ShardEntry[] } | null> | undefined;
const merged = new Map<string, Promise<void>>();
const loadPagefind = () =>
	(pagefind ??= (async () => {
		const manifest: ShardManifest = await fetch(`${base}pagefind/${SHARD_MANIFEST}`).then((res) => {
			if (!res.ok) throw new Error(`${res.status} ${res.url}`);
			return res.json();
		});
		if (manifest.shards.length === 0) return null;
		const first = manifest.shards[0];
		const pf: PagefindModule = await import(/* @vite-ignore */ `${base}pagefind/${first.id}/pagefind.js`);
		// Result URLs are site-relative; the site's base goes in front (not the shard's folder).
		// No web worker: our searches are filter lookups, light enough for the page's own
		// thread, and the worker's script is one more download (docs/search.md).
		await pf.options(shardOptions(first.id));
		// Pagefind's script takes the query language from <html lang>, and for zh it re-segments
		// the query with Intl.Segmenter, which would break our bigrams apart. It reads the
		// attribute once, synchronously, when it starts; so show it the index's language then.
		const html = document.documentElement;
		const lang = html.lang;
		html.lang = INDEX_LANGUAGE;
		const started = pf.init();
		html.lang = lang;
		await started;
		merged.set(first.id, Promise.resolve());
		return { pf, shards: manifest.shards };
	})());
/** Merges a shard, unless it is merged already. */
const mergeShard = (pf: PagefindModule, id: string) => {
	if (!merged.has(id)) merged.set(id, pf.mergeIndex(`${base}pagefind/${id}/`, shardOptions(id)));
	return merged.get(id)!;
};

const filterBox = document.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
const filterCount = document.querySelector<HTMLElement>('[data-filter-count]')!;
// On a phone the filters would push the results below the fold: they start folded there,
// unless the link being opened sets some.
const narrow = matchMedia('(max-width: 40rem)').matches;

function fillForm(state: SearchState) {
	for (const key of STATE_KEYS) {
		const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
		if (field) field.value = state[key];
	}
	// Folded filters still say how many are set, so a narrowed search never looks like a plain one.
	const set =
		(['section', 'author', 'kind', 'page', 'from', 'to'] as const).filter((key) => state[key]).length +
		(state.sort === 'date' ? 1 : 0);
	filterCount.textContent = set ? `（已选 ${set} 项）` : '';
	if (narrow && set === 0) filterBox.open = false;
	// The header box searches too; keep it showing the query.
	const header = document.querySelector<HTMLInputElement>('#site-search');
	if (header) header.value = state.q;
}

/** `text` with the hits of `marks` (normalised runs) marked, cut around them when `length` is given. */
function marked(text: string, marks: string[], length?: number) {
	const fragment = document.createDocumentFragment();
	for (const part of excerptParts(text, findHits(text, marks), length))
		fragment.append(part.hit ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
	return fragment;
}

function resultItem({ url, meta, text: whole, marks }: RankedResult) {
	const text = whole.slice(whole.indexOf('\n') + 1);
	const li = document.createElement('li');
	const link = document.createElement('a');
	link.href = marks.length ? `${url}?highlight=${encodeURIComponent(marks.join(' '))}` : url;
	link.setAttribute('data-search-result', '');
	const title = document.createElement('h2');
	title.append(marked(meta.title ?? url, marks, (meta.title ?? url).length));
	link.append(title);
	const info = document.createElement('p');
	info.className = 'meta';
	if (meta.date && /^\d{4}-\d{2}-\d{2}$/.test(meta.date))
		info.append(
			Object.assign(document.createElement('time'), { dateTime: meta.date, textContent: formatDate(meta.date) }),
		);
	const rest = [meta.page, meta.section, KIND_LABELS[meta.kind]].filter(Boolean).join(' · ');
	if (rest) info.append(info.childNodes.length ? ` · ${rest}` : rest);
	const excerpt = document.createElement('p');
	excerpt.className = 'excerpt';
	excerpt.append(marked(text, marks));
	li.append(link, info, excerpt);
	return li;
}

async function renderMore() {
	const mine = current;
	const batch = mine ? await mine.next(PAGE_SIZE) : [];
	// A newer search started meanwhile: these results are not its.
	if (mine !== current) return;
	notice.hidden = !mine?.partial || batch.length + list.children.length === 0;
	list.append(...batch.map(resultItem));
	more.hidden = !current || current.done();
}

async function search(state: SearchState) {
	const mine = ++run;
	list.replaceChildren();
	more.hidden = true;
	notice.hidden = true;
	current = null;
	announce = () => {};
	const { filters, days, empty } = searchFilters(state, {
		first: form.dataset.firstMonth || '1900-01',
		last: form.dataset.lastMonth || '2100-12',
	});
	if (!/[\p{L}\p{N}]/u.test(state.q) && Object.keys(filters).length === 0) {
		status.textContent = state.q ? `“${state.q}”中没有可搜索的字词，请换个说法。` : '请输入要搜索的字词。';
		return;
	}
	status.textContent = '正在搜索……';
	try {
		const loaded = await loadPagefind();
		// An archive with no items has no shards: nothing can be found. A date range skips the
		// shards wholly outside it; a range that holds no month of the archive matches nothing.
		const shards = shardsInRange(loaded?.shards ?? [], state);
		const found =
			loaded && shards.length > 0 && !empty
				? startSearch(loaded.pf, state.q, {
						filters,
						days,
						sort: state.sort === 'date' ? 'date' : 'relevance',
						shards: shards.map((s) => s.id),
						load: (id) => mergeShard(loaded.pf, id),
						text: (url, enough) => fetchResultText(url, enough),
					})
				: null;
		if (mine !== run) return;
		current = found;
		await renderMore();
		if (mine !== run) return;
		// The count is announced once the results are on the page, so that what a screen reader
		// hears and what a script sees agree.
		announce = () => {
			if (mine === run) status.textContent = searchStatus(state, found, shards);
		};
		announce();
	} catch (error) {
		if (mine !== run) return;
		status.textContent = '搜索暂时不可用，请稍后再试。';
		console.error(error);
	}
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const state = searchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
	const query = searchParams(state).toString();
	history.pushState(null, '', query ? `?${query}` : location.pathname);
	fillForm(state);
	void search(state);
});
more.addEventListener('click', async () => {
	const mine = run;
	try {
		await renderMore();
		if (mine === run) announce();
	} catch (error) {
		if (mine !== run) return;
		status.textContent = '搜索暂时不可用，请稍后再试。';
		console.error(error);
	}
});
const fromUrl = () => {
	const state = searchState(new URLSearchParams(location.search));
	fillForm(state);
	void search(state);
};
window.addEventListener('popstate', fromUrl);
fromUrl();
