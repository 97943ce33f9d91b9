/** Campaigns, banner periods and report deadlines: of all plans, of one plan, in force on a day. */
import { referenceDay, type PlanEntry } from './catalog.ts';

export type EventKind = 'campaign' | 'banners' | 'reportDeadline';

export interface PlanEvent {
	plan: PlanEntry;
	kind: EventKind;
	from: string | null;
	to: string | null;
}

export const EVENT_LABELS: Record<EventKind, string> = {
	campaign: 'Đợt tuyên truyền',
	banners: 'Treo băng rôn, khẩu hiệu',
	reportDeadline: 'Hạn báo cáo',
};

export function planEvents(plans: readonly PlanEntry[]): PlanEvent[] {
	const out: PlanEvent[] = [];
	for (const plan of plans) {
		const { campaign, banners, reportDeadline } = plan.data;
		if (campaign) out.push({ plan, kind: 'campaign', ...campaign });
		if (banners) out.push({ plan, kind: 'banners', ...banners });
		if (reportDeadline) out.push({ plan, kind: 'reportDeadline', from: reportDeadline, to: reportDeadline });
	}
	const key = (e: PlanEvent) => e.from ?? e.to ?? '';
	return out.sort((a, b) => key(a).localeCompare(key(b)) || a.kind.localeCompare(b.kind));
}

/** Periods running on `day` (an unknown start counts as running up to its end). */
export function inForce(events: readonly PlanEvent[], day: string): PlanEvent[] {
	return events.filter((e) => e.kind !== 'reportDeadline' && (e.from === null || e.from <= day) && e.to !== null && day <= e.to);
}

/** Periods and deadlines that have not ended by `day`: those that can be running on that day or later. */
export function notEndedBy(events: readonly PlanEvent[], day: string): PlanEvent[] {
	return events.filter((e) => e.to !== null && e.to >= day);
}

/** Report deadlines on or after `day`, soonest first. */
export function upcomingDeadlines(events: readonly PlanEvent[], day: string): PlanEvent[] {
	return events.filter((e) => e.kind === 'reportDeadline' && e.from !== null && e.from >= day);
}

export interface Milestone {
	label: string;
	from: string | null;
	/** null for a single day. */
	to: string | null;
	/** The plan field it comes from ("campaign"), for the data notes about it; absent for Human Rights Day. */
	field?: string;
}

/** One plan's dated milestones in date order: issue, its periods and deadline, Human Rights Day. */
export function planMilestones(plan: PlanEntry): Milestone[] {
	const d = plan.data;
	const out: Milestone[] = [
		...(d.issuedAt ? [{ label: 'Ban hành kế hoạch', from: d.issuedAt, to: null, field: 'issuedAt' }] : []),
		...planEvents([plan]).map((e) => ({ label: EVENT_LABELS[e.kind], from: e.from, to: e.kind === 'reportDeadline' ? null : e.to, field: e.kind })),
		{ label: 'Ngày Nhân quyền thế giới', from: referenceDay(d.year), to: null },
	];
	const key = (m: Milestone) => m.from ?? m.to ?? '';
	return out.sort((a, b) => key(a).localeCompare(key(b)));
}
