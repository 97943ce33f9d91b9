import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { DEPLOY_FILES, nginxConfig } from '../../src/lib/serving/nginx.ts';
import { ROOT } from '../support/corpus.ts';

describe('deploy/ nginx configurations', () => {
	it.each(Object.keys(DEPLOY_FILES))('deploy/%s is what `npm run nginx-conf` writes', (file) => {
		expect(readFileSync(join(ROOT, 'deploy', file), 'utf8')).toBe(nginxConfig(DEPLOY_FILES[file]));
	});

	it('sends the site’s policy with every location, error pages included', () => {
		const conf = nginxConfig(DEPLOY_FILES['nginx.conf']);
		const locations = conf.match(/^\tlocation /gm)!.length;
		const policy = conf.match(/add_header Content-Security-Policy "([^"]*)" always;/g)!;
		expect(policy).toHaveLength(locations);
		expect(new Set(policy)).toEqual(new Set([`add_header Content-Security-Policy "${contentSecurityPolicy()}" always;`]));
	});

	it('serves a base path only under it, with its own 404 page', () => {
		const conf = nginxConfig({ ...DEPLOY_FILES['nginx.conf'], base: '/kho/' });
		expect(conf).toContain('error_page 404 /kho/404.html;');
		expect(conf).toContain('location ^~ /kho/_astro/ {');
		expect(conf).toMatch(/location \/ \{[^}]*return 404;/);
	});

	it('leaves brotli_static out when asked, and refuses a malformed base path', () => {
		expect(nginxConfig({ ...DEPLOY_FILES['nginx.conf'], brotli: false })).not.toMatch(/^\s*brotli/m);
		expect(() => nginxConfig({ ...DEPLOY_FILES['nginx.conf'], base: '/kho' })).toThrow(/base path/);
		expect(() => nginxConfig({ ...DEPLOY_FILES['nginx.conf'], base: '/a;b/' })).toThrow(/base path/);
	});
});
