/**
 * The import pipeline on extracted text: blocks → (restored diacritics when they were lost) →
 * fields → frontmatter and Markdown body. Pure: reading files and writing the draft are the
 * command's job (src/cli/import.ts).
 */
import type { Plan } from '../../schemas/plan.ts';
import type { RealCorpus } from '../synthetic.ts';
import { buildBody } from './body.ts';
import { splitDocument, type PlanDocument } from './document.ts';
import { citedDocuments, extractFields, numberKey, type Erratum, type Extraction } from './extract.ts';
import { plainBody, restoreBlocks, type RestoredBlock, type RestoreStats } from './restore.ts';
import { contentLines, markedWordShare, RECIPIENTS, type Block, type Line } from './text.ts';
import { markUncertain } from './uncertain.ts';

/** Below this share of words with Vietnamese marks, the text has lost its diacritics. */
export const MARKED_SHARE_MIN = 0.5;

export interface ImportInput {
	/** The extracted text (the source of record). */
	text: string;
	/** How it was extracted: from a text layer, or by OCR. */
	kind: 'text' | 'ocr';
	/** Path of the source text the draft will cite, e.g. content/sources/2025-lang-son.txt. */
	sourceFile: string;
	corpus: RealCorpus;
	/** The lines as a structured reader rendered them (tables whole, OCR uncertainty); else read from `text`. */
	lines?: Line[];
	/** Reasons the reader found the document possibly incomplete (e.g. a page ends mid-sentence). */
	incomplete?: string[];
}

export interface ImportResult {
	/** Plan id: `<year>-<province id or trung-uong>`. */
	id: string;
	data: Plan;
	body: string;
	extraction: Extraction;
	/** Set when diacritics were restored. */
	restoration: (RestoreStats & { markedShare: number }) | null;
	/** Personal phone numbers replaced by the redaction marker. */
	phonesRemoved: number;
	/** Why the document may be incomplete (no signature, no "Nơi nhận", a page ending mid-sentence); empty when whole. */
	incomplete: string[];
}

export function importText({ text, kind, sourceFile, corpus, lines: given, incomplete: readerIncomplete = [] }: ImportInput): ImportResult {
	const lines = given ?? contentLines(text);
	const raw = splitDocument(lines);
	const markedShare = markedWordShare(text);
	const lostMarks = markedShare < MARKED_SHARE_MIN;
	const ocr = kind === 'ocr' || lostMarks;

	let doc: PlanDocument = raw;
	let restoration: ImportResult['restoration'] = null;
	let bodyBlocks: (Block | RestoredBlock)[] = raw.body.map(markUncertain);
	if (lostMarks) {
		const restored = restoreDocument(raw, corpus);
		doc = restored.doc;
		bodyBlocks = restored.doc.body;
		restoration = { ...restored.stats, markedShare };
	}

	const extraction = extractFields(doc, { corpus, ocr });
	if (lostMarks) {
		extraction.warnings.unshift(
			`The text has lost its Vietnamese diacritics (only ${Math.round(markedShare * 100)} % of words carry a mark): they were restored, and uncertain readings are marked <Uncertain>.`,
		);
	}
	const built = buildBody(bodyBlocks);
	if (built.phonesRemoved) {
		extraction.warnings.push(`${built.phonesRemoved} personal phone number(s) replaced by the redaction marker in the text.`);
		extraction.errata.push({ note: 'Văn bản in số điện thoại di động cá nhân; số điện thoại đã được lược bỏ.' });
	}

	const incomplete = [...readerIncomplete];
	if (!raw.body.some((b) => RECIPIENTS.test(b.text))) incomplete.push('no “Nơi nhận” (recipients) found');
	if (extraction.fields.signer.value === null) incomplete.push('no signature found');

	const x = extraction.fields;
	const jurisdiction = x.province.value ?? 'trung-uong';
	const data: Plan = {
		title: x.title.value,
		docType: 'ke-hoach',
		number: x.number.value,
		numberIllegible: x.numberIllegible.value,
		// The header's issuer lines are left for the editor to transcribe from the document.
		issuerLines: null,
		level: x.level.value,
		province: x.province.value,
		issuer: x.issuer.value,
		issuerName: x.issuerName.value,
		issuedAt: x.issuedAt.value,
		issuedPlace: x.issuedPlace.value,
		signer: x.signer.value,
		year: x.year.value,
		anniversary: x.anniversary.value,
		implements: x.implements.value,
		references: x.references.value,
		campaign: x.campaign.value,
		banners: x.banners.value,
		reportDeadline: x.reportDeadline.value,
		slogans: x.slogans.value,
		conventions: x.conventions.value,
		assignments: x.assignments.value,
		source: { file: sourceFile, kind: ocr ? 'ocr' : 'text', restored: lostMarks },
		errata: dedupe(extraction.errata).map((e) => ({ ...e, kind: 'ghi-chu' as const })),
	};
	return { id: `${data.year}-${jurisdiction}`, data, body: built.markdown, extraction, restoration, phonesRemoved: built.phonesRemoved, incomplete };
}

const dedupe = (errata: Erratum[]) => errata.filter((e, i) => errata.findIndex((o) => o.note === e.note) === i);

/**
 * Restores diacritics using what the corpus vouches for: the implemented plan's text (found
 * by the number cited in the opening paragraph) and the catalogue's wordings.
 */
function restoreDocument(doc: PlanDocument, corpus: RealCorpus): { doc: PlanDocument; stats: RestoreStats } {
	const opening = doc.body[0];
	const cited = opening ? citedDocuments(opening, true)[0] : undefined;
	const implemented = cited ? corpus.plans.find((p) => p.data.number && numberKey(p.data.number) === numberKey(cited.number)) : undefined;
	const sequence = implemented ? [implemented.data.title, plainBody(implemented.body)] : [];
	const phrases = [
		...corpus.slogans.map((s) => s.text),
		...corpus.plans.flatMap((p) => p.data.slogans.map((s) => s.text)),
		...corpus.agencies.flatMap((a) => [a.name, ...a.aliases]),
		...corpus.provinces.map((p) => `tỉnh ${p.name}`),
		...corpus.conventions.flatMap((c) => [c.nameVi, ...c.aliases]),
		...corpus.plans.map((p) => p.data.title),
	];
	const vocabulary = corpus.plans.filter((p) => !p.data.source.restored || p !== implemented).map((p) => plainBody(p.body));
	const all: Block[] = [...doc.header, ...(doc.title ? [doc.title] : []), ...doc.body];
	const { blocks, stats } = restoreBlocks(all, { sequence, phrases, vocabulary });
	const h = doc.header.length;
	const t = doc.title ? 1 : 0;
	return {
		doc: { header: blocks.slice(0, h), title: t ? blocks[h] : null, body: blocks.slice(h + t) },
		stats,
	};
}
