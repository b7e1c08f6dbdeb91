/**
 * The fixture site: the small articles under e2e/fixtures/site/, written for
 * the component tests (tabs, copy, search, callouts, sidebar, table of
 * contents…), built with CONTENT_DIR into its own folder and served on
 * E2E_PORT + 10 (see playwright.config.ts), the way Starlight tests its
 * components on fixture sites. Editing the real articles in content/ cannot
 * break those tests, and the tests on content/ check only what every article
 * must satisfy.
 *
 *   node --experimental-strip-types e2e/support/fixture-site.ts   # builds it
 */
import { join } from 'node:path';
import { astroBuild } from './build.ts';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_CONTENT = join(ROOT, 'e2e', 'fixtures', 'site');
export const FIXTURE_DIST = join(ROOT, 'node_modules', '.cache', 'fixture-dist');

/**
 * The environment of a build on fixture content. The decision guide and the
 * API map cite headings of the real articles, which fixtures do not have:
 * their own links are not checked there (LINK_CHECK_SKIP, read by
 * src/build/integrations/post-build.ts); every other page's are.
 */
export function fixtureEnv(content: string, cacheDir: string): Record<string, string> {
	return { CONTENT_DIR: content, ASTRO_CACHE_DIR: cacheDir, LINK_CHECK_SKIP: '/choose/,/api-map/' };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const result = await astroBuild(fixtureEnv(FIXTURE_CONTENT, join(ROOT, 'node_modules', '.cache', 'fixture-astro')), FIXTURE_DIST);
	if (result.code !== 0) {
		console.error(result.output);
		console.error('The fixture site (e2e/fixtures/site/) failed to build: see above.');
		process.exit(1);
	}
	console.log(`Fixture site built in ${result.seconds.toFixed(1)} s: ${FIXTURE_DIST}`);
}
