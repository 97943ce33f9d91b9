/**
 * `npm run nginx-conf`: writes deploy/nginx.conf and deploy/nginx-subpath.conf from
 * src/lib/serving/nginx.ts (a unit test checks the committed files are what this writes).
 * With options, prints one configuration for a host instead:
 *
 *   npm run nginx-conf -- --root /srv/site/dist --server-name example.org [--listen 80] [--base /sub/] [--no-brotli]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEPLOY_FILES, nginxConfig } from '../lib/serving/nginx.ts';

const { values } = parseArgs({
	options: {
		root: { type: 'string' },
		'server-name': { type: 'string', default: '_' },
		listen: { type: 'string', default: '80' },
		base: { type: 'string', default: '/' },
		'no-brotli': { type: 'boolean', default: false },
	},
});

try {
	if (values.root) {
		process.stdout.write(
			nginxConfig({ root: values.root, listen: values.listen, serverName: values['server-name'], base: values.base, brotli: !values['no-brotli'] }),
		);
	} else {
		const dir = resolve('deploy');
		mkdirSync(dir, { recursive: true });
		for (const [file, options] of Object.entries(DEPLOY_FILES)) {
			writeFileSync(join(dir, file), nginxConfig(options));
			console.log(`deploy/${file}`);
		}
	}
} catch (e) {
	console.error(`nginx-conf: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(2);
}
