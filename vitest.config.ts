import { defineConfig } from 'vitest/config';

export default defineConfig({
	oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
	// Component tests look into the reader's shadow root, as the e2e test builds do.
	define: { __QUIRE_OPEN_SHADOW__: 'true' },
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx,mjs}'],
		exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
		// jsdom, not happy-dom: DOMPurify does not work under happy-dom.
		environment: 'jsdom',
		// Drops jsdom's "Could not parse CSS stylesheet" reports, and nothing else.
		setupFiles: ['tests/setup/quiet-css.ts'],
		testTimeout: 30_000,
	},
});
