/** How a plan is named in lists and links: one display of its number and issuer everywhere. */
import type { Plan } from '../schemas/plan.ts';
import { formatDate } from './format.ts';

/** What the site says after a number of which only part could be read. */
export const PARTLY_LEGIBLE = 'đọc không đầy đủ';

/** "Trung ương", or the province's title ("tỉnh Lạng Sơn"). */
export function jurisdictionName(plan: Pick<Plan, 'level'>, provinceTitle: string): string {
	return plan.level === 'trung-uong' ? 'Trung ương' : provinceTitle;
}

/**
 * The plan's number as printed: the full number, or the legible part with "…" for what cannot be
 * read ("400…/KH-BCĐNQ-CQTT"), flagged `partial`; null when the plan prints none.
 */
export function planNumber(plan: Pick<Plan, 'number' | 'numberIllegible'>): { text: string; partial: boolean } | null {
	if (plan.number) return { text: plan.number, partial: false };
	if (plan.numberIllegible) return { text: plan.numberIllegible, partial: true };
	return null;
}

/** The number as one string: "705/KH-BCĐNQ", "400…/KH-BCĐNQ-CQTT (đọc không đầy đủ)", or null. */
export function numberDisplay(plan: Pick<Plan, 'number' | 'numberIllegible'>): string | null {
	const n = planNumber(plan);
	return n ? (n.partial ? `${n.text} (${PARTLY_LEGIBLE})` : n.text) : null;
}

/** "Kế hoạch số 705/KH-BCĐNQ", "Kế hoạch số 400…/KH-BCĐNQ-CQTT", or the year and jurisdiction when none is printed. */
export function planTitle(plan: Plan, provinceTitle: string): string {
	const n = planNumber(plan);
	return n ? `Kế hoạch số ${n.text}` : `Kế hoạch năm ${plan.year} của ${jurisdictionName(plan, provinceTitle)}`;
}

/**
 * e.g. "Kế hoạch số 705/KH-BCĐNQ (Trung ương, 2025)", "Kế hoạch số 400…/KH-BCĐNQ-CQTT (tỉnh Lạng
 * Sơn, 2025; số hiệu đọc không đầy đủ)" or "Kế hoạch năm 2025 của tỉnh An Giang".
 */
export function planLabel(plan: Plan, provinceTitle: string): string {
	const where = jurisdictionName(plan, provinceTitle);
	const n = planNumber(plan);
	if (!n) return `Kế hoạch năm ${plan.year} của ${where}`;
	return `Kế hoạch số ${n.text} (${where}, ${plan.year}${n.partial ? `; số hiệu ${PARTLY_LEGIBLE}` : ''})`;
}

/**
 * The issuer as the plan writes it, with its province when the name leaves it out: "Ban Chỉ đạo
 * Nhân quyền tỉnh [An Giang]" (the bracket marks what the site adds to the printed name).
 */
export function issuerWithProvince(plan: Pick<Plan, 'issuerName' | 'level'>, provinceName: string, provinceTitle: string): string {
	const name = plan.issuerName;
	if (plan.level !== 'tinh' || !provinceName || name.toLocaleLowerCase('vi').includes(provinceName.toLocaleLowerCase('vi'))) return name;
	return /(?:tỉnh|thành phố)$/iu.test(name) ? `${name} [${provinceName}]` : `${name} (${provinceTitle})`;
}

/** A citation line: issuer (with its province), number and date, title. */
export function citation(plan: Plan, provinceName = '', provinceTitle = ''): string {
	const n = planNumber(plan);
	const num = n ? ` số ${n.text}${n.partial ? ` (số hiệu ${PARTLY_LEGIBLE})` : ''}` : ' (văn bản không ghi số hiệu)';
	const date = plan.issuedAt ? ` ngày ${formatDate(plan.issuedAt)}` : '';
	const issuer = issuerWithProvince(plan, provinceName, provinceTitle);
	return `${issuer}, Kế hoạch${num}${date} về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`;
}
