/**
 * Restoring Vietnamese diacritics to OCR text that lost them. What the corpus can vouch for is
 * taken as is: runs of words that match, folded, the plan this one implements (provincial plans
 * reuse much of its text) or a catalogue wording (slogans, agencies, provinces, conventions).
 * Every other word whose reading changes is a guess from the corpus's most frequent spelling of
 * that folded word, and stays marked as uncertain with the OCR characters it came from.
 */
import { distance } from 'fastest-levenshtein';
import { wordsOf, type Word } from './match.ts';
import { markerOf, type Block } from './text.ts';

/** A run of restored text; `ocr` is set when the reading is uncertain. */
export interface Segment {
	text: string;
	ocr?: string;
}

export interface RestoredBlock extends Block {
	segments: Segment[];
	/** The block as OCR read it. */
	raw: string;
}

export interface RestoreStats {
	words: number;
	/** Words whose accented form the corpus vouches for (aligned runs, catalogue wordings). */
	vouched: number;
	/** Words changed by a guess, or spelled more than one way in the corpus: marked uncertain. */
	guessed: number;
	/** Words left as the OCR read them. */
	kept: number;
}

export interface References {
	/** Texts in document order that this text may reuse (the implemented plan's text). */
	sequence: string[];
	/** Fixed wordings that may occur anywhere (slogans, names). */
	phrases: string[];
	/** Other text of the corpus, for the spelling guesses. */
	vocabulary: string[];
}

/** Runs shorter than this are not trusted as reuse: a lone common word proves nothing. */
const MIN_RUN = 4;

const gram = (words: readonly { key: string }[], at: number) =>
	words
		.slice(at, at + MIN_RUN)
		.map((w) => w.key)
		.join(' ');

/** Plain words of an MDX body: JSX tags of uncertain readings removed, their reading kept. */
export const plainBody = (body: string) => body.replace(/<Uncertain ocr="[^"]*">([^<]*)<\/Uncertain>/g, '$1');

/**
 * Spellings of folded words as the corpus writes them, with the words around them: the
 * guess for a folded word is the spelling seen most often between the same neighbours, else
 * the most frequent one; an unknown folded word takes the spellings of the nearest known
 * word (one edit away, as OCR misreads a letter: "ngudi" → "nguoi").
 */
export class Speller {
	private readonly forms = new Map<string, Map<string, number>>();
	private readonly context = new Map<string, number>();
	private readonly byLength = new Map<number, string[]>();

	constructor(texts: readonly string[]) {
		for (const text of texts) {
			const words = wordsOf(text);
			words.forEach((w, k) => {
				const form = text.slice(w.start, w.end).toLowerCase();
				if (!/^\p{L}+$/u.test(form)) return;
				let forms = this.forms.get(w.key);
				if (!forms) this.forms.set(w.key, (forms = new Map<string, number>()));
				forms.set(form, (forms.get(form) ?? 0) + 1);
				for (const key of [`<${words[k - 1]?.key}|${form}`, `>${words[k + 1]?.key}|${form}`]) this.context.set(key, (this.context.get(key) ?? 0) + 1);
			});
		}
		for (const key of this.forms.keys()) this.byLength.set(key.length, [...(this.byLength.get(key.length) ?? []), key]);
	}

	guess(key: string, before?: string, after?: string): string | undefined {
		const forms = this.forms.get(key) ?? this.forms.get(this.nearest(key) ?? '');
		if (!forms) return undefined;
		let best: string | undefined;
		let bestScore = -1;
		for (const [form, count] of forms) {
			const score = count + 10 * ((this.context.get(`<${before}|${form}`) ?? 0) + (this.context.get(`>${after}|${form}`) ?? 0));
			if (score > bestScore || (score === bestScore && form < best!)) [best, bestScore] = [form, score];
		}
		return best;
	}

	/** True when the corpus spells the folded word in more than one way. */
	ambiguous(key: string): boolean {
		return (this.forms.get(key)?.size ?? 0) > 1;
	}

	/** The most used known key one edit away from an unknown key of 4 letters or more. */
	private nearest(key: string): string | undefined {
		if (key.length < 4 || /\d/.test(key)) return undefined;
		let best: string | undefined;
		let bestCount = 0;
		for (const len of [key.length - 1, key.length, key.length + 1]) {
			for (const other of this.byLength.get(len) ?? []) {
				if (other[0] !== key[0] || distance(key, other) !== 1) continue;
				const count = [...this.forms.get(other)!.values()].reduce((a, b) => a + b, 0);
				if (count > bestCount) [best, bestCount] = [other, count];
			}
		}
		return best;
	}
}

/** The spelling `form` written in the letter case of the OCR reading `ocr`. */
export function withCaseOf(ocr: string, form: string): string {
	const letters = ocr.replace(/[^\p{L}]/gu, '');
	const capitals = [...letters].filter((c) => c !== c.toLowerCase()).length;
	if (letters.length > 1 && capitals / letters.length >= 0.75) return form.toUpperCase();
	if (/^\p{Lu}/u.test(letters)) return form[0].toUpperCase() + form.slice(1).toLowerCase();
	return form.toLowerCase();
}

interface DocWord extends Word {
	block: number;
	raw: string;
	/** The restored form, and whether the corpus vouches for it. */
	form?: string;
	vouched?: boolean;
	uncertain?: boolean;
}

export function restoreBlocks(blocks: readonly Block[], refs: References): { blocks: RestoredBlock[]; stats: RestoreStats } {
	// The document's own numbering ("o)", "d)") is not a word to restore.
	const words: DocWord[] = blocks.flatMap((b, block) => {
		const marker = markerOf(b.text);
		const skip = marker ? b.text.length - marker.rest.length : 0;
		return wordsOf(b.text)
			.filter((w) => w.start >= skip)
			.map((w) => ({ ...w, block, raw: b.text.slice(w.start, w.end) }));
	});

	// 1. Runs of MIN_RUN words or more that match, folded, the text this plan reuses.
	const ref = refs.sequence.flatMap((t) => wordsOf(t).map((w) => ({ key: w.key, form: t.slice(w.start, w.end) })));
	const grams = new Map<string, number>();
	for (let k = ref.length - MIN_RUN; k >= 0; k--) grams.set(gram(ref, k), k);
	for (let k = 0; k + MIN_RUN <= words.length; k++) {
		const at = grams.get(gram(words, k));
		if (at === undefined) continue;
		for (let n = 0; n < MIN_RUN; n++) if (!words[k + n].vouched) vouch(words[k + n], ref[at + n].form);
	}

	// 2. Catalogue wordings wherever they occur (two words or more).
	const byFirst = new Map<string, number[]>();
	words.forEach((w, k) => byFirst.set(w.key, [...(byFirst.get(w.key) ?? []), k]));
	for (const phrase of refs.phrases) {
		const pw = wordsOf(phrase);
		if (pw.length < 2) continue;
		for (const at of byFirst.get(pw[0].key) ?? []) {
			if (at + pw.length > words.length) continue;
			if (pw.every((p, k) => words[at + k].key === p.key && !words[at + k].vouched)) {
				pw.forEach((p, k) => vouch(words[at + k], phrase.slice(p.start, p.end)));
			}
		}
	}

	// 3. Guesses for the rest, from the corpus's spellings in the same context.
	const speller = new Speller([...refs.sequence, ...refs.phrases, ...refs.vocabulary]);
	const stats: RestoreStats = { words: words.length, vouched: 0, guessed: 0, kept: 0 };
	words.forEach((w, k) => {
		if (w.vouched) {
			stats.vouched++;
			return;
		}
		const letters = /^\p{L}+$/u.test(w.raw);
		const guess = letters ? speller.guess(w.key, words[k - 1]?.key, words[k + 1]?.key) : undefined;
		const form = guess ? withCaseOf(w.raw, guess) : w.raw;
		// A reading the corpus spells in more than one way ("ban": ban, bản, bạn) is uncertain
		// even when the guess leaves it as read.
		if (form !== w.raw || (letters && speller.ambiguous(w.key))) {
			w.form = form;
			w.uncertain = true;
			stats.guessed++;
		} else stats.kept++;
	});

	return {
		blocks: blocks.map((b, k) => ({
			...b,
			raw: b.text,
			...segmentsOf(
				b,
				words.filter((w) => w.block === k),
			),
		})),
		stats,
	};

	function vouch(w: DocWord, form: string) {
		w.form = /^\p{L}+$/u.test(w.raw) ? withCaseOf(w.raw, form) : w.raw;
		w.vouched = true;
	}
}

/** A block's restored text and its segments: uncertain words next to each other form one segment. */
function segmentsOf(block: Block, words: DocWord[]): { text: string; segments: Segment[] } {
	const segments: Segment[] = [];
	const push = (s: Segment) => {
		const last = segments.at(-1);
		if (last && !last.ocr && !s.ocr) last.text += s.text;
		else if (s.text) segments.push(s);
	};
	let at = 0;
	for (let k = 0; k < words.length; k++) {
		const w = words[k];
		push({ text: block.text.slice(at, w.start) });
		const uncertain = w.uncertain === true;
		if (!uncertain) {
			push({ text: w.form ?? w.raw });
			at = w.end;
			continue;
		}
		// Extend over following uncertain words separated only by spaces.
		let end = k;
		while (end + 1 < words.length) {
			const next = words[end + 1];
			const gap = block.text.slice(words[end].end, next.start);
			if (!/^ +$/.test(gap) || !next.uncertain) break;
			end++;
		}
		const run = words.slice(k, end + 1);
		segments.push({
			ocr: block.text.slice(w.start, run.at(-1)!.end),
			text: run.map((r, n) => (n ? block.text.slice(run[n - 1].end, r.start) : '') + r.form).join(''),
		});
		at = run.at(-1)!.end;
		k = end;
	}
	push({ text: block.text.slice(at) });
	return { text: segments.map((s) => s.text).join(''), segments };
}
