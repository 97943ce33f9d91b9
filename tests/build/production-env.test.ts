/** `npm run build -- --production` refuses to start without the address, the report address and the operator. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/corpus.ts';

const build = (env: Record<string, string>) =>
	spawnSync(process.execPath, ['src/cli/build.ts', '--production'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
	});

describe('a production build', () => {
	it('names every missing setting in one line and builds nothing', () => {
		const run = build({ SITE_URL: 'https://example.org' });
		expect(run.status).toBe(1);
		const message = run.stderr.trim();
		expect(message.split('\n')).toHaveLength(1);
		expect(message).toContain('REPORT_URL');
		expect(message).toContain('SITE_OPERATOR');
		expect(message).not.toContain('SITE_URL (');
	});

	it('asks for the operator’s address as well as its name', () => {
		const run = build({ SITE_URL: 'https://example.org', REPORT_URL: 'mailto:loi@example.org', SITE_OPERATOR: 'Văn phòng X' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('SITE_OPERATOR');
	});
});
