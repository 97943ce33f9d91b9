/**
 * What the site derives from the five real plans, checked against their texts: the period and
 * deadline of each task, the sections tasks link to.
 */
import { describe, expect, it } from 'vitest';
import { headingId } from '../../src/lib/markdown/ascii-heading-ids.ts';
import { sectionFor, taskDates, textAnchors, type TaskDates } from '../../src/lib/plan-sections.ts';
import { catalogInput } from '../support/catalog.ts';

const plans = new Map(catalogInput().plans.map((p) => [p.id, p]));

/** A task's dates as the plan page's task table gives them. */
function taskOf(planId: string, agencyName: string): TaskDates & { section: string } {
	const plan = plans.get(planId)!;
	const taken = new Set<string>();
	const headings = plan.body
		.split('\n')
		.map((l) => /^(#{1,6})\s+(.*)$/.exec(l))
		.filter((m) => m !== null)
		.map((m) => ({ depth: m[1].length, text: m[2], slug: headingId(m[2], taken) }));
	const anchors = textAnchors(plan.body, headings);
	const section = sectionFor(agencyName, anchors);
	if (!section) throw new Error(`${planId}: no section for ${agencyName}`);
	return { ...taskDates(anchors, section, { year: plan.data.year }), section: section.text };
}

describe('task periods on the real plans', () => {
	it('Trà Vinh 2024, Sở VHTTDL: the anniversary span is no period; "thời gian nêu trên" is II.5’s 20/11–31/12/2024', () => {
		const t = taskOf('2024-tra-vinh', 'Sở Văn hóa, Thể thao và Du lịch');
		expect(t.period).toEqual({ from: '2024-11-20', to: '2024-12-31' });
		expect(t.periodFrom?.label).toBe('II.5');
		expect(t.periodFrom?.anchor.text).toMatch(/^5\. Lựa chọn và tổ chức treo băng rôn/);
	});

	it('Lạng Sơn 2025: Sở Dân tộc và Tôn giáo has no period; 15/11–15/12/2025 is Sở LĐTBXH’s (III.7)', () => {
		const dttg = taskOf('2025-lang-son', 'Sở Dân tộc và Tôn giáo');
		expect(dttg.period).toBeNull();
		expect(dttg.deadline).toBeNull();
		const ldtbxh = taskOf('2025-lang-son', 'Sở Lao động - Thương binh và Xã hội');
		expect(ldtbxh.section).toBe('7. Sở Lao động - Thương binh và Xã hội:');
		expect(ldtbxh.period).toEqual({ from: '2025-11-15', to: '2025-12-15' });
	});

	it('Trà Vinh 2024: "chậm nhất đến ngày 01 tháng 01 năm 2025" is a deadline on or before, not "trước"', () => {
		expect(taskOf('2024-tra-vinh', 'Ủy ban nhân dân các huyện, thị xã, thành phố').deadline).toEqual({ iso: '2025-01-01', inclusive: true });
	});

	it('the Nội vụ tasks of 705 and An Giang state "(15/11 – 15/12)" of 2025', () => {
		expect(taskOf('2025-trung-uong', 'Bộ Nội vụ').period).toEqual({ from: '2025-11-15', to: '2025-12-15' });
		expect(taskOf('2025-an-giang', 'Sở Nội vụ').period).toEqual({ from: '2025-11-15', to: '2025-12-15' });
	});

	it('no task of the five plans takes an anniversary span or another body’s dates', () => {
		for (const plan of plans.values()) {
			for (const a of plan.data.assignments) {
				const t = taskOf(plan.id, a.name);
				if (t.period) expect(t.period.from, `${plan.id} ${a.name}`).not.toBe('1948-12-10');
			}
		}
	});
});
