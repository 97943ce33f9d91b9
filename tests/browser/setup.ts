/**
 * Global setup of the browser tests: serves the built site (dist/) on a free loopback port and
 * checks that a Chromium is installed. `npm test` builds the site first.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
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
	const serve = sirv(DIST, { dev: false, etag: true, extensions: ['html'] });
	server = createServer((req, res) => serve(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	}));
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('could not start the test server');
	project.provide('baseURL', `http://127.0.0.1:${address.port}`);
}

export async function teardown() {
	await new Promise((resolve) => server?.close(resolve));
}
