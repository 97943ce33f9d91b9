/**
 * Global setup of the browser tests: serves the built site (dist/) as a host would (see
 * tests/support/serve.ts) and checks that a Chromium is installed. `npm test` builds the site first.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveSite, type ServedSite } from '../support/serve.ts';
import { findChromium } from './chromium.ts';

const DIST = join(import.meta.dirname, '../../dist');

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

let site: ServedSite | undefined;

export async function setup(project: TestProject) {
	findChromium(); // fails with a one-line install hint when there is none
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
	}
	site = await serveSite(DIST);
	project.provide('baseURL', site.origin);
}

export async function teardown() {
	await site?.close();
}
