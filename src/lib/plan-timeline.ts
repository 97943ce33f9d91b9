/** The dated milestones of a plan, in date order, for its timeline. */
import type { Plan } from '../schemas/plan.ts';

export interface Milestone {
	label: string;
	from: string | null;
	to: string | null;
}

export function planMilestones(plan: Plan): Milestone[] {
	const out: Milestone[] = [];
	if (plan.issuedAt) out.push({ label: 'Ban hành kế hoạch', from: plan.issuedAt, to: null });
	if (plan.banners) out.push({ label: 'Treo băng rôn, khẩu hiệu', ...plan.banners });
	if (plan.campaign) out.push({ label: 'Đợt tuyên truyền', ...plan.campaign });
	out.push({ label: 'Ngày Nhân quyền thế giới', from: `${plan.year}-12-10`, to: null });
	if (plan.reportDeadline) out.push({ label: 'Hạn gửi báo cáo kết quả', from: plan.reportDeadline, to: null });
	const key = (m: Milestone) => m.from ?? m.to ?? '';
	return out.sort((a, b) => key(a).localeCompare(key(b)));
}
