/**
 * A provincial plan against the central plan it implements: slogans (verbatim, reworded,
 * omitted, added), conventions, periods and deadline (days earlier/later), and assigned bodies
 * matched through each agency kind's central counterpart and its lineage.
 */
import fastDiff from 'fast-diff';
import type { Agency } from '../schemas/agency.ts';
import type { Plan } from '../schemas/plan.ts';
import { daysBetween } from './format.ts';

export interface WordChange {
	value: string;
	added: boolean;
	removed: boolean;
}

export interface SloganComparison {
	verbatim: { slogan: string; text: string }[];
	/** The same words, only punctuation, dashes, quotes or capitals differ. */
	punctuation: { slogan: string; central: string; local: string; diff: WordChange[] }[];
	/** Words changed, added or dropped. */
	changed: { slogan: string; central: string; local: string; diff: WordChange[] }[];
	omitted: { slogan: string; text: string }[];
	added: { slogan: string; text: string }[];
}

/**
 * A word diff of two wordings: what only `from` has is removed, what only `to` has is added.
 * Words (each with the spaces after it) are diffed as whole tokens (each token stands in as one
 * private-use character for fast-diff, the diff-match-patch algorithm): several times faster
 * than a generic word diff, which matters on comparison pages with dozens of passages.
 */
export function wordDiff(from: string, to: string): WordChange[] {
	const codes = new Map<string, string>();
	const tokens: string[] = [];
	const encode = (text: string) =>
		(text.match(/\s+|\S+\s*/g) ?? [])
			.map((token) => {
				let code = codes.get(token);
				if (code === undefined) {
					code = String.fromCharCode(0xe000 + tokens.length);
					codes.set(token, code);
					tokens.push(token);
				}
				return code;
			})
			.join('');
	const a = encode(from);
	const b = encode(to);
	const chunks = fastDiff(a, b).map(([op, coded]) => ({
		value: Array.from(coded, (c) => tokens[c.charCodeAt(0) - 0xe000]).join(''),
		added: op === fastDiff.INSERT,
		removed: op === fastDiff.DELETE,
	}));
	// A replaced word's trailing space is in both versions: keep it out of the marks.
	const out: WordChange[] = [];
	for (let i = 0; i < chunks.length;) {
		if (!chunks[i].added && !chunks[i].removed) {
			out.push(chunks[i++]);
			continue;
		}
		let j = i;
		while (j < chunks.length && (chunks[j].added || chunks[j].removed)) j++;
		const run = chunks.slice(i, j);
		const space = /\s+$/.exec(run[0].value)?.[0];
		if (space && run.some((c) => c.added) && run.some((c) => c.removed) && run.every((c) => c.value.endsWith(space))) {
			out.push(...run.map((c) => ({ ...c, value: c.value.slice(0, -space.length) })), { value: space, added: false, removed: false });
		} else out.push(...run);
		i = j;
	}
	return out;
}

/** The words of a text, without punctuation, dashes, quotes or capitals (marks are kept: they change words). */
const words = (text: string) =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** True when two wordings differ only in punctuation, dash and quote glyphs or capitals. */
export const sameWords = (a: string, b: string) => words(a) === words(b);

export function compareSlogans(central: Plan, local: Plan): SloganComparison {
	const localById = new Map(local.slogans.map((s) => [s.slogan, s.text]));
	const centralIds = new Set(central.slogans.map((s) => s.slogan));
	const out: SloganComparison = { verbatim: [], punctuation: [], changed: [], omitted: [], added: [] };
	for (const s of central.slogans) {
		const text = localById.get(s.slogan);
		if (text === undefined) out.omitted.push(s);
		else if (text === s.text) out.verbatim.push(s);
		else {
			const diff = wordDiff(s.text, text);
			(sameWords(s.text, text) ? out.punctuation : out.changed).push({ slogan: s.slogan, central: s.text, local: text, diff });
		}
	}
	for (const s of local.slogans) if (!centralIds.has(s.slogan)) out.added.push(s);
	return out;
}

export function compareConventions(central: Plan, local: Plan) {
	const l = new Set(local.conventions);
	const c = new Set(central.conventions);
	return {
		kept: central.conventions.filter((id) => l.has(id)),
		dropped: central.conventions.filter((id) => !l.has(id)),
		added: local.conventions.filter((id) => !c.has(id)),
	};
}

export interface DateComparison {
	label: string;
	central: string | null;
	local: string | null;
	/** Days the local date is later (+) or earlier (−) than the central one; null when either is unknown. */
	days: number | null;
}

export function compareDates(central: Plan, local: Plan): DateComparison[] {
	const row = (label: string, c: string | null | undefined, l: string | null | undefined): DateComparison => ({
		label,
		central: c ?? null,
		local: l ?? null,
		days: c && l ? daysBetween(c, l) : null,
	});
	return [
		row('Bắt đầu tuyên truyền', central.campaign?.from, local.campaign?.from),
		row('Kết thúc tuyên truyền', central.campaign?.to, local.campaign?.to),
		row('Bắt đầu treo băng rôn', central.banners?.from, local.banners?.from),
		row('Kết thúc treo băng rôn', central.banners?.to, local.banners?.to),
		row('Hạn báo cáo', central.reportDeadline, local.reportDeadline),
	];
}

/** Ids related to an agency kind through renames and mergers (itself, predecessors, successors). */
export function lineage(id: string, agencies: ReadonlyMap<string, Agency>): Set<string> {
	const out = new Set<string>([id]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const a of agencies.values()) {
			const linked = a.predecessors.some((p) => out.has(p.agency));
			const preds = out.has(a.id) ? a.predecessors.map((p) => p.agency) : [];
			for (const candidate of [...(linked ? [a.id] : []), ...preds]) {
				if (!out.has(candidate)) {
					out.add(candidate);
					grew = true;
				}
			}
		}
	}
	return out;
}

export interface AssignmentMatch {
	central: Plan['assignments'][number] | null;
	local: Plan['assignments'][number][];
}

/**
 * Pairs each central assignment with the local ones whose agency kind answers to it: the
 * local kind's counterpart, or a kind in the same lineage (e.g. Sở Lao động - Thương binh và
 * Xã hội → Bộ LĐTBXH, merged into Bộ Nội vụ). Local bodies with no central match come last.
 */
export function matchAssignments(central: Plan, local: Plan, agencies: ReadonlyMap<string, Agency>): AssignmentMatch[] {
	const used = new Set<number>();
	const rows: AssignmentMatch[] = central.assignments.map((c) => {
		const family = lineage(c.agency, agencies);
		const matches = local.assignments.filter((l, i) => {
			const kind = agencies.get(l.agency);
			const answersTo = [l.agency, kind?.counterpart].filter((x): x is string => !!x);
			const hit = answersTo.some((a) => family.has(a) || lineage(a, agencies).has(c.agency));
			if (hit) used.add(i);
			return hit;
		});
		return { central: c, local: matches };
	});
	local.assignments.forEach((l, i) => {
		if (!used.has(i)) rows.push({ central: null, local: [l] });
	});
	return rows;
}
