import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser';

const isCI = Boolean(process.env.CI);
/** E2E_PORT moves the test servers (the built site's, the fixture site's at +10, the build tests' just below it), so two checkouts can test at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4399);
export const FIXTURE_PORT = PORT + 10;
const executablePath = chromiumExecutable();
const launchOptions = { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
const node = 'node --experimental-strip-types --no-warnings=ExperimentalWarning';

/**
 * End-to-end tests run against built sites, served like a static host would serve them:
 * - project "site": the real site in dist/ (`npm run build` first); these tests check what every article must satisfy.
 * - project "components": the fixture site (e2e/fixtures/site/, built by its web server's command into
 *   node_modules/.cache/fixture-dist); these tests, in e2e/components/, check how the components behave.
 */
export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	forbidOnly: isCI,
	retries: 0,
	workers: 2,
	// The machines that run these are often busy: 2 minutes a test, 10 s (not 5) before an expectation fails.
	timeout: 120_000,
	expect: { timeout: 10_000 },
	reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../node_modules/.cache/playwright-report' }]],
	outputDir: '../node_modules/.cache/playwright-results',
	use: { trace: 'retain-on-failure', launchOptions },
	projects: [
		{ name: 'site', testIgnore: ['components/**', 'bench/**'], use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${PORT}` } },
		{ name: 'components', testDir: 'components', use: { ...devices['Desktop Chrome'], launchOptions, baseURL: `http://127.0.0.1:${FIXTURE_PORT}` } },
	],
	webServer: [
		{
			command: `${node} e2e/support/serve.ts dist --port ${PORT}`,
			cwd: '..',
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !isCI,
		},
		{
			// Builds the fixture site (a few seconds), then serves it.
			command: `${node} e2e/support/fixture-site.ts && ${node} e2e/support/serve.ts node_modules/.cache/fixture-dist --port ${FIXTURE_PORT}`,
			cwd: '..',
			url: `http://127.0.0.1:${FIXTURE_PORT}/`,
			reuseExistingServer: !isCI,
			timeout: 300_000,
			stdout: 'pipe',
		},
	],
});
