/**
 * The treaties the text names, by their Vietnamese names, aliases or abbreviations, in the order
 * they first appear. The closing part ("Nơi nhận", "Lưu: VT, CAT") is not read: there an
 * acronym is a recipient (CAT is Công an tỉnh), not a convention.
 */
import type { Plan } from '../../../schemas/plan.ts';
import { matchKey, similarity } from '../match.ts';
import { RECIPIENTS, type Block } from '../text.ts';
import { field, fold, type Context, type Field } from './types.ts';

/** A filing line: "Lưu: VT, CAT", "- Lưu VT, NC." (OCR: "Luu"). */
const FILING = /^(?:[-–•+]\s*)?l\S{1,2}u\s*[:.]?\s+\p{Lu}/iu;

/** The blocks before the closing part, without filing lines. */
export function textBlocks(body: readonly Block[]): Block[] {
	const end = body.findIndex((b) => RECIPIENTS.test(b.text.replace(/^[-–•+*\s]+/, '')));
	return (end < 0 ? body : body.slice(0, end)).filter((b) => !FILING.test(fold(b.text)));
}

export function extractConventions({ doc, corpus, ocr }: Context): Field<Plan['conventions']> {
	const allText = textBlocks(doc.body)
		.map((b) => b.text)
		.join('\n');
	const foldedAll = ' ' + matchKey(allText) + ' ';
	const allWords = foldedAll.trim().split(' ');
	const hits: { id: string; at: number }[] = [];
	for (const c of corpus.conventions) {
		const abbr = new RegExp(`(?<![\\p{L}\\p{N}])${c.abbreviation}(?![\\p{L}\\p{N}])`, 'u').exec(allText);
		let at = abbr ? matchKey(allText.slice(0, abbr.index)).length : -1;
		for (const name of [c.nameVi, ...c.aliases]) {
			let i = foldedAll.indexOf(' ' + matchKey(name) + ' ');
			if (i < 0 && ocr) i = fuzzyIndex(allWords, matchKey(name), 0.8);
			if (i >= 0 && (at < 0 || i < at)) at = i;
		}
		if (at >= 0) hits.push({ id: c.id, at });
	}
	hits.sort((a, b) => a.at - b.at);
	return field(
		hits.map((h) => h.id),
		hits.length ? (doc.body[0]?.line ?? null) : null,
		ocr ? 'medium' : 'high',
	);
}

/** Offset in the joined words where a window of words is at least `min` like `key`, or -1. */
export function fuzzyIndex(words: readonly string[], key: string, min: number): number {
	const n = key.split(' ').length;
	let offset = 1;
	for (let k = 0; k + n <= words.length; k++) {
		if (similarity(words.slice(k, k + n).join(' '), key) >= min) return offset;
		offset += words[k].length + 1;
	}
	return -1;
}
