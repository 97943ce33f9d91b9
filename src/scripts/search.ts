/**
 * The search page: Pagefind with Vietnamese on top. A query is searched in its d/đ variants
 * (query.ts) and the results merged; one result per page, its best-matching section as the
 * link, with a text fragment so the browser scrolls to and highlights the words. Work in the
 * page is bounded by the results shown: result data is fetched FIRST_BATCH, then BATCH at a time. State lives in
 * the URL (?q=…&nam=…), so results can be shared and the back button works. Everything
 * user-supplied is written with textContent, never as HTML.
 */
import { FILTER_ALIASES, FILTER_NAMES, type FilterName } from '../lib/search/page-meta.ts';
import { bestMarkedRun, bestWindow, markSyllables, withTextFragment, type Segment } from '../lib/search/highlight.ts';
import { normalizeQuery, foldForMatch } from '../lib/search/fold.ts';
import { mergeResults, queryVariants } from '../lib/search/query.ts';

interface PagefindAnchor {
	element: string;
	id: string;
	text?: string;
	title?: string;
	location: number;
}
interface PagefindSubResult {
	title: string;
	url: string;
	anchor?: PagefindAnchor;
}
interface PagefindResultData {
	url: string;
	/** The page's searchable text (original, unescaped). */
	content: string;
	meta: Record<string, string>;
	anchors: PagefindAnchor[];
	sub_results: PagefindSubResult[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
interface Pagefind {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Results whose data is fetched first, then at a time when "Xem thêm" is pressed. */
const FIRST_BATCH = 5;
const BATCH = 10;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = root.dataset.base ?? '/';

type State = { q: string; filters: Partial<Record<FilterName, string>> };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

const select = (name: FilterName) => form.elements.namedItem(name) as HTMLSelectElement | null;

/** A filter value from a URL as the form's option value: an id, or a name or abbreviation as older links have it. */
function optionValue(name: FilterName, raw: string): string {
	const options = [...(select(name)?.options ?? [])].filter((o) => o.value);
	const folded = foldForMatch(normalizeQuery(raw));
	const found =
		options.find((o) => o.value === raw) ??
		options.find((o) => foldForMatch(o.textContent ?? '') === folded || foldForMatch((o.textContent ?? '').split(' — ')[0]) === folded);
	return found?.value ?? '';
}

function readState(): State {
	const params = new URLSearchParams(location.search);
	const filters: State['filters'] = {};
	for (const [key, value] of params) {
		const name = (FILTER_NAMES as readonly string[]).includes(key) ? (key as FilterName) : FILTER_ALIASES[key];
		const v = name && value ? optionValue(name, value) : '';
		if (name && v) filters[name] = v;
	}
	return { q: params.get('q') ?? '', filters };
}

function formState(): State {
	const data = new FormData(form);
	/** A field's text (the form has no file fields). */
	const text = (name: string) => {
		const v = data.get(name);
		return typeof v === 'string' ? v : '';
	};
	const filters: State['filters'] = {};
	for (const f of FILTER_NAMES) {
		const v = text(f);
		if (v) filters[f] = v;
	}
	return { q: text('q'), filters };
}

function writeUrl(state: State, push: boolean) {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
	const url = params.size ? `?${params}` : location.pathname;
	if (url === location.search || (url === location.pathname && !location.search)) return;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

function setForm(state: State) {
	input.value = state.q;
	for (const f of FILTER_NAMES) {
		const s = select(f);
		if (s) s.value = state.filters[f] ?? '';
	}
}

interface Shown {
	data: PagefindResultData;
	best: PagefindSubResult;
	segments: Segment[];
	phrase: boolean;
}

/**
 * The section to link to and the excerpt to show. Pagefind says which sections match; the
 * excerpt is chosen here, in the section's own words, so that whole syllables and phrases count
 * (Pagefind also counts words the query's syllables only begin, and picks its excerpt by them).
 * Preferred: a section where the query's syllables stand together; among those, the top of the
 * page (title and facts: number, issuer, signer…); then the most hits; the first on a tie.
 */
function present(data: PagefindResultData, query: string): Shown {
	const words = data.content.split(/[\r\n\s]+/g);
	// Section boundaries: the headings Pagefind makes sub-results of.
	const bounds = data.anchors
		.filter((a) => a.title?.trim() || (/^h\d$/i.test(a.element) && a.text?.trim()))
		.map((a) => a.location)
		.sort((a, b) => a - b);
	const subs = data.sub_results.length ? data.sub_results : [{ title: data.meta.title, url: data.url }];
	const rated = subs.map((sub) => {
		const from = sub.anchor?.location ?? 0;
		const to = bounds.find((b) => b > from) ?? words.length;
		const section = words.slice(from, to);
		const w = bestWindow(section, query);
		const text = `${w.start > 0 ? '… ' : ''}${section.slice(w.start, w.end).join(' ')}${w.end < section.length ? ' …' : ''}`;
		return { sub, segments: markSyllables(text, query), phrase: w.phrase, hits: w.hits, top: Number(!sub.anchor && w.hits > 0) };
	});
	const best = rated.reduce((a, b) => ((Number(b.phrase) - Number(a.phrase) || b.top - a.top || b.hits - a.hits) > 0 ? b : a));
	return { data, best: best.sub, segments: best.segments, phrase: best.phrase };
}

function item(shown: Shown): HTMLLIElement {
	const { data, best, segments } = shown;
	const meta = data.meta;
	const facts = [meta.type, meta.year, meta.province].filter(Boolean).join(' · ');
	const para = el('p', { className: 'result-excerpt' });
	for (const s of segments) para.append(s.mark ? el('mark', { textContent: s.text }) : s.text);
	const li = el(
		'li',
		{ className: 'result' },
		el('h2', {}, el('a', { href: withTextFragment(best.url, bestMarkedRun(segments)), textContent: meta.title })),
		el('p', { className: 'result-meta', textContent: best.anchor ? `${facts} — mục: ${best.title}` : facts }),
		para,
	);
	const others = data.sub_results.filter((s) => s !== best && s.anchor).slice(0, 3);
	if (others.length) {
		li.append(
			el('p', { className: 'result-more' }, 'Mục khác khớp: ', ...others.flatMap((s, i) => [i ? ' · ' : '', el('a', { href: s.url, textContent: s.title })])),
		);
	}
	return li;
}

let latest = 0;
/** The current search: every matching page (best first), and how many are shown. */
let current: { query: string; typed: string; filtered: boolean; results: PagefindResult[]; shown: number } | undefined;

/** Fetches and appends the next batch; results with the query's words standing together first within it. */
async function showNext(state: NonNullable<typeof current>) {
	const batch = state.results.slice(state.shown, state.shown + (state.shown ? BATCH : FIRST_BATCH));
	const loaded = await Promise.all(batch.map(async (r) => present(await r.data(), state.query)));
	if (state !== current) return;
	const ordered = [...loaded.filter((s) => s.phrase), ...loaded.filter((s) => !s.phrase)];
	list.append(...ordered.map(item));
	state.shown += batch.length;
	describe(state);
}

function describe(state: NonNullable<typeof current>) {
	const n = state.results.length;
	const what = state.query ? ` cho “${state.typed}”` : state.filtered ? ' theo bộ lọc' : '';
	more.hidden = state.shown >= n;
	status.textContent =
		n === 0
			? `Không tìm thấy kết quả nào${what}. Hãy thử từ khóa ngắn hơn, bỏ bớt bộ lọc, hoặc duyệt theo năm, tỉnh, khẩu hiệu.`
			: state.shown >= n
				? `Tìm thấy ${n} kết quả${what}.`
				: `Tìm thấy ${n} kết quả${what}; đang hiển thị ${state.shown} kết quả đầu.`;
}

async function run(pagefind: Pagefind, state: State) {
	const ticket = ++latest;
	const query = normalizeQuery(state.q);
	const filters = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [v]]));
	const filtered = Object.keys(filters).length > 0;
	if (!query && !filtered) {
		current = undefined;
		list.replaceChildren();
		more.hidden = true;
		root.dataset.query = '';
		status.textContent = 'Nhập từ khóa để tra cứu (có dấu hoặc không dấu).';
		return;
	}
	status.textContent = 'Đang tìm…';
	performance.mark('search:start');
	const searches = await Promise.all((query ? queryVariants(query) : [null]).map((v) => pagefind.search(v, { filters })));
	if (ticket !== latest) return; // superseded by a newer search
	const results = mergeResults(searches.map((s) => s?.results ?? []));
	current = { query, typed: state.q.trim(), filtered, results, shown: 0 };
	list.replaceChildren();
	await showNext(current);
	if (ticket !== latest) return;
	performance.mark('search:results-shown');
	// From the search starting (after the typing pause) to its results in the page.
	performance.measure('search:run', 'search:start', 'search:results-shown');
	root.dataset.query = state.q.trim();
}

/** A search the reader started: if it fails (part of the index did not load), the status line says so. */
function searching(search: Promise<void>): void {
	search.catch(() => {
		status.textContent = 'Không tra cứu được vì không tải được dữ liệu tra cứu. Vui lòng thử lại hoặc tải lại trang.';
	});
}

async function start() {
	let pagefind: Pagefind;
	try {
		pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.options({ excerptLength: 30, ranking: { termSimilarity: 4, pageLength: 0.1, termFrequency: 0.5 } });
		await pagefind.init();
		performance.mark('search:index-ready');
	} catch {
		status.textContent = 'Không tải được chỉ mục tra cứu. Vui lòng tải lại trang, hoặc duyệt kho theo năm, tỉnh, khẩu hiệu.';
		root.classList.add('search-failed');
		return;
	}
	setForm(readState());
	let timer: ReturnType<typeof setTimeout> | undefined;
	const go = (push: boolean) => {
		const state = formState();
		writeUrl(state, push);
		return run(pagefind, state);
	};
	more.addEventListener('click', () => {
		if (current) searching(showNext(current));
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		searching(go(true));
	});
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => searching(go(false)), 250);
	});
	form.addEventListener('change', (e) => {
		if (e.target !== input) searching(go(true));
	});
	window.addEventListener('popstate', () => {
		setForm(readState());
		searching(run(pagefind, formState()));
	});
	await go(false); // the URL now says what the form shows (older parameter names and values become ids)
	root.dataset.ready = 'true';
}

searching(start());
