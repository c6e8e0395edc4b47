import { defineConfig } from 'vitest/config';

export default defineConfig({
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx,mjs}'],
		exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
		// jsdom, not happy-dom: DOMPurify does not work under happy-dom.
		environment: 'jsdom',
		testTimeout: 30_000,
	},
});
