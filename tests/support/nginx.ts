/**
 * Serves built sites with the system nginx and the project's own configuration
 * (src/lib/serving/nginx.ts, the generator of deploy/nginx.conf): unprivileged, on a free
 * loopback port, with a temporary prefix holding the configuration, pid file, logs and
 * temporary folders — nothing under /etc, /var or /run.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxConfig } from '../../src/lib/serving/nginx.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];
const MIME_TYPES = '/etc/nginx/mime.types';
/** Debian's build of ngx_brotli's static module (package libnginx-mod-http-brotli-static). */
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export function findNginx(): string {
	const found = NGINX.find((p) => existsSync(p));
	if (!found || !existsSync(MIME_TYPES)) throw new Error('No nginx found for the serving tests: install it (Debian: `apt-get install -y nginx`).');
	if (!existsSync(BROTLI_MODULE))
		throw new Error(`No Brotli module for nginx (${BROTLI_MODULE}): install it (Debian: \`apt-get install -y libnginx-mod-http-brotli-static\`).`);
	return found;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	await new Promise<void>((resolve) => server.close(() => resolve()));
	if (!address || typeof address === 'string') throw new Error('no free port');
	return address.port;
}

const accepts = (port: number) =>
	new Promise<boolean>((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});

export interface NginxSite {
	/** The site's site root, e.g. `/srv/x/dist`, or for a base path the folder holding it. */
	root: string;
	base: string;
}

export interface ServedByNginx {
	/** One origin per site, in order. */
	origins: string[];
	/** The full configuration nginx ran with. */
	config: string;
	close(): Promise<void>;
}

/** The main configuration around the generated server blocks: everything in the temporary prefix. */
function mainConfig(prefix: string, servers: string[]): string {
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t}_temp_path ${join(prefix, 'tmp', t)};`);
	return [
		`load_module ${BROTLI_MODULE};`,
		'daemon off;',
		'worker_processes 1;',
		`pid ${join(prefix, 'nginx.pid')};`,
		`error_log ${join(prefix, 'logs', 'error.log')} warn;`,
		'events { worker_connections 64; }',
		'http {',
		`\taccess_log ${join(prefix, 'logs', 'access.log')};`,
		...temp,
		...servers.map((s) => s.replace(/^/gm, '\t').replace(/^\t$/gm, '')),
		'}',
		'',
	].join('\n');
}

/** `nginx -t` on a server block: its messages, and whether it passed. */
export function checkConfig(server: string, { brotli = true } = {}): { ok: boolean; output: string } {
	const prefix = mkdtempSync(join(tmpdir(), 'kho-nginx-t-'));
	try {
		for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
		copyFileSync(MIME_TYPES, join(prefix, 'mime.types'));
		const config = mainConfig(prefix, [server]);
		writeFileSync(join(prefix, 'nginx.conf'), brotli ? config : config.replace(/^load_module .*\n/m, ''));
		const r = spawnSync(findNginx(), ['-t', '-p', `${prefix}/`, '-e', join(prefix, 'logs', 'error.log'), '-c', join(prefix, 'nginx.conf')], {
			encoding: 'utf8',
		});
		return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
	} finally {
		rmSync(prefix, { recursive: true, force: true });
	}
}

/** Starts nginx serving each site with the generated configuration, each on its own port. */
export async function serveWithNginx(sites: NginxSite[]): Promise<ServedByNginx> {
	const nginx = findNginx();
	const prefix = mkdtempSync(join(tmpdir(), 'kho-nginx-'));
	// When the tests run as root nginx's workers run as "nobody": they must reach the temp folders.
	chmodSync(prefix, 0o755);
	for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
	copyFileSync(MIME_TYPES, join(prefix, 'mime.types'));
	const ports = await Promise.all(sites.map(() => freePort()));
	const servers = sites.map((s, i) => nginxConfig({ root: s.root, listen: `127.0.0.1:${ports[i]}`, serverName: 'localhost', base: s.base, brotli: true }));
	const config = mainConfig(prefix, servers);
	writeFileSync(join(prefix, 'nginx.conf'), config);
	const child: ChildProcess = spawn(nginx, ['-p', `${prefix}/`, '-e', join(prefix, 'logs', 'error.log'), '-c', join(prefix, 'nginx.conf')], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	const log = () => `${stderr}${existsSync(join(prefix, 'logs', 'error.log')) ? readFileSync(join(prefix, 'logs', 'error.log'), 'utf8') : ''}`.trim();
	const deadline = Date.now() + 10_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}: ${log()}`);
		if ((await Promise.all(ports.map(accepts))).every(Boolean)) break;
		if (Date.now() > deadline) {
			child.kill('SIGQUIT');
			throw new Error(`nginx did not start within 10 s: ${log()}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	return {
		origins: ports.map((p) => `http://127.0.0.1:${p}`),
		config,
		async close() {
			child.kill('SIGQUIT'); // graceful shutdown of the master and its worker
			await exited;
			rmSync(prefix, { recursive: true, force: true });
		},
	};
}
