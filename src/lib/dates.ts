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

/** Every date in a text, in order; day-and-month dates take the year of the next full date. */
export function findDates(text: string): FoundDate[] {
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
	return found.filter((d) => d.iso !== null || d.year === null);
}

export interface FoundPeriod {
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

/**
 * The first period in a text: two dates joined by "đến", "đến hết ngày" or a dash, or "from
 * the plan's issue date to <date>". Null when there is none.
 */
export function findPeriod(text: string): FoundPeriod | null {
	const folded = foldForMatch(text);
	const dates = findDates(text);
	for (let i = 0; i < dates.length; i++) {
		const a = dates[i];
		const b = dates[i + 1];
		if (b && a.iso && b.iso && SEPARATOR.test(folded.slice(a.end, b.index))) {
			return { from: a.iso, fromIssue: false, to: b.iso, index: a.index, end: b.end };
		}
		const before = folded.slice(Math.max(0, a.index - 60), a.index);
		if (a.iso && FROM_ISSUE.test(before)) {
			return { from: null, fromIssue: true, to: a.iso, index: before.search(/ke hoach/) + Math.max(0, a.index - 60), end: a.end };
		}
	}
	return null;
}
