/**
 * Extraction of the content model's fields from a plan's header, title, body and signature,
 * each with the source line it came from and a confidence. One module per field or group;
 * this composes them in the order their facts depend on each other.
 */
import type { PlanDocument } from '../document.ts';
import { extractConventions } from './conventions.ts';
import { extractHeader } from './header.ts';
import { extractIssuer } from './issuer.ts';
import { extractPeriods } from './periods.ts';
import { extractReferences } from './references.ts';
import { checkScope } from './scope.ts';
import { extractSigner } from './signer.ts';
import { extractSlogans } from './slogans.ts';
import { extractTasks } from './tasks.ts';
import { extractTitle } from './title.ts';
import { newContext, type ExtractOptions, type Extraction } from './types.ts';

export { citedDocuments, lineOf, type Cited } from './cited.ts';
export { documentId, normalizeNumber, numberKey, slugOf } from './numbers.ts';
export { alignToWording } from './slogans.ts';
export { OutOfScope } from './scope.ts';
export { isHeadingText, summaryOf } from './tasks.ts';
export type { Confidence, Erratum, ExtractOptions, Extraction, Field, Proposal } from './types.ts';

/** Every field of a plan; throws OutOfScope for a plan issued at a level the knowledge base does not hold. */
export function extractFields(doc: PlanDocument, options: ExtractOptions): Extraction {
	const ctx = newContext(doc, options);
	const header = extractHeader(ctx);
	const who = extractIssuer(ctx);
	checkScope(ctx.corpus, who.issuer, who.issuerName, /\/KH-([^-\s/]+)/u.exec(header.number.value ?? '')?.[1] ?? null);
	const when = extractTitle(ctx, header.issuedAt);
	const facts = { number: header.number.value, year: when.year.value, province: who.province.value };
	const fields = {
		...when,
		...header,
		...who,
		signer: extractSigner(doc, ctx.ocr),
		...extractReferences(ctx, facts),
		...extractPeriods(ctx, header.issuedAt.value),
		slogans: extractSlogans(ctx, when.year.value, when.anniversary.value),
		conventions: extractConventions(ctx),
		assignments: extractTasks(ctx, who.province.value === null),
	};
	if (ctx.ocr) ctx.warnings.push('OCR text: compare the fields marked [CHECK] with the scan.');
	return {
		fields: {
			title: fields.title,
			number: fields.number,
			numberIllegible: fields.numberIllegible,
			level: fields.level,
			province: fields.province,
			issuer: fields.issuer,
			issuerName: fields.issuerName,
			issuedAt: fields.issuedAt,
			issuedPlace: fields.issuedPlace,
			signer: fields.signer,
			year: fields.year,
			anniversary: fields.anniversary,
			implements: fields.implements,
			references: fields.references,
			campaign: fields.campaign,
			banners: fields.banners,
			reportDeadline: fields.reportDeadline,
			slogans: fields.slogans,
			conventions: fields.conventions,
			assignments: fields.assignments,
		},
		proposals: ctx.proposals,
		errata: ctx.errata,
		warnings: ctx.warnings,
	};
}
