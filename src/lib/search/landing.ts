/**
 * Where a search result lands: the sections of a page that hold a hit, each anchored to the
 * deepest heading or numbered paragraph containing it, and the best of them.
 *
 * Pagefind gives a result's text as words, the elements with an id (`anchors`: where each starts,
 * its text) and the words it matched with their weight (a heading's words weigh 7 to 2, a plan's
 * facts 3, the rest 1). Its own sub-results split the page on headings only, and count words the
 * query only begins ("an" in "anh"). Here a hit is a word holding one of the query's syllables
 * whole (folded: "cong an tinh" finds "Công an tỉnh"); it belongs to the last heading before it,
 * or to a numbered paragraph (an element with an id whose text runs over it) inside that heading.
 * A section with no hit is never offered.
 */
import { foldForMatch } from './fold.ts';
import { queryTerms } from './query.ts';

export interface LandingAnchor {
	element: string;
	id: string;
	text?: string;
	location: number;
}

export interface Section {
	/** The anchor's id; null for the top of the page (title and facts) and any text before the first heading. */
	id: string | null;
	/** The heading's text or the paragraph's opening words; null for the top of the page. */
	title: string | null;
	/** Word range [from, to) of the section's own text. */
	from: number;
	to: number;
	hits: number;
	/** How many of the query's distinct syllables the section holds. */
	distinct: number;
	/** The query's syllables stand together (in order) in the section. */
	phrase: boolean;
	/**
	 * The heaviest weight among the section's hits (a hit in a heading outweighs one in the text);
	 * when the syllables stand together, among those runs only (a run weighs what its lightest word does).
	 */
	weight: number;
}

/** Ids of elements that only frame the page (the main region): not sections. */
const FRAME_IDS = new Set(['noi-dung']);
/**
 * Headings that frame the whole text rather than name a part of it ("Toàn văn" on a plan page):
 * their section is the text's opening, before its first numbered part, and is named so.
 */
const OPENING: Record<string, string> = { 'toan-van': 'Phần mở đầu' };
/** Words of a numbered paragraph used as its title. */
const TITLE_WORDS = 10;

interface Span {
	id: string;
	title: string;
	from: number;
	to: number;
	heading: boolean;
}

/** Headings with an id start a section that runs to the next heading; a paragraph with an id spans its own text. */
function spans(anchors: LandingAnchor[], length: number): Span[] {
	const headings = anchors.filter((a) => /^h[1-6]$/i.test(a.element) && !FRAME_IDS.has(a.id)).sort((a, b) => a.location - b.location);
	const out: Span[] = headings.map((h, i) => ({
		id: h.id,
		title: OPENING[h.id] ?? (h.text ?? '').trim(),
		from: h.location,
		to: headings[i + 1]?.location ?? length,
		heading: true,
	}));
	for (const a of anchors) {
		if (/^h[1-6]$/i.test(a.element) || FRAME_IDS.has(a.id) || !a.text?.trim()) continue;
		const words = a.text.trim().split(/\s+/);
		const title = words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')} …` : words.join(' ');
		out.push({ id: a.id, title, from: a.location, to: a.location + words.length, heading: false });
	}
	return out;
}

/** The deepest span holding word `w`: the paragraph if one runs over it, else the heading's section. */
function spanOf(all: Span[], w: number): Span | undefined {
	let best: Span | undefined;
	for (const s of all) {
		if (w < s.from || w >= s.to) continue;
		if (!best || s.from > best.from || (s.from === best.from && !s.heading)) best = s;
	}
	return best;
}

/**
 * The sections holding a hit, in page order. `weights` maps a word's position to its weight as
 * Pagefind reports it (words it did not report weigh 1).
 */
export function sectionsWithHits(words: string[], anchors: LandingAnchor[], weights: Map<number, number>, query: string): Section[] {
	const terms = queryTerms(query);
	if (terms.length === 0) return [];
	const termSet = new Set(terms);
	const parts: { word: number; folded: string }[] = [];
	words.forEach((w, word) => {
		for (const m of foldForMatch(w).matchAll(/[\p{L}\p{N}]+/gu)) parts.push({ word, folded: m[0] });
	});
	const all = spans(anchors, words.length);
	const sections = new Map<string, Section>();
	const sectionAt = (w: number): Section => {
		const span = spanOf(all, w);
		const key = span?.id ?? '';
		let s = sections.get(key);
		if (!s) {
			s = span
				? { id: span.id, title: span.title, from: span.from, to: span.to, hits: 0, distinct: 0, phrase: false, weight: 0 }
				: { id: null, title: null, from: 0, to: all.reduce((m, x) => Math.min(m, x.from), words.length), hits: 0, distinct: 0, phrase: false, weight: 0 };
			sections.set(key, s);
		}
		return s;
	};
	const seen = new Map<Section, Set<string>>();
	let lastWord = -1;
	parts.forEach((p, i) => {
		if (!termSet.has(p.folded)) return;
		const s = sectionAt(p.word);
		if (p.word !== lastWord) s.hits++;
		if (!seen.has(s)) seen.set(s, new Set());
		seen.get(s)!.add(p.folded);
		s.distinct = seen.get(s)!.size;
		lastWord = p.word;
		const weight = (w: number) => weights.get(w) ?? 1;
		if (terms.every((t, k) => parts[i + k]?.folded === t)) {
			const run = Math.min(...terms.map((_, k) => weight(parts[i + k].word)));
			s.weight = s.phrase ? Math.max(s.weight, run) : run;
			s.phrase = true;
		} else if (!s.phrase) s.weight = Math.max(s.weight, weight(p.word));
	});
	return [...sections.values()].sort((a, b) => a.from - b.from);
}

const better = (s: Section, t: Section) => Number(s.phrase) - Number(t.phrase) || s.distinct - t.distinct || s.weight - t.weight || s.hits - t.hits;

/** The section to land on: the query's syllables together first, then the most of them, then the heaviest hit, then the most hits, then the first. */
export function bestSection(sections: Section[]): Section | undefined {
	let best: Section | undefined;
	for (const s of sections) if (!best || better(s, best) > 0) best = s;
	return best;
}

/**
 * The sections to offer, the best first, then the others in page order that match as well as
 * it does: with the syllables together if it has them, else with as many of them.
 */
export function landing(sections: Section[]): Section[] {
	const best = bestSection(sections);
	if (!best) return [];
	const alike = sections.filter((s) => s !== best && (best.phrase ? s.phrase : s.distinct >= best.distinct));
	return [best, ...alike];
}
