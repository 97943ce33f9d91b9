/**
 * Serves a built site on a free loopback port, as a host would: the site's CSP header on every
 * response, its own 404 page for unknown paths, and optionally only under a base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

export interface ServedSite {
	origin: string;
	close(): Promise<void>;
}

/** `csp: false` serves another site (a benchmark baseline) without this site's policy. */
export async function serveSite(dist: string, { base = '/', csp: withCsp = true } = {}): Promise<ServedSite> {
	const csp = contentSecurityPolicy();
	const headers = (res: import('node:http').ServerResponse) => {
		if (withCsp) res.setHeader('Content-Security-Policy', csp);
	};
	const serve = sirv(dist, { dev: false, etag: true, extensions: ['html'], setHeaders: headers });
	const notFoundFile = join(dist, '404.html');
	const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'Not found';
	const fail = (res: import('node:http').ServerResponse) => {
		headers(res);
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(notFound);
	};
	const server = createServer((req, res) => {
		// Only the base path exists on this host.
		if (!req.url?.startsWith(base)) return fail(res);
		req.url = req.url.slice(base.length - 1);
		serve(req, res, () => fail(res));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('could not start the test server');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
