import { readFileSync } from 'node:fs';
import { readRealCorpus } from '../src/lib/content/real-corpus.ts';
import { importText } from '../src/lib/import/index.ts';
const { corpus } = readRealCorpus('.');
for (const f of process.argv.slice(2)) {
	try {
		const r = importText({ text: readFileSync(f, 'utf8'), kind: (process.env.KIND as 'ocr') ?? 'text', sourceFile: 'x', corpus });
		const { source, errata, ...d } = r.data;
		console.log(f, r.id, JSON.stringify(d, null, 1), JSON.stringify(r.extraction.proposals.map((p) => p.entry)), JSON.stringify(errata));
		if (process.env.BODY) console.log(r.body);
	} catch (e) {
		console.log(f, 'ERROR', (e as Error).message);
	}
}
