/** The signature block at the end: position lines in capitals, then the rank and name. */
import type { Plan } from '../../../schemas/plan.ts';
import { foldForMatch } from '../../search/fold.ts';
import type { PlanDocument } from '../document.ts';
import { matchKey, similarity } from '../match.ts';
import type { RestoredBlock } from '../restore.ts';
import { isCapitals, markerOf } from '../text.ts';
import { field, missing, type Field } from './types.ts';

export const RANKS = [
	'Đại tướng',
	'Thượng tướng',
	'Trung tướng',
	'Thiếu tướng',
	'Đại tá',
	'Thượng tá',
	'Trung tá',
	'Thiếu tá',
	'Đại úy',
	'Thượng úy',
	'Trung úy',
	'Thiếu úy',
];

export function extractSigner(doc: PlanDocument, ocr: boolean): Field<Plan['signer']> {
	const found = signerOf(doc, ocr);
	if (found.value === null) found.note = 'no signature block found';
	return found;
}

/** "Thiếu tướng Nguyễn Văn A" → rank and name; null when the line is not a name. */
export function nameOf(line: string, ocr: boolean): { name: string; rank: string | null } | null {
	const words = line.replace(/[.,]$/, '').split(/\s+/);
	let rank: string | null = null;
	for (const r of RANKS) {
		const n = r.split(' ').length;
		if (similarity(matchKey(words.slice(0, n).join(' ')), matchKey(r)) >= (ocr ? 0.75 : 1)) {
			rank = r;
			words.splice(0, n);
			break;
		}
	}
	if (words.length < 2 || words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
	return { name: words.join(' '), rank };
}

function signerOf(doc: PlanDocument, ocr: boolean): Field<Plan['signer']> {
	const lines = doc.body.flatMap((b) => (b.lines.length === 1 ? [{ text: b.text, line: b.line }] : b.lines.map((l) => l)));
	const last = lines.at(-1);
	if (!last || markerOf(last.text) || isCapitals(last.text)) return missing(null);
	// A name is not restored from the corpus's spellings: OCR keeps the characters it read.
	const lastBlock = doc.body.at(-1)!;
	const nameLine =
		ocr && 'segments' in lastBlock && lastBlock.lines.length === 1 ? (lastBlock as RestoredBlock).segments.map((s) => s.ocr ?? s.text).join('') : last.text;
	const person = nameOf(nameLine, ocr);
	if (!person) return missing(null);
	const positions: string[] = [];
	for (let k = lines.length - 2; k >= 0; k--) {
		const t = lines[k].text;
		const received = /^(n\S{1,2}i nh\S{0,2}n)\s*:?\s*(.*)$/iu.exec(foldForMatch(t));
		if (received) {
			const tail = t.slice(t.length - received[2].length).trim();
			if (tail && isCapitals(tail)) positions.unshift(tail);
			break;
		}
		if (markerOf(t) || !isCapitals(t)) {
			if (positions.length && !markerOf(t)) break;
			continue;
		}
		positions.unshift(t.replace(/[,;]\s*$/, '').trim());
	}
	if (!positions.length) return missing(null);
	return field(
		{ ...person, position: positions.join(', ') },
		last.line,
		ocr ? 'low' : 'high',
		ocr ? 'OCR: check the signer’s name and position against the scan' : undefined,
	);
}
