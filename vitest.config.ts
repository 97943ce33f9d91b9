import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
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
		],
	},
});
