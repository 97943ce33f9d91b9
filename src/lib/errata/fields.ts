/**
 * Which fact a data note (erratum) concerns, in the reader's words: "Người ký", "Khẩu hiệu thứ 1".
 * A note's `field` is a path into the plan's data ("signer", "slogans[0]"); it is never shown as
 * such. Each note has a stable anchor on its plan's page (`#gc-1` for the first), so a mark beside
 * a fact can lead to the note, and the note back to the fact.
 */
import type { Plan } from '../../schemas/plan.ts';

type Erratum = Plan['errata'][number];

/** How the site names each plan field a note may concern. */
export const FIELD_LABELS: Record<string, string> = {
	title: 'Trích yếu',
	docType: 'Loại văn bản',
	number: 'Số hiệu',
	numberIllegible: 'Số hiệu',
	level: 'Cấp ban hành',
	province: 'Tỉnh/Thành',
	issuer: 'Cơ quan ban hành',
	issuerName: 'Cơ quan ban hành',
	issuerLines: 'Cơ quan ban hành',
	issuedAt: 'Ngày ban hành',
	issuedPlace: 'Nơi ban hành',
	signer: 'Người ký',
	year: 'Năm',
	anniversary: 'Số năm kỷ niệm',
	implements: 'Văn bản được thực hiện',
	references: 'Văn bản được viện dẫn',
	campaign: 'Thời gian tuyên truyền',
	banners: 'Thời gian treo băng rôn',
	reportDeadline: 'Hạn báo cáo',
	slogans: 'Khẩu hiệu',
	conventions: 'Công ước',
	assignments: 'Nhiệm vụ',
	source: 'Nguồn',
};

/** What one item of a list is called: "Khẩu hiệu thứ 1". */
const ITEM_LABELS: Record<string, string> = {
	slogans: 'Khẩu hiệu thứ',
	assignments: 'Nhiệm vụ thứ',
	conventions: 'Công ước thứ',
	references: 'Văn bản viện dẫn thứ',
};

/** Splits "slogans[0]" into its field and item index. */
export function parseField(field: string): { name: string; index: number | null } {
	const m = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(field);
	if (!m) return { name: field, index: null };
	return { name: m[1], index: m[2] === undefined ? null : Number(m[2]) };
}

/** The field a note concerns, in words; null for a note about the text in general. */
export function fieldLabel(field: string | null | undefined): string | null {
	if (!field) return null;
	const { name, index } = parseField(field);
	if (index !== null) return `${ITEM_LABELS[name] ?? `${FIELD_LABELS[name] ?? 'Mục'} thứ`} ${index + 1}`;
	return FIELD_LABELS[name] ?? 'Thông tin khác';
}

/** The anchor of a plan's n-th note (1-based), on the plan's page. */
export const noteId = (n: number) => `gc-${n}`;

/** A note with its number on the plan's page (1-based, in the order of the frontmatter). */
export interface NumberedNote {
	n: number;
	erratum: Erratum;
}

/** The notes concerning a field ("signer") or one item of a list ("slogans", 0), with their numbers. */
export function notesFor(errata: readonly Erratum[], name: string, index: number | null = null): NumberedNote[] {
	const aliases =
		name === 'issuerName' || name === 'issuer' ? ['issuer', 'issuerName', 'issuerLines'] : name === 'number' ? ['number', 'numberIllegible'] : [name];
	return errata.flatMap((erratum, i) => {
		if (!erratum.field) return [];
		const f = parseField(erratum.field);
		return aliases.includes(f.name) && f.index === index ? [{ n: i + 1, erratum }] : [];
	});
}

/**
 * A text to copy with its caveats: the wording as printed, then each note in brackets, so that a
 * pasted slogan never travels without them.
 */
export function withNotes(text: string, notes: readonly NumberedNote[]): string {
	if (!notes.length) return text;
	return `${text} [Ghi chú về dữ liệu: ${notes.map((x) => x.erratum.note).join(' ')}]`;
}

const useNotesCache = new WeakMap<readonly SloganUseOf[], { use: SloganUseOf; n: number; erratum: Erratum }[]>();
type SloganUseOf = { plan: { data: Pick<Plan, 'errata'> }; position: number };

/**
 * The data notes about one wording of a slogan, in the plans that print it: each use's notes about
 * that item of its plan's slogans. Worked out once per list of uses (a slogan's pages share it).
 */
export function wordingNotes<U extends SloganUseOf>(uses: readonly U[]): { use: U; n: number; erratum: Erratum }[] {
	let notes = useNotesCache.get(uses);
	if (!notes) {
		notes = uses.flatMap((use) => notesFor(use.plan.data.errata, 'slogans', use.position - 1).map((note) => ({ use, ...note })));
		useNotesCache.set(uses, notes);
	}
	return notes as { use: U; n: number; erratum: Erratum }[];
}
