/**
 * How much of a text a draft's body keeps, word by word and in order, and whether every word it
 * lost or changed sits inside an <Uncertain> mark.
 */
import { diffArrays } from 'diff';

interface Token {
	word: string;
	uncertain: boolean;
}

const words = (text: string) =>
	text
		.normalize('NFC')
		.split(/\s+/)
		.map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
		.filter(Boolean);

/** The words of an MDX body; those inside <Uncertain> are flagged. */
export function bodyTokens(body: string): Token[] {
	const out: Token[] = [];
	let at = 0;
	for (const m of body.matchAll(/<Uncertain ocr=(?:"[^"]*"|'[^']*')>(.*?)<\/Uncertain>/g)) {
		out.push(...words(body.slice(at, m.index).replace(/\\(.)/g, '$1')).map((word) => ({ word, uncertain: false })));
		out.push(...words(m[1].replace(/\\(.)/g, '$1')).map((word) => ({ word, uncertain: true })));
		// A mark that holds only punctuation still marks the place of a lost word.
		if (!words(m[1]).length) out.push({ word: '', uncertain: true });
		at = m.index + m[0].length;
	}
	out.push(...words(body.slice(at).replace(/\\(.)/g, '$1')).map((word) => ({ word, uncertain: false })));
	return out.filter((t) => t.word !== '---');
}

export interface WordReport {
	expected: number;
	kept: number;
	share: number;
	/** Expected words lost or changed without an <Uncertain> mark next to them. */
	unmarked: string[];
}

export function compareWords(expectedText: string, body: string): WordReport {
	const expected = words(expectedText);
	const got = bodyTokens(body);
	const parts = diffArrays(
		expected,
		got.map((t) => t.word),
	);
	let kept = 0;
	let g = 0;
	const unmarked: string[] = [];
	for (let k = 0; k < parts.length; k++) {
		const p = parts[k];
		if (!p.added && !p.removed) {
			kept += p.count ?? p.value.length;
			g += p.value.length;
		} else if (p.added) g += p.value.length;
		else {
			// Lost or changed words: the body must show an uncertain reading right there.
			const near = [parts[k - 1], parts[k + 1]].find((q) => q?.added);
			let start = g;
			if (near === parts[k - 1]) start = g - near.value.length;
			const replaced = near ? got.slice(start, start + near.value.length) : [];
			const marked = replaced.length > 0 && replaced.some((t) => t.uncertain);
			const neighbours = [got[start - 1], got[start + replaced.length]];
			if (!marked && !neighbours.some((t) => t?.uncertain)) unmarked.push(...p.value);
		}
	}
	return { expected: expected.length, kept, share: kept / Math.max(1, expected.length), unmarked };
}
