/**
 * The search page: Pagefind with Vietnamese on top (đ folding, NFC, phrase ranking, original
 * text in excerpts). State lives in the URL (?q=…&nam=…), so results can be shared and the back
 * button works. Everything user-supplied is written with textContent, never as HTML.
 */
import { excerpt, relevanceBoost } from '../lib/search/excerpt.ts';
import { prepareQuery, restoreD } from '../lib/search/fold.ts';

interface PagefindResultData {
	url: string;
	content: string;
	meta: Record<string, string>;
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
	filters(): Promise<Record<string, Record<string, number>>>;
}

const FILTERS = ['nam', 'tinh', 'cap', 'loai', 'cong_uoc'] as const;
/** Sections whose text is fetched at a time; "Xem thêm" fetches the next ones. */
const BATCH = 20;

const root = document.querySelector<HTMLElement>('[data-search-app]')!;
const form = root.querySelector<HTMLFormElement>('form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
const base = root.dataset.base ?? '/';
const collator = new Intl.Collator('vi', { numeric: true });

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

function readState() {
	const params = new URLSearchParams(location.search);
	const filters: Record<string, string[]> = {};
	for (const f of FILTERS) {
		const v = params.get(f);
		if (v) filters[f] = [v];
	}
	return { q: params.get('q') ?? '', filters };
}

function formState() {
	const data = new FormData(form);
	const filters: Record<string, string[]> = {};
	for (const f of FILTERS) {
		const v = String(data.get(f) ?? '');
		if (v) filters[f] = [v];
	}
	return { q: String(data.get('q') ?? ''), filters };
}

function writeUrl(state: ReturnType<typeof formState>, push: boolean) {
	const params = new URLSearchParams();
	if (state.q.trim()) params.set('q', state.q.trim());
	for (const [k, v] of Object.entries(state.filters)) params.set(k, v[0]);
	const url = params.size ? `?${params}` : location.pathname;
	if (url === location.search || (url === location.pathname && !location.search)) return;
	if (push) history.pushState(null, '', url);
	else history.replaceState(null, '', url);
}

function setForm(state: ReturnType<typeof readState>) {
	input.value = state.q;
	for (const f of FILTERS) {
		const select = form.elements.namedItem(f) as HTMLSelectElement | null;
		if (select) select.value = state.filters[f]?.[0] ?? '';
	}
}

async function fillFilters(pagefind: Pagefind) {
	const available = await pagefind.filters();
	for (const f of FILTERS) {
		const select = form.elements.namedItem(f) as HTMLSelectElement | null;
		if (!select) continue;
		const values = Object.keys(available[f] ?? {}).sort((a, b) => (f === 'nam' ? collator.compare(b, a) : collator.compare(a, b)));
		for (const v of values) select.append(el('option', { value: v, textContent: `${v} (${available[f][v]})` }));
	}
}

interface Hit {
	data: PagefindResultData;
	text: string;
	score: number;
}

function render(groups: Hit[][], query: string) {
	list.replaceChildren();
	for (const group of groups) {
		const [best, ...others] = group;
		const meta = best.data.meta;
		const page = best.data.url.split('#')[0];
		const facts = [meta.type, meta.year, meta.province].filter(Boolean).join(' · ');
		const para = el('p', { className: 'result-excerpt' });
		for (const s of excerpt(best.text, query)) para.append(s.mark ? el('mark', { textContent: s.text }) : s.text);
		const item = el(
			'li',
			{ className: 'result' },
			el('h2', {}, el('a', { href: best.data.url, textContent: meta.title })),
			el('p', { className: 'result-meta', textContent: meta.section ? `${facts} — mục: ${meta.section}` : facts }),
			para,
		);
		const more = others.filter((h) => h.data.url !== page).slice(0, 3);
		if (more.length) {
			item.append(
				el(
					'p',
					{ className: 'result-more' },
					'Mục khác khớp: ',
					...more.flatMap((h, i) => [i ? ' · ' : '', el('a', { href: h.data.url, textContent: h.data.meta.section || 'Đầu trang' })]),
				),
			);
		}
		list.append(item);
	}
}

let latest = 0;
/** The current search: all matching sections, and those fetched so far. */
let current: { query: string; results: PagefindResult[]; hits: Hit[] } | undefined;

async function fetchHits(results: PagefindResult[], query: string): Promise<Hit[]> {
	const loaded = await Promise.all(results.map(async (r) => ({ r, data: await r.data() })));
	return loaded.map(({ r, data }) => {
		const text = restoreD(data.content, data.meta.dpos ?? '');
		// Pagefind ignores proximity and titles: lift phrase matches and title matches.
		return { data, text, score: r.score * relevanceBoost(text, data.meta.title ?? '', query) };
	});
}

function show(state: NonNullable<typeof current>) {
	const hits = [...state.hits].sort((a, b) => b.score - a.score);
	const groups = [...Map.groupBy(hits, (h) => h.data.url.split('#')[0]).values()];
	render(groups, state.query);
	const what = state.query ? ` cho “${state.query}”` : '';
	const remaining = state.results.length - state.hits.length;
	more.hidden = remaining <= 0;
	status.textContent = groups.length
		? `Tìm thấy ${state.results.length} đoạn khớp${what}; đang hiển thị ${groups.length} trang${remaining > 0 ? ', còn kết quả khác' : ''}.`
		: `Không tìm thấy kết quả nào${what}. Hãy thử từ khóa ngắn hơn, bỏ bớt bộ lọc, hoặc duyệt theo năm, tỉnh, khẩu hiệu.`;
}

async function run(pagefind: Pagefind, state: ReturnType<typeof formState>) {
	const ticket = ++latest;
	const query = state.q.trim();
	const hasFilters = Object.keys(state.filters).length > 0;
	if (!query && !hasFilters) {
		current = undefined;
		list.replaceChildren();
		more.hidden = true;
		root.dataset.query = '';
		status.textContent = 'Nhập từ khóa để tra cứu (có dấu hoặc không dấu).';
		return;
	}
	status.textContent = 'Đang tìm…';
	const search = await pagefind.search(query ? prepareQuery(query) : null, { filters: state.filters });
	if (!search || ticket !== latest) return; // superseded by a newer search
	const hits = await fetchHits(search.results.slice(0, BATCH), query);
	if (ticket !== latest) return;
	current = { query, results: search.results, hits };
	show(current);
	performance.mark('search:results-shown');
	root.dataset.query = query;
}

async function showMore() {
	if (!current) return;
	const state = current;
	const next = await fetchHits(state.results.slice(state.hits.length, state.hits.length + BATCH), state.query);
	if (state !== current) return;
	state.hits.push(...next);
	show(state);
}

async function start() {
	let pagefind: Pagefind;
	try {
		pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
		await pagefind.init();
		performance.mark('search:index-ready');
	} catch {
		status.textContent = 'Không tải được chỉ mục tra cứu. Vui lòng tải lại trang, hoặc duyệt kho theo năm, tỉnh, khẩu hiệu.';
		root.classList.add('search-failed');
		return;
	}
	// The first search runs while the filter lists load; the form shows the URL's state once they have.
	input.value = readState().q;
	const filtersReady = fillFilters(pagefind)
		.then(() => setForm(readState()))
		.catch(() => undefined);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const go = (push: boolean) => {
		const state = formState();
		writeUrl(state, push);
		return run(pagefind, state);
	};
	more.addEventListener('click', () => showMore());
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(timer);
		go(true);
	});
	input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => go(false), 250);
	});
	form.addEventListener('change', (e) => {
		if (e.target !== input) go(true);
	});
	window.addEventListener('popstate', () => {
		setForm(readState());
		run(pagefind, formState());
	});
	await run(pagefind, readState());
	await filtersReady;
	root.dataset.ready = 'true';
}

start();
