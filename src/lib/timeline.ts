/** Campaigns, banner periods and report deadlines of all plans, and what is in force on a day. */
import type { PlanEntry } from './catalog.ts';

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

/** Report deadlines on or after `day`, soonest first. */
export function upcomingDeadlines(events: readonly PlanEvent[], day: string): PlanEvent[] {
	return events.filter((e) => e.kind === 'reportDeadline' && e.from !== null && e.from >= day);
}
