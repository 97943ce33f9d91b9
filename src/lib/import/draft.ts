/**
 * What the importer writes: the draft plan (YAML frontmatter in the schema's field order, then
 * the Markdown body), the reference entries it proposes (appended to their YAML lists), and the
 * review report (text for the terminal, JSON for tools).
 */
import { stringify } from 'yaml';
import type { Plan } from '../../schemas/plan.ts';
import type { Extraction, Proposal } from './extract.ts';
import { printable } from './output.ts';
import type { RestoreStats } from './restore.ts';

export function serializeDraft(data: Plan, body: string): string {
	return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body.trimEnd()}\n`;
}

/** The text to append to a reference collection's YAML list for the proposals made for it; the file name is escaped to one comment line. */
export function proposalsYaml(proposals: readonly Proposal[], from: string): string {
	if (!proposals.length) return '';
	return `\n# Proposed by \`npm run import\` from ${printable(from)}: review before publishing.\n${stringify(
		proposals.map((p) => p.entry),
		{ lineWidth: 0 },
	)}`;
}

export interface Report {
	input: string;
	format: string;
	kind: 'text' | 'ocr';
	pages: number | null;
	/** OCR: words and words read below the confidence threshold, per page. */
	pageStats: { page: number; words: number; uncertain: number }[] | null;
	/** Why the document may be incomplete; empty when it looks whole. */
	incomplete: string[];
	/** What the reader saw but did not place in the text (furniture dropped, text boxes). */
	unplaced: string[];
	id: string;
	draft: string;
	source: string;
	fields: Record<string, { value: unknown; line: number | null; confidence: string; note?: string }>;
	/** Fields not found in the document (null in the draft). */
	missing: string[];
	proposals: { collection: string; id: string; line: number; reason: string; entry: Record<string, unknown> }[];
	errata: Extraction['errata'];
	warnings: string[];
	restoration: (RestoreStats & { markedShare: number }) | null;
	applied: boolean;
	validation: { ok: boolean; problems: string[] };
	milliseconds: number;
}

export function buildReport(base: Omit<Report, 'fields' | 'missing' | 'proposals' | 'errata' | 'warnings'>, extraction: Extraction): Report {
	const fields: Report['fields'] = {};
	const missing: string[] = [];
	for (const [name, field] of Object.entries(extraction.fields)) {
		fields[name] = field;
		const empty = field.value === null || (Array.isArray(field.value) && !field.value.length) || field.value === '' || field.value === 0;
		if (empty && field.line === null) missing.push(name);
	}
	return {
		...base,
		fields,
		missing,
		proposals: extraction.proposals.map((p) => ({ collection: p.collection, id: String(p.entry.id), line: p.line, reason: p.reason, entry: p.entry })),
		errata: extraction.errata,
		warnings: extraction.warnings,
	};
}

const show = (value: unknown): string => {
	if (value === null) return '—';
	if (Array.isArray(value)) {
		if (!value.length) return '[]';
		return value
			.map((v) => (typeof v === 'object' && v ? String((v as Record<string, unknown>).slogan ?? (v as Record<string, unknown>).agency) : String(v)))
			.join(', ');
	}
	if (typeof value === 'object')
		return Object.values(value as Record<string, unknown>)
			.map((v) => show(v))
			.join(' → ');
	// What is left of a plan field's value: a string, number or boolean.
	return `${value as string | number | boolean | undefined}`;
};

/** The report as the editor reads it in the terminal. */
export function formatReport(r: Report): string {
	const out: string[] = [];
	out.push(
		`Imported ${printable(r.input)} (${r.format}${r.pages ? `, ${r.pages} page(s)` : ''}${r.kind === 'ocr' ? ', OCR' : ''}) in ${(r.milliseconds / 1000).toFixed(1)} s`,
	);
	out.push(`  draft:  ${printable(r.draft)}`, `  source: ${printable(r.source)}`, '');
	out.push('Fields (line in the source text, confidence):');
	const width = Math.max(...Object.keys(r.fields).map((k) => k.length));
	for (const [name, field] of Object.entries(r.fields)) {
		const where = field.line === null ? 'not found' : `line ${field.line}`;
		const flag = field.confidence === 'high' ? '' : field.confidence === 'medium' ? '  [check]' : '  [CHECK]';
		out.push(`  ${name.padEnd(width)}  ${show(field.value).slice(0, 110)}  (${where}, ${field.confidence})${flag}${field.note ? `  — ${field.note}` : ''}`);
	}
	if (r.missing.length) out.push('', `Not in the document (null in the draft): ${r.missing.join(', ')}`);
	if (r.proposals.length) {
		out.push('', `Proposed reference entries (${r.proposals.length})${r.applied ? ', appended' : ', appended with --apply'}:`);
		for (const p of r.proposals) out.push(`  ${p.collection}: ${p.id} (line ${p.line}) — ${p.reason}`);
	}
	if (r.errata.length) {
		out.push('', `Errata written into the draft (${r.errata.length}):`);
		for (const e of r.errata) out.push(`  ${e.field ? `[${e.field}] ` : ''}${e.note}`);
	}
	if (r.restoration) {
		const s = r.restoration;
		const pct = (n: number) => `${Math.round((100 * n) / Math.max(1, s.words))} %`;
		out.push(
			'',
			`Diacritics restored (${s.words} words): ${s.vouched} (${pct(s.vouched)}) vouched by the corpus, ${s.guessed} (${pct(s.guessed)}) guessed and marked <Uncertain>, ${s.kept} (${pct(s.kept)}) kept as read.`,
		);
	}
	if (r.pageStats?.length) {
		out.push('', 'OCR confidence (words below the threshold are marked <Uncertain> in the body):');
		for (const p of r.pageStats)
			out.push(`  page ${p.page}: ${p.uncertain} of ${p.words} words (${Math.round((100 * p.uncertain) / Math.max(1, p.words))} %) uncertain`);
	}
	if (r.unplaced.length) out.push('', `Read but not placed in the text (${r.unplaced.length}):`, ...r.unplaced.map((u) => `  ${u.slice(0, 140)}`));
	if (r.incomplete.length) out.push('', `POSSIBLY INCOMPLETE: ${r.incomplete.join('; ')}. --apply needs --force.`);
	if (r.warnings.length) out.push('', 'Warnings:', ...r.warnings.map((w) => `  ${w}`));
	out.push('', r.validation.ok ? 'Content check: the draft passes.' : `Content check: ${r.validation.problems.length} problem(s):`);
	out.push(...r.validation.problems.map((p) => `  ${p}`));
	return out.join('\n');
}
