import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// The import command on the real sources, generated Word/PDF files and a scan (OCR).
			{ test: { name: 'import', include: ['tests/import/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 180_000 } },
			// Sequential: builds of project copies share node_modules (and Astro's cache in it).
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 180_000, fileParallelism: false } },
			{
				test: {
					name: 'accessibility',
					include: ['tests/accessibility/**/*.test.ts'],
					globalSetup: ['tests/browser/setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					fileParallelism: false,
				},
			},
			// The built site served by the system nginx with deploy/nginx.conf's generator.
			{ test: { name: 'serving', include: ['tests/serving/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 } },
		],
	},
});
