/**
 * The slogan list: the items (a), -, +, "…") after a line that introduces slogans, banners or
 * posters, matched to the catalogue's wordings (anniversary numbers aside); OCR misreadings of a
 * catalogued slogan are read as the catalogue words them, each an erratum; a printed
 * anniversary that disagrees with the year is an erratum; unknown slogans are proposed.
 */
import { diffArrays } from 'diff';
import type { Plan } from '../../../schemas/plan.ts';
import { bestMatch, matchKey, wordsOf, type Candidate } from '../match.ts';
import { withCaseOf } from '../restore.ts';
import { markerOf, type Block } from '../text.ts';
import { slugOf } from './numbers.ts';
import { ANNIVERSARY_WORDS } from './title.ts';
import { field, fold, propose, type Confidence, type Context, type Field } from './types.ts';

const ORDINAL = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];
const ordinal = (n: number) => ORDINAL[n] ?? String(n + 1);

type Wording = { id: string; wording: string };
const sloganKey = (text: string) => matchKey(text).replace(/\d+/g, '#');

/** A line that introduces the list: "Khẩu hiệu tuyên truyền:", "… băng rôn, biểu ngữ:". */
export const introducesSlogans = (text: string) => {
	const lead = fold(text).toLowerCase();
	return /(khau hieu|bang [rz]on|bieu ngu)/.test(lead) && (/:\s*$/.test(text) || /^\S+\s+khau hieu/.test(lead));
};

export function extractSlogans(ctx: Context, year: number, anniversary: number): Field<Plan['slogans']> {
	const { corpus, doc } = ctx;
	const candidates: Candidate<Wording>[] = [
		...corpus.slogans.map((s) => {
			const wording = s.text.replace('{n}', String(anniversary)).replace('{yyyy}', String(year));
			return { key: sloganKey(wording), item: { id: s.id, wording } };
		}),
		...corpus.plans.flatMap((p) => p.data.slogans.map((s) => ({ key: sloganKey(s.text), item: { id: s.slogan, wording: s.text } }))),
	];
	const state = { slogans: [] as Plan['slogans'], line: null as number | null, confidence: 'high' as Confidence, notes: [] as string[] };
	for (let k = 0; k < doc.body.length && !state.slogans.length; k++) {
		if (!introducesSlogans(doc.body[k].text)) continue;
		for (let n = k + 1; n < doc.body.length; n++) {
			if (!readSlogan(ctx, doc.body[n], candidates, state, { year, anniversary })) break;
		}
	}
	const { slogans, line, confidence, notes } = state;
	return field(slogans, line, slogans.length ? confidence : 'high', notes.join('; ') || (slogans.length ? undefined : 'no slogan list found'));
}

type State = { slogans: Plan['slogans']; line: number | null; confidence: Confidence; notes: string[] };

/** One list item; false when the list has ended. */
function readSlogan(ctx: Context, item: Block, candidates: Candidate<Wording>[], state: State, when: { year: number; anniversary: number }): boolean {
	const marker = markerOf(item.text);
	if (!marker || !['letter', 'paren', 'dash', 'plus'].includes(marker.kind)) return false;
	let text = sloganText(marker.rest);
	if (!text || text.length > 220) return false;
	const m = bestMatch(sloganKey(text), candidates, ctx.ocr ? 0.7 : 0.8);
	state.line ??= item.line;
	const at = state.slogans.length;
	let id: string;
	if (m) {
		id = m.item.id;
		if (m.score < 1 && state.confidence !== 'low') state.confidence = 'medium';
		if (ctx.ocr) text = readAsCatalogued(ctx, item, text, m.item.wording, at);
	} else {
		id = slugOf(text);
		state.confidence = 'low';
		if (!ctx.corpus.slogans.some((s) => s.id === id)) {
			propose(ctx, { collection: 'slogans', line: item.line, reason: 'slogan not in slogans.yaml', entry: { id, text, note: null } });
		}
	}
	if (state.slogans.some((s) => s.slogan === id)) return true;
	const count = ANNIVERSARY_WORDS.exec(fold(text));
	if (count && when.anniversary && Number(count[1]) !== when.anniversary) {
		ctx.errata.push({
			field: `slogans[${at}]`,
			note: `Khẩu hiệu thứ ${ordinal(at)} in "kỷ niệm ${count[1]} năm"; đúng phải là ${when.anniversary} năm (1948 → ${when.year}). Ghi theo bản in.`,
		});
		state.notes.push(`slogan ${at + 1} prints anniversary ${count[1]}`);
	}
	state.slogans.push({ slogan: id, text });
	return true;
}

/** An OCR reading of a catalogued slogan, in the catalogue's words; each replaced word is an erratum. */
function readAsCatalogued(ctx: Context, item: Block, text: string, wording: string, at: number): string {
	const raw = 'raw' in item ? sloganText(markerOf(String(item.raw))?.rest ?? String(item.raw)) : text;
	const aligned = alignToWording(raw, wording);
	if (aligned.replaced.length) {
		ctx.errata.push({
			field: `slogans[${at}]`,
			note: `Khẩu hiệu thứ ${ordinal(at)}: bản OCR đọc ${aligned.replaced.map((r) => `"${r.ocr}"`).join(', ')}; đọc là ${aligned.replaced.map((r) => `"${r.reading}"`).join(', ')} theo khẩu hiệu trong danh mục (không chắc chắn).`,
		});
	}
	return aligned.text;
}

/** A slogan as a plan lists it, without its quotes, emphasis and closing ";" or "." ("!" stays). */
export const sloganText = (text: string) =>
	text
		.replace(/^[*\s“”"‘’']+|[*\s“”"‘’']+$/g, '')
		.replace(/[*“”"]/g, '')
		.replace(/\s*[;.,]+$/, '')
		.replace(/!\s*[;.,]+$/, '!')
		.trim();

/**
 * A slogan as OCR read it, word by word against its catalogued wording: the same folded word
 * takes the catalogue's spelling; a misread word (same position, different folded word) takes
 * the catalogue's word and is listed in `replaced`; numbers stay as printed.
 */
export function alignToWording(printed: string, wording: string): { text: string; replaced: { ocr: string; reading: string }[] } {
	const p = wordsOf(printed);
	const w = wordsOf(wording);
	const edits: { start: number; end: number; reading: string; vouched?: boolean }[] = [];
	const reading = (i: number, j: number) => withCaseOf(printed.slice(p[i].start, p[i].end), wording.slice(w[j].start, w[j].end));
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
		const same = !part.removed && !part.added;
		const misread = !same && next && (part.removed ? next.added : next.removed) && (next.count ?? next.value.length) === n;
		if (same || misread) {
			// Same folded words: the catalogue's spelling (OCR lost or garbled the marks). A misread
			// word: as many printed as catalogued words (the diff lists either first).
			for (let q = 0; q < n; q++) {
				const raw = printed.slice(p[i + q].start, p[i + q].end);
				const r = reading(i + q, j + q);
				if (/^\d+$/.test(raw) || (same && r === raw)) continue;
				edits.push({ start: p[i + q].start, end: p[i + q].end, reading: r, vouched: same });
			}
			i += n;
			j += n;
			if (misread) k++;
		} else if (part.removed) i += n;
		else j += n;
	}
	let text = printed;
	for (const e of [...edits].reverse()) text = text.slice(0, e.start) + e.reading + text.slice(e.end);
	return { text, replaced: edits.filter((e) => !e.vouched).map((e) => ({ ocr: printed.slice(e.start, e.end), reading: e.reading })) };
}
