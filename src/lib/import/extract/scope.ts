/**
 * The plans the knowledge base holds: those of the central steering committee and of a
 * province (its steering committee or its People's Committee). A plan issued at another level
 * — a department (Sở), a ministry, a district, a commune — is refused, with the level found and
 * where, before anything is written: it would otherwise take the id of its province's plan.
 */
import type { RealCorpus } from '../../synthetic.ts';
import { agencyKey } from '../match.ts';
import { UnreadableInput } from '../text.ts';
import type { Field } from './types.ts';

/** Agency kinds that issue the plans the knowledge base holds (and their standing offices). */
export const PLAN_ISSUERS = new Set([
	'bcd-nhan-quyen-chinh-phu',
	'van-phong-thuong-truc-bcdnq',
	'bcd-nhan-quyen-tinh',
	'van-phong-thuong-truc-bcdnq-tinh',
	'ubnd-tinh',
]);

const LEVEL_WORDS: Record<string, string> = {
	'trung-uong': 'a central agency',
	tinh: 'a provincial agency',
	huyen: 'a district (huyện)',
	xa: 'a commune (xã, phường)',
};

/** A plan issued at a level the knowledge base does not hold. */
export class OutOfScope extends UnreadableInput {
	override name = 'OutOfScope';
}

/** The level a body's name states, in words for the editor; null for the levels the knowledge base holds or when it does not say. */
export function otherLevelOf(name: string): string | null {
	const key = agencyKey(name);
	if (/^so\b/.test(key)) return 'a provincial department (Sở)';
	if (/^bo\b/.test(key) && !/^bo chi huy/.test(key)) return 'a ministry (Bộ)';
	if (/^phong\b/.test(key)) return 'a district office (Phòng)';
	if (/^(?:uy ban nhan dan|ban chi dao\b.*?) (?:cap huyen|cap xa)\b/.test(key)) return /cap xa/.test(key) ? 'a commune (xã, phường)' : 'a district (huyện)';
	if (/^uy ban nhan dan (?:huyen|quan|thi xa)\b/.test(key)) return 'a district (huyện)';
	if (/^uy ban nhan dan (?:xa|phuong|thi tran|dac khu)\b/.test(key)) return 'a commune (xã, phường)';
	return null;
}

/** Refuses a plan whose issuer is at another level: one line naming the level, the body and the line. */
export function checkScope(corpus: RealCorpus, issuer: Field<string>, issuerName: Field<string>, numberCode: string | null): void {
	const kind = issuer.value ? corpus.agencies.find((a) => a.id === issuer.value) : undefined;
	const where = issuerName.line ? ` (line ${issuerName.line})` : '';
	let level = issuerName.value ? otherLevelOf(issuerName.value) : null;
	// Any other known body refuses the plan, unless it was only guessed from the header (low confidence).
	if (!level && kind && !PLAN_ISSUERS.has(kind.id))
		level = otherLevelOf(kind.name) ?? (issuer.confidence === 'low' ? null : (LEVEL_WORDS[kind.level] ?? `level ${kind.level}`));
	if (level) {
		throw new OutOfScope(
			`issued by ${issuerName.value || kind?.name}${where}, ${level}: the knowledge base holds only plans of the central or a provincial steering committee or People's Committee; nothing was written`,
		);
	}
	// No issuer named in the opening: a department's number ("123/KH-SVHTTDL") still tells.
	if (!issuerName.value && numberCode && /^S[A-ZĐ]{1,8}$/.test(numberCode)) {
		throw new OutOfScope(
			`the number's code "${numberCode}" is a provincial department's (Sở): the knowledge base holds only plans of the central or a provincial steering committee or People's Committee; nothing was written`,
		);
	}
}
