// ESLint: typescript-eslint's type-aware recommended rules on the TypeScript and JavaScript code
// and on the .astro frontmatter, and eslint-plugin-astro's recommended rules on the pages.
// `npm run lint` (after `astro sync`); part of `npm test`. See docs/linting.md.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	globalIgnores(['dist/', '.astro/', 'test-results/', 'tests/fixtures/', '.dist-next/', '.dist-old/', 'bench-results/', '.bench-work/']),
	js.configs.recommended,
	tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
			globals: globals.node,
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// `const { folded: _, ...rest } = p` leaves a property out of a copy.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	astro.configs.recommended,
	{
		// astro-eslint-parser cannot use the project service; it builds its own program from
		// tsconfig.json, which gives the frontmatter the same type information.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
	},
	{
		// The <script> of a page is linted as a virtual file (Page.astro/1_1.ts) that is in no
		// TypeScript program, so it gets the rules that need no type information.
		files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
		extends: [tseslint.configs.disableTypeChecked],
	},
	{
		// The browser's code.
		files: ['src/scripts/**'],
		languageOptions: { globals: globals.browser },
	},
);
