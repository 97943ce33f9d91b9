/**
 * Global setup of the browser tests: serves the built site (dist/) on a free loopback port and
 * checks that a Chromium is installed. `npm test` builds the site first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { findChromium } from './chromium.ts';

const DIST = join(import.meta.dirname, '../../dist');

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let server: Server | undefined;

export async function setup(project: TestProject) {
	findChromium(); // fails with a one-line install hint when there is none
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
	}
	// Served as a host would: with the site's Content-Security-Policy header on every response,
	// and the site's own 404 page for unknown paths.
	const serve = sirv(DIST, {
		dev: false,
		etag: true,
		extensions: ['html'],
		setHeaders: (res) => res.setHeader('Content-Security-Policy', contentSecurityPolicy()),
	});
	const notFound = readFileSync(join(DIST, '404.html'));
	server = createServer((req, res) =>
		serve(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': contentSecurityPolicy() });
			res.end(notFound);
		}),
	);
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('could not start the test server');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
}

export async function teardown() {
	await new Promise((resolve) => server?.close(resolve));
}
