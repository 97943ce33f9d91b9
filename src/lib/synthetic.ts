/**
 * A deterministic, schema-valid synthetic corpus made from the real one, for the build
 * benchmark: a central plan per year and provincial plans for the units in force that year
 * (63 before 01/07/2025, 34 after), several per unit-year to reach the size asked for. Facts
 * are drawn from the real catalogue (slogans with the year's wording, conventions, agency
 * kinds, cited documents); bodies are recombined from the real plans' paragraphs and headings,
 * 10–16 kB each, so the text statistics stay Vietnamese; about one plan in ten has unknown
 * facts and an erratum. Pure: returns the files; the CLI writes them.
 */
import { stringify } from 'yaml';
import { referenceDay } from './catalog.ts';
import type { Agency } from '../schemas/agency.ts';
import type { Convention } from '../schemas/convention.ts';
import type { CitedDocument } from '../schemas/document.ts';
import { FIRST_HUMAN_RIGHTS_DAY, type Plan } from '../schemas/plan.ts';
import type { Province } from '../schemas/province.ts';
import type { Slogan } from '../schemas/slogan.ts';

export interface RealCorpus {
	plans: { id: string; data: Plan; body: string }[];
	provinces: Province[];
	agencies: Agency[];
	conventions: Convention[];
	slogans: Slogan[];
	documents: CitedDocument[];
}

/** mulberry32: a small seeded generator, so the same seed gives the same corpus. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const LAST_YEAR = 2025;
const MIN_BODY = 10_000;
const MAX_BODY = 16_000;
const SIGNERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng', 'Hoàng Thu Hà', 'Võ Thanh Hải', 'Đặng Ngọc Lan', 'Bùi Đức Long'];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Blocks (paragraphs, lists) of the real bodies that any plan may carry: no tags, no braces. */
export function bodyBlocks(bodies: string[]): { headings: string[]; paragraphs: string[] } {
	const blocks = bodies.flatMap((b) => b.split(/\n{2,}/).map((x) => x.trim())).filter((x) => x && !/[<>{}]/.test(x));
	const headings = [
		...new Set(blocks.filter((x) => /^#{3,4} /.test(x) && !x.includes('\n')).map((x) => x.replace(/^#+ (\d+(?:\.\d+)*\.|[a-zđ]\)|[IVX]+\.)?\s*/u, ''))),
	];
	// Paragraphs without their own number: shuffled, "3." after "1." would be a numbering gap.
	const paragraphs = blocks
		.filter((x) => !x.startsWith('#') && !/^\*\*Nơi nhận/.test(x) && !/\\$/m.test(x) && bytes(x) > 80)
		.map((x) => x.replace(/^(?:\d{1,2}(?:\.\d{1,2})*\\?\.|[a-zđ]\\?\)|\\?\([ivx]{1,5}\\?\))\s+/u, ''));
	return { headings, paragraphs };
}

/** How many years the corpus spans: enough that each unit has a few plans a year. */
export function yearsFor(plans: number): number[] {
	const span = Math.max(1, Math.min(40, Math.ceil(plans / 180)));
	return Array.from({ length: span }, (_, i) => LAST_YEAR - span + 1 + i);
}

export function generateCorpus({ plans, seed, real }: { plans: number; seed: number; real: RealCorpus }): Map<string, string> {
	const rnd = random(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
	const some = <T>(items: readonly T[], min: number, max: number): T[] => {
		const n = Math.min(items.length, min + Math.floor(rnd() * (max - min + 1)));
		const chosen = new Set<number>();
		while (chosen.size < n) chosen.add(Math.floor(rnd() * items.length));
		return [...chosen].sort((a, b) => a - b).map((i) => items[i]);
	};
	const { headings, paragraphs } = bodyBlocks(real.plans.map((p) => p.body));
	const summaries = real.plans.flatMap((p) => p.data.assignments.map((a) => a.summary));
	const openings = real.plans.map((p) => p.body.trim().split(/\n{2,}/)[0]).filter((x) => !/[<>{}]/.test(x));
	const agenciesOf = (level: string) => real.agencies.filter((a) => a.level === level && a.until === null);
	const provincial = agenciesOf('tinh').filter((a) => a.id !== 'bcd-nhan-quyen-tinh');
	const central = agenciesOf('trung-uong').filter((a) => a.id !== 'bcd-nhan-quyen-chinh-phu');
	const years = yearsFor(plans);
	const files = new Map<string, string>();

	const body = (assigned: { name: string }[]) => {
		const target = MIN_BODY + 500 + Math.floor(rnd() * (MAX_BODY - MIN_BODY - 1000));
		const sections: string[][] = [[], [], []];
		const intro = pick(openings);
		const tasks = assigned.map((a, i) => `### ${i + 1}. ${a.name}\n\n${pick(paragraphs)}`);
		const text = () =>
			[
				intro,
				'## I. MỤC ĐÍCH, YÊU CẦU',
				...sections[0],
				'## II. NỘI DUNG TUYÊN TRUYỀN',
				...sections[1],
				'## III. PHÂN CÔNG NHIỆM VỤ',
				...tasks,
				'## IV. TỔ CHỨC THỰC HIỆN',
				...sections[2],
				`TM. BAN CHỈ ĐẠO\\\nTRƯỞNG BAN\\\n${pick(SIGNERS)}`,
			].join('\n\n') + '\n';
		for (let i = 0; bytes(text()) < target; i++) {
			const p = rnd() < 0.15 ? `### ${pick(headings)}\n\n${pick(paragraphs)}` : pick(paragraphs);
			const section = sections[i % 3];
			if (bytes(text()) + bytes(p) + 2 > MAX_BODY) break;
			section.push(p);
		}
		return text();
	};

	let written = 0;
	for (const [yi, year] of years.entries()) {
		const anniversary = year - FIRST_HUMAN_RIGHTS_DAY;
		const units = real.provinces.filter((p) => p.until === null || p.until >= referenceDay(year)).sort((a, b) => a.id.localeCompare(b.id));
		// Plans left, shared out over the remaining years.
		const share = Math.ceil((plans - written) / (years.length - yi));
		for (let k = 0; k < share && written < plans; k++) {
			const isCentral = k === 0;
			const unit = isCentral ? undefined : units[(k - 1) % units.length];
			const n = isCentral ? 1 : Math.floor((k - 1) / units.length) + 1;
			const jurisdiction = unit ? unit.id : 'trung-uong';
			const stem = n > 1 ? `${jurisdiction}-${n}` : jurisdiction;
			const id = `${year}-${stem}`;
			const unknown = !isCentral && rnd() < 0.1;
			const where = unit ? `${unit.kind === 'thanh-pho' ? 'thành phố' : 'tỉnh'} ${unit.name}` : '';
			const assigned = some(isCentral ? central : provincial, 4, 10).map((a) => ({ agency: a.id, name: a.name, summary: pick(summaries) }));
			const day = String(1 + Math.floor(rnd() * 28)).padStart(2, '0');
			const data: Plan = {
				title: `Triển khai các hoạt động tuyên truyền nhân kỷ niệm ${anniversary} năm Ngày Nhân quyền thế giới${where ? ` trên địa bàn ${where}` : ''}`,
				docType: 'ke-hoach',
				number: unknown ? null : isCentral ? (year === 2025 ? '705/KH-BCĐNQ' : `${100 + (year % 900)}/KH-BCĐNQ`) : `${10 + k}/KH-BCĐNQ`,
				numberIllegible: null,
				issuerLines: null,
				level: isCentral ? 'trung-uong' : 'tinh',
				province: unit ? unit.id : null,
				issuer: isCentral ? 'bcd-nhan-quyen-chinh-phu' : 'bcd-nhan-quyen-tinh',
				issuerName: isCentral ? 'Ban Chỉ đạo Nhân quyền Chính phủ' : `Ban Chỉ đạo Nhân quyền ${where}`,
				issuedAt: unknown ? null : `${year}-11-${day}`,
				issuedPlace: unknown ? null : unit ? unit.name : 'Hà Nội',
				signer: { name: pick(SIGNERS), rank: null, position: 'TRƯỞNG BAN' },
				year,
				anniversary,
				implements: isCentral ? null : `${year}-trung-uong`,
				references: some(real.documents, 0, 2).map((d) => d.id),
				campaign: { from: `${year}-12-01`, to: unknown ? null : `${year}-12-31` },
				banners: rnd() < 0.3 ? null : { from: `${year}-11-${String(15 + Math.floor(rnd() * 10))}`, to: `${year}-12-31` },
				reportDeadline: unknown ? null : `${year + 1}-01-15`,
				slogans: some(real.slogans, 3, 8).map((s) => ({ slogan: s.id, text: s.text.replace('{n}', String(anniversary)).replace('{yyyy}', String(year)) })),
				conventions: some(real.conventions, 2, 5).map((c) => c.id),
				assignments: assigned,
				source: { file: `content/sources/${id}.txt`, kind: 'text', restored: false },
				errata: unknown ? [{ field: 'issuedAt', kind: 'ghi-chu', note: 'Văn bản không ghi ngày ban hành, số hiệu và hạn báo cáo.' }] : [],
			};
			const text = body(assigned);
			files.set(`content/plans/${year}/${stem}.mdx`, `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}`);
			files.set(
				`content/sources/${id}.txt`,
				`${data.issuerName.toUpperCase()}\n\nKẾ HOẠCH\n${data.title}\n\n${text.replace(/^#+ /gm, '').replace(/\\$/gm, '')}`,
			);
			written++;
		}
	}
	return files;
}
