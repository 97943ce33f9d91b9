/**
 * Dates and periods as plans print them: "01/11/2025", "1/11/2025", "ngày 14 tháng 10 năm
 * 2024", "từ 01/12 đến 09/12/2025", "từ ngày Kế hoạch được ban hành đến hết ngày 30/12/2025".
 * Parsed on folded text (no marks), so OCR that lost its diacritics reads the same.
 */
import { foldForMatch } from './search/fold.ts';

export interface FoundDate {
	/** ISO date, or null for a day and month whose year is not printed. */
	iso: string | null;
	day: number;
	month: number;
	year: number | null;
	index: number;
	end: number;
}

const NUMERIC = /(?<!\d)(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;
const WORDS = /ngay\s+(\d{1,2})\s+th\S{1,3}ng\s+(\d{1,2})\s+n\S{1,2}m\s+(\d{4})/g;

export function isoDate(year: number, month: number, day: number): string | null {
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
	return d.toISOString().slice(0, 10);
}

export interface DateOptions {
	/**
	 * The year of the plan: a day and month printed without a year ("(15/11 – 15/12)") and no
	 * full date after it take the year of a "năm YYYY" just before it, else this one.
	 */
	year?: number;
}

/** Every date in a text, in order; day-and-month dates take the year of the next full date. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
	const folded = foldForMatch(text);
	const found: FoundDate[] = [];
	for (const re of [NUMERIC, WORDS]) {
		for (const m of folded.matchAll(re)) {
			const day = Number(m[1]);
			const month = Number(m[2]);
			const year = m[3] ? Number(m[3]) : null;
			if (month < 1 || month > 12 || day < 1 || day > 31) continue;
			found.push({ iso: year ? isoDate(year, month, day) : null, day, month, year, index: m.index, end: m.index + m[0].length });
		}
	}
	found.sort((a, b) => a.index - b.index);
	for (let i = found.length - 2; i >= 0; i--) {
		const next = found[i + 1];
		if (found[i].year === null && next.year !== null && next.index - found[i].end < 40) {
			found[i].year = next.year;
			found[i].iso = isoDate(next.year, found[i].month, found[i].day);
		}
	}
	if (options.year !== undefined) {
		let previous: FoundDate | null = null;
		for (const d of found) {
			if (d.year === null) {
				const stated = /nam\s+(\d{4})\s*[(:,]?\s*(?:tu\s+)?(?:ngay\s+)?$/.exec(folded.slice(Math.max(0, d.index - 30), d.index));
				// The second date of "năm 2025 (15/11 – 15/12)" takes the first one's year.
				const paired = previous && SEPARATOR.test(folded.slice(previous.end, d.index)) ? previous.year : null;
				d.year = stated ? Number(stated[1]) : (paired ?? options.year);
				d.iso = isoDate(d.year, d.month, d.day);
			}
			previous = d;
		}
	}
	return found.filter((d) => d.iso !== null || d.year === null);
}

export interface FoundPeriod {
	/**
	 * "anniversary" for the span an anniversary counts ("(10/12/1948 - 10/12/2024)": from the
	 * first Human Rights Day to this year's), which is no period of work; else "period".
	 */
	kind: 'period' | 'anniversary';
	/** null when the period starts on the plan's (unprinted) issue date, or is not printed. */
	from: string | null;
	/** True when the text says "from the day the plan is issued". */
	fromIssue: boolean;
	to: string;
	index: number;
	end: number;
}

const SEPARATOR = /^\s*(?:[-–—]|den(?:\s+het)?(?:\s+ngay)?)\s*$/;
const FROM_ISSUE = /ke hoach (?:nay )?(?:duoc )?ban hanh\s+den(?:\s+het)?(?:\s+ngay)?\s*$/;

/** The first Human Rights Day, from which every anniversary counts. */
export const FIRST_HUMAN_RIGHTS_DAY_ISO = '1948-12-10';

/** A span from 10/12/1948 to a later 10/12: the years an anniversary counts, not a period of work. */
export const isAnniversarySpan = (from: string | null, to: string) => from === FIRST_HUMAN_RIGHTS_DAY_ISO && to.endsWith('-12-10') && to > from;

/**
 * Every period in a text, in order: two dates joined by "đến", "đến hết ngày" or a dash, or
 * "from the plan's issue date to <date>"; an anniversary span is kind "anniversary".
 */
export function findPeriods(text: string, options: DateOptions = {}): FoundPeriod[] {
	const folded = foldForMatch(text);
	const dates = findDates(text, options);
	const out: FoundPeriod[] = [];
	for (let i = 0; i < dates.length; i++) {
		const a = dates[i];
		const b = dates[i + 1];
		if (b && a.iso && b.iso && SEPARATOR.test(folded.slice(a.end, b.index))) {
			out.push({ kind: isAnniversarySpan(a.iso, b.iso) ? 'anniversary' : 'period', from: a.iso, fromIssue: false, to: b.iso, index: a.index, end: b.end });
			i++;
			continue;
		}
		const before = folded.slice(Math.max(0, a.index - 60), a.index);
		if (a.iso && FROM_ISSUE.test(before)) {
			out.push({ kind: 'period', from: null, fromIssue: true, to: a.iso, index: before.search(/ke hoach/) + Math.max(0, a.index - 60), end: a.end });
		}
	}
	return out;
}

/** The first period in a text (never an anniversary span). Null when there is none. */
export function findPeriod(text: string, options: DateOptions = {}): FoundPeriod | null {
	return findPeriods(text, options).find((p) => p.kind === 'period') ?? null;
}

export interface FoundDeadline {
	iso: string;
	/**
	 * True for "chậm nhất (đến) (ngày) D": on or before D. False for "trước (ngày) D": before D
	 * (D itself is too late).
	 */
	inclusive: boolean;
	index: number;
	end: number;
}

const DEADLINE = /(truoc|cham nhat)(?:\s+(?:la|den|vao))?(?:\s+het)?(?:\s+ngay)?[\s*_]*$/;

/** The first deadline a text states: "trước ngày 10/02/2026", "chậm nhất đến ngày 01 tháng 01 năm 2025". */
export function findDeadline(text: string, options: DateOptions = {}): FoundDeadline | null {
	const folded = foldForMatch(text);
	for (const d of findDates(text, options)) {
		const m = d.iso ? DEADLINE.exec(folded.slice(Math.max(0, d.index - 30), d.index)) : null;
		if (m && d.iso) return { iso: d.iso, inclusive: m[1] === 'cham nhat', index: d.index, end: d.end };
	}
	return null;
}

/**
 * Whether a text gives its time by pointing back ("theo các nội dung và thời gian nêu trên",
 * "thời gian như trên"): its period is one stated earlier in the plan.
 */
export function refersBackForTime(text: string): boolean {
	return /\b(?:thoi gian|thoi han|thoi diem)\b[^.;]{0,20}\b(?:neu tren|nhu tren|noi tren|o tren)\b/.test(foldForMatch(text));
}
