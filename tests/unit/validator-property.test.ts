/**
 * Property: whatever a plan file holds, the validator answers with problems or passes — it
 * never throws and takes well under a second. Files are real plans with random hostile
 * changes (tests/support/mutate.ts); the seed is fixed so a failure can be replayed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/lib/content/problem.ts';
import { checkContent } from '../../src/lib/content/validate.ts';
import { corpusWith } from '../support/corpus.ts';
import { compactReport, mutatedPlan } from '../support/mutate.ts';

describe('the validator on random and mutated plans', () => {
	it('never throws, never takes a second, and always names the file it refuses', () => {
		const root = corpusWith();
		let refused = 0;
		let runs = 0;
		fc.assert(
			fc.property(mutatedPlan, ({ path, text }) => {
				const file = `content/plans/${path}`;
				const original = readFileSync(join(root, file));
				writeFileSync(join(root, file), text);
				// CPU time, not wall time: other tests run beside this one.
				const started = process.cpuUsage();
				let problems: Problem[];
				try {
					problems = checkContent(root).problems;
				} finally {
					writeFileSync(join(root, file), original);
				}
				const used = process.cpuUsage(started);
				expect((used.user + used.system) / 1000).toBeLessThan(1000);
				runs++;
				if (problems.length) refused++;
				for (const p of problems) {
					expect(p.file, formatProblem(p)).toBe(file);
					expect(p.line).toBeGreaterThan(0);
					expect(p.message.length).toBeGreaterThan(0);
				}
			}),
			{ seed: 20251210, numRuns: 300, reporter: compactReport },
		);
		// The generator must exercise both answers.
		expect(refused).toBeGreaterThan(runs / 3);
		expect(refused).toBeLessThan(runs);
	}, 120_000);
});
