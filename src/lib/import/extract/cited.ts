/** Documents a text cites, and the source line of a place in a block joined from lines. */
import { findDates } from '../../dates.ts';
import type { Block } from '../text.ts';
import { normalizeNumber, NUMBER } from './numbers.ts';
import { fold } from './types.ts';

export interface Cited {
	number: string;
	docType: string | null;
	date: string | null;
	issuerName: string | null;
	title: string | null;
	line: number;
	index: number;
}

const TYPE_WORDS: Record<string, string> = {
	'ke hoach': 'Kế hoạch',
	'quyet dinh': 'Quyết định',
	'nghi quyet': 'Nghị quyết',
	'nghi dinh': 'Nghị định',
	'chi thi': 'Chỉ thị',
	'thong tu': 'Thông tư',
	'cong van': 'Công văn',
	'chuong trinh': 'Chương trình',
};

/** Documents cited in a text: "Kế hoạch số 705/KH-BCĐNQ ngày 01/11/2025 của … về …". */
export function citedDocuments(block: Block, ocr: boolean): Cited[] {
	const out: Cited[] = [];
	const folded = fold(block.text);
	for (const m of block.text.matchAll(NUMBER)) {
		const before = folded.slice(Math.max(0, m.index - 30), m.index);
		const type = /(ke hoach|quyet dinh|nghi quyet|nghi dinh|chi thi|thong tu|cong van|chuong trinh)(?: so)?[\s,]*$/.exec(
			before.replace(/k\S hoach/g, 'ke hoach').replace(/\bs[o06]\b/g, 'so'),
		);
		if (!type && !/^\d+\/[A-ZĐ]/.test(m[0].replace(/\s/g, ''))) continue;
		const after = block.text.slice(m.index + m[0].length);
		const date = findDates(after.slice(0, 40)).find((d) => d.iso && d.index < 20);
		const rest = after.slice(date ? date.end : 0);
		const issuer = /^\s*của\s+(.+?)(?=\s+về\s|,|\s\(|\.|$)/u.exec(rest);
		const about = /^\s*(?:của\s+.+?\s+)?(về\s+.+?)(?=[,;.](?:\s|$)|$)/u.exec(rest);
		out.push({
			number: normalizeNumber(m[0], ocr),
			docType: type ? TYPE_WORDS[type[1]] : null,
			date: date?.iso ?? null,
			issuerName: issuer ? issuer[1].trim() : null,
			title: about ? about[1].trim() : null,
			line: lineOf(block, m.index),
			index: m.index,
		});
	}
	return out;
}

/** The source line of a character offset in a block joined from lines. */
export function lineOf(block: Block, index: number): number {
	let at = 0;
	for (const l of block.lines) {
		if (index < at + l.text.length + 1) return l.line;
		at += l.text.length + 1;
	}
	return block.lines.at(-1)?.line ?? block.line;
}
