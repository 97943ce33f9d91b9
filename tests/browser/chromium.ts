/** Finds the system Chromium and launches it headless with playwright-core. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found) {
		throw new Error('No Chromium found for the browser tests: install it (Debian: `apt-get install -y chromium`) or set CHROMIUM_PATH.');
	}
	return found;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: findChromium(),
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
