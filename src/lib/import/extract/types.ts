/**
 * What every field extractor shares: a field with the source line it came from and a
 * confidence, the proposals and errata it adds, and the context it reads (the document, the
 * corpus, whether the text is OCR).
 */
import type { Plan } from '../../../schemas/plan.ts';
import { foldForMatch } from '../../search/fold.ts';
import type { RealCorpus } from '../../synthetic.ts';
import type { PlanDocument } from '../document.ts';

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

export type Fields = { [K in keyof Omit<Plan, 'docType' | 'source' | 'errata'>]: Field<Plan[K]> };

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

/** What an extractor reads, and where it adds proposals, errata and warnings. */
export interface Context extends ExtractOptions {
	doc: PlanDocument;
	/** Minimum likeness of folded wordings (lower for OCR). */
	min: number;
	proposals: Proposal[];
	errata: Erratum[];
	warnings: string[];
}

/** Minimum likeness of folded wordings: exact text, and OCR. */
export const MIN = { text: 0.86, ocr: 0.72 };

export const UNCERTAIN_NOTE = 'OCR: check the reading against the scan';

export const field = <T>(value: T, line: number | null, confidence: Confidence, note?: string): Field<T> =>
	note ? { value, line, confidence, note } : { value, line, confidence };
export const missing = <T>(value: T, note?: string): Field<T> => field(value, null, 'high', note);
export const fold = (s: string) => foldForMatch(s);

export function newContext(doc: PlanDocument, { corpus, ocr }: ExtractOptions): Context {
	return { doc, corpus, ocr, min: ocr ? MIN.ocr : MIN.text, proposals: [], errata: [], warnings: [] };
}

/** A proposal once per collection and id, and never for an id the catalogue already has. */
export function propose(ctx: Context, p: Proposal): void {
	if (ctx.proposals.some((q) => q.collection === p.collection && q.entry.id === p.entry.id)) return;
	ctx.proposals.push(p);
}
