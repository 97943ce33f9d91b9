/** How a plan is named in lists and links. */
import type { Plan } from '../schemas/plan.ts';
import { formatDate } from './format.ts';

/** "Trung ương", or the province's title ("tỉnh Lạng Sơn"). */
export function jurisdictionName(plan: Pick<Plan, 'level'>, provinceTitle: string): string {
	return plan.level === 'trung-uong' ? 'Trung ương' : provinceTitle;
}

/** e.g. "Kế hoạch số 705/KH-BCĐNQ (Trung ương, 2025)" or "Kế hoạch năm 2025 của tỉnh An Giang". */
export function planLabel(plan: Plan, provinceTitle: string): string {
	const where = jurisdictionName(plan, provinceTitle);
	return plan.number ? `Kế hoạch số ${plan.number} (${where}, ${plan.year})` : `Kế hoạch năm ${plan.year} của ${where}`;
}

/** A citation line: issuer, number and date, title. */
export function citation(plan: Plan): string {
	const num = plan.number ? ` số ${plan.number}` : ' (không rõ số hiệu)';
	const date = plan.issuedAt ? ` ngày ${formatDate(plan.issuedAt)}` : '';
	return `${plan.issuerName}, Kế hoạch${num}${date} về ${plan.title.charAt(0).toLowerCase()}${plan.title.slice(1)}`;
}
