/**
 * The campaign timeline of a year's plans, drawn at build time as an inline SVG string (no DOM,
 * no script): one row per plan (central plans first) with its campaign ("đợt tuyên truyền") and
 * banner period, its issue date and report deadline, against a month axis and a line at 10/12.
 *
 * Pure: it takes plain rows (see `chartRowOf` for a plan of the catalog), so it does not depend
 * on Astro. Presentation comes from CSS classes only (src/styles/charts.css, "Timeline chart"):
 * the site's Content-Security-Policy forbids inline styles. Every text is escaped.
 *
 * Marks differ by more than colour: the campaign is a tall bar, the banner period a thin one
 * below it; the issue date a circle, the report deadline a hollow triangle; a period with an
 * unknown start or end is dashed, lighter and fades out to the edge of the chart. A plan's period
 * with neither end known, and a missing period, draw no bar (the row's hover text says so).
 *
 * Above `maxRows` rows (default DEFAULT_MAX_ROWS) the plans of a province are drawn as one row,
 * "<group> (n kế hoạch)", linking to `groupHref`: earliest issue date, latest report deadline,
 * and for each kind of period a bar from the earliest known start to the latest known end, with a
 * faded piece on to the chart's edge on a side where some plan leaves that end unknown; its hover
 * text gives the known bounds and how many plans leave an end unknown.
 *
 * An empty year (no rows) gives the empty string: the caller shows "Chưa có dữ liệu" instead.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth } from 'd3-time';
import { referenceDay, type PlanEntry } from '../catalog.ts';
import { formatDate, formatPeriod } from '../format.ts';
import { EVENT_LABELS } from '../timeline.ts';
import { escapeXml, num } from './svg.ts';

/** A period with inclusive ends, ISO dates 'YYYY-MM-DD'; null = unknown. */
export interface Period {
	from: string | null;
	to: string | null;
}

export interface ChartRow {
	/** The plan's id (a stable key; not written into the SVG). */
	id: string;
	/** The row's visible label, short: "tỉnh Lạng Sơn", "Trung ương" (shortened with "…" past LABEL_MAX characters). */
	label: string;
	/** The link's accessible name; default "Kế hoạch <label> năm <year>". */
	name?: string;
	/** The plan page, base path included. */
	href: string;
	central: boolean;
	/** The province's name: rows of one province are drawn as one row when the chart has more than `maxRows` rows. */
	group: string;
	/** The province page, base path included: where a grouped row links (default: the group's first plan). */
	groupHref?: string;
	issuedAt: string | null;
	campaign: Period | null;
	banners: Period | null;
	reportDeadline: string | null;
}

export interface CampaignChartOptions {
	year: number;
	rows: readonly ChartRow[];
	/** The chart's accessible name (the SVG's <title>). */
	title: string;
	/** Prefix of every id in the SVG (title, masks): unique on the page, a letter then letters, digits, '-' or '_'. */
	idPrefix: string;
	/** Above this many rows, provinces' plans are grouped one row per province. */
	maxRows?: number;
	/** Optional longer text alternative, written as <desc> and referenced by aria-describedby. */
	description?: string;
	/**
	 * The phone layout: narrower, each row's label on its own line above its bars (so labels never
	 * scroll away), the legend in one column; the whole chart fits a 320 px screen.
	 */
	narrow?: boolean;
}

export const DEFAULT_MAX_ROWS = 80;
/** Visible labels longer than this many characters are shortened with "…" (the full name stays in the link's name). */
export const LABEL_MAX = 36;

const ISSUE_LABEL = 'Ban hành kế hoạch';
const HR_DAY_LABEL = 'Ngày Nhân quyền thế giới (10/12)';
const OPEN_LABEL = 'Không rõ ngày bắt đầu/kết thúc';
const GROUP_NOTE = 'Hàng của một tỉnh gộp các kế hoạch của tỉnh: thời gian từ sớm nhất đến muộn nhất, ngày ban hành sớm nhất, hạn báo cáo muộn nhất.';

// Layout in viewBox units (the SVG scales to its container's width).
interface Layout {
	w: number;
	/** Start and end of the time axis. */
	x0: number;
	x1: number;
	/** Height of a row, and how far its bars sit below its top (the label's line in the narrow layout). */
	row: number;
	barTop: number;
	legendCols: number;
	/** Characters per line of the grouping note. */
	noteChars: number;
}
const WIDE: Layout = { w: 800, x0: 240, x1: 784, row: 22, barTop: 0, legendCols: 3, noteChars: 200 };
const NARROW: Layout = { w: 340, x0: 6, x1: 330, row: 38, barTop: 16, legendCols: 1, noteChars: 48 };
const HEAD = 34; // month labels, then the 10/12 label, above the first row
const LEGEND_LINE = 20;
// Within a row (from its top): campaign bar, banner bar, markers on the campaign bar's axis.
const CAMPAIGN_Y = 4;
const CAMPAIGN_H = 9;
const BANNERS_Y = 15;
const BANNERS_H = 4;
const MARK_Y = CAMPAIGN_Y + CAMPAIGN_H / 2;
const LABEL_Y = 13;

/** A row as drawn: one plan, or the plans of one province. */
interface DrawnRow {
	label: string;
	name: string;
	href: string;
	central: boolean;
	/** How many plans the row stands for (more than 1: a grouped row). */
	count: number;
	/** The hover text: the name, then the dates (dd/mm/yyyy). */
	title: string;
	issuedAt: string | null;
	campaign: Span | null;
	banners: Span | null;
	reportDeadline: string | null;
}

/**
 * A bar: its known bounds (at least one), and whether it runs on to the chart's start or end edge
 * (an unknown end of a plan, or of one of a province's plans).
 */
interface Span {
	from: string | null;
	to: string | null;
	openStart: boolean;
	openEnd: boolean;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const validIso = (iso: string | null) => (iso !== null && ISO.test(iso) && !Number.isNaN(day(iso).getTime()) ? iso : null);
const validPeriod = (p: Period | null): Period | null => (p ? { from: validIso(p.from), to: validIso(p.to) } : null);
/** Whether a plan's period draws a bar: at least one end known (a period known by neither end draws nothing). */
const drawable = (p: Period | null): p is Period => p !== null && (p.from !== null || p.to !== null);
const spanOf = (p: Period | null): Span | null => (drawable(p) ? { ...p, openStart: p.from === null, openEnd: p.to === null } : null);
const minIso = (dates: (string | null)[]) => dates.reduce<string | null>((m, d) => (d !== null && (m === null || d < m) ? d : m), null);
const maxIso = (dates: (string | null)[]) => dates.reduce<string | null>((m, d) => (d !== null && (m === null || d > m) ? d : m), null);

/** "Hà Nội" → "Hà Nội"; a longer text is cut to `max` characters, the last being "…". */
function shorten(text: string, max: number): string {
	const chars = Array.from(text.normalize('NFC'));
	return chars.length <= max
		? text
		: `${chars
				.slice(0, max - 1)
				.join('')
				.trimEnd()}…`;
}

function plainRow(r: ChartRow, year: number): DrawnRow {
	const name = r.name ?? `Kế hoạch ${r.label} năm ${year}`;
	const issuedAt = validIso(r.issuedAt);
	const campaign = validPeriod(r.campaign);
	const banners = validPeriod(r.banners);
	const reportDeadline = validIso(r.reportDeadline);
	const lines = [name];
	if (issuedAt) lines.push(`Ban hành: ${formatDate(issuedAt)}`);
	if (campaign) lines.push(`${EVENT_LABELS.campaign}: ${formatPeriod(campaign)}`);
	if (banners) lines.push(`${EVENT_LABELS.banners}: ${formatPeriod(banners)}`);
	if (reportDeadline) lines.push(`${EVENT_LABELS.reportDeadline}: ${formatDate(reportDeadline)}`);
	return {
		label: shorten(r.label, LABEL_MAX),
		name,
		href: r.href,
		central: r.central,
		count: 1,
		title: lines.join('\n'),
		issuedAt,
		campaign: spanOf(campaign),
		banners: spanOf(banners),
		reportDeadline,
	};
}

/**
 * A province's periods of one kind together. The bar runs from the earliest known start to the
 * latest known end, and on to the chart's edge on a side where a plan leaves that end unknown. The
 * hover text gives the known bounds and how many plans leave an end unknown.
 */
function unionOf(periods: (Period | null)[], label: string): { bar: Span | null; line: string | null } {
	const present = periods.filter((p) => p !== null);
	if (!present.length) return { bar: null, line: null };
	const bars = present.filter(drawable);
	const bar = bars.length
		? {
				from: minIso(bars.map((p) => p.from)),
				to: maxIso(bars.map((p) => p.to)),
				openStart: bars.some((p) => p.from === null),
				openEnd: bars.some((p) => p.to === null),
			}
		: null;
	const known = { from: minIso(present.map((p) => p.from)), to: maxIso(present.map((p) => p.to)) };
	const noStart = present.filter((p) => p.from === null).length;
	const noEnd = present.filter((p) => p.to === null).length;
	const notes = [noStart && `${noStart} kế hoạch không rõ ngày bắt đầu`, noEnd && `${noEnd} kế hoạch không rõ ngày kết thúc`].filter(Boolean);
	return { bar, line: `${label} (gộp): ${formatPeriod(known)}${notes.length ? `; ${notes.join(', ')}` : ''}` };
}

/** Central plans first (in the given order), then the others in the given order. */
function ordered(rows: readonly ChartRow[]): ChartRow[] {
	return [...rows.filter((r) => r.central), ...rows.filter((r) => !r.central)];
}

/**
 * Central plans one row each, then one row per province (in order of first appearance) spanning
 * its plans: earliest issue, union of periods, latest deadline. A province with one plan keeps
 * that plan's own row.
 */
function groupedRows(rows: readonly ChartRow[], year: number): DrawnRow[] {
	const groups = new Map<string, ChartRow[]>();
	for (const r of rows) {
		if (r.central) continue;
		const members = groups.get(r.group) ?? [];
		members.push(r);
		groups.set(r.group, members);
	}
	const out = rows.filter((r) => r.central).map((r) => plainRow(r, year));
	for (const [group, members] of groups) {
		if (members.length === 1) {
			out.push(plainRow(members[0], year));
			continue;
		}
		const name = `${group}: ${members.length} kế hoạch năm ${year}`;
		const count = ` (${members.length} kế hoạch)`;
		const issuedAt = minIso(members.map((m) => validIso(m.issuedAt)));
		const reportDeadline = maxIso(members.map((m) => validIso(m.reportDeadline)));
		const campaign = unionOf(
			members.map((m) => validPeriod(m.campaign)),
			EVENT_LABELS.campaign,
		);
		const banners = unionOf(
			members.map((m) => validPeriod(m.banners)),
			EVENT_LABELS.banners,
		);
		const lines = [
			name,
			issuedAt && `Ban hành sớm nhất: ${formatDate(issuedAt)}`,
			campaign.line,
			banners.line,
			reportDeadline && `${EVENT_LABELS.reportDeadline} muộn nhất: ${formatDate(reportDeadline)}`,
		];
		out.push({
			label: `${shorten(group, Math.max(8, LABEL_MAX - count.length))}${count}`,
			name,
			href: members.find((m) => m.groupHref)?.groupHref ?? members[0].href,
			central: false,
			count: members.length,
			title: lines.filter(Boolean).join('\n'),
			issuedAt,
			campaign: campaign.bar,
			banners: banners.bar,
			reportDeadline,
		});
	}
	return out;
}

/** A text cut into lines of at most `max` characters, at spaces. */
function wrapWords(text: string, max: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** A piece of a bar: x, x2, and the open side that fades ('s' start, 'e' end) or ''. */
type Piece = [number, number, '' | 's' | 'e'];

/** A downward triangle centred on (x, y). */
const triangle = (x: number, y: number) => `M${num(x - 4.5)} ${num(y - 4)}h9l-4.5 8z`;

/**
 * The campaign timeline as an SVG string (see the module's comment), or '' when there are no rows.
 * Rows: central plans first, then in the given order; above `maxRows` rows, grouped by province.
 */
export function campaignChartSvg({ year, rows, title, idPrefix: p, maxRows = DEFAULT_MAX_ROWS, description, narrow = false }: CampaignChartOptions): string {
	if (!/^[A-Za-z][\w-]*$/.test(p)) throw new Error(`campaignChartSvg: idPrefix must be a letter then letters, digits, '-' or '_': ${JSON.stringify(p)}`);
	if (!rows.length) return '';
	const L = narrow ? NARROW : WIDE;
	const { w: W, x0: X0, x1: X1, row: ROW } = L;
	const sorted = ordered(rows);
	const grouped = sorted.length > maxRows;
	const drawn = grouped ? groupedRows(sorted, year) : sorted.map((r) => plainRow(r, year));

	// Domain: every date of the rows and 10/12, padded to whole months; a month more on a side
	// where a period is open, so that its fade has room.
	const hrDay = referenceDay(year);
	const dates = [hrDay];
	for (const r of drawn)
		dates.push(...[r.issuedAt, r.reportDeadline, r.campaign?.from, r.campaign?.to, r.banners?.from, r.banners?.to].filter((d) => d != null));
	const periods = drawn.flatMap((r) => [r.campaign, r.banners]).filter((q) => q !== null);
	let d0 = utcMonth.floor(day(minIso(dates)!));
	let d1 = utcMonth.ceil(utcDay.offset(day(maxIso(dates)!), 1));
	if (periods.some((q) => q.openStart)) d0 = utcMonth.offset(d0, -1);
	if (periods.some((q) => q.openEnd)) d1 = utcMonth.offset(d1, 1);
	const x = scaleUtc().domain([d0, d1]).range([X0, X1]);
	const start = (iso: string) => x(day(iso));
	const end = (iso: string) => x(utcDay.offset(day(iso), 1));
	const mid = (iso: string) => (start(iso) + end(iso)) / 2;
	/** A bar's pieces [x, x2, open side]: the known span, and faded pieces on to the edges on open sides. */
	const pieces = (q: Span | null): Piece[] => {
		if (!q) return [];
		const a = q.from === null ? null : start(q.from);
		const b = q.to === null ? null : end(q.to);
		if (a === null) return b === null ? [] : [[X0, b, 's']];
		if (b === null) return [[a, X1, 'e']];
		if (a < b) {
			const out: Piece[] = [[a, b, '']];
			if (q.openStart) out.unshift([X0, a, 's']);
			if (q.openEnd) out.push([b, X1, 'e']);
			return out;
		}
		// Known start after known end: a province whose plans each leave one end unknown (two open
		// pieces), or a plan's start after its end (a data error: drawn between the two days).
		return q.openStart && q.openEnd
			? [
					[X0, b, 's'],
					[a, X1, 'e'],
				]
			: [[start(q.to!), end(q.from!), '']];
	};

	const rowsTop = HEAD;
	const rowsBottom = rowsTop + drawn.length * ROW;
	const legendTop = rowsBottom + 14;
	const note = grouped ? wrapWords(GROUP_NOTE, L.noteChars) : [];
	const legendLines = Math.ceil(6 / L.legendCols) + note.length;
	const height = legendTop + legendLines * LEGEND_LINE;

	const out: string[] = [];
	const describedBy = description ? ` aria-describedby="${p}-d"` : '';
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" class="tl${narrow ? ' tl-narrow' : ' tl-wide'}" viewBox="0 0 ${W} ${num(height)}" role="group" aria-labelledby="${p}-t"${describedBy}>`,
		`<title id="${p}-t">${escapeXml(title)}</title>`,
	);
	if (description) out.push(`<desc id="${p}-d">${escapeXml(description)}</desc>`);

	// Fades for open ends (start, end): luminance masks over the bar's bounding box, defined once.
	const fades = {
		s: '<stop offset="0" stop-color="#fff" stop-opacity=".15"/><stop offset=".6" stop-color="#fff"/>',
		e: '<stop offset=".4" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity=".15"/>',
	};
	out.push('<defs>');
	for (const [k, stops] of Object.entries(fades)) {
		out.push(
			`<linearGradient id="${p}-g${k}">${stops}</linearGradient>`,
			`<mask id="${p}-m${k}" maskContentUnits="objectBoundingBox"><rect x="-.1" y="-.5" width="1.2" height="2" fill="url(#${p}-g${k})"/></mask>`,
		);
	}
	out.push('</defs>');

	// Month axis: a grid line at each tick, a label after it ("T10/2025", "T11", "T12", "T1/2026").
	const months = utcMonth.count(d0, d1);
	const ticks = x.ticks(utcMonth.every(Math.ceil(months / 12))!);
	out.push('<g class="tl-ax">');
	ticks.forEach((t, i) => {
		const tx = num(x(t));
		out.push(`<line class="tl-g" x1="${tx}" x2="${tx}" y1="17" y2="${rowsBottom}"/>`);
		if (t >= d1) return;
		const m = t.getUTCMonth() + 1;
		const label = i === 0 || m === 1 ? `T${m}/${t.getUTCFullYear()}` : `T${m}`;
		out.push(`<text class="tl-m" x="${num(x(t) + 3)}" y="13">${label}</text>`);
	});
	out.push('</g>');

	// Rows: each a link (label, background, marks) named by aria-label, its dates in <title>.
	out.push('<g class="tl-rows">');
	drawn.forEach((r, i) => {
		const y = rowsTop + i * ROW;
		const cls = ['tl-r', r.central ? 'tl-ctr' : '', r.count > 1 ? 'tl-grp' : ''].filter(Boolean).join(' ');
		out.push(
			`<a class="${cls}" href="${escapeXml(r.href)}" aria-label="${escapeXml(r.name)}"><title>${escapeXml(r.title)}</title>`,
			`<rect class="tl-bg" y="${y}" width="${W}" height="${ROW}"/><text x="6" y="${y + LABEL_Y}">${escapeXml(r.label)}</text>`,
		);
		const barY = y + L.barTop;
		const bar = (q: Span | null, kind: string, by: number, bh: number) => {
			for (const [a, b, open] of pieces(q)) {
				const cls = open === 's' ? ' tl-os' : open === 'e' ? ' tl-oe' : '';
				const mask = open ? ` mask="url(#${p}-m${open})"` : '';
				if (b > a) out.push(`<rect class="${kind}${cls}" x="${num(a)}" y="${barY + by}" width="${num(Math.max(b - a, 1))}" height="${bh}"${mask}/>`);
			}
		};
		bar(r.campaign, 'tl-c', CAMPAIGN_Y, CAMPAIGN_H);
		bar(r.banners, 'tl-b', BANNERS_Y, BANNERS_H);
		if (r.issuedAt) out.push(`<circle class="tl-i" cx="${num(mid(r.issuedAt))}" cy="${barY + MARK_Y}" r="4"/>`);
		if (r.reportDeadline) out.push(`<path class="tl-d" d="${triangle(mid(r.reportDeadline), barY + MARK_Y)}"/>`);
		out.push('</a>');
	});
	out.push('</g>');

	// Human Rights Day, over the rows (it does not catch the pointer: see the CSS).
	const hx = num(mid(hrDay));
	out.push(`<line class="tl-hr" x1="${hx}" x2="${hx}" y1="32" y2="${rowsBottom}"/><text class="tl-hrl" x="${hx}" y="29" text-anchor="middle">10/12</text>`);

	// Legend: every mark, in words.
	const item = (i: number, mark: (lx: number, ly: number) => string, text: string) => {
		const lx = 4 + (i % L.legendCols) * ((W - 8) / L.legendCols);
		const ly = legendTop + Math.floor(i / L.legendCols) * LEGEND_LINE;
		return `${mark(lx, ly)}<text x="${num(lx + 26)}" y="${ly + 4}">${escapeXml(text)}</text>`;
	};
	out.push(
		'<g class="tl-lg">',
		item(0, (lx, ly) => `<rect class="tl-c" x="${num(lx)}" y="${ly - CAMPAIGN_H / 2}" width="20" height="${CAMPAIGN_H}"/>`, EVENT_LABELS.campaign),
		item(1, (lx, ly) => `<rect class="tl-b" x="${num(lx)}" y="${ly - BANNERS_H / 2}" width="20" height="${BANNERS_H}"/>`, EVENT_LABELS.banners),
		item(2, (lx, ly) => `<circle class="tl-i" cx="${num(lx + 10)}" cy="${ly}" r="4"/>`, ISSUE_LABEL),
		item(3, (lx, ly) => `<path class="tl-d" d="${triangle(lx + 10, ly)}"/>`, EVENT_LABELS.reportDeadline),
		item(4, (lx, ly) => `<line class="tl-hr" x1="${num(lx + 10)}" x2="${num(lx + 10)}" y1="${ly - 7}" y2="${ly + 7}"/>`, HR_DAY_LABEL),
		item(
			5,
			(lx, ly) => `<rect class="tl-c tl-oe" x="${num(lx)}" y="${ly - CAMPAIGN_H / 2}" width="20" height="${CAMPAIGN_H}" mask="url(#${p}-me)"/>`,
			OPEN_LABEL,
		),
	);
	const noteTop = legendTop + Math.ceil(6 / L.legendCols) * LEGEND_LINE;
	note.forEach((line, i) => out.push(`<text x="4" y="${noteTop + i * LEGEND_LINE + 4}">${escapeXml(line)}</text>`));
	out.push('</g></svg>');
	return out.join('');
}

/**
 * A one- or two-sentence summary of the rows in Vietnamese, the chart's text alternative:
 * "35 kế hoạch năm 2025 (1 của Trung ương); đợt tuyên truyền sớm nhất bắt đầu 01/11/2025, muộn
 * nhất kết thúc 31/12/2025; 3 kế hoạch không rõ ngày bắt đầu. Hạn báo cáo sớm nhất 15/12/2025,
 * muộn nhất 31/12/2025."
 */
export function chartSummary(rows: readonly ChartRow[], year: number): string {
	if (!rows.length) return `Chưa có dữ liệu về kế hoạch năm ${year}.`;
	const central = rows.filter((r) => r.central).length;
	const campaigns = rows.map((r) => validPeriod(r.campaign)).filter((c) => c !== null);
	const first = minIso(campaigns.map((c) => c.from));
	const last = maxIso(campaigns.map((c) => c.to));
	const parts = [`${rows.length} kế hoạch năm ${year}${central ? ` (${central} của Trung ương)` : ''}`];
	if (campaigns.length === 1 && first && last) parts.push(`đợt tuyên truyền từ ${formatDate(first)} đến ${formatDate(last)}`);
	else if (first || last) {
		const one = campaigns.length === 1;
		const bounds = [first && `${one ? '' : 'sớm nhất '}bắt đầu ${formatDate(first)}`, last && `${one ? '' : 'muộn nhất '}kết thúc ${formatDate(last)}`];
		parts.push(`đợt tuyên truyền ${bounds.filter(Boolean).join(', ')}`);
	}
	const unknown = [
		[campaigns.filter((c) => c.from === null).length, 'không rõ ngày bắt đầu'],
		[campaigns.filter((c) => c.to === null).length, 'không rõ ngày kết thúc'],
		[rows.length - campaigns.length, 'không nêu đợt tuyên truyền'],
	] as const;
	const gaps = unknown.filter(([n]) => n > 0).map(([n, what]) => `${n} kế hoạch ${what}`);
	if (gaps.length) parts.push(gaps.join(', '));
	let text = `${parts.join('; ')}.`;
	const deadlines = rows.map((r) => validIso(r.reportDeadline));
	const d0 = minIso(deadlines);
	const d1 = maxIso(deadlines);
	if (d0 && d1) text += d0 === d1 ? ` Hạn báo cáo: ${formatDate(d0)}.` : ` Hạn báo cáo sớm nhất ${formatDate(d0)}, muộn nhất ${formatDate(d1)}.`;
	return text;
}

/**
 * A plan of the catalog as a chart row. `label` is the jurisdiction as shown ("Trung ương",
 * "tỉnh Lạng Sơn"), `href` and `groupHref` site paths with the base path.
 */
export function chartRowOf(plan: PlanEntry, label: string, href: string, groupHref?: string): ChartRow {
	const d = plan.data;
	return {
		id: plan.id,
		label,
		href,
		central: d.level === 'trung-uong',
		group: label,
		...(groupHref ? { groupHref } : {}),
		issuedAt: d.issuedAt,
		campaign: d.campaign,
		banners: d.banners,
		reportDeadline: d.reportDeadline,
	};
}
