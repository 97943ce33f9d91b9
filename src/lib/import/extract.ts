/**
 * Extraction of the content model's fields from a plan's header, title, body and signature,
 * each with the source line it came from and a confidence. Matching to the catalogue (plans,
 * cited documents, slogans, conventions, agency kinds, provinces) goes through folded words,
 * so case, marks, quotes and dashes do not matter, and OCR noise is tolerated where flagged.
 */
import type { Plan } from '../../schemas/plan.ts';
import { FIRST_HUMAN_RIGHTS_DAY } from '../../schemas/plan.ts';
import { foldForMatch } from '../search/fold.ts';
import type { RealCorpus } from '../synthetic.ts';
import { findDates, findPeriod } from '../dates.ts';
import type { PlanDocument } from './document.ts';
import { bestMatch, matchKey, prefixMatch, similarity, wordsOf, type Candidate } from './match.ts';
import { withCaseOf, type RestoredBlock } from './restore.ts';
import { diffArrays } from 'diff';
import { isCapitals, markerOf, type Block } from './text.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Field<T> {
	value: T;
	/** Source line it came from, or null when it was not found. */
	line: number | null;
	confidence: Confidence;
	/** What the editor should check. */
	note?: string;
}

export interface Proposal {
	collection: 'slogans' | 'agencies' | 'documents';
	entry: Record<string, unknown>;
	line: number;
	reason: string;
}

export interface Erratum {
	field?: string;
	note: string;
}

type Fields = { [K in keyof Omit<Plan, 'docType' | 'source' | 'errata'>]: Field<Plan[K]> };

export interface Extraction {
	fields: Fields;
	proposals: Proposal[];
	errata: Erratum[];
	warnings: string[];
}

export interface ExtractOptions {
	corpus: RealCorpus;
	/** True for OCR text: fuzzy matching, and uncertain readings are flagged. */
	ocr: boolean;
}

/** Minimum likeness of folded wordings: exact text, and OCR. */
const MIN = { text: 0.86, ocr: 0.72 };

const RANKS = [
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

/** Known parts of document numbers, as OCR without marks reads them. */
const NUMBER_CODES: Record<string, string> = { BCDNQ: 'BCĐNQ', QD: 'QĐ', ND: 'NĐ', BCD: 'BCĐ', HDND: 'HĐND' };

const NUMBER = /(\d{1,5})\s*\/\s*((?:\d{4}\/)?[A-ZĐ][A-ZĐa-z0-9]*(?:(?:-|\s(?=[A-ZĐ]{2,}\b))[A-ZĐ][A-ZĐa-z0-9]*)*)/gu;

const f = <T>(value: T, line: number | null, confidence: Confidence, note?: string): Field<T> =>
	note ? { value, line, confidence, note } : { value, line, confidence };
const missing = <T>(value: T, note?: string): Field<T> => f(value, null, 'high', note);
const fold = (s: string) => foldForMatch(s);

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

interface Cited {
	number: string;
	docType: string | null;
	date: string | null;
	issuerName: string | null;
	title: string | null;
	line: number;
	index: number;
}

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
		const typeWords: Record<string, string> = {
			'ke hoach': 'Kế hoạch',
			'quyet dinh': 'Quyết định',
			'nghi quyet': 'Nghị quyết',
			'nghi dinh': 'Nghị định',
			'chi thi': 'Chỉ thị',
			'thong tu': 'Thông tư',
			'cong van': 'Công văn',
			'chuong trinh': 'Chương trình',
		};
		out.push({
			number: normalizeNumber(m[0], ocr),
			docType: type ? typeWords[type[1]] : null,
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

export function extractFields(doc: PlanDocument, { corpus, ocr }: ExtractOptions): Extraction {
	const min = ocr ? MIN.ocr : MIN.text;
	const proposals: Proposal[] = [];
	const errata: Erratum[] = [];
	const warnings: string[] = [];
	const body = doc.body;
	const opening = body[0] ?? null;
	const uncertainNote = 'OCR: check the reading against the scan';

	// --- Header: number, place and date -------------------------------------------------
	let numberIllegible: Field<string | null> = missing(null);
	let number: Field<string | null> = missing(null, 'the document prints no number');
	let issuedAt: Field<string | null> = missing(null, 'the document prints no issue date');
	let issuedPlace: Field<string | null> = missing(null, 'the document prints no place of issue');
	for (const h of doc.header) {
		const folded = fold(h.text);
		const no = /\bs[o06ố0]\s*[:.]\s*([0-9#?*]+\s*\/\s*[^\s,]+)/i.exec(folded);
		if (no && number.value === null && number.line === null) {
			const raw = h.text.slice(no.index + no[0].length - no[1].length, no.index + no[0].length);
			if (/^[0-9]+\s*\//.test(raw)) number = f(normalizeNumber(raw, ocr), h.line, ocr ? 'medium' : 'high');
			else {
				const printed = h.text.slice(no.index, no.index + no[0].length);
				number = f(null, h.line, 'low', `the printed number is partly illegible: “${printed}”`);
				// What can be read, with "…" for the rest: "400##/KH-BCDNQ-CQTT" → "…/KH-BCĐNQ-CQTT".
				const code = normalizeNumber(raw.replace(/\s/g, ''), ocr).replace(/^[^/]*/, '');
				numberIllegible = f(`…${code}`, h.line, 'low', 'printed but partly illegible: check against the scan');
				errata.push({ field: 'number', note: `Bản OCR đọc số hiệu là "${printed.replace(/"/g, '')}": một phần số hiệu không đọc được.` });
			}
		}
		const when = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*,\s*(?=ng\S{1,3}y\s+\d)/u.exec(h.text);
		const date = findDates(h.text).find((d) => d.iso);
		if (when && date?.iso && issuedAt.value === null) {
			issuedAt = f(date.iso, h.line, ocr ? 'medium' : 'high');
			// The place is the last capitalised words before the comma; in a two-column OCR line
			// other header words may precede it ("…/KH-BCDNQ-CQTT Lang Son, ngay …").
			const placeWords = when[1].trim().split(/\s+/);
			let place = placeWords.join(' ');
			let province = undefined as (typeof corpus.provinces)[number] | undefined;
			for (let n = placeWords.length; n >= 1 && !province; n--) {
				const tail = placeWords.slice(placeWords.length - n).join(' ');
				province = corpus.provinces.find((p) => matchKey(p.name) === matchKey(tail));
				if (province) place = tail;
			}
			issuedPlace = f(
				province && ocr ? province.name : place,
				h.line,
				ocr && !province ? 'low' : ocr ? 'medium' : 'high',
				ocr && !province ? uncertainNote : undefined,
			);
		}
	}

	// --- Title, year and anniversary ----------------------------------------------------
	const title: Field<string> = doc.title
		? f(doc.title.text, doc.title.line, ocr ? 'low' : 'high', ocr ? uncertainNote : undefined)
		: missing('', 'no title found');
	let year: Field<number> = missing(0, 'the year cannot be found');
	let anniversary: Field<number> = missing(0);
	const titleText = doc.title?.text ?? '';
	const span =
		/10\s*\/\s*12\s*\/\s*1948\s*[-–—]\s*10\s*\/\s*12\s*\/\s*(\d{4})/.exec(titleText) ??
		(opening && /10\s*\/\s*12\s*\/\s*1948\s*[-–—]\s*10\s*\/\s*12\s*\/\s*(\d{4})/.exec(opening.text));
	const printed = /ni\S{1,2}m\s+(\d{1,3})\s+n\S{1,2}m/.exec(fold(titleText));
	if (span) year = f(Number(span[1]), doc.title?.line ?? opening.line, 'high');
	else if (printed) year = f(FIRST_HUMAN_RIGHTS_DAY + Number(printed[1]), doc.title!.line, 'medium', 'year taken from the anniversary number');
	else if (issuedAt.value) year = f(Number(issuedAt.value.slice(0, 4)), issuedAt.line, 'low', 'year taken from the issue date');
	if (year.value) {
		anniversary = f(year.value - FIRST_HUMAN_RIGHTS_DAY, year.line, year.confidence);
		if (printed && Number(printed[1]) !== anniversary.value) {
			errata.push({
				field: 'title',
				note: `Trích yếu in "kỷ niệm ${printed[1]} năm"; ${year.value} là năm kỷ niệm thứ ${anniversary.value}. Ghi theo bản in.`,
			});
		}
	}

	// --- Province and level -------------------------------------------------------------
	const provinceCandidates: Candidate<string>[] = corpus.provinces.map((p) => ({ key: matchKey(p.name), item: p.id }));
	let province: Field<string | null> = missing(null);
	const places: Block[] = [...doc.header, ...(doc.title ? [doc.title] : []), ...(opening ? [opening] : [])];
	search: for (const b of places) {
		const words = wordsOf(b.text);
		for (let k = 0; k < words.length; k++) {
			const unit = words[k].key === 'tinh' ? 1 : words[k].key === 'thanh' && words[k + 1]?.key === 'pho' ? 2 : 0;
			if (!unit) continue;
			const m = prefixMatch(words.slice(k + unit), provinceCandidates, ocr ? 0.8 : 1);
			if (m) {
				province = f(m.item, lineOf(b, words[k].start), m.score === 1 ? 'high' : 'medium');
				break search;
			}
		}
	}

	if (province.value === null) {
		// Not in the header, title or opening: the province the body names most often.
		const counts = new Map<string, { n: number; line: number }>();
		for (const b of body) {
			const words = wordsOf(b.text);
			words.forEach((w, k) => {
				if (w.key !== 'tinh') return;
				const m = prefixMatch(words.slice(k + 1), provinceCandidates, 1);
				if (m) counts.set(m.item, { n: (counts.get(m.item)?.n ?? 0) + 1, line: counts.get(m.item)?.line ?? lineOf(b, w.start) });
			});
		}
		const top = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
		if (top) province = f(top[0], top[1].line, 'medium', 'province named in the text, not in the header or title');
	}

	// --- Issuer ---------------------------------------------------------------------------
	const central = province.value === null;
	const levelOk = (level: string) => (central ? level === 'trung-uong' : level !== 'trung-uong');
	/** Agency names, those of the plan's own level first (an exact tie goes to the first). */
	const agencyCandidates = (): Candidate<string>[] =>
		[...corpus.agencies.filter((a) => levelOk(a.level)), ...corpus.agencies.filter((a) => !levelOk(a.level))].flatMap((a) =>
			[a.name, ...a.aliases].map((name) => ({ key: matchKey(name), item: a.id })),
		);
	let issuerName: Field<string> = missing('', 'no issuing body found in the opening paragraph');
	let issuer: Field<string> = missing('', 'the issuing body matches no agency kind');
	if (opening) {
		const folded = fold(opening.text);
		const verb = /\s(ban hanh|xay dung|to chuc|trien khai)\s+(?:k\S hoach|ke hoach)/.exec(folded);
		if (verb) {
			const start = Math.max(folded.lastIndexOf(',', verb.index), folded.lastIndexOf('.', verb.index)) + 1;
			const name = opening.text.slice(start, verb.index).trim();
			if (name) {
				issuerName = f(name, lineOf(opening, start), ocr ? 'low' : 'high', ocr ? uncertainNote : undefined);
				const m = prefixMatch(wordsOf(name), agencyCandidates(), min);
				if (m) issuer = f(m.item, issuerName.line, m.score === 1 ? 'high' : 'medium');
			}
		}
	}
	const level: Field<Plan['level']> = province.value
		? f('tinh', province.line, province.confidence)
		: issuer.value && corpus.agencies.find((a) => a.id === issuer.value)?.level === 'trung-uong'
			? f('trung-uong', issuer.line, issuer.confidence)
			: f('tinh', null, 'low', 'no province found');

	// --- Implemented plan and cited documents --------------------------------------------
	const planNumber = number.value ? numberKey(number.value) : null;
	const resolve = (c: Cited): { id: string; date: string | null; label: string } | null => {
		const key = numberKey(c.number);
		const citedYear = c.date ? Number(c.date.slice(0, 4)) : year.value;
		const plans = corpus.plans.filter((p) => p.data.number && numberKey(p.data.number) === key);
		const plan = plans.find((p) => p.data.year === citedYear || p.data.year === year.value) ?? plans[0];
		if (plan) return { id: plan.id, date: plan.data.issuedAt, label: `Kế hoạch ${plan.data.number}` };
		const docs = corpus.documents.filter((d) => numberKey(d.number) === key);
		const doc =
			docs.find((d) => c.date && d.issuedAt === c.date) ?? docs.find((d) => d.province === province.value) ?? (docs.length === 1 ? docs[0] : undefined);
		return doc ? { id: doc.id, date: doc.issuedAt, label: `${doc.docType} ${doc.number}` } : null;
	};
	const propose = (c: Cited): string => {
		const provincial = /UBND|HĐND|TU\b/.test(c.number);
		const id = documentId(c.number, c.date ? Number(c.date.slice(0, 4)) : year.value || null, provincial ? province.value : null);
		if (!proposals.some((p) => p.collection === 'documents' && p.entry.id === id)) {
			const byName = c.issuerName ? prefixMatch(wordsOf(c.issuerName), agencyCandidates(), min) : null;
			const guess = /BCĐNQ/.test(c.number) ? 'bcd-nhan-quyen-chinh-phu' : /TTg/.test(c.number) ? 'thu-tuong-chinh-phu' : 'ubnd-tinh';
			proposals.push({
				collection: 'documents',
				line: c.line,
				reason: `cited document ${c.number} is not in documents.yaml${byName ? '' : '; check its issuer'}`,
				entry: {
					id,
					number: c.number,
					docType: c.docType ?? 'Văn bản',
					issuer: byName?.item ?? guess,
					issuerName: c.issuerName ?? (guess === 'ubnd-tinh' ? 'UBND tỉnh' : corpus.agencies.find((a) => a.id === guess)!.name),
					province: provincial ? province.value : null,
					issuedAt: c.date,
					title: c.title,
					note: `Dẫn theo Kế hoạch ${year.value || ''} của ${province.value ? `tỉnh ${corpus.provinces.find((p) => p.id === province.value)?.name}` : 'Trung ương'} (nhập tự động; cần rà soát).`.replace(
						/\s+/g,
						' ',
					),
				},
			});
		}
		return id;
	};

	let implementsField: Field<string | null> = missing(null, 'cites no plan it implements');
	const cited = body.flatMap((b) => citedDocuments(b, ocr));
	const first = opening
		? cited.find((c) => c.line <= (opening.lines.at(-1)?.line ?? opening.line) && /^thuc hien|^th\S{1,2}c hi/.test(fold(opening.text).toLowerCase()))
		: undefined;
	if (first) {
		const found = resolve(first);
		const id = found?.id ?? propose(first);
		implementsField = f(id, first.line, found ? 'high' : 'medium', found ? undefined : 'proposed as a new cited document');
		if (found?.date && first.date && found.date !== first.date) {
			const d = (iso: string) => iso.split('-').reverse().join('/');
			errata.push({
				field: 'implements',
				note: `Kế hoạch dẫn số ${first.number} với ngày ${d(first.date)}; bản gốc ${found.label} ghi ngày ${d(found.date)}.`,
			});
		}
	}
	const references: string[] = [];
	let referencesLine: number | null = null;
	for (const c of cited) {
		if (c === first || numberKey(c.number) === planNumber) continue;
		const found = resolve(c);
		const id = found?.id ?? propose(c);
		if (id !== implementsField.value && !references.includes(id)) {
			references.push(id);
			referencesLine ??= c.line;
		}
	}

	// --- Periods and deadline ---------------------------------------------------------------
	let campaign: Field<Plan['campaign']> = missing(null, 'the document states no campaign period');
	let banners: Field<Plan['banners']> = missing(null, 'the document states no banner period');
	let reportDeadline: Field<string | null> = missing(null, 'the document states no report deadline');
	const periodFrom = (p: NonNullable<ReturnType<typeof findPeriod>>, what: string, field: string) => {
		if (!p.fromIssue) return p.from;
		if (issuedAt.value) return issuedAt.value;
		errata.push({ field, note: `${what} ghi “từ ngày Kế hoạch được ban hành”; văn bản không ghi ngày ban hành nên ngày bắt đầu để trống.` });
		return null;
	};
	for (const b of body) {
		const folded = fold(b.text).toLowerCase();
		const c = folded.search(/th\S{1,2}i gian tuy\S{1,2}n truy\S{1,2}n/);
		if (c >= 0 && campaign.line === null) {
			const p = findPeriod(b.text.slice(c));
			if (p) campaign = f({ from: periodFrom(p, 'Thời gian tuyên truyền', 'campaign'), to: p.to }, lineOf(b, c + p.index), ocr ? 'medium' : 'high');
		}
		const t = folded.search(/treo bang [rz]on|treo b\S{1,3}ng r\S{1,2}n/);
		if (t >= 0 && banners.line === null) {
			const p = findPeriod(b.text.slice(t));
			if (p) banners = f({ from: periodFrom(p, 'Thời gian treo băng rôn, biểu ngữ', 'banners'), to: p.to }, lineOf(b, t + p.index), ocr ? 'medium' : 'high');
		}
		if (reportDeadline.line === null && /bao cao/.test(folded)) {
			for (const d of findDates(b.text)) {
				if (d.iso && /(?:truoc|cham nhat(?: den)?)(?: ngay)?[\s*]*$/.test(folded.slice(Math.max(0, d.index - 30), d.index))) {
					reportDeadline = f(d.iso, lineOf(b, d.index), ocr ? 'medium' : 'high');
					break;
				}
			}
		}
	}
	if (banners.line === null) {
		// Often stated only with the slogans: "Khẩu hiệu tuyên truyền … từ ngày … đến hết ngày …".
		for (const b of body) {
			if (!/khau hieu|bieu ngu/.test(fold(b.text).toLowerCase())) continue;
			const p = findPeriod(b.text);
			if (p) {
				banners = f({ from: periodFrom(p, 'Thời gian treo khẩu hiệu', 'banners'), to: p.to }, lineOf(b, p.index), 'medium');
				break;
			}
		}
	}

	// --- Slogans ----------------------------------------------------------------------------
	const sloganKey = (text: string) => matchKey(text).replace(/\d+/g, '#');
	const sloganCandidates: Candidate<{ id: string; wording: string }>[] = [
		...corpus.slogans.map((s) => {
			const wording = s.text.replace('{n}', String(anniversary.value)).replace('{yyyy}', String(year.value));
			return { key: sloganKey(wording), item: { id: s.id, wording } };
		}),
		...corpus.plans.flatMap((p) => p.data.slogans.map((s) => ({ key: sloganKey(s.text), item: { id: s.slogan, wording: s.text } }))),
	];
	const slogans: Plan['slogans'] = [];
	let slogansLine: number | null = null;
	let sloganConfidence: Confidence = 'high';
	const sloganNotes: string[] = [];
	const ordinal = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
	for (let k = 0; k < body.length; k++) {
		const lead = fold(body[k].text).toLowerCase();
		const introduces = /(khau hieu|bang [rz]on|bieu ngu)/.test(lead) && (/:\s*$/.test(body[k].text) || /^\S+\s+khau hieu/.test(lead));
		if (!introduces) continue;
		for (let n = k + 1; n < body.length; n++) {
			const item = body[n];
			const marker = markerOf(item.text);
			if (!marker || !['letter', 'paren', 'dash', 'plus'].includes(marker.kind)) break;
			let text = sloganText(marker.rest);
			if (!text || text.length > 220) break;
			const m = bestMatch(sloganKey(text), sloganCandidates, ocr ? 0.7 : 0.8);
			slogansLine ??= item.line;
			let id: string;
			if (m) {
				id = m.item.id;
				if (m.score < 1) sloganConfidence = sloganConfidence === 'low' ? 'low' : 'medium';
				if (ocr) {
					// OCR misreadings of a catalogued slogan are read as the catalogue words them;
					// printed numbers stay as printed. Each replaced reading is an erratum.
					const raw = 'raw' in item ? sloganText(markerOf(String(item.raw))?.rest ?? String(item.raw)) : text;
					const aligned = alignToWording(raw, m.item.wording);
					if (aligned.replaced.length) {
						errata.push({
							field: `slogans[${slogans.length}]`,
							note: `Khẩu hiệu thứ ${ordinal[slogans.length] ?? slogans.length + 1}: bản OCR đọc ${aligned.replaced.map((r) => `"${r.ocr}"`).join(', ')}; đọc là ${aligned.replaced.map((r) => `"${r.reading}"`).join(', ')} theo khẩu hiệu trong danh mục (không chắc chắn).`,
						});
					}
					text = aligned.text;
				}
			} else {
				id = slugOf(text);
				sloganConfidence = 'low';
				if (!proposals.some((p) => p.collection === 'slogans' && p.entry.id === id) && !corpus.slogans.some((s) => s.id === id)) {
					proposals.push({ collection: 'slogans', line: item.line, reason: 'slogan not in slogans.yaml', entry: { id, text, note: null } });
				}
			}
			if (slogans.some((s) => s.slogan === id)) continue;
			const count = /ni\S{1,2}m\s+(\d{1,3})\s+n\S{1,2}m/.exec(fold(text));
			if (count && anniversary.value && Number(count[1]) !== anniversary.value) {
				errata.push({
					field: `slogans[${slogans.length}]`,
					note: `Khẩu hiệu thứ ${ordinal[slogans.length] ?? slogans.length + 1} in "kỷ niệm ${count[1]} năm"; đúng phải là ${anniversary.value} năm (1948 → ${year.value}). Ghi theo bản in.`,
				});
				sloganNotes.push(`slogan ${slogans.length + 1} prints anniversary ${count[1]}`);
			}
			slogans.push({ slogan: id, text });
		}
		if (slogans.length) break;
	}

	// --- Conventions -----------------------------------------------------------------------
	const allText = body.map((b) => b.text).join('\n');
	const foldedAll = ' ' + matchKey(allText) + ' ';
	const allWords = foldedAll.trim().split(' ');
	const conventionHits: { id: string; at: number; line: number }[] = [];
	for (const c of corpus.conventions) {
		const abbr = new RegExp(`(?<![\\p{L}\\p{N}])${c.abbreviation}(?![\\p{L}\\p{N}])`, 'u').exec(allText);
		let at = abbr ? matchKey(allText.slice(0, abbr.index)).length : -1;
		for (const name of [c.nameVi, ...c.aliases]) {
			let i = foldedAll.indexOf(' ' + matchKey(name) + ' ');
			if (i < 0 && ocr) i = fuzzyIndex(allWords, matchKey(name), 0.8);
			if (i >= 0 && (at < 0 || i < at)) at = i;
		}
		if (at >= 0) conventionHits.push({ id: c.id, at, line: 0 });
	}
	conventionHits.sort((a, b) => a.at - b.at);
	const conventions = f(
		conventionHits.map((h) => h.id),
		conventionHits.length ? (body[0]?.line ?? null) : null,
		ocr ? 'medium' : 'high',
	);

	// --- Assignments ------------------------------------------------------------------------
	const assignments: Plan['assignments'] = [];
	let assignmentsLine: number | null = null;
	let assignmentConfidence: Confidence = 'high';
	const taskAgencies = agencyCandidates();
	let inTasks = false;
	let taskDepth: string | null = null;
	const add = (agency: string, name: string, summary: string, line: number, score: number) => {
		if (assignments.some((a) => a.agency === agency)) return;
		assignments.push({ agency, name, summary: summaryOf(summary) || name });
		assignmentsLine ??= line;
		if (score < 1) assignmentConfidence = 'medium';
	};
	for (let k = 0; k < body.length; k++) {
		const b = body[k];
		const marker = markerOf(b.text);
		const folded = fold(b.text).toLowerCase();
		if (marker?.kind === 'roman') {
			inTasks = /phan cong nhiem vu|to chuc thuc hien|nhiem vu cu the/.test(folded.replace(/[^a-z ]/g, ''));
			taskDepth = null;
			continue;
		}
		if (/^n\S{1,2}i nh\S{1,2}n/.test(folded)) break;
		if (!inTasks || !marker || marker.kind === 'dash' || marker.kind === 'plus' || marker.kind === 'paren') continue;
		const lead = /^(?:de nghi|giao)\s+/.exec(fold(marker.rest).toLowerCase());
		const rest = marker.rest.slice(lead ? lead[0].length : 0);
		const offset = b.text.length - rest.length;
		const words = wordsOf(rest);
		const m = prefixMatch(words, taskAgencies, min);
		const heading = isHeadingText(b.text);
		if (m && (heading || /^[\s:,(|–-]/.test(rest.slice(words[m.words - 1].end)) || /^\s+\p{Ll}/u.test(rest.slice(words[m.words - 1].end)))) {
			const nameEnd = words[m.words - 1].end;
			const name = ocr ? aliasText(m.key, m.item) : rest.slice(0, nameEnd).trim();
			const after = rest
				.slice(nameEnd)
				.replace(/^\s*[:|]\s*/, '')
				.trim();
			const summary = heading ? (body[k + 1] ? (markerOf(body[k + 1].text)?.rest ?? body[k + 1].text) : '') : after;
			add(m.item, name, summary, lineOf(b, offset), m.score);
			taskDepth ??= marker.kind;
			continue;
		}
		if (heading && !m && taskDepth === marker.kind && words.length <= 12) {
			// A numbered task heading naming a body the catalogue does not know.
			const name = rest.replace(/[:.]\s*$/, '').trim();
			const id = slugOf(name, 8);
			if (!proposals.some((p) => p.collection === 'agencies' && p.entry.id === id) && !corpus.agencies.some((a) => a.id === id)) {
				proposals.push({
					collection: 'agencies',
					line: b.line,
					reason: 'tasked body not in agencies.yaml',
					entry: { id, name, level: central ? 'trung-uong' : 'tinh', aliases: [], counterpart: null, predecessors: [], until: null, note: null },
				});
			}
			add(id, name, body[k + 1] ? (markerOf(body[k + 1].text)?.rest ?? body[k + 1].text) : name, b.line, 0.5);
			assignmentConfidence = 'low';
			continue;
		}
		// "Căn cứ Kế hoạch này, … và Ủy ban nhân dân các huyện… triển khai": bodies named as the
		// subject of a numbered paragraph, except members of a body and bodies in brackets.
		const subject = subjectOf(b.text.slice(b.text.length - marker.rest.length));
		if (!subject) continue;
		const sw = wordsOf(subject.text);
		for (let s = 0; s < sw.length; s++) {
			const hit = prefixMatch(sw.slice(s), taskAgencies, 1);
			if (!hit) continue;
			const before = fold(subject.text.slice(0, sw[s].start)).toLowerCase();
			const bracketed = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
			if (!/thanh vien\s*$/.test(before) && !bracketed) {
				add(hit.item, subject.text.slice(sw[s].start, sw[s + hit.words - 1].end), b.text.slice(b.text.length - marker.rest.length), b.line, 1);
			}
			s += hit.words - 1;
		}
	}

	// --- Signer -------------------------------------------------------------------------------
	const signer = signerOf(doc, ocr);
	if (signer.value === null) signer.note = 'no signature block found';

	for (const w of [number, issuedAt, issuedPlace]) if (w.line === null && ocr) w.confidence = 'low';
	if (ocr) warnings.push('OCR text: compare the fields marked [CHECK] with the scan.');

	return {
		fields: {
			title,
			number,
			numberIllegible,
			level,
			province,
			issuer,
			issuerName,
			issuedAt,
			issuedPlace,
			signer,
			year,
			anniversary,
			implements: implementsField,
			references: f(references, referencesLine, ocr ? 'medium' : 'high'),
			campaign,
			banners,
			reportDeadline,
			slogans: f(
				slogans,
				slogansLine,
				slogans.length ? sloganConfidence : 'high',
				sloganNotes.join('; ') || (slogans.length ? undefined : 'no slogan list found'),
			),
			conventions,
			assignments: f(
				assignments,
				assignmentsLine,
				assignments.length ? assignmentConfidence : 'low',
				assignments.length ? undefined : 'no tasked bodies found',
			),
		},
		proposals,
		errata,
		warnings,
	};

	function aliasText(key: string, id: string): string {
		const a = corpus.agencies.find((x) => x.id === id)!;
		return [a.name, ...a.aliases].find((n) => matchKey(n) === key) ?? a.name;
	}
}

/**
 * A slogan as OCR read it, word by word against its catalogued wording: the same folded word
 * takes the catalogue's spelling; a misread word (same position, different folded word) takes
 * the catalogue's word and is listed in `replaced`; numbers stay as printed.
 */
export function alignToWording(printed: string, wording: string): { text: string; replaced: { ocr: string; reading: string }[] } {
	const p = wordsOf(printed);
	const w = wordsOf(wording);
	const edits: { start: number; end: number; reading: string; vouched?: boolean }[] = [];
	let i = 0;
	let j = 0;
	const parts = diffArrays(
		p.map((x) => x.key),
		w.map((x) => x.key),
	);
	for (let k = 0; k < parts.length; k++) {
		const part = parts[k];
		const n = part.count ?? part.value.length;
		const next = parts[k + 1];
		if (!part.removed && !part.added) {
			// The same folded words: the catalogue's spelling (OCR lost or garbled the marks).
			for (let q = 0; q < n; q++) {
				const raw = printed.slice(p[i + q].start, p[i + q].end);
				const reading = withCaseOf(raw, wording.slice(w[j + q].start, w[j + q].end));
				if (reading !== raw && !/^\d+$/.test(raw)) edits.push({ start: p[i + q].start, end: p[i + q].end, reading, vouched: true });
			}
			i += n;
			j += n;
		} else if (next && (part.removed ? next.added : next.removed) && (next.count ?? next.value.length) === n) {
			// A misread word: as many printed as catalogued words (the diff lists either first).
			for (let q = 0; q < n; q++) {
				const raw = printed.slice(p[i + q].start, p[i + q].end);
				if (/^\d+$/.test(raw)) continue;
				edits.push({ start: p[i + q].start, end: p[i + q].end, reading: withCaseOf(raw, wording.slice(w[j + q].start, w[j + q].end)) });
			}
			i += n;
			j += n;
			k++;
		} else if (part.removed) i += n;
		else j += n;
	}
	let text = printed;
	for (const e of [...edits].reverse()) text = text.slice(0, e.start) + e.reading + text.slice(e.end);
	return { text, replaced: edits.filter((e) => !e.vouched).map((e) => ({ ocr: printed.slice(e.start, e.end), reading: e.reading })) };
}

/** A slogan as a plan lists it, without its quotes, emphasis and closing ";" or "." ("!" stays). */
const sloganText = (text: string) =>
	text
		.replace(/^[*\s“”"‘’']+|[*\s“”"‘’']+$/g, '')
		.replace(/[*“”"]/g, '')
		.replace(/\s*[;.,]+$/, '')
		.replace(/!\s*[;.,]+$/, '!')
		.trim();

/** Offset in the joined words where a window of words is at least `min` like `key`, or -1. */
function fuzzyIndex(words: readonly string[], key: string, min: number): number {
	const n = key.split(' ').length;
	let offset = 1;
	for (let k = 0; k + n <= words.length; k++) {
		if (similarity(words.slice(k, k + n).join(' '), key) >= min) return offset;
		offset += words[k].length + 1;
	}
	return -1;
}

/** A heading of the document's own structure: a short numbered line that does not end a sentence. */
export function isHeadingText(text: string): boolean {
	const marker = markerOf(text);
	if (!marker || marker.kind === 'dash' || marker.kind === 'plus') return false;
	const t = text.replace(/\s*[|]$/, '').trim();
	// "1. Thời gian tuyên truyền: từ … đến …" is a numbered paragraph, not a heading.
	return t.length <= 140 && !/[.;:,!?]["”’*]*$/.test(t) && !/:\s+\S/.test(t);
}

/** The subject of a task paragraph: the words before its first verb, after "Căn cứ Kế hoạch này,". */
function subjectOf(text: string): { text: string } | null {
	const lead = /^Căn cứ [^,]*,\s*/iu.exec(text);
	const rest = lead ? text.slice(lead[0].length) : text;
	// Lower case only: "Chỉ đạo" in "Ban Chỉ đạo" is part of a name, "chỉ đạo" is the verb.
	const verb = /\s(?:căn cứ|triển khai|theo dõi|có trách nhiệm|chủ trì|phối hợp|chỉ đạo|tổ chức|thực hiện)(?=\s)/u.exec(rest);
	return verb ? { text: rest.slice(0, verb.index) } : null;
}

/** A task's summary: its first clause, at most about 200 characters, "…" when cut. */
export function summaryOf(text: string): string {
	const clean = text.replace(/[*]/g, '').replace(/\s+/g, ' ').trim();
	const clause = /^(.{20,}?)(?:;|\.(?:\s|$))/.exec(clean);
	let s = clause ? clause[1] : clean;
	let cut = s.length < clean.replace(/[.;]$/, '').length;
	if (s.length > 200) {
		s = s.slice(0, s.lastIndexOf(' ', 200)).replace(/[,;:]$/, '');
		cut = true;
	}
	return cut ? `${s.trim()} …` : s.replace(/[.;]$/, '').trim() + (/[.]$/.test(s) ? '' : '');
}

/** The signature block at the end: position lines in capitals, then the rank and name. */
function signerOf(doc: PlanDocument, ocr: boolean): Field<Plan['signer']> {
	const lines = doc.body.flatMap((b) => (b.lines.length === 1 ? [{ text: b.text, line: b.line }] : b.lines.map((l) => l)));
	const last = lines.at(-1);
	if (!last || markerOf(last.text) || isCapitals(last.text)) return missing(null);
	// A name is not restored from the corpus's spellings: OCR keeps the characters it read.
	const lastBlock = doc.body.at(-1)!;
	const nameLine =
		ocr && 'segments' in lastBlock && lastBlock.lines.length === 1 ? (lastBlock as RestoredBlock).segments.map((s) => s.ocr ?? s.text).join('') : last.text;
	const nameWords = nameLine.replace(/[.,]$/, '').split(/\s+/);
	let rank: string | null = null;
	for (const r of RANKS) {
		const n = r.split(' ').length;
		if (similarity(matchKey(nameWords.slice(0, n).join(' ')), matchKey(r)) >= (ocr ? 0.75 : 1)) {
			rank = r;
			nameWords.splice(0, n);
			break;
		}
	}
	if (nameWords.length < 2 || nameWords.length > 6 || !nameWords.every((w) => /^\p{Lu}/u.test(w))) return missing(null);
	const name = nameWords.join(' ');
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
	return f(
		{ name, rank, position: positions.join(', ') },
		last.line,
		ocr ? 'low' : 'high',
		ocr ? 'OCR: check the signer’s name and position against the scan' : undefined,
	);
}
