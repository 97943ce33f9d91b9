/** Agency kinds of the catalogue as match candidates, those of the plan's own level first. */
import type { RealCorpus } from '../../synthetic.ts';
import { agencyKey, matchKey, similarity, type Candidate } from '../match.ts';

/** Names and aliases of every agency kind; a central plan prefers central kinds, a provincial plan the others. */
export function agencyCandidates(corpus: RealCorpus, central: boolean): Candidate<string>[] {
	const own = (level: string) => (central ? level === 'trung-uong' : level !== 'trung-uong');
	return [...corpus.agencies.filter((a) => own(a.level)), ...corpus.agencies.filter((a) => !own(a.level))].flatMap((a) =>
		[a.name, ...a.aliases].map((name) => ({ key: agencyKey(name), item: a.id })),
	);
}

/**
 * The catalogue's spelling (name or alias) that a key matched, the one most like the printed
 * words when several spell the same key ("UBND xã, phường" rather than "Ủy ban nhân dân các xã,
 * phường, đặc khu" for a text that prints the former).
 */
export function aliasText(corpus: RealCorpus, key: string, id: string, printed = ''): string {
	const a = corpus.agencies.find((x) => x.id === id)!;
	const spellings = [a.name, ...a.aliases].filter((n) => agencyKey(n) === key);
	const like = (n: string) => similarity(matchKey(n), matchKey(printed));
	return spellings.reduce<string | null>((best, n) => (best === null || like(n) > like(best) ? n : best), null) ?? a.name;
}
