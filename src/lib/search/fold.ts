/**
 * Vietnamese text folding for search. Pagefind folds tone and vowel marks itself but not
 * đ/Đ (no Unicode decomposition), so the index holds text with đ → d; the positions of the đ
 * it replaced travel with each record so results can show the original text. Every function
 * here keeps string length, so offsets in folded and original text line up.
 */

/** đ → d and Đ → D; nothing else changes. */
export function foldD(text: string): string {
	return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Where `text` has đ (lowercase) or Đ (uppercase), as "12,40,D97": offsets, D marking Đ. */
export function dPositions(text: string): string {
	const out: string[] = [];
	for (let i = 0; i < text.length; i++) {
		if (text[i] === 'đ') out.push(String(i));
		else if (text[i] === 'Đ') out.push(`D${i}`);
	}
	return out.join(',');
}

/** Puts back the đ/Đ recorded by dPositions into the folded text. */
export function restoreD(folded: string, positions: string): string {
	if (!positions) return folded;
	const chars = folded.split('');
	for (const p of positions.split(',')) {
		const upper = p.startsWith('D');
		const i = Number(upper ? p.slice(1) : p);
		if (i < chars.length) chars[i] = upper ? 'Đ' : 'đ';
	}
	return chars.join('');
}

/**
 * For matching: lowercase, no tone or vowel marks, đ → d; one character in, one out, for
 * NFC text (precomposed Vietnamese letters are single code units).
 */
export function foldForMatch(text: string): string {
	let out = '';
	for (const ch of text.toLowerCase()) {
		const base = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
		out += base.length === ch.length ? base : ch;
	}
	return out;
}

/** A query as Pagefind should see it: NFC, single spaces, đ folded. */
export function prepareQuery(raw: string): string {
	return foldD(raw.normalize('NFC').replace(/\s+/g, ' ').trim());
}
