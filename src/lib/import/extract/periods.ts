/** The campaign period, the banner period and the report deadline stated in the body. */
import type { Plan } from '../../../schemas/plan.ts';
import { findDates, findPeriod } from '../../dates.ts';
import { lineOf } from './cited.ts';
import { field, fold, missing, type Context, type Field } from './types.ts';

export interface PeriodFields {
	campaign: Field<Plan['campaign']>;
	banners: Field<Plan['banners']>;
	reportDeadline: Field<string | null>;
}

type Period = NonNullable<ReturnType<typeof findPeriod>>;

export function extractPeriods(ctx: Context, issuedAt: string | null): PeriodFields {
	const { doc, ocr } = ctx;
	const out: PeriodFields = {
		campaign: missing(null, 'the document states no campaign period'),
		banners: missing(null, 'the document states no banner period'),
		reportDeadline: missing(null, 'the document states no report deadline'),
	};
	/** "từ ngày Kế hoạch được ban hành": the issue date, or an erratum when it is not printed. */
	const from = (p: Period, what: string, name: string) => {
		if (!p.fromIssue) return p.from;
		if (issuedAt) return issuedAt;
		ctx.errata.push({ field: name, note: `${what} ghi “từ ngày Kế hoạch được ban hành”; văn bản không ghi ngày ban hành nên ngày bắt đầu để trống.` });
		return null;
	};
	const confidence = ocr ? 'medium' : 'high';
	for (const b of doc.body) {
		const folded = fold(b.text).toLowerCase();
		const c = folded.search(/th\S{1,2}i gian tuy\S{1,2}n truy\S{1,2}n/);
		const pc = c >= 0 && out.campaign.line === null ? findPeriod(b.text.slice(c)) : null;
		if (pc) out.campaign = field({ from: from(pc, 'Thời gian tuyên truyền', 'campaign'), to: pc.to }, lineOf(b, c + pc.index), confidence);
		const t = folded.search(/treo bang [rz]on|treo b\S{1,3}ng r\S{1,2}n/);
		const pt = t >= 0 && out.banners.line === null ? findPeriod(b.text.slice(t)) : null;
		if (pt) out.banners = field({ from: from(pt, 'Thời gian treo băng rôn, biểu ngữ', 'banners'), to: pt.to }, lineOf(b, t + pt.index), confidence);
		if (out.reportDeadline.line === null && /bao cao/.test(folded)) {
			const d = findDates(b.text).find((d) => d.iso && /(?:truoc|cham nhat(?: den)?)(?: ngay)?[\s*]*$/.test(folded.slice(Math.max(0, d.index - 30), d.index)));
			if (d) out.reportDeadline = field(d.iso, lineOf(b, d.index), confidence);
		}
	}
	if (out.banners.line === null) {
		// Often stated only with the slogans: "Khẩu hiệu tuyên truyền … từ ngày … đến hết ngày …".
		for (const b of doc.body) {
			if (!/khau hieu|bieu ngu/.test(fold(b.text).toLowerCase())) continue;
			const p = findPeriod(b.text);
			if (p) {
				out.banners = field({ from: from(p, 'Thời gian treo khẩu hiệu', 'banners'), to: p.to }, lineOf(b, p.index), 'medium');
				break;
			}
		}
	}
	return out;
}
