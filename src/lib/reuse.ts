/**
 * Text reuse: what a provincial plan takes from the plan it implements. Both texts are split
 * into passages (headings, paragraphs, list items; sentences when a paragraph is long), folded
 * for matching, and each passage of the provincial plan is matched to the central passage it
 * comes from:
 *
 * - **verbatim**: the same words after folding, or (6 words or more) word for word inside one
 *   central passage;
 * - **adapted**: at least ADAPTED_MIN of its word 3-shingles come from one central passage
 *   (calibrated on the real plans: see tests/unit/reuse.test.ts and docs/text-reuse.md);
 * - **own**: no central source.
 *
 * Before that, every run of RUN_MIN (8) folded words a provincial passage shares with the
 * central plan is found: a passage holding one is never own, and a passage only partly copied
 * is split into its copied and uncopied stretches (method 2; README/docs, "Text reuse").
 * Slogans compare only with the central plan's slogan of the same id.
 *
 * Each central passage is then **reused** (taken verbatim), **adapted** (taken with changes,
 * in part, or merged into a provincial passage) or **not taken**. Linear in the two texts: an
 * index of the central shingles and runs, one pass over the provincial passages.
 */
import { foldForMatch } from './search/fold.ts';
import { wordDiff, type WordChange } from './compare.ts';
import { markerOf } from './numbering.ts';
import { closingLine } from './plan-sections.ts';

/** The version of the matching method, published with its figures (raise it when a threshold or the folding changes). */
export const REUSE_METHOD = 2;

export type PassageKind = 'verbatim' | 'adapted' | 'own';
export type SourceStatus = 'reused' | 'adapted' | 'not-taken';

export const PASSAGE_KIND_LABELS: Record<PassageKind, string> = {
	verbatim: 'Lấy nguyên văn',
	adapted: 'Sửa đổi',
	own: 'Riêng của tỉnh',
};
export const SOURCE_STATUS_LABELS: Record<SourceStatus, string> = {
	reused: 'Lấy nguyên văn',
	adapted: 'Sửa đổi',
	'not-taken': 'Không lấy',
};

/** Share of a passage's word 3-shingles that must come from one central passage for it to count as adapted. */
export const ADAPTED_MIN = 0.5;
/** Share of a central passage's shingles found in one provincial passage for it to count as taken (merged passages). */
export const TAKEN_MIN = 0.6;
/** A paragraph longer than this (in words) is split into sentences. */
export const LONG_PARAGRAPH = 60;
/** Shorter passages are verbatim only when equal; from this length, also when found word for word inside a central passage. */
export const INSIDE_MIN = 6;
/** Shorter passages are never adapted: a few words in common say nothing. */
const ADAPTED_MIN_WORDS = 5;
/** An adapted passage is at least this share of its source's length (a phrase is not a passage). */
const ADAPTED_MIN_LENGTH = 0.2;
const SHINGLE = 3;
/**
 * A run of this many folded words shared with the central plan is copied text: the passage
 * holding it is never "own", and a passage only partly made of such runs is split.
 */
export const RUN_MIN = 8;
/** Copied runs this close (in words) are one copied stretch (a word changed between them). */
const RUN_GAP = 6;
/** An uncopied stretch shorter than this stays with the copied stretch beside it instead of being split off. */
const PIECE_MIN = 8;

export interface FoldOptions {
	year: number;
	anniversary: number;
}

/**
 * A passage made comparable: NFC, lower case, no tone or vowel marks, đ → d, no punctuation,
 * dash or quote glyphs, single spaces, and the plan's year and anniversary number replaced by
 * placeholders (the same sentence written for another year stays the same).
 */
export function fold(text: string, { year, anniversary }: FoldOptions): string {
	let out = '';
	let space = true;
	for (const ch of text.normalize('NFC')) {
		let f = foldedChar.get(ch);
		if (f === undefined) {
			f = /[\p{L}\p{N}]/u.test(ch) ? foldForMatch(ch) : ' ';
			foldedChar.set(ch, f);
		}
		if (f !== ' ') {
			out += f;
			space = false;
		} else if (!space) {
			out += ' ';
			space = true;
		}
	}
	return out
		.trimEnd()
		.replace(new RegExp(`(?<![^ ])${year}(?![^ ])`, 'g'), '#nam')
		.replace(new RegExp(`(?<![^ ])${anniversary}(?![^ ])`, 'g'), '#kyniem');
}
/** Each character's folded form: a letter or digit without marks, or a space. */
const foldedChar = new Map<string, string>();

export interface Passage {
	/** Position among the plan's passages. */
	index: number;
	/** 0-based line of the body where its block starts. */
	line: number;
	/** Position of its block (a paragraph split into sentences gives several passages of one block). */
	block: number;
	/** Heading depth (2 for "##"), or 0 for a paragraph or list item. */
	heading: number;
	/** List item nesting (0 for a paragraph, 1 for a top-level item). */
	list: number;
	/** The text as written, without Markdown. */
	text: string;
	folded: string;
	words: number;
	/** True for a piece of a passage split where only part of it is copied. */
	part?: boolean;
}

/** Markdown and MDX out of a line: components kept by their text, escapes, emphasis, links. */
function plain(line: string): string {
	return line
		.replace(/<([A-Z]\w*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/(\*\*|__|\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
		.replace(/\\$/, '')
		.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
		.replace(/ {2,}$/, '')
		.trim();
}

/** Sentences of a long paragraph: after ". ", "; " (and "!", "?", "…") before a capital, a quote or a bracket. */
const sentences = (text: string) => text.split(/(?<=[.;!?…])\s+(?=[\p{Lu}"“(])/u);

/** The passages of a plan's Markdown body, in order. */
export function passagesOf(body: string, opts: FoldOptions): Passage[] {
	const out: Passage[] = [];
	let block = -1;
	let current: { line: number; heading: number; list: number; lines: string[] } | null = null;
	const flush = () => {
		if (!current) return;
		const text = current.lines.map(plain).filter(Boolean).join(' ');
		const { line, heading, list } = current;
		current = null;
		if (!text) return;
		block++;
		const words = (t: string) => t.split(' ').length;
		// The paragraph's own number ("1. ", "a) ") stays with its first sentence.
		const marker = markerOf(text);
		const rest = marker ? text.slice(text.length - marker.rest.length) : text;
		const parts = !heading && words(text) > LONG_PARAGRAPH ? sentences(rest) : [rest];
		if (marker) parts[0] = text.slice(0, text.length - rest.length) + parts[0];
		for (const part of parts) {
			const bare = markerOf(part)?.rest ?? part;
			const folded = fold(bare, opts);
			if (!folded) continue;
			out.push({ index: out.length, line, block, heading, list, text: part, folded, words: words(folded) });
		}
	};
	// "Nơi nhận" and the signature are not the plan's text: no passage, no section.
	const lines = body.split('\n');
	lines.slice(0, closingLine(lines)).forEach((raw, i) => {
		const line = raw.replace(/\s+$/, '');
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		const item = /^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(.*)$/.exec(line);
		if (!line.trim() || /^\s*(?:-{3,}|\*{3,}|_{3,})$/.test(line) || /^\s*\{\/\*.*\*\/\}$/.test(line)) return flush();
		if (heading) {
			flush();
			current = { line: i, heading: heading[1].length, list: 0, lines: [heading[2]] };
			return flush();
		}
		if (item) {
			flush();
			current = { line: i, heading: 0, list: 1 + Math.floor(item[1].replace(/\t/g, '  ').length / 2), lines: [item[2]] };
			return;
		}
		if (current) current.lines.push(line);
		else current = { line: i, heading: 0, list: 0, lines: [line] };
	});
	flush();
	return out;
}

/**
 * How much of a passage comes from a central passage: the share of its shingles found there,
 * or of the central passage's shingles found in it when it is at most twice as long (a central
 * sentence taken with words added). 0 when either is too short or too unlike the other in length
 * to be the same passage, or when a heading would come from a paragraph or the reverse.
 */
function adaptedScore(p: Passage, c: Passage, shared: number, mine: number, theirs: number): number {
	if (p.words < ADAPTED_MIN_WORDS || !comparable(p, c)) return 0;
	const ofMine = p.words >= ADAPTED_MIN_LENGTH * c.words ? shared / mine : 0;
	const ofTheirs = c.words >= ADAPTED_MIN_WORDS && c.words * 2 >= p.words ? shared / theirs : 0;
	return Math.max(ofMine, ofTheirs);
}

/** A heading comes from a heading, a paragraph or list item from a paragraph or list item. */
const comparable = (p: Passage, c: Passage) => !p.heading === !c.heading;

function shingles(folded: string): Set<string> {
	const w = folded.split(' ');
	if (w.length <= SHINGLE) return new Set([folded]);
	const out = new Set<string>();
	for (let i = 0; i + SHINGLE <= w.length; i++) out.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
	return out;
}

export interface AlignedPassage extends Omit<Passage, 'folded'> {
	kind: PassageKind;
	/** Index of the central passage it comes from. */
	source: number | null;
	/** Share of its shingles found in that central passage (1 for verbatim). */
	score: number;
	/** Its words that lie inside runs of RUN_MIN or more words shared with the central plan. */
	runWords: number;
	/** True for one of the plan's slogans. */
	slogan: boolean;
}

export interface CentralPassage extends Omit<Passage, 'folded'> {
	status: SourceStatus;
	/** Indexes of the provincial passages that take it. */
	takenBy: number[];
}

export interface Shares {
	verbatim: number;
	adapted: number;
	own: number;
}

export interface Alignment {
	passages: AlignedPassage[];
	central: CentralPassage[];
	/** Words of the provincial plan by kind, and their shares (0–1) of its length. */
	words: Shares & { total: number };
	shares: Shares;
	/**
	 * The check of the labels: words inside runs of RUN_MIN or more folded words shared with the
	 * central plan, in all and among the words labelled own (0 when every copied run is seen).
	 */
	runs: { words: number; ownWords: number };
}

export interface AlignInput {
	body: string;
	year: number;
	anniversary: number;
	/** The plan's slogans as it prints them, with their ids: a slogan is compared only with the other plan's slogan of the same id. */
	slogans?: readonly { text: string; slogan?: string }[];
}

/** The source side of an alignment, indexed once however many plans implement it. */
interface Prepared {
	passages: Passage[];
	shingles: Set<string>[];
	/** Folded text → the passages that have it, in order (a plan can repeat a heading or a sentence). */
	byFolded: Map<string, number[]>;
	/** Shingle → the passages that have it. */
	index: Map<string, number[]>;
	/** Run of RUN_MIN folded words → the passages that have it. */
	runs: Map<string, number[]>;
	/** Per passage: the id of the slogan it is (or "" for a slogan without an id), null for any other passage. */
	slogans: (string | null)[];
}

function prepare(source: AlignInput): Prepared {
	const passages = passagesOf(source.body, source);
	const byFolded = new Map<string, number[]>();
	const index = new Map<string, number[]>();
	const runs = new Map<string, number[]>();
	const shingleSets = passages.map((p) => shingles(p.folded));
	const add = (map: Map<string, number[]>, key: string, i: number) => {
		const list = map.get(key);
		if (!list) map.set(key, [i]);
		else if (list.at(-1) !== i) list.push(i);
	};
	passages.forEach((p, i) => {
		add(byFolded, p.folded, i);
		for (const s of shingleSets[i]) add(index, s, i);
		for (const key of runKeys(p.folded)) add(runs, key, i);
	});
	return { passages, shingles: shingleSets, byFolded, index, runs, slogans: sloganFlags(passages, source) };
}

/** Which passages are the plan's slogans (a passage whose folded text is one, a few words around it allowed): their slogan ids. */
function sloganFlags(passages: readonly Passage[], plan: AlignInput): (string | null)[] {
	const slogans = (plan.slogans ?? []).map((s) => ({ id: s.slogan ?? '', folded: fold(s.text, plan) })).filter((s) => s.folded);
	const isIt = (p: Passage, s: string) => p.folded === s || (` ${p.folded} `.includes(` ${s} `) && p.words <= s.split(' ').length + 3);
	return passages.map((p) => (p.heading ? null : (slogans.find((s) => isIt(p, s.folded))?.id ?? null)));
}

/** The runs of RUN_MIN words of a folded text, as substrings of it (no array of words joined again for each). */
function runKeys(folded: string): string[] {
	const starts = [0];
	for (let i = folded.indexOf(' '); i >= 0; i = folded.indexOf(' ', i + 1)) starts.push(i + 1);
	const keys: string[] = [];
	for (let k = 0; k + RUN_MIN <= starts.length; k++) keys.push(folded.slice(starts[k], k + RUN_MIN < starts.length ? starts[k + RUN_MIN] - 1 : folded.length));
	return keys;
}

/** Per word of a passage: the central passages a shared run of RUN_MIN words through it comes from (none: an empty list). */
function runSources(folded: string, runs: ReadonlyMap<string, number[]>): number[][] {
	const keys = runKeys(folded);
	const out: number[][] = Array.from({ length: folded ? keys.length + RUN_MIN - 1 : 0 }, () => NONE);
	if (keys.length === 0) return folded ? folded.split(' ').map(() => NONE) : [];
	for (let k = 0; k < keys.length; k++) {
		const from = runs.get(keys[k]);
		if (!from) continue;
		for (let j = k; j < k + RUN_MIN; j++) {
			if (out[j] === NONE) out[j] = from;
			else if (out[j] !== from) out[j] = [...new Set([...out[j], ...from])];
		}
	}
	return out;
}
const NONE: number[] = [];

/**
 * Where a passage splits between copied and uncopied text: stretches of copied runs (gaps under
 * RUN_GAP words closed) and the text between them, an uncopied stretch under PIECE_MIN words
 * kept with the stretch before it (or after it, at the start). Word offsets of the pieces' starts.
 */
export function splitPoints(copied: readonly boolean[]): number[] {
	let pieces: { start: number; end: number; copied: boolean }[] = [];
	copied.forEach((c, i) => {
		const last = pieces.at(-1);
		if (last?.copied === c) last.end = i + 1;
		else pieces.push({ start: i, end: i + 1, copied: c });
	});
	if (pieces.length <= 1) return [0];
	const merge = (list: typeof pieces) =>
		list.reduce<typeof pieces>((out, p) => {
			const last = out.at(-1);
			if (last && last.copied === p.copied) last.end = p.end;
			else out.push({ ...p });
			return out;
		}, []);
	// A short gap between two copied stretches is part of one copied stretch (a word changed).
	const interior = (k: number) => k > 0 && k < pieces.length - 1;
	pieces = merge(pieces.map((p, k) => ({ ...p, copied: p.copied || (interior(k) && p.end - p.start < RUN_GAP) })));
	// A short uncopied stretch stays with the copied one beside it.
	pieces = merge(pieces.map((p) => ({ ...p, copied: p.copied || p.end - p.start < PIECE_MIN })));
	return pieces.map((p) => p.start);
}

/** A passage cut at word offsets into passages of its own text (the same block, line and kind of block). */
function splitPassage(p: Passage, at: readonly number[], opts: FoldOptions): Passage[] {
	if (at.length <= 1) return [p];
	// Word k of the folded text is token k of the passage's text after its number ("1.", "a)").
	const marker = markerOf(p.text);
	const skip = marker ? p.text.length - marker.rest.length : 0;
	const starts = [...p.text.slice(skip).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m.index + skip);
	if (starts.length !== p.words) return [p];
	return at.map((from, k) => {
		const begin = k === 0 ? 0 : starts[from];
		const end = k + 1 < at.length ? starts[at[k + 1]] : p.text.length;
		const text = p.text.slice(begin, end).trim();
		const folded = fold(k === 0 && marker ? (markerOf(text)?.rest ?? text) : text, opts);
		return { ...p, text, folded, words: folded ? folded.split(' ').length : 0, part: true };
	});
}

/** Of equally good sources, the first at or after the last one matched (texts are adapted in order), else the first. */
const inOrder = (candidates: readonly number[], after: number) => candidates.find((i) => i >= after) ?? candidates[0];

/** Without its folded form (the alignment is kept for the whole build: only what pages and data need). */
const unfolded = <P extends Passage>({ folded: _, ...rest }: P): Omit<P, 'folded'> => rest;

/**
 * Matches each passage of `local` to the passage of `source` (the plan it implements) it comes
 * from. Null when either text has no passage: there is nothing to compare.
 */
export function align(local: AlignInput, source: AlignInput | Prepared): Alignment | null {
	const prepared = 'index' in source ? source : prepare(source);
	const { passages: theirs, shingles: theirShingles } = prepared;
	// Passages partly made of copied runs are split into their copied and uncopied stretches (slogans stay whole).
	const whole = passagesOf(local.body, local);
	const slogans = sloganFlags(whole, local);
	const matcher = passageMatcher(prepared);
	const ours = whole
		.flatMap((p, i): (Passage & { slogan: string | null })[] => {
			if (slogans[i] !== null) return [{ ...p, slogan: slogans[i] }];
			if (matcher.takenWhole(p)) return [{ ...p, slogan: null }];
			const copied = matcher.copiedWords(p);
			return splitPassage(p, splitPoints(copied), local).map((piece) => ({ ...piece, slogan: null }));
		})
		.filter((p) => p.words > 0)
		.map((p, index) => ({ ...p, index }));
	if (ours.length === 0 || theirs.length === 0) return null;
	const passages = ours.map(({ slogan, ...p }) => matcher.match(p, slogan));
	const central = theirs.map((c, i): CentralPassage => {
		const by = [...matcher.takenBy[i]].sort((a, b) => a - b);
		const status: SourceStatus = by.length === 0 ? 'not-taken' : matcher.verbatimCover[i].size === theirShingles[i].size ? 'reused' : 'adapted';
		return { ...unfolded(c), status, takenBy: by };
	});
	const words = { verbatim: 0, adapted: 0, own: 0, total: 0 };
	const runs = { words: 0, ownWords: 0 };
	for (const p of passages) {
		words[p.kind] += p.words;
		words.total += p.words;
		runs.words += p.runWords;
		if (p.kind === 'own') runs.ownWords += p.runWords;
	}
	const share = (n: number) => n / words.total;
	return { passages, central, words, shares: { verbatim: share(words.verbatim), adapted: share(words.adapted), own: share(words.own) }, runs };
}

/**
 * A slogan compares only with the central plan's slogan of the same id (any, when either has
 * no id), any other passage only with passages that are not slogans.
 */
const allowed = (prepared: Prepared, slogan: string | null) => (i: number) => {
	const theirs = prepared.slogans[i];
	if (slogan === null || theirs === null) return slogan === theirs;
	return slogan === '' || theirs === '' || slogan === theirs;
};

/** What a passage has in common with the central passages it may come from: shingles, and words in shared runs. */
function evidence(prepared: Prepared, p: Passage, slogan: string | null) {
	const ok = allowed(prepared, slogan);
	const mine = shingles(p.folded);
	const shared = new Map<number, number>();
	for (const s of mine) for (const i of prepared.index.get(s) ?? []) if (ok(i)) shared.set(i, (shared.get(i) ?? 0) + 1);
	// Words inside runs shared with the central plan, and per central passage how many of them it holds.
	const bySource = new Map<number, number>();
	const perWord = runSources(p.folded, prepared.runs).map((from) => (from.length ? from.filter(ok) : from));
	let runWords = 0;
	for (const from of perWord) {
		if (from.length) runWords++;
		for (const i of from) bySource.set(i, (bySource.get(i) ?? 0) + 1);
	}
	return { ok, mine, shared, bySource, perWord, runWords, slogan };
}
type Evidence = ReturnType<typeof evidence>;
type Found = { kind: PassageKind; source: number | null; score: number };

/**
 * A passage's kind and source: verbatim (equal, or inside one central passage), a slogan
 * reworded, adapted by its shingles, or (with `byRuns`) adapted because it holds a shared run;
 * else own. `last` is the source matched last (texts are adapted in order).
 */
function classify(prepared: Prepared, p: Passage, ev: Evidence, last: number, byRuns: boolean): Found {
	const { passages: theirs, shingles: theirShingles } = prepared;
	const { ok, mine, shared, bySource, slogan } = ev;
	const equal = prepared.byFolded.get(p.folded)?.filter(ok);
	const inside =
		!equal?.length && p.words >= INSIDE_MIN ? [...shared.keys()].sort((x, y) => x - y).filter((i) => ` ${theirs[i].folded} `.includes(` ${p.folded} `)) : [];
	const candidates = equal?.length ? equal : inside;
	if (candidates.length > 0) return { kind: 'verbatim', source: inOrder(candidates, last), score: 1 };
	let score = 0;
	let best: number[] = [];
	for (const [i, n] of shared) {
		const s = adaptedScore(p, theirs[i], n, mine.size, theirShingles[i].size);
		if (s > score) [best, score] = [[i], s];
		else if (s === score && s > 0) best.push(i);
	}
	// The central plan's slogan of the same id, reworded.
	const same = slogan ? theirs.flatMap((_, i) => (prepared.slogans[i] === slogan ? [i] : [])) : [];
	if (same.length > 0) {
		const source = inOrder(same, last);
		return { kind: 'adapted', source, score: (shared.get(source) ?? 0) / mine.size };
	}
	const first = (list: number[]) =>
		inOrder(
			[...list].sort((x, y) => x - y),
			last,
		);
	if (best.length > 0 && score >= ADAPTED_MIN) return { kind: 'adapted', source: first(best), score };
	// A passage holding a copied run is never its own: adapted from the passage it shares most run words with.
	if (byRuns && bySource.size > 0) {
		const most = Math.max(...bySource.values());
		const from = [...bySource].filter(([, n]) => n === most).map(([i]) => i);
		return { kind: 'adapted', source: first(from), score: Math.max(score, most / p.words) };
	}
	return { kind: 'own', source: null, score };
}

/** The matching of provincial passages to central ones, in order, with what each central passage is taken by. */
function passageMatcher(prepared: Prepared) {
	const { passages: theirs, shingles: theirShingles } = prepared;
	/** Per central passage: the provincial passages that take it, and its shingles found in verbatim ones. */
	const takenBy = theirs.map(() => new Set<number>());
	const verbatimCover = theirs.map(() => new Set<string>());
	let last = 0;
	/** A passage not split is looked at twice (whole, then matched): its evidence is worked out once. */
	const seen = new Map<string, Evidence>();
	const evidenceOf = (p: Passage, slogan: string | null) => {
		if (slogan !== null) return evidence(prepared, p, slogan);
		let ev = seen.get(p.folded);
		if (!ev) seen.set(p.folded, (ev = evidence(prepared, p, null)));
		return ev;
	};
	/** Taken as a whole (verbatim, or adapted by its shingles): such a passage is not split even when only parts of it are copied runs. */
	const takenWhole = (p: Passage) => classify(prepared, p, evidenceOf(p, null), last, false).kind !== 'own';
	function match(p: Passage, slogan: string | null): AlignedPassage {
		const ev = evidenceOf(p, slogan);
		const found = classify(prepared, p, ev, last, true);
		const aligned = { ...unfolded(p), ...found, runWords: ev.runWords, slogan: slogan !== null };
		if (found.source === null) return aligned;
		last = found.source;
		takenBy[found.source].add(p.index);
		if (found.kind === 'verbatim') for (const s of ev.mine) if (theirShingles[found.source].has(s)) verbatimCover[found.source].add(s);
		// Other central passages a taken passage contains for the most part (two merged into one).
		for (const [i, n] of ev.shared)
			if (comparable(p, theirs[i]) && theirs[i].words >= ADAPTED_MIN_WORDS && n / theirShingles[i].size >= TAKEN_MIN) takenBy[i].add(p.index);
		// A central passage whose copied runs here are its alone (a phrase several central passages have says nothing about which was taken).
		const alsoFrom = new Map<number, number>();
		for (const from of ev.perWord) if (from.length === 1 && from[0] !== found.source) alsoFrom.set(from[0], (alsoFrom.get(from[0]) ?? 0) + 1);
		for (const [i, n] of alsoFrom) if (n >= RUN_MIN) takenBy[i].add(p.index);
		return aligned;
	}
	/** Per word of a passage: whether it lies in a run shared with a central passage that is not a slogan. */
	const copiedWords = (p: Passage) => evidenceOf(p, null).perWord.map((from) => from.length > 0);
	return { match, takenWhole, copiedWords, takenBy, verbatimCover };
}

export interface Section<P> {
	/** The heading passage that opens it, or null for the text before the first heading. */
	heading: P | null;
	passages: P[];
}

/** Passages grouped under the headings down to `maxDepth` (deeper headings stay inside their section). */
export function sectionsOf<P extends Omit<Passage, 'folded'>>(passages: readonly P[], maxDepth = 3): Section<P>[] {
	const out: Section<P>[] = [];
	for (const p of passages) {
		if (p.heading && p.heading <= maxDepth) out.push({ heading: p, passages: [] });
		else {
			if (out.length === 0) out.push({ heading: null, passages: [] });
			out.at(-1)!.passages.push(p);
		}
	}
	return out;
}

/** A section's passages, its heading first. */
export const sectionPassages = <P>(section: Section<P>): P[] => (section.heading ? [section.heading, ...section.passages] : section.passages);

/**
 * How a provincial plan treats a central section, by the passages inside it (its heading counts
 * only when the section has no text of its own): reused when all of them are taken verbatim,
 * not taken when none is taken at all, adapted otherwise.
 */
export function sectionStatus(section: Section<CentralPassage>): SourceStatus {
	const all = section.passages.length ? section.passages : sectionPassages(section);
	if (all.every((p) => p.status === 'reused')) return 'reused';
	if (all.every((p) => p.status === 'not-taken')) return 'not-taken';
	return 'adapted';
}

/** Caches: a plan's alignment is computed once per build, whatever page asks for it; a central plan is indexed once. */
const alignments = new WeakMap<object, { central: object; alignment: Alignment | null }>();
const sources = new WeakMap<object, Prepared>();

interface Entry {
	body: string;
	data: FoldOptions & { slogans?: readonly { text: string }[] };
}

/** The alignment of a plan entry against the plan it implements, computed once per pair of entries; null when either text is empty. */
export function alignmentOf(local: Entry, central: Entry): Alignment | null {
	const hit = alignments.get(local);
	if (hit?.central === central) return hit.alignment;
	let source = sources.get(central);
	if (!source) sources.set(central, (source = prepare({ body: central.body, ...central.data })));
	const alignment = align({ body: local.body, ...local.data }, source);
	alignments.set(local, { central, alignment });
	return alignment;
}

/** The summary line of a plan's reuse: "25 % văn bản lấy nguyên văn từ kế hoạch trung ương, 36 % sửa đổi, 39 % riêng của tỉnh". */
export function reuseSummary(shares: Shares): string {
	const pct = percentages(shares);
	return `${pct.verbatim} % văn bản lấy nguyên văn từ kế hoạch trung ương, ${pct.adapted} % sửa đổi, ${pct.own} % riêng của tỉnh`;
}

/** Whole percentages that add up to 100 (largest remainder), for a summary line. */
export function percentages(shares: Shares): Shares {
	const kinds = ['verbatim', 'adapted', 'own'] as const;
	const total = kinds.reduce((n, k) => n + shares[k], 0);
	if (total === 0) return { verbatim: 0, adapted: 0, own: 0 };
	const exact = kinds.map((k) => (shares[k] / total) * 100);
	const out = exact.map(Math.floor);
	const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
	for (let left = 100 - out.reduce((n, x) => n + x, 0), j = 0; left > 0; left--, j++) out[order[j][1]]++;
	return { verbatim: out[0], adapted: out[1], own: out[2] };
}

/** A stretch of a section as the comparison page shows it: a run of blocks taken verbatim (collapsed), or one block. */
export interface ViewPart {
	verbatimRun: boolean;
	/** Its blocks, each a list of passages (a long paragraph gives several). */
	blocks: AlignedPassage[][];
}

/** A section of the provincial plan as parts: consecutive blocks taken verbatim together, every other block alone. */
export function viewParts(passages: readonly AlignedPassage[]): ViewPart[] {
	const blocks: AlignedPassage[][] = [];
	for (const p of passages) {
		const last = blocks.at(-1);
		if (last && last[0].block === p.block) last.push(p);
		else blocks.push([p]);
	}
	const parts: ViewPart[] = [];
	for (const block of blocks) {
		const verbatim = block.every((p) => p.kind === 'verbatim');
		const last = parts.at(-1);
		if (verbatim && last?.verbatimRun) last.blocks.push(block);
		else parts.push({ verbatimRun: verbatim, blocks: [block] });
	}
	return parts;
}

/**
 * The word diff of an adapted passage against its source, its own number ("1.", "a)") left out
 * of it: a central paragraph numbered differently, or not at all, is not a change of wording.
 * For a piece of a split passage (`part`), the source's words before and after the stretch the
 * piece shares with it are left out (the piece's own words all stay): the rest of the central
 * passage is not a change of this piece.
 */
export function adaptedDiff(source: string, text: string, part = false): { marker: string; diff: WordChange[] } {
	const rest = (t: string) => markerOf(t)?.rest ?? t;
	const mine = rest(text);
	const diff = wordDiff(rest(source), mine);
	if (!part) return { marker: text.slice(0, text.length - mine.length), diff };
	// The source's words outside the stretch both share are not this piece's changes; its own words all stay.
	const same = (c: WordChange) => !c.removed && !c.added;
	const first = diff.findIndex(same);
	const last = diff.findLastIndex(same);
	const trimmed =
		first < 0 ? diff : [...diff.slice(0, first).filter((c) => c.added), ...diff.slice(first, last + 1), ...diff.slice(last + 1).filter((c) => c.added)];
	return { marker: text.slice(0, text.length - mine.length), diff: trimmed };
}

/** The id a comparison page gives a central section the province did not take, from that section's anchor on the central plan's page. */
export const notTakenId = (anchorSlug: string | undefined) => `tw-${anchorSlug ?? 'mo-dau'}`;

export interface SectionUse<T> {
	/** The central section (as the first alignment has it: the passages are the same in all). */
	section: Section<CentralPassage>;
	/** Per status, the plans and, for a taken section, the id of the first passage that takes it on their comparison page. */
	plans: Record<SourceStatus, { plan: T; passageId: string | null }[]>;
}

/**
 * A section with no text of its own (a heading such as "II. THỜI GIAN, NỘI DUNG TUYÊN TRUYỀN"
 * followed at once by "1.") stands for its subsections: their passages are its passages.
 */
function withSubsections(sections: readonly Section<CentralPassage>[], s: number): Section<CentralPassage> {
	const section = sections[s];
	if (section.passages.length > 0 || !section.heading) return section;
	const depth = section.heading.heading;
	const passages: CentralPassage[] = [];
	for (let k = s + 1; k < sections.length && (sections[k].heading?.heading ?? 0) > depth; k++) passages.push(...sectionPassages(sections[k]));
	return { heading: section.heading, passages };
}

/** How the plans implementing one central plan use each of its sections (a section by the passages inside it). */
export function centralSectionUse<T>(uses: readonly { plan: T; alignment: Alignment }[]): SectionUse<T>[] {
	// Every alignment has the same central passages (the same plan's): its sections are the same.
	if (uses.length === 0) return [];
	const per = uses.map((u) => ({ plan: u.plan, sections: sectionsOf(u.alignment.central) }));
	return per[0].sections.map((section, s) => {
		const plans: SectionUse<T>['plans'] = { reused: [], adapted: [], 'not-taken': [] };
		for (const { plan, sections } of per) {
			const mine = withSubsections(sections, s);
			const status = sectionStatus(mine);
			const taken = sectionPassages(mine).flatMap((p) => p.takenBy);
			plans[status].push({ plan, passageId: taken.length ? `doan-${Math.min(...taken)}` : null });
		}
		return { section, plans };
	});
}
