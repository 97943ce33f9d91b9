/**
 * The preamble's citations: the plan it implements (cited in an opening "Thực hiện …") and every
 * other document cited, resolved against the plans and documents of the catalogue, or proposed
 * as new cited documents.
 */
import { agencyWords, prefixMatch } from '../match.ts';
import { agencyCandidates } from './agencies.ts';
import { citedDocuments, type Cited } from './cited.ts';
import { documentId, numberKey } from './numbers.ts';
import { field, fold, missing, propose, type Context, type Field } from './types.ts';

export interface ReferenceFields {
	implements: Field<string | null>;
	references: Field<string[]>;
}

/** What the references depend on: the plan's own number, year and province. */
export interface PlanFacts {
	number: string | null;
	year: number;
	province: string | null;
}

export function extractReferences(ctx: Context, facts: PlanFacts): ReferenceFields {
	const { doc, ocr } = ctx;
	const opening = doc.body[0];
	const cited = doc.body.flatMap((b) => citedDocuments(b, ocr));
	const first = opening
		? cited.find((c) => c.line <= (opening.lines.at(-1)?.line ?? opening.line) && /^thuc hien|^th\S{1,2}c hi/.test(fold(opening.text).toLowerCase()))
		: undefined;
	let implementsField: Field<string | null> = missing(null, 'cites no plan it implements');
	if (first) {
		const found = resolveCited(ctx, facts, first);
		const id = found?.id ?? proposeCited(ctx, facts, first);
		implementsField = field(id, first.line, found ? 'high' : 'medium', found ? undefined : 'proposed as a new cited document');
		if (found?.date && first.date && found.date !== first.date) {
			const d = (iso: string) => iso.split('-').reverse().join('/');
			ctx.errata.push({
				field: 'implements',
				note: `Kế hoạch dẫn số ${first.number} với ngày ${d(first.date)}; bản gốc ${found.label} ghi ngày ${d(found.date)}.`,
			});
		}
	}
	const own = facts.number ? numberKey(facts.number) : null;
	const references: string[] = [];
	let line: number | null = null;
	for (const c of cited) {
		if (c === first || numberKey(c.number) === own) continue;
		const id = resolveCited(ctx, facts, c)?.id ?? proposeCited(ctx, facts, c);
		if (id !== implementsField.value && !references.includes(id)) {
			references.push(id);
			line ??= c.line;
		}
	}
	return { implements: implementsField, references: field(references, line, ocr ? 'medium' : 'high') };
}

/** A cited number as a catalogued plan (same year first) or document (same date, then same province). */
export function resolveCited({ corpus }: Context, facts: PlanFacts, c: Cited): { id: string; date: string | null; label: string } | null {
	const key = numberKey(c.number);
	const citedYear = c.date ? Number(c.date.slice(0, 4)) : facts.year;
	const plans = corpus.plans.filter((p) => p.data.number && numberKey(p.data.number) === key);
	const plan = plans.find((p) => p.data.year === citedYear || p.data.year === facts.year) ?? plans[0];
	if (plan) return { id: plan.id, date: plan.data.issuedAt, label: `Kế hoạch ${plan.data.number}` };
	const docs = corpus.documents.filter((d) => numberKey(d.number) === key);
	const doc = docs.find((d) => c.date && d.issuedAt === c.date) ?? docs.find((d) => d.province === facts.province) ?? (docs.length === 1 ? docs[0] : undefined);
	return doc ? { id: doc.id, date: doc.issuedAt, label: `${doc.docType} ${doc.number}` } : null;
}

/** A new cited-document entry for a number the catalogue does not know; its id. */
function proposeCited(ctx: Context, facts: PlanFacts, c: Cited): string {
	const { corpus } = ctx;
	const provincial = /UBND|HĐND|TU\b/.test(c.number);
	const id = documentId(c.number, c.date ? Number(c.date.slice(0, 4)) : facts.year || null, provincial ? facts.province : null);
	const byName = c.issuerName ? prefixMatch(agencyWords(c.issuerName), agencyCandidates(corpus, facts.province === null), ctx.min) : null;
	const guess = /BCĐNQ/.test(c.number) ? 'bcd-nhan-quyen-chinh-phu' : /TTg/.test(c.number) ? 'thu-tuong-chinh-phu' : 'ubnd-tinh';
	const where = facts.province ? `tỉnh ${corpus.provinces.find((p) => p.id === facts.province)?.name}` : 'Trung ương';
	propose(ctx, {
		collection: 'documents',
		line: c.line,
		reason: `cited document ${c.number} is not in documents.yaml${byName ? '' : '; check its issuer'}`,
		entry: {
			id,
			number: c.number,
			docType: c.docType ?? 'Văn bản',
			issuer: byName?.item ?? guess,
			issuerName: c.issuerName ?? (guess === 'ubnd-tinh' ? 'UBND tỉnh' : corpus.agencies.find((a) => a.id === guess)!.name),
			province: provincial ? facts.province : null,
			issuedAt: c.date,
			title: c.title,
			note: `Dẫn theo Kế hoạch ${facts.year || ''} của ${where} (nhập tự động; cần rà soát).`.replace(/\s+/g, ' '),
		},
	});
	return id;
}
