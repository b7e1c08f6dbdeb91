import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser';

const isCI = Boolean(process.env.CI);
/** E2E_PORT moves the test server (and the build tests' servers just below it), so two checkouts can test at once. */
export const PORT = Number(process.env.E2E_PORT ?? 4399);
const executablePath = chromiumExecutable();

/** End-to-end tests run against the built site (`npm run build` first), served like a static host would serve it. */
export default defineConfig({
	testDir: '.',
	testMatch: '**/*.spec.ts',
	forbidOnly: isCI,
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: '../node_modules/.cache/playwright-report' }]],
	outputDir: '../node_modules/.cache/playwright-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS } } }],
	webServer: {
		command: `node --experimental-strip-types --no-warnings=ExperimentalWarning e2e/support/serve.ts dist --port ${PORT}`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !isCI,
	},
});
