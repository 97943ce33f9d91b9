/**
 * The abbreviations the plans use, each with its expansion and where it appears: how many plans
 * of the corpus write it, and the newest few of them (the rest are one search away).
 */
import type { PlanEntry } from './catalog.ts';

export interface Term {
	term: string;
	meaning: string;
	note?: string;
}

/** Abbreviations found in the plans' texts, as they write them. */
export const TERMS: Term[] = [
	{ term: 'BCĐNQ', meaning: 'Ban Chỉ đạo Nhân quyền (Ban Chỉ đạo về công tác nhân quyền)', note: 'Trong số hiệu: 705/KH-BCĐNQ.' },
	{ term: 'BCĐ', meaning: 'Ban Chỉ đạo' },
	{ term: 'CQTT', meaning: 'Cơ quan Thường trực (của Ban Chỉ đạo Nhân quyền)', note: 'Trong số hiệu: …/KH-BCĐNQ-CQTT.' },
	{ term: 'VPTT', meaning: 'Văn phòng Thường trực' },
	{ term: 'VPCQTT', meaning: 'Văn phòng Cơ quan Thường trực' },
	{ term: 'UBND', meaning: 'Ủy ban nhân dân' },
	{ term: 'HĐND', meaning: 'Hội đồng nhân dân' },
	{ term: 'TT.TU', meaning: 'Thường trực Tỉnh ủy' },
	{ term: 'VPCP', meaning: 'Văn phòng Chính phủ' },
	{ term: 'LĐVP', meaning: 'Lãnh đạo Văn phòng' },
	{ term: 'LHQ', meaning: 'Liên hợp quốc' },
	{ term: 'ANTT', meaning: 'an ninh, trật tự' },
	{ term: 'ANTQ', meaning: 'an ninh Tổ quốc' },
	{ term: 'NGO', meaning: 'tổ chức phi chính phủ (Non-Governmental Organization)' },
	{ term: 'SWL', meaning: 'Danh sách theo dõi đặc biệt về tự do tôn giáo (Special Watch List)' },
	{ term: 'UPR', meaning: 'Cơ chế Rà soát định kỳ phổ quát của Hội đồng Nhân quyền Liên hợp quốc (Universal Periodic Review)' },
	{ term: 'CHLB', meaning: 'Cộng hòa Liên bang' },
	{ term: 'KH', meaning: 'Kế hoạch', note: 'Trong số hiệu văn bản.' },
	{ term: 'QĐ-TTg', meaning: 'Quyết định của Thủ tướng Chính phủ', note: 'Trong số hiệu văn bản: 1079/QĐ-TTg.' },
	{ term: 'b/c', meaning: 'báo cáo', note: 'Ở phần “Nơi nhận”: “để b/c”.' },
];

/** Where a term appears: the plans whose text or number writes it as a word, newest first, at most `keep` of them. */
export function termUses(term: string, plans: readonly PlanEntry[], keep = 5): { count: number; plans: PlanEntry[] } {
	const escaped = term.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
	const found = plans.filter((p) => re.test(p.body) || re.test(`${p.data.number ?? ''} ${p.data.numberIllegible ?? ''}`));
	const newest = [...found].sort((a, b) => b.data.year - a.data.year || a.id.localeCompare(b.id));
	return { count: found.length, plans: newest.slice(0, keep) };
}
