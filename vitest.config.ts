import { defineConfig } from 'vitest/config';

// Unit tests sit beside the module they test under src/; test tooling's own tests (content checks, bench statistics)
// sit beside it under e2e/. Playwright's specs are e2e/**/*.spec.ts, never *.test.ts.
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
		testTimeout: 30_000,
	},
});
