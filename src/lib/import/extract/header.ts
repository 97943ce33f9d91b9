/**
 * The header above "KẾ HOẠCH": the document number ("Số: 705/KH-BCĐNQ", or printed but partly
 * illegible), and the place and date of issue ("Lạng Sơn, ngày 10 tháng 11 năm 2025").
 */
import { findDates } from '../../dates.ts';
import { matchKey } from '../match.ts';
import type { Block } from '../text.ts';
import { normalizeNumber } from './numbers.ts';
import { field, fold, missing, UNCERTAIN_NOTE, type Context, type Field } from './types.ts';

export interface HeaderFields {
	number: Field<string | null>;
	numberIllegible: Field<string | null>;
	issuedAt: Field<string | null>;
	issuedPlace: Field<string | null>;
}

export function extractHeader(ctx: Context): HeaderFields {
	const out: HeaderFields = {
		number: missing(null, 'the document prints no number'),
		numberIllegible: missing(null),
		issuedAt: missing(null, 'the document prints no issue date'),
		issuedPlace: missing(null, 'the document prints no place of issue'),
	};
	for (const h of ctx.doc.header) {
		if (out.number.value === null && out.number.line === null) Object.assign(out, numberOf(h, ctx));
		if (out.issuedAt.value === null) Object.assign(out, placeAndDateOf(h, ctx));
	}
	if (ctx.ocr) for (const w of [out.number, out.issuedAt, out.issuedPlace]) if (w.line === null) w.confidence = 'low';
	return out;
}

/** "Số: 705/KH-BCĐNQ" on a header line (OCR: "S6:", "So."). */
export function numberOf(h: Block, ctx: Context): Partial<HeaderFields> {
	const no = /\bs[o06ố0]\s*[:.]\s*([0-9#?*]+\s*\/\s*[^\s,]+)/i.exec(fold(h.text));
	if (!no) return {};
	const raw = h.text.slice(no.index + no[0].length - no[1].length, no.index + no[0].length);
	if (/^[0-9]+\s*\//.test(raw)) return { number: field(normalizeNumber(raw, ctx.ocr), h.line, ctx.ocr ? 'medium' : 'high') };
	const printed = h.text.slice(no.index, no.index + no[0].length);
	// What can be read, with "…" for the rest: "400##/KH-BCDNQ-CQTT" → "…/KH-BCĐNQ-CQTT".
	const code = normalizeNumber(raw.replace(/\s/g, ''), ctx.ocr).replace(/^[^/]*/, '');
	ctx.errata.push({ field: 'number', note: `Bản OCR đọc số hiệu là "${printed.replace(/"/g, '')}": một phần số hiệu không đọc được.` });
	return {
		number: field(null, h.line, 'low', `the printed number is partly illegible: “${printed}”`),
		numberIllegible: field(`…${code}`, h.line, 'low', 'printed but partly illegible: check against the scan'),
	};
}

/** "<Place>, ngày … tháng … năm …": the place is the last capitalised words before the comma. */
export function placeAndDateOf(h: Block, ctx: Context): Partial<HeaderFields> {
	const when = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*,\s*(?=ng\S{1,3}y\s+\d)/u.exec(h.text);
	const date = findDates(h.text).find((d) => d.iso);
	if (!when || !date?.iso) return {};
	// In a two-column OCR line other header words may precede the place ("…/KH-BCDNQ-CQTT Lang Son, ngay …").
	const placeWords = when[1].trim().split(/\s+/);
	let place = placeWords.join(' ');
	let province: { name: string } | undefined;
	for (let n = placeWords.length; n >= 1 && !province; n--) {
		const tail = placeWords.slice(placeWords.length - n).join(' ');
		province = ctx.corpus.provinces.find((p) => matchKey(p.name) === matchKey(tail));
		if (province) place = tail;
	}
	const { ocr } = ctx;
	return {
		issuedAt: field(date.iso, h.line, ocr ? 'medium' : 'high'),
		issuedPlace: field(
			province && ocr ? province.name : place,
			h.line,
			ocr && !province ? 'low' : ocr ? 'medium' : 'high',
			ocr && !province ? UNCERTAIN_NOTE : undefined,
		),
	};
}
