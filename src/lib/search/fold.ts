/**
 * Vietnamese text folding for search. Pagefind folds tone and vowel marks itself (NFD, marks
 * dropped) but not đ/Đ, which has no Unicode decomposition; the search page covers đ by
 * searching the query's variants (see query.ts), so the index holds the original text.
 */

/** Each character's folded form, computed once (the search page folds whole pages of text). */
const folded = new Map<string, string>();

/**
 * For matching: lowercase, no tone or vowel marks, đ → d; one character in, one out, for
 * NFC text (precomposed Vietnamese letters are single code units).
 */
export function foldForMatch(text: string): string {
	let out = '';
	for (const ch of text.toLowerCase()) {
		let base = folded.get(ch);
		if (base === undefined) {
			const bare = ch === 'đ' ? 'd' : ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
			base = bare.length === ch.length ? bare : ch;
			folded.set(ch, base);
		}
		out += base;
	}
	return out;
}

/** A query as typed, made comparable: NFC, single spaces, trimmed. */
export function normalizeQuery(raw: string): string {
	return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}
