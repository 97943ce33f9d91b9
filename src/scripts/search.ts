/**
 * The search page: Pagefind with Vietnamese on top. A query is searched in its d/đ variants
 * (query.ts) and the results merged; one result per page, linked to the section that holds the
 * best hit (landing.ts), with a text fragment so the browser scrolls to and highlights the words.
 *
 * The index is split (partition.ts): the reference pages and the newest plans are searched first
 * and shown; older plans are searched after and stream into the list (into the part not yet
 * shown, so what the reader sees does not move). Work in the page is bounded by the results
 * shown: result data is fetched FIRST_BATCH, then BATCH at a time. State lives in the URL
 * (?q=…&tu_nam=…&sap_xep=…), so results can be shared and survive a reload. Everything
 * user-supplied is written with textContent, never as HTML.
 */
import { FILTER_ALIASES, FILTER_NAMES, SEARCH_TYPES, type FilterName } from '../lib/search/page-meta.ts';
import { MAX_DIRECT, namesPage } from '../lib/search/rank.ts';
import { bestMarkedRun, markSyllables, withTextFragment, bestWindow, type Segment } from '../lib/search/highlight.ts';
import { normalizeQuery, foldForMatch } from '../lib/search/fold.ts';
import { mergeResults, queryVariants } from '../lib/search/query.ts';
import { landing, sectionsWithHits, type LandingAnchor, type Section } from '../lib/search/landing.ts';
import { bucketsForYears, type Bucket, type SearchManifest } from '../lib/search/partition.ts';
import { suggestLinks, type BrowseEntry } from '../lib/search/suggest.ts';

interface PagefindResultData {
	url: string;
	/** The page's searchable text (original, unescaped). */
	content: string;
	meta: Record<string, string>;
	anchors: LandingAnchor[];
	weighted_locations: { location: number; weight: number }[];
}
interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<PagefindResultData>;
}
type SearchOptions = { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> };
interface Pagefind {
	init(): Promise<void>;
	options(o: Record<string, unknown>): Promise<void>;
	mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
	search(q: string | null, o?: SearchOptions): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends Pagefind {
	createInstance(o: Record<string, unknown>): Pagefind;
}

/** Results whose data is fetched first, then at a time when "Xem thêm" is pressed. */
const FIRST_BATCH = 5;
const BATCH = 10;
/** Pagefind's ranking: whole words beat words the query only begins; long plans are not buried under short pages. */
const RANKING = { termSimilarity: 4, pageLength: 0.1, termFrequency: 0.5 };
const SORTS = { 'lien-quan': null, 'moi-nhat': 'desc', 'cu-nhat': 'asc' } as const;
type SortId = keyof typeof SORTS;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = root.dataset.base ?? '/';
const browse = JSON.parse(document.getElementById('search-browse')?.textContent ?? '[]') as BrowseEntry[];

interface State {
	q: string;
	filters: Partial<Record<FilterName, string>>;
	from: string;
	to: string;
	sort: SortId;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

/** A filter value from a URL as the form's option value: an id, or a name or abbreviation as older links have it. */
function optionValue(name: string, raw: string): string {
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
		if (name === 'nam') continue;
		const v = name && value ? optionValue(name, value) : '';
		if (name && v) filters[name] = v;
	}
	// A single year (?nam=2024, as older links and the year pages write it) is a range of one year.
	const year = params.get('nam') ?? params.get('year') ?? '';
	const from = optionValue('tu_nam', params.get('tu_nam') ?? year);
	const to = optionValue('den_nam', params.get('den_nam') ?? year);
	const sort = (params.get('sap_xep') ?? '') in SORTS ? (params.get('sap_xep') as SortId) : 'lien-quan';
	return { q: params.get('q') ?? '', filters, from, to, sort };
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
	const sort = text('sap_xep');
	return {
		q: text('q'),
		filters,
		from: text('tu_nam'),
		to: text('den_nam'),
		sort: sort in SORTS ? (sort as SortId) : 'lien-quan',
	};
}

function writeUrl(state: State, push: boolean) {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const [k, v] of Object.entries(state.filters)) params.set(k, v);
	if (state.from) params.set('tu_nam', state.from);
	if (state.to) params.set('den_nam', state.to);
	if (state.sort !== 'lien-quan') params.set('sap_xep', state.sort);
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
	select('tu_nam')!.value = state.from;
	select('den_nam')!.value = state.to;
	select('sap_xep')!.value = state.sort;
}

interface Shown {
	data: PagefindResultData;
	score: number;
	/** Sections holding a hit, the best first. */
	sections: Section[];
	segments: Segment[];
	phrase: boolean;
}

/** The excerpt of a section: a window of its words where the query's syllables stand together, else the most hits. */
function excerpt(words: string[], section: Section | undefined, query: string): { segments: Segment[]; phrase: boolean } {
	const from = section?.from ?? 0;
	const part = words.slice(from, section?.to ?? words.length);
	const w = bestWindow(part, query);
	const text = `${w.start > 0 ? '… ' : ''}${part.slice(w.start, w.end).join(' ')}${w.end < part.length ? ' …' : ''}`;
	return { segments: markSyllables(text, query), phrase: w.phrase };
}

/** The sections to link to (those holding a hit, best first) and the excerpt of the best. */
function present(data: PagefindResultData, score: number, query: string): Shown {
	const words = data.content.split(/[\r\n\s]+/g);
	const weights = new Map(data.weighted_locations.map((l) => [l.location, l.weight]));
	const sections = query ? sectionsWithHits(words, data.anchors, weights, query) : [];
	const ordered = landing(sections);
	return { data, score, sections: ordered, ...excerpt(words, ordered[0], query) };
}

const sectionUrl = (data: PagefindResultData, s: Section | undefined) => (s?.id ? `${data.url}#${s.id}` : data.url);

function item(shown: Shown): HTMLLIElement {
	const { data, sections, segments } = shown;
	const meta = data.meta;
	const best = sections[0];
	const facts = [meta.type, meta.year, meta.province].filter(Boolean).join(' · ');
	const para = el('p', { className: 'result-excerpt' });
	for (const s of segments) para.append(s.mark ? el('mark', { textContent: s.text }) : s.text);
	const li = el(
		'li',
		{ className: 'result' },
		el('h2', {}, el('a', { href: withTextFragment(sectionUrl(data, best), bestMarkedRun(segments)), textContent: meta.title })),
		el('p', { className: 'result-meta', textContent: best?.title ? `${facts} — mục: ${best.title}` : facts }),
		para,
	);
	const others = sections.slice(1).filter((s) => s.id && s.title);
	if (others.length) {
		const links = others.slice(0, 3).flatMap((s, i) => [i ? ' · ' : '', el('a', { href: sectionUrl(data, s), textContent: s.title! })]);
		li.append(el('p', { className: 'result-more' }, 'Mục khác khớp: ', ...links, others.length > 3 ? ` (và ${others.length - 3} mục khác)` : ''));
	}
	return li;
}

interface Search {
	query: string;
	typed: string;
	filtered: boolean;
	sort: SortId;
	/** Every result so far, in the order shown: the pages the query names, the plans, the other reference pages. */
	results: PagefindResult[];
	/** How many results at the head are pages the query names. */
	direct: number;
	/** Index in `results` after the last plan: older plans arrive there (or after what is shown). */
	planEnd: number;
	shown: number;
	/** Older buckets still being searched. */
	pending: number;
	/** Focus the status line once the first results are in (a search the reader submitted). */
	focus: boolean;
	/** The URL's query string this search answers. */
	url: string;
}
let latest = 0;
let current: Search | undefined;
/** Result data already fetched (to tell a page the query names), by result. */
const fetched = new WeakMap<PagefindResult, Promise<PagefindResultData>>();
const dataOf = (r: PagefindResult) => {
	let d = fetched.get(r);
	if (!d) fetched.set(r, (d = r.data()));
	return d;
};

/** Fetches and appends the next batch (`count` results); among plans of equal score, the newest year first. */
async function showNext(state: Search, count = state.shown ? BATCH : FIRST_BATCH) {
	const from = state.shown;
	// While older buckets are still being searched, only plans are shown: more may come before the reference pages.
	const limit = state.pending ? state.planEnd : state.results.length;
	const batch = state.results.slice(from, Math.min(limit, from + count));
	state.shown += batch.length;
	const loaded = await Promise.all(batch.map(async (r) => present(await dataOf(r), r.score, state.query)));
	if (state !== current) return;
	const plan = (s: Shown) => s.data.meta.type === SEARCH_TYPES['ke-hoach'];
	if (state.sort === 'lien-quan') {
		const slots = loaded.flatMap((s, i) => (plan(s) ? [i] : []));
		const plans = slots.map((i) => loaded[i]).sort((a, b) => b.score - a.score || Number(b.data.meta.year ?? 0) - Number(a.data.meta.year ?? 0));
		slots.forEach((slot, k) => (loaded[slot] = plans[k]));
	}
	list.append(...loaded.map(item));
	describe(state);
}

function describe(state: Search) {
	const n = state.results.length;
	const what = state.query ? ` cho “${state.typed}”` : state.filtered ? ' theo bộ lọc' : '';
	const still = state.pending ? ' Đang tìm thêm trong các năm trước…' : '';
	more.hidden = state.shown >= (state.pending ? state.planEnd : n);
	if (n === 0 && !state.pending) return noResults(state, what);
	status.textContent =
		n === 0
			? `Đang tìm${what}…`
			: state.shown >= n
				? `Tìm thấy ${n} kết quả${what}.${still}`
				: `Tìm thấy ${n} kết quả${what}; đang hiển thị ${state.shown} kết quả đầu.${still}`;
}

/** The no-result message, with links to the browse pages whose names match words of the query. */
function noResults(state: Search, what: string) {
	const links = suggestLinks(state.query, browse);
	const browseAll = [
		['năm', 'nam/'],
		['tỉnh', 'tinh/'],
		['khẩu hiệu', 'khau-hieu/'],
		['cơ quan', 'co-quan/'],
	].flatMap(([label, path], i) => [i ? ', ' : '', el('a', { href: `${base}${path}`, textContent: label })]);
	status.replaceChildren(`Không tìm thấy kết quả nào${what}. Hãy thử từ khóa ngắn hơn, bỏ bớt bộ lọc, hoặc duyệt theo `, ...browseAll, '.');
	if (links.length) status.append(' Có thể bạn tìm: ', ...links.flatMap((l, i) => [i ? ' · ' : '', el('a', { href: l.href, textContent: l.label })]), '.');
}

interface Source {
	pagefind: Pagefind;
	buckets: Bucket[];
	/** Holds the reference pages too (the first source). */
	reference: boolean;
}
let manifest: SearchManifest = { buckets: [] };
let first: Source;
const later = new Map<string, Promise<Source>>();
const PLAN_TYPE = 'ke-hoach';
const REFERENCE_TYPES = Object.keys(SEARCH_TYPES).filter((t) => t !== PLAN_TYPE);

/** A later bucket's Pagefind, created the first time it is searched (after the first results are shown). */
function laterSource(module: PagefindModule, bucket: Bucket): Promise<Source> {
	let s = later.get(bucket.id);
	if (!s) {
		s = (async () => {
			const pagefind = module.createInstance({ basePath: `${base}pagefind/${bucket.id}/`, ranking: RANKING });
			await pagefind.init();
			return { pagefind, buckets: [bucket], reference: false };
		})();
		later.set(bucket.id, s);
	}
	return s;
}

/** Pagefind's options for one kind of page (plans or reference pages), or null when the form's type filter excludes them. */
function searchOptions(state: State, years: number[] | null, kind: 'plans' | 'reference'): SearchOptions | null {
	const filters: Record<string, unknown> = Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, [v]]));
	const wanted = kind === 'plans' ? [PLAN_TYPE] : REFERENCE_TYPES;
	const types = state.filters.loai ? wanted.filter((t) => t === state.filters.loai) : wanted;
	if (types.length === 0) return null;
	filters.loai = { any: types };
	if (years) filters.nam = { any: years.map(String) };
	const direction = SORTS[state.sort];
	return direction ? { filters, sort: { date: direction } } : { filters };
}

async function searchSource(source: Source, query: string, options: SearchOptions | null): Promise<PagefindResult[]> {
	if (!options) return [];
	const searches = await Promise.all((query ? queryVariants(query) : [null]).map((v) => source.pagefind.search(v, options)));
	return options.sort ? (searches[0]?.results ?? []) : mergeResults(searches.map((s) => s?.results ?? []));
}

/** Years of the range in the form, or null for every year. */
function yearRange(state: State): { years: number[] | null; from: number | null; to: number | null } {
	const from = state.from ? Number(state.from) : null;
	const to = state.to ? Number(state.to) : null;
	if (from === null && to === null) return { years: null, from, to };
	const all = manifest.buckets.flatMap((b) => b.years);
	return { years: all.filter((y) => (from === null || y >= from) && (to === null || y <= to)), from, to };
}

/** Reference pages the query names (rank.ts), among the best few; they come before the plans. */
async function directAnswers(refs: PagefindResult[], query: string): Promise<PagefindResult[]> {
	if (!query) return [];
	const top = refs.slice(0, MAX_DIRECT + 1);
	const named = await Promise.all(top.map(async (r) => namesPage((await dataOf(r)).meta.title ?? '', query)));
	return top.filter((_, i) => named[i]).slice(0, MAX_DIRECT);
}

function emptyState(): void {
	current = undefined;
	list.replaceChildren();
	more.hidden = true;
	root.dataset.query = '';
	status.textContent = 'Nhập từ khóa để tra cứu (có dấu hoặc không dấu).';
}

async function run(module: PagefindModule, state: State, focus: boolean) {
	const ticket = ++latest;
	const query = normalizeQuery(state.q);
	const range = yearRange(state);
	const filtered = Object.keys(state.filters).length > 0 || range.years !== null;
	if (!query && !filtered) return emptyState();
	status.textContent = 'Đang tìm…';
	performance.mark('search:start');
	const wanted = bucketsForYears(manifest.buckets, range.from, range.to);
	const rest = wanted.filter((b) => !first.buckets.includes(b));
	// The oldest-first sort reads the oldest buckets first; otherwise the newest come first.
	const order: (() => Promise<Source>)[] = [() => Promise.resolve(first), ...rest.map((b) => () => laterSource(module, b))];
	if (state.sort === 'cu-nhat') order.reverse();
	const search: Search = {
		query,
		typed: state.q.trim(),
		filtered,
		sort: state.sort,
		results: [],
		direct: 0,
		planEnd: 0,
		shown: 0,
		pending: order.length,
		focus,
		url: location.search,
	};
	let shownFirst = false;
	for (const next of order) {
		const source = await next();
		const [plans, refs] = await Promise.all([
			searchSource(source, query, searchOptions(state, range.years, 'plans')),
			source.reference && !SORTS[state.sort] ? searchSource(source, query, searchOptions(state, range.years, 'reference')) : [],
		]);
		const direct = await directAnswers(refs, query);
		if (ticket !== latest) return; // superseded by a newer search
		search.pending--;
		add(
			search,
			direct,
			plans,
			refs.filter((r) => !direct.includes(r)),
		);
		// The first results are shown as soon as there are plans (or pages the query names), or every bucket is in.
		if (!shownFirst && (search.planEnd > 0 || search.pending === 0)) {
			shownFirst = true;
			await firstResults(search, state);
			if (ticket !== latest) return;
		} else if (shownFirst) {
			// A first batch that had too few plans is filled up as older plans arrive.
			if (search.shown < FIRST_BATCH && search.shown < search.results.length) await showNext(search, FIRST_BATCH - search.shown);
			else describe(search);
		}
	}
}

/**
 * Adds a source's results. Pages the query names go first; plans go after the plans not yet
 * shown, by score (relevance) or after them (dates: the buckets come in date order), and never
 * before what is shown; other reference pages go last.
 */
function add(search: Search, direct: PagefindResult[], plans: PagefindResult[], refs: PagefindResult[]) {
	const r = search.results;
	const at = Math.max(search.shown, search.direct);
	const head = r.slice(0, at);
	if (direct.length) {
		head.splice(search.direct, 0, ...direct);
		search.direct += direct.length;
	}
	const pending = r.slice(at, Math.max(at, search.planEnd));
	const merged = search.sort === 'lien-quan' ? [...pending, ...plans].sort((a, b) => b.score - a.score) : [...pending, ...plans];
	const tail = r.slice(Math.max(at, search.planEnd));
	search.results = [...head, ...merged, ...tail, ...refs];
	search.planEnd = head.length + merged.length;
}

async function firstResults(search: Search, state: State) {
	current = search;
	list.replaceChildren();
	await showNext(search);
	if (search !== current) return;
	performance.mark('search:results-shown');
	// From the search starting (after the typing pause) to its results in the page.
	performance.measure('search:run', 'search:start', 'search:results-shown');
	root.dataset.query = state.q.trim();
	root.dataset.shown = search.url;
	if (search.focus) status.focus();
}

/** A search the reader started: if it fails (part of the index did not load), the status line says so. */
function searching(search: Promise<unknown>): void {
	search.catch(() => {
		status.textContent = 'Không tra cứu được vì không tải được dữ liệu tra cứu. Vui lòng thử lại hoặc tải lại trang.';
	});
}

async function start() {
	let module: PagefindModule;
	try {
		module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
		const [loaded] = await Promise.all([
			fetch(`${base}pagefind/buckets.json`).then((r) => r.json() as Promise<SearchManifest>),
			module.options({ excerptLength: 30, ranking: RANKING }),
		]);
		manifest = loaded;
		await module.init();
		const newest = manifest.buckets[0];
		await module.mergeIndex(`${base}pagefind/${newest.id}/`, { ranking: RANKING });
		first = { pagefind: module, buckets: [newest], reference: true };
		performance.mark('search:index-ready');
	} catch {
		status.textContent = 'Không tải được chỉ mục tra cứu. Vui lòng tải lại trang, hoặc duyệt kho theo năm, tỉnh, khẩu hiệu.';
		root.classList.add('search-failed');
		return;
	}
	wire(module);
}

function wire(module: PagefindModule) {
	setForm(readState());
	let timer: ReturnType<typeof setTimeout> | undefined;
	const go = (push: boolean, focus = false) => {
		const state = formState();
		writeUrl(state, push);
		return run(module, state, focus);
	};
	more.addEventListener('click', () => {
		if (current) searching(showNext(current));
	});
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		searching(go(true, true));
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
		searching(run(module, formState(), false));
	});
	searching(go(false).then(() => (root.dataset.ready = 'true'))); // the URL now says what the form shows (older parameter names and values become ids)
}

searching(start());
