/** Document numbers ("705/KH-BCĐNQ"), their comparable keys, and ids made from numbers and wordings. */
import { matchKey } from '../match.ts';
import { fold } from './types.ts';

/** Known parts of document numbers, as OCR without marks reads them. */
const NUMBER_CODES: Record<string, string> = { BCDNQ: 'BCĐNQ', QD: 'QĐ', ND: 'NĐ', BCD: 'BCĐ', HDND: 'HĐND' };

/** A document number as printed: "705/KH-BCĐNQ", "1079/QĐ-TTg", "05/2025/NĐ-CP". */
export const NUMBER = /(\d{1,5})\s*\/\s*((?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9]*(?:(?:-|\s(?=[A-ZĐ]{2,}\b))[A-ZĐ][A-ZĐa-z0-9]*)*)/gu;

/** "705 /KH-BCĐNQ" → "705/KH-BCĐNQ"; OCR "BCDNQ" → "BCĐNQ". */
export function normalizeNumber(raw: string, ocr: boolean): string {
	const [n, ...code] = raw.replace(/\s*\/\s*/g, '/').split('/');
	const fixed = code.map((part) =>
		part
			.split(/([- ])/)
			.map((p) => (ocr && NUMBER_CODES[p] ? NUMBER_CODES[p] : p))
			.join(''),
	);
	return [n, ...fixed].join('/');
}

/** A number reduced for comparison: "260/KH UBND" and "260/KH-UBND" are the same. */
export const numberKey = (number: string) => fold(number).replace(/[^a-z0-9]/g, '');

/** An id from a document number and year: "05/KH-BCĐNQ", 2024 → "05-kh-bcdnq-2024". */
export const documentId = (number: string, year: number | null, province: string | null) =>
	[
		fold(number)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, ''),
		year,
		province,
	]
		.filter(Boolean)
		.join('-');

/** An id from a wording: its first folded words. */
export const slugOf = (text: string, words = 9) => matchKey(text).split(' ').slice(0, words).join('-');
