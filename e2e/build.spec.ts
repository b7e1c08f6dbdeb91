import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { test, expect } from '@playwright/test';
import { SIDEBAR_WINDOW } from '../src/lib/navigation';
import { astroBuild } from './support/build';
import { FIXTURE_CONTENT, fixtureEnv } from './support/fixture-site';
import { articlePaths } from './support/content';
import { startServer } from './support/serve';
import { sitemapPaths, watchPage } from './support/site';

/**
 * Builds the site with a changed copy of the fixture articles (e2e/fixtures/site/),
 * or the real content under another base path, and checks the outcome. Each build gets its own output and cache folder, so
 * these can run beside the main dist/. Serial: two builds at once would fight
 * for the two cores.
 */
test.describe.configure({ mode: 'serial', timeout: 180_000 });

const ROOT = join(import.meta.dirname, '..');

/** A build with its own cache folder beside its output, so builds never share one. */
const build = (env: Record<string, string>, outDir: string) => astroBuild({ ASTRO_CACHE_DIR: join(outDir, '..', 'cache'), ...env }, outDir);

/** A build of fixture articles in `content` (a copy of e2e/fixtures/site/). */
const buildFixtures = (content: string, outDir: string, env: Record<string, string> = {}) => build({ ...fixtureEnv(content, join(outDir, '..', 'cache')), ...env }, outDir);

/** A temporary copy of the fixture articles with one extra file, and a folder for the build. */
function contentWith(name: string, text: string): { content: string; out: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-build-'));
	const content = join(dir, 'content');
	cpSync(FIXTURE_CONTENT, content, { recursive: true });
	writeFileSync(join(content, name), text);
	return { content, out: join(dir, 'dist'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const frontmatter = (extra: Record<string, string> = {}) => {
	const fields: Record<string, string> = {
		title: '"Broken fixture"',
		description: '"A fixture article that the build tests add to a copy of the content to see the build fail."',
		topic: 'foundations',
		order: '99',
		updated: '2026-11-25',
		tags: '[fixture]',
		sources: '\n  - title: "A"\n    url: "https://example.com/a"\n  - title: "B"\n    url: "https://example.com/b"',
		...extra,
	};
	return `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
};

/** The line of `text` where `needle` first appears (1-based), as an error message should give it. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const TABS = `${frontmatter()}\nSome text first.\n\n<FrameworkTabs>\n<div slot="pytorch">\n\nA\n\n</div>\n<div slot="jax">\n\nB\n\n</div>\n</FrameworkTabs>\n`;
const UNKNOWN = `${frontmatter()}\nSome text first.\n\n<Aside type="note">\nA note.\n</Aside>\n`;
const CALLOUT = `${frontmatter()}\nSome text first.\n\n<Callout type="danger">\nCareful.\n</Callout>\n`;

const FAILURES: { title: string; file: string; text: string; expected: (string | RegExp)[]; unexpected?: string[] }[] = [
	{
		title: 'a bad frontmatter field fails the build, naming the file and the field',
		file: 'bad-frontmatter.mdx',
		text: `${frontmatter({ topic: 'misc' })}\nText linking to [the overview](/overview/).\n`,
		expected: ['bad-frontmatter', /topic/],
	},
	{
		title: 'an unknown frontmatter key fails the build, naming it',
		file: 'unknown-key.mdx',
		text: `${frontmatter({ colour: 'blue' })}\nText.\n`,
		expected: ['unknown-key', 'colour'],
	},
	{
		title: 'a broken internal link fails the build, naming the page and the target',
		file: 'broken-link.mdx',
		text: `${frontmatter()}\nSee [nowhere](/no-such-article/) and [a missing section](/overview/#no-such-heading).\n`,
		expected: ['/broken-link/ -> /no-such-article/ (no such page or file)', '/broken-link/ -> /overview/#no-such-heading (no element with id "no-such-heading")'],
	},
	{
		title: 'a framework tab with an unknown slot fails the build, naming the file',
		file: 'bad-tabs.mdx',
		text: TABS,
		expected: [new RegExp(`bad-tabs\\.mdx:${lineOf(TABS, '<FrameworkTabs>')}:1: <FrameworkTabs> has a child with unknown slot "jax"`)],
	},
	{
		title: 'two articles of one topic with the same order fail the build, naming both files',
		file: 'same-order.mdx',
		// overview.mdx is foundations, order 1.
		text: `${frontmatter({ order: '1' })}\nText.\n`,
		expected: [/overview\.mdx and \S*same-order\.mdx both have topic "foundations" and order 1; give one another order/],
	},
	{
		title: 'an unknown component fails the build, naming the file, the line and the five components',
		file: 'unknown-component.mdx',
		text: UNKNOWN,
		expected: [new RegExp(`unknown-component\\.mdx:${lineOf(UNKNOWN, '<Aside')}:1: <Aside> is not a component of this site\\. Articles can use <FrameworkTabs>, <Tabs>, <Tab>, <Callout>, <InShort>, with no import`)],
		unexpected: ['you likely forgot to import'],
	},
	{
		title: 'a callout of an unknown type fails the build, naming the file and the line',
		file: 'bad-callout.mdx',
		text: CALLOUT,
		expected: [new RegExp(`bad-callout\\.mdx:${lineOf(CALLOUT, '<Callout')}:1: <Callout> has type "danger"; use one of note, tip, warning, correction`)],
	},
	{
		title: 'a date that is not YYYY-MM-DD fails the build, naming the file, the field and the format',
		file: 'bad-date.mdx',
		text: `${frontmatter({ updated: '30/11/2026' })}\nText.\n`,
		expected: ['bad-date', /updated\W+"30\/11\/2026" is not a date: use YYYY-MM-DD/],
	},
	{
		title: 'an old slug in redirectFrom that is a live article fails the build, naming both files',
		file: 'redirect-clash.mdx',
		text: `${frontmatter({ redirectFrom: '[overview]' })}\nText.\n`,
		expected: [/redirect-clash\.mdx: redirectFrom "overview" is the slug of \S*overview\.mdx/],
	},
];

for (const failure of FAILURES) {
	test(failure.title, async () => {
		const fixture = contentWith(failure.file, failure.text);
		try {
			const { code, output } = await buildFixtures(fixture.content, fixture.out);
			expect(code).not.toBe(0);
			for (const expected of failure.expected) {
				if (typeof expected === 'string') expect(output).toContain(expected);
				else expect(output).toMatch(expected);
			}
			for (const unexpected of failure.unexpected ?? []) expect(output).not.toContain(unexpected);
		} finally {
			fixture.cleanup();
		}
	});
}

test('npm run new writes a draft at the end of its topic, refuses taken names, and its placeholders cannot ship', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-new-'));
	try {
		const content = join(dir, 'content');
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		const run = (...args: string[]) =>
			spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts', 'new-article.ts'), ...args], {
				cwd: ROOT,
				env: { ...process.env, CONTENT_DIR: content },
				encoding: 'utf8',
			});
		const created = run('Loading models safely', 'production');
		expect(created.status, created.stderr).toBe(0);
		const file = join(content, 'loading-models-safely.mdx');
		const text = readFileSync(file, 'utf8');
		// The fixtures' production articles have orders 1 and 2.
		expect(text).toMatch(/^order: 3$/m);
		expect(text).toMatch(new RegExp(`^updated: ${new Date().toISOString().slice(0, 10)}$`, 'm'));
		expect(text).toMatch(/^draft: true$/m);
		for (const [args, reason] of [
			[['Loading models safely', 'production'], 'is taken by'],
			[['Search', 'ecosystem'], 'is the address of a site page'],
			// computational-graphs.mdx has redirectFrom: [graphs-and-compilers].
			[['Graphs and compilers', 'foundations'], 'is an old address of'],
			[['Anything', 'misc'], 'Give one of the topics (not "misc")'],
		] as const) {
			const refused = run(...args);
			expect(refused.status, args.join(' ')).toBe(1);
			expect(refused.stderr).toContain(reason);
		}
		// Published as scaffolded, it fails the build, naming the file and the field.
		writeFileSync(file, text.replace(/^draft: true\n/m, ''));
		const { code, output } = await buildFixtures(content, join(dir, 'dist'));
		expect(code).not.toBe(0);
		expect(output).toContain('loading-models-safely');
		expect(output).toMatch(/sources\.0\.url\W+sources\[0\] is still the placeholder from `npm run new`/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});

test.describe('built under BASE_PATH=/field-guide/', () => {
	let server: Server | undefined;
	let dir = '';
	const PORT = Number(process.env.E2E_PORT ?? 4399) - 1;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'field-guide-subpath-'));
		const { code, output } = await build({ BASE_PATH: '/field-guide/', SITE_URL: 'https://example.org' }, join(dir, 'dist'));
		expect(code, output).toBe(0);
		server = await startServer(join(dir, 'dist'), PORT, '/field-guide/');
	});
	test.afterAll(async () => {
		await new Promise((done) => server?.close(done));
		rmSync(dir, { recursive: true, force: true });
	});

	test('every page, asset, link target, feed and search file answers without a 404', async ({ page, request }) => {
		const origin = `http://127.0.0.1:${PORT}`;
		const paths = sitemapPaths(join(dir, 'dist'), '/field-guide/');
		expect(paths.length).toBeGreaterThan(10);
		const problems = watchPage(page, origin);
		const links = new Set<string>();
		for (const path of paths) {
			// networkidle: /search/ loads the index at once; leaving earlier would abort those requests.
			await page.goto(`${origin}/field-guide${path}`, { waitUntil: 'networkidle' });
			for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
				if (href.startsWith(origin)) links.add(href.split('#')[0] ?? href);
			}
		}
		for (const href of [...links, `${origin}/field-guide/rss.xml`, `${origin}/field-guide/robots.txt`, `${origin}/field-guide/pagefind/pagefind.js`]) {
			const response = await request.get(href, { maxRedirects: 0 });
			expect(response.status(), href).toBe(200);
		}
		expect(problems.failed).toEqual([]);
		expect(problems.console).toEqual([]);
		const feed = await (await request.get(`${origin}/field-guide/rss.xml`)).text();
		expect(feed).toContain(`<link>https://example.org/field-guide${articlePaths()[0]}</link>`);
	});
});

test.describe('a topic with more articles than the sidebar shows', () => {
	let server: Server | undefined;
	let dir = '';
	const PORT = Number(process.env.E2E_PORT ?? 4399) - 2;
	const EXTRA = 40;

	test.beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'field-guide-many-'));
		const content = join(dir, 'content');
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		for (let i = 1; i <= EXTRA; i++) {
			const title = `"Extra article ${String(i).padStart(2, '0')}"`;
			writeFileSync(join(content, `extra-${String(i).padStart(2, '0')}.mdx`), `${frontmatter({ title, order: String(100 + i) })}\nA short article, one of ${EXTRA}.\n`);
		}
		const { code, output } = await buildFixtures(content, join(dir, 'dist'));
		expect(code, output).toBe(0);
		server = await startServer(join(dir, 'dist'), PORT, '/');
	});
	test.afterAll(async () => {
		await new Promise((done) => server?.close(done));
		rmSync(dir, { recursive: true, force: true });
	});

	test('lists a window of 11 around the current article, with links to the full list', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto(`http://127.0.0.1:${PORT}/extra-20/`);
		const group = page.getByRole('navigation', { name: 'Articles' }).locator('.sidebar__group--current');
		const articles = group.locator('li a:not(.sidebar__more)');
		await expect(articles).toHaveCount(SIDEBAR_WINDOW);
		await expect(articles.nth(5)).toHaveAttribute('aria-current', 'page');
		await expect(articles.nth(5)).toHaveText('Extra article 20');
		await expect(articles.first()).toHaveText('Extra article 15');
		const more = group.locator('a.sidebar__more');
		await expect(more).toHaveText([/^\d+ earlier in Foundations$/, `${EXTRA - 25} more in Foundations`]);
		await more.last().click();
		await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/#topic-foundations`);
		await expect(page.locator('#topic-foundations').locator('..').getByRole('link', { name: 'Extra article 40' })).toBeVisible();
	});

	test('shows the first 11 on the topic’s first article, with nothing hidden before them', async ({ page }) => {
		await page.setViewportSize({ width: 1400, height: 900 });
		await page.goto(`http://127.0.0.1:${PORT}/overview/`);
		const group = page.getByRole('navigation', { name: 'Articles' }).locator('.sidebar__group--current');
		await expect(group.locator('li a:not(.sidebar__more)')).toHaveCount(SIDEBAR_WINDOW);
		await expect(group.locator('a.sidebar__more')).toHaveText([/^\d+ more in Foundations$/]);
	});
});

test('a rebuild reuses unchanged pages and re-renders every page a change shows on', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-rebuild-'));
	try {
		const content = join(dir, 'content');
		cpSync(FIXTURE_CONTENT, content, { recursive: true });
		const env = fixtureEnv(content, join(dir, 'cache'));
		const first = await build(env, join(dir, 'dist'));
		expect(first.code, first.output).toBe(0);

		// Another article's title (shown in the sidebar of its topic) and one article's text change between builds.
		const debugging = join(content, 'debugging.mdx');
		writeFileSync(debugging, readFileSync(debugging, 'utf8').replace(/^title: .*$/m, 'title: "Debugging, renamed between builds"'));
		const overview = join(content, 'overview.mdx');
		writeFileSync(overview, `${readFileSync(overview, 'utf8')}\nA sentence added between builds.\n\n\`\`\`python\nprint("a block added between builds")\n\`\`\`\n`);
		// The new site is built in a staging folder and replaces the old one whole (src/build/integrations/staged-build.ts).
		writeFileSync(join(dir, 'dist', 'stale.html'), '<p>Left by an earlier build.</p>');
		const second = await build(env, join(dir, 'dist'));
		expect(second.code, second.output).toBe(0);
		expect(existsSync(join(dir, 'dist', 'stale.html'))).toBe(false);
		expect(readdirSync(join(dir, '.dist-build'))).toEqual([expect.stringMatching(/^previous-/)]);

		const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
		expect(page('visualization')).toContain('Debugging, renamed between builds');
		expect(page('overview')).toContain('A sentence added between builds.');
		// Code is highlighted as the page renders, in a rebuild too.
		expect(page('overview')).toMatch(/<span class="t-string[^"]*">"a block added between builds"<\/span>/);
		expect(page('debugging')).toContain('Debugging, renamed between builds');
		// Unchanged cards were reused, not drawn again; the changed one was.
		expect(second.output).toMatch(/\/og\/performance\.png \((cached|restored)\)/);
		expect(second.output).not.toMatch(/\/og\/debugging\.png \((cached|restored)\)/);
		// An install guide shows the site's articles (its header), so a changed title renders it again.
		expect(second.output).not.toMatch(/\/install\/linux\/index\.html \((cached|restored)\)/);

		expect(page('tags/pdb')).toContain('Debugging, renamed between builds');

		// Only text changes, enough to add two minutes or more to the overview's reading time: the tag pages that
		// list the overview show the new time, the others are reused.
		const minutes = (html: string) => Number(/href="\/overview\/"[\s\S]*?(\d+) min read/.exec(html)?.[1]);
		const before = minutes(page('tags/governance'));
		writeFileSync(overview, `${readFileSync(overview, 'utf8')}\n${'More words for the reading time. '.repeat(88)}\n`);
		const longer = await build(env, join(dir, 'dist'));
		expect(longer.code, longer.output).toBe(0);
		expect(minutes(page('tags/governance'))).toBeGreaterThan(before);
		expect(longer.output).toMatch(/\/tags\/pdb\/index\.html \((cached|restored)\)/);
		expect(longer.output).not.toMatch(/\/tags\/governance\/index\.html \((cached|restored)\)/);
		expect(longer.output).toMatch(/\/install\/linux\/index\.html \((cached|restored)\)/);

		// One article's date and sources change: only its own page shows them, so it alone is rendered again; the
		// pages that show its title (its topic's sidebar, its tag pages, the install guides) keep their HTML.
		writeFileSync(
			debugging,
			readFileSync(debugging, 'utf8')
				.replace(/^updated: .*$/m, 'updated: 2026-11-24')
				.replace(/^sources:\n/m, 'sources:\n  - title: "A source added between builds"\n    url: "https://example.org/added-between-builds"\n'),
		);
		const dated = await build(env, join(dir, 'dist'));
		expect(dated.code, dated.output).toBe(0);
		expect(page('debugging')).toContain('https://example.org/added-between-builds');
		expect(dated.output).not.toMatch(/─ \/debugging\/index\.html \((cached|restored)\)/);
		for (const kept of ['visualization', 'overview', 'tags/pdb', 'install/linux']) {
			expect(dated.output, kept).toMatch(new RegExp(`─ /${kept}/index\\.html \\((cached|restored)\\)`));
		}

		// A new base path changes every link an article's MDX writes: nothing compiled for the old one may be reused.
		const third = await build({ ...env, BASE_PATH: '/sub/' }, join(dir, 'dist'));
		expect(third.code, third.output).toBe(0);
		expect(page('choosing')).toContain('href="/sub/overview/"');
		expect(page('choosing')).not.toContain('href="/overview/"');
		// The compiled MDX of the old base path can never be read again: its store folder was pruned at the end of the build.
		expect(readdirSync(join(dir, 'cache', 'field-guide', 'mdx'))).toHaveLength(1);
		expect(readdirSync(join(dir, 'cache', 'field-guide')).sort()).toEqual(['highlight', 'mdx', 'og']);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
