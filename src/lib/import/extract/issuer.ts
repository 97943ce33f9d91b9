/**
 * Who issues the plan and for where: the province (named in the header, title or opening, else
 * the one the body names most), the issuing body as the opening paragraph names it ("…, Ban Chỉ
 * đạo Nhân quyền tỉnh ban hành Kế hoạch …") matched to an agency kind, and the level.
 */
import type { Plan } from '../../../schemas/plan.ts';
import { agencyWords, prefixMatch, wordsOf, type Candidate } from '../match.ts';
import type { Block } from '../text.ts';
import { agencyCandidates } from './agencies.ts';
import { otherLevelOf } from './scope.ts';
import { lineOf } from './cited.ts';
import { field, fold, missing, UNCERTAIN_NOTE, type Context, type Field } from './types.ts';

export interface IssuerFields {
	province: Field<string | null>;
	issuer: Field<string>;
	issuerName: Field<string>;
	level: Field<Plan['level']>;
}

export function extractIssuer(ctx: Context): IssuerFields {
	const province = provinceOf(ctx);
	const central = province.value === null;
	const { issuer, issuerName } = issuingBody(ctx, agencyCandidates(ctx.corpus, central));
	const level: Field<Plan['level']> = province.value
		? field('tinh', province.line, province.confidence)
		: issuer.value && ctx.corpus.agencies.find((a) => a.id === issuer.value)?.level === 'trung-uong'
			? field('trung-uong', issuer.line, issuer.confidence)
			: field('tinh', null, 'low', 'no province found');
	return { province, issuer, issuerName, level };
}

/** "tỉnh Lạng Sơn", "thành phố Hải Phòng" in the header, title or opening; else the body's most named province. */
export function provinceOf({ doc, corpus, ocr }: Context): Field<string | null> {
	const candidates: Candidate<string>[] = corpus.provinces.map((p) => ({
		key: wordsOf(p.name)
			.map((w) => w.key)
			.join(' '),
		item: p.id,
	}));
	const opening = doc.body[0];
	const places: Block[] = [...doc.header, ...(doc.title ? [doc.title] : []), ...(opening ? [opening] : [])];
	for (const b of places) {
		const words = wordsOf(b.text);
		for (let k = 0; k < words.length; k++) {
			const unit = words[k].key === 'tinh' ? 1 : words[k].key === 'thanh' && words[k + 1]?.key === 'pho' ? 2 : 0;
			if (!unit) continue;
			const m = prefixMatch(words.slice(k + unit), candidates, ocr ? 0.8 : 1);
			if (m) return field(m.item, lineOf(b, words[k].start), m.score === 1 ? 'high' : 'medium');
		}
	}
	const counts = new Map<string, { n: number; line: number }>();
	for (const b of doc.body) {
		const words = wordsOf(b.text);
		words.forEach((w, k) => {
			if (w.key !== 'tinh') return;
			const m = prefixMatch(words.slice(k + 1), candidates, 1);
			if (m) counts.set(m.item, { n: (counts.get(m.item)?.n ?? 0) + 1, line: counts.get(m.item)?.line ?? lineOf(b, w.start) });
		});
	}
	const top = [...counts].sort((a, b) => b[1].n - a[1].n)[0];
	return top ? field(top[0], top[1].line, 'medium', 'province named in the text, not in the header or title') : missing(null);
}

/**
 * The words before "ban hành / xây dựng / tổ chức / triển khai Kế hoạch" in the opening
 * paragraph, from the last comma — or from an earlier one when the name itself holds a comma
 * ("…, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch"): the longest clause that starts with
 * a known body's name running past the comma, or with a level's word (Sở, Bộ, Ủy ban nhân dân).
 */
export function issuerNameIn(text: string, candidates: Candidate<string>[] = []): { name: string; start: number } | null {
	const folded = fold(text);
	const verb = /\s(ban hanh|xay dung|to chuc|trien khai)\s+(?:k\S hoach|ke hoach)/.exec(folded);
	if (!verb) return null;
	const bounds = [...folded.slice(0, verb.index).matchAll(/[,.]/g)].map((m) => m.index + 1).slice(-4);
	const clause = (b: number) => ({ name: text.slice(b, verb.index).trim(), start: b + (text.slice(b).length - text.slice(b).trimStart().length) });
	for (const b of bounds.slice(0, -1)) {
		const c = clause(b);
		if (/\b(?:cua|ngay|ve)\b/.test(fold(c.name).toLowerCase()) || wordsOf(c.name).length > 14) continue;
		const words = agencyWords(c.name);
		const m = prefixMatch(words, candidates, 1);
		const comma = c.name.search(/[,.]/);
		if ((m && words[m.words - 1].end > comma) || (!m && otherLevelOf(c.name))) return c;
	}
	const last = clause(bounds.at(-1) ?? 0);
	return last.name ? last : null;
}

function issuingBody(ctx: Context, candidates: Candidate<string>[]): Pick<IssuerFields, 'issuer' | 'issuerName'> {
	const { doc, ocr, min } = ctx;
	const opening = doc.body[0];
	const found = opening ? issuerNameIn(opening.text, candidates) : null;
	if (opening && found) {
		const issuerName = field(found.name, lineOf(opening, found.start), ocr ? 'low' : 'high', ocr ? UNCERTAIN_NOTE : undefined);
		const m = prefixMatch(agencyWords(found.name), candidates, min);
		if (m) return { issuerName, issuer: field(m.item, issuerName.line, m.score === 1 ? 'high' : 'medium') };
	}
	const header = headerIssuer(ctx, candidates);
	if (header) return header;
	ctx.warnings.push(
		'Issuer not found: neither the opening paragraph nor the header names a known issuing body; fill in issuer and issuerName from the document.',
	);
	return {
		issuerName:
			found && opening
				? field(found.name, lineOf(opening, found.start), 'low', UNCERTAIN_NOTE)
				: missing('', 'no issuing body found in the opening paragraph or the header'),
		issuer: missing('', 'the issuing body matches no agency kind'),
	};
}

/**
 * The issuing body from the header when the opening does not name it (or OCR garbled it): the
 * lowest header line that starts with a known body's name (the issuer is printed under its
 * parent, "UBND TỈNH …" above "BAN CHỈ ĐẠO …"). Low confidence: the editor checks it.
 */
export function headerIssuer({ doc, min }: Context, candidates: Candidate<string>[]): Pick<IssuerFields, 'issuer' | 'issuerName'> | null {
	for (const h of [...doc.header].reverse()) {
		const words = agencyWords(h.text);
		const m = words.length ? prefixMatch(words, candidates, min) : null;
		if (!m) continue;
		const name = h.text.slice(0, words[m.words - 1].end).trim();
		const note = 'taken from the header: the opening paragraph does not name the issuer legibly; check it';
		return { issuerName: field(name, h.line, 'low', note), issuer: field(m.item, h.line, 'low', note) };
	}
	return null;
}
