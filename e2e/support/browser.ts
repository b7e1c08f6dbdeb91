import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/**
 * Which Chromium the tests drive, in order: CHROMIUM_PATH, the system's
 * /usr/bin/chromium (Debian's package, what CI installs), then Playwright's
 * own build. When none exists, Playwright's build is installed once
 * (`playwright install chromium`), and a failure says what to do.
 */
export function chromiumExecutable(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
		return fromEnv;
	}
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
	if (existsSync(chromium.executablePath())) return undefined;
	console.log('No Chromium found: installing Playwright\'s own (npx playwright install chromium)…');
	try {
		execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	} catch {
		throw new Error(
			'Could not install Chromium for the end-to-end tests. Install one and point CHROMIUM_PATH at it ' +
				'(on Debian or Ubuntu: apt-get install chromium), or run `npx playwright install chromium` with internet access.',
		);
	}
	return undefined;
}

/** Flags for a headless Chromium in containers and offline machines (no background network calls). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
