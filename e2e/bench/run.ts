/**
 * `npm run bench`: builds the site, serves it like a static host, and measures
 * every page type against the budgets in budgets.json: requests and bytes
 * (raw and gzip) by kind, JavaScript run at load, HTML overhead, Lighthouse
 * (mobile and desktop, median of 3 runs), search latency (cold and warm, median of 5) and bytes,
 * the reader questions search must answer (top-1, top-3, misses),
 * then a 1,000-article build (and search latency on it). Prints a table, writes results.json beside this
 * file, and exits 1 when a budget is missed. Not part of `npm test`: it is
 * slow and machine-dependent.
 *
 * A load run (issue #18) sends 10,000 requests, 50 in flight, to the preview
 * server and checks that none fails and that its file handles return to
 * where they started.
 *
 * Search on a site with a 2 MB article (issue #18, e2e/support/huge-article.ts):
 * keystroke to first result, and the longest main-thread task meanwhile, for
 * a word in every sentence of it and a word in its last paragraph.
 *
 *   npm run bench                 everything
 *   npm run bench -- --quick      skip Lighthouse and the 1,000-article build
 *   npm run bench -- --huge-only  only the 2 MB article's search
 *   npm run bench -- --peer-only  only the comparison with Starlight (issues #15, #17; e2e/bench/starlight.ts)
 *   npm run bench -- --pairs 5    cold-build pairs in that comparison (default 3)
 *
 * Starlight as a peer (full runs and --peer-only): the same articles built with Starlight in the same
 * run: the first visit to an article (all bytes, gzip) on both, Lighthouse mobile on two articles of both and
 * the blank control (interleaved, 3 rounds; performance, TBT and FCP), then cold builds of the 1,000-article
 * expansion, interleaved (this site, Starlight; then Starlight, this site; …), each with empty caches:
 * time and peak memory of the largest process, medians and ratios.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get as httpGet, Agent } from 'node:http';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { astroBuild } from '../support/build.ts';
import { startServer } from '../support/serve.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser.ts';
import { sitemapPaths } from '../support/site.ts';
import { fixtureEnv } from '../support/fixture-site.ts';
import { HUGE_EVERYWHERE, HUGE_WORD, writeHardeningContent } from '../support/huge-article.ts';
import { median, passes, table, type Check } from './stats.ts';
import { CACHE_STORES } from '../../src/build/file-cache.ts';
import { describeMiss, summarize } from '../support/question-score.ts';
import { ask } from '../support/ask.ts';
import { QUESTIONS } from '../search-questions.ts';
import { coldBuildOurs, coldBuildStarlight, prepareStarlight, STARLIGHT_VERSION, writeStarlightSite, type Run } from './starlight.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LIGHTHOUSE = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
/** BENCH_PORT moves the servers (this port and the next), so two checkouts can measure at once. */
const PORT = Number(process.env.BENCH_PORT ?? 4410);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUICK = process.argv.includes('--quick');
const HUGE_ONLY = process.argv.includes('--huge-only');
const PEER_ONLY = process.argv.includes('--peer-only');
const PAIRS = pairsOption(process.argv);

/** `--pairs N`: how many interleaved cold-build pairs the Starlight comparison runs (default 3). */
function pairsOption(argv: readonly string[]): number {
	const index = argv.indexOf('--pairs');
	if (index < 0) return 3;
	const value = Number(argv[index + 1]);
	if (Number.isInteger(value) && value >= 1) return value;
	console.error(`--pairs needs a whole number of pairs, at least 1 (got ${argv[index + 1] ?? 'nothing'}).`);
	process.exit(1);
}
const budgets = JSON.parse(readFileSync(join(import.meta.dirname, 'budgets.json'), 'utf8')) as {
	pages: { cssBytes: number; jsBytes: number; requests: number; htmlToTextRatio: number; renderBlockingScripts: number; webFonts: number };
	search: { bytesBeforeOpen: number; coldMs: number; warmMs: number; firstQueryBytes: number; responsiveFirstResultMs: number; responsiveLongestTaskMs: number; questionsTop1: number; questionsTop3: number };
	lighthouse: { performance: number; accessibility: number; bestPractices: number; seo: number; tbtMs: number; cls: number };
	build: { siteSeconds: number; thousandSeconds: number; htmlGrowth: number };
	starlight: { firstVisitVsStarlight: number; coldBuildVsStarlight: number; peakMemoryVsStarlight: number };
};
/** The real articles (content/*.mdx; `_` files are not articles), for the 1,000-article build and the labels. */
const ARTICLES = readdirSync(join(ROOT, 'content')).filter((f) => /^[^_].*\.mdx$/.test(f));
const PAGES: Record<string, string> = { home: '/', article: '/overview/', 'code-heavy article': '/code-examples/', 'install guide': '/install/linux/', search: '/search/' };
/** The Lighthouse control: a valid page with nothing of the site's (no CSS, no script). */
const BLANK_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Blank</title><meta name="description" content="A blank page, the control for Lighthouse."></head><body><h1>Blank</h1><p>A heading and one sentence.</p></body></html>';
const checks: Check[] = [];
const add = (name: string, value: number, budget: number | null, unit: string, kind: 'max' | 'min' = 'max') => checks.push({ name, value, budget, kind, unit });

/** Seconds to build; a failed build stops the benchmark. */
async function build(env: Record<string, string>, outDir: string): Promise<number> {
	const { code, output, seconds } = await astroBuild(env, outDir);
	if (code !== 0) throw new Error(`build failed:\n${output}`);
	return seconds;
}

const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const kindOf = (type: string, url: string) =>
	type.includes('html') ? 'html' : type.includes('css') ? 'css' : type.includes('javascript') ? 'js' : /font|woff/.test(type + url) ? 'font' : 'other';

/** One cold page view: every response until the network is idle. */
async function measurePage(browser: Browser, label: string, path: string): Promise<void> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const responses: Promise<{ kind: string; raw: number; gz: number; url: string }>[] = [];
	page.on('response', (response) => {
		responses.push(
			response.body().then(
				(body) => {
					const kind = kindOf(response.headers()['content-type'] ?? '', response.url());
					// Text is sent compressed by real hosts; Pagefind's binary files are compressed already.
					return { kind, raw: body.length, gz: ['html', 'css', 'js'].includes(kind) ? gzip(body) : body.length, url: response.url() };
				},
				() => ({ kind: 'other', raw: 0, gz: 0, url: response.url() }),
			),
		);
	});
	await page.goto(ORIGIN + path, { waitUntil: 'networkidle' });
	const html = await (await context.request.get(ORIGIN + path)).text();
	const text = await page.evaluate(() => document.body.innerText);
	const inlineJs = [...html.matchAll(/<script\b(?![^>]*(?:src=|application\/ld\+json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '').join('\n');
	const blocking = [...html.matchAll(/<script\b(?![^>]*(?:type="module"|defer|async))[^>]*\ssrc=/g)].length;
	const all = await Promise.all(responses);
	const site = all.filter((r) => !r.url.includes('/pagefind/'));
	const sum = (kind: string, field: 'raw' | 'gz') => site.filter((r) => r.kind === kind).reduce((n, r) => n + r[field], 0);
	add(`${label}: requests`, site.length, budgets.pages.requests, '');
	add(`${label}: HTML (gzip)`, sum('html', 'gz'), null, 'B');
	add(`${label}: CSS (gzip)`, sum('css', 'gz'), budgets.pages.cssBytes, 'B');
	add(`${label}: JS at load incl. inline (gzip)`, sum('js', 'gz') + (inlineJs ? gzip(inlineJs) : 0), budgets.pages.jsBytes, 'B');
	add(`${label}: other (favicon…)`, sum('other', 'gz'), null, 'B');
	add(`${label}: raw HTML+CSS+JS`, sum('html', 'raw') + sum('css', 'raw') + sum('js', 'raw'), null, 'B');
	add(`${label}: HTML / visible text (gzip)`, gzip(html) / gzip(text), budgets.pages.htmlToTextRatio, 'x');
	add(`${label}: render-blocking scripts`, blocking, budgets.pages.renderBlockingScripts, '');
	add(`${label}: web fonts`, site.filter((r) => r.kind === 'font').length, budgets.pages.webFonts, '');
	if (label !== 'search') add(`${label}: search bytes before opening`, all.filter((r) => /pagefind|search\.[\w-]+\.js/.test(r.url)).reduce((n, r) => n + r.gz, 0), budgets.search.bytesBeforeOpen, 'B');
	await context.close();
}

/** Milliseconds from a query to the first result, measured in the page. */
async function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(
		(q) =>
			new Promise<number>((done) => {
				const input = document.querySelector<HTMLInputElement>('dialog[data-search-dialog] [data-search-input]');
				const list = document.querySelector('dialog[data-search-dialog] [data-search-results]');
				if (!input || !list) throw new Error('no search dialog');
				list.replaceChildren();
				const start = performance.now();
				new MutationObserver((_, observer) => {
					if (list.querySelector('[role=option]')) {
						observer.disconnect();
						done(performance.now() - start);
					}
				}).observe(list, { childList: true });
				input.value = q;
				input.dispatchEvent(new Event('input'));
			}),
		query,
	);
}

/** Records every main-thread task over 50 ms from now on (PerformanceObserver 'longtask'); `longestTask` reads them. */
async function watchLongTasks(page: Page): Promise<void> {
	await page.evaluate(() => {
		const tasks: number[] = [];
		new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
		Object.assign(window, { tasks });
	});
}

async function longestTask(page: Page): Promise<number> {
	return page.evaluate(() => Math.max(0, ...(window as unknown as { tasks: number[] }).tasks));
}

/**
 * Search latency and first-query bytes on the site served at `origin`. The real site is held to the latency
 * budgets; the 1,000-article site (`responsive`) to issue #18's: first result within 1 s and no main-thread task
 * over 200 ms from the keystroke until the network is idle.
 */
async function measureSearch(browser: Browser, origin = ORIGIN, label = 'search', responsive = false): Promise<void> {
	const cold: number[] = [];
	const warm: number[] = [];
	const bytes: number[] = [];
	const longest: number[] = [];
	const words = ['tf.function', 'torchrun', 'LiteRT', 'GradientTape', 'MirroredStrategy', 'tensorboard'];
	for (let run = 0; run < 5; run++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${origin}/overview/`, { waitUntil: 'networkidle' });
		// Sum the bodies only once every response has been read: counting as they arrive undercounts the late ones.
		const fetched: Promise<number>[] = [];
		page.on('response', (response) => {
			fetched.push(
				response.body().then(
					(body) => (/javascript|css/.test(response.headers()['content-type'] ?? '') ? gzip(body) : body.length),
					() => 0,
				),
			);
		});
		await watchLongTasks(page);
		// Cold: open search and query at once; Pagefind's script, WebAssembly and index all load inside the measurement.
		await page.keyboard.press('/');
		await page.locator('dialog[data-search-dialog][open]').waitFor();
		cold.push(await timeQuery(page, words[run % words.length] ?? 'torch'));
		await page.waitForLoadState('networkidle');
		bytes.push((await Promise.all(fetched)).reduce((sum, n) => sum + n, 0));
		longest.push(await longestTask(page));
		for (const word of words.filter((_, i) => i !== run % words.length).slice(0, 1)) warm.push(await timeQuery(page, word));
		await context.close();
	}
	add(`${label}: keystroke to first result, cold (median of 5)`, median(cold), responsive ? budgets.search.responsiveFirstResultMs : budgets.search.coldMs, 'ms');
	add(`${label}: keystroke to first result, warm (median of 5)`, median(warm), responsive ? null : budgets.search.warmMs, 'ms');
	add(`${label}: longest main-thread task, cold query (median of 5)`, median(longest), responsive ? budgets.search.responsiveLongestTaskMs : null, 'ms');
	add(`${label}: bytes for the first query (median)`, median(bytes), budgets.search.firstQueryBytes, 'B');
	add(`${label}: bytes for the first query (smallest of 5)`, Math.min(...bytes), null, 'B');
	add(`${label}: bytes for the first query (largest of 5)`, Math.max(...bytes), null, 'B');
}

/**
 * The site with a 2 MB article: for each query, three cold runs (a new page each, search opened with its button),
 * keystroke to first result and the longest main-thread task (PerformanceObserver 'longtask') from the
 * keystroke until the network is idle; medians.
 */
async function measureHugeArticle(browser: Browser, work: string): Promise<void> {
	const content = join(work, 'content-huge');
	const dist = join(work, 'dist-huge');
	writeHardeningContent(content);
	await build(fixtureEnv(content, join(work, 'cache-huge')), dist);
	const port = PORT + 1;
	const server = await startServer(dist, port, '/');
	try {
		for (const [label, query] of [
			['a word in every sentence', HUGE_EVERYWHERE],
			['a word in its last paragraph', HUGE_WORD],
		] as const) {
			const first: number[] = [];
			const longest: number[] = [];
			for (let run = 0; run < 3; run++) {
				const context = await browser.newContext();
				const page = await context.newPage();
				await page.goto(`http://127.0.0.1:${port}/overview/`, { waitUntil: 'networkidle' });
				await page.getByRole('button', { name: /^Search/ }).click();
				await page.locator('html[data-search-styled]').waitFor({ state: 'attached' });
				await watchLongTasks(page);
				first.push(await timeQuery(page, query));
				await page.waitForLoadState('networkidle');
				longest.push(await longestTask(page));
				await context.close();
			}
			add(`search, 2 MB article, ${label}: keystroke to first result, cold (median of 3)`, median(first), budgets.search.responsiveFirstResultMs, 'ms');
			add(`search, 2 MB article, ${label}: longest main-thread task (median of 3)`, median(longest), budgets.search.responsiveLongestTaskMs, 'ms');
		}
	} finally {
		await new Promise((done) => server.close(done));
	}
}

/**
 * What each part of the build cache gains, on the 1,000-article site with the cache of the builds before (what a
 * host that keeps it restores): a rebuild after editing one article's `sources` (only that page shows them), a
 * rebuild after editing one title (every article page shows it in a sidebar or previous/next, so all render again),
 * and the text-edit rebuild once without each of this project's stores (src/build/file-cache.ts), so each store's
 * gain is the difference from the rebuild with it.
 */
async function measureCaches(content: string, cache: string, dist: string): Promise<void> {
	const env = { CONTENT_DIR: content, ASTRO_CACHE_DIR: cache };
	const edit = (note: string, change: (text: string) => string) => {
		const file = join(content, `${note}.mdx`);
		const before = readFileSync(file, 'utf8');
		const after = change(before);
		if (after === before) throw new Error(`bench: the edit of ${file} changed nothing`);
		writeFileSync(file, after);
	};
	edit('note-0400', (text) => text.replace(/^sources:\n/m, 'sources:\n  - title: "A source added before the rebuild"\n    url: "https://example.org/added-before-the-rebuild"\n'));
	add('build: 1,000 articles, rebuild after editing one article\'s sources', await build(env, dist), budgets.build.thousandSeconds, 's');
	const retitle = (note: string, title: string) => edit(note, (text) => text.replace(/^title: .*$/m, `title: "${title}"`));
	retitle('note-0600', 'A title changed before the rebuild');
	add('build: 1,000 articles, rebuild after editing one title (every article page renders)', await build(env, dist), null, 's');
	for (const store of CACHE_STORES) {
		const note = { highlight: 'note-0300', mdx: 'note-0350', og: 'note-0450' }[store];
		edit(note, (text) => `${text}\nA paragraph added before the rebuild.\n`);
		rmSync(join(cache, 'field-guide', store), { recursive: true, force: true });
		add(`build: 1,000 articles, rebuild after editing one, without the ${store} store`, await build(env, dist), null, 's');
	}
	rmSync(join(cache, 'field-guide', 'highlight'), { recursive: true, force: true });
	retitle('note-0600', 'A title changed again before the rebuild');
	add('build: 1,000 articles, rebuild after editing one title, without the highlight store', await build(env, dist), null, 's');
}

/** The committed reader questions through the real search UI (as e2e/search-questions.spec.ts does): top-1, top-3, misses. */
async function measureQuestions(browser: Browser): Promise<void> {
	const page = await browser.newPage();
	const summary = summarize(await ask(page, ORIGIN, QUESTIONS));
	await page.close();
	add(`search questions: answered by the first result (of ${summary.total})`, Math.round(summary.top1 * 100), budgets.search.questionsTop1, '%', 'min');
	add(`search questions: answered within the first three (of ${summary.total})`, Math.round(summary.top3 * 100), budgets.search.questionsTop3, '%', 'min');
	add('search questions: misses (not answered first)', summary.misses.length, null, '');
	if (summary.misses.length > 0) console.log(`Search questions not answered first:\n${summary.misses.map((m) => `  - ${describeMiss(m)}`).join('\n')}`);
}

/** Runs Lighthouse as a child process. Asynchronously: the static server lives in this process and must keep answering. */
async function lighthouse(url: string, desktop: boolean, chromePath: string | undefined, attempt = 1): Promise<Record<string, number>> {
	const flags = ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => flag !== '--no-first-run')].join(' ');
	const args = [LIGHTHOUSE, url, '--output=json', '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices,seo', ...(desktop ? ['--preset=desktop'] : [])];
	const stdout = await new Promise<string>((done, fail) => {
		const child = spawn(process.execPath, args, { env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) } });
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`lighthouse failed: ${err}`))));
	}).catch((error: unknown) => {
		// Lighthouse 12 sometimes fails to record a trace (NO_NAVSTART) on a busy machine; a new run succeeds.
		if (attempt < 3) return null;
		throw error;
	});
	if (stdout === null) return lighthouse(url, desktop, chromePath, attempt + 1);
	const report = JSON.parse(stdout) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue: number }>; environment?: { benchmarkIndex?: number } };
	return {
		performance: report.categories.performance?.score ?? 0,
		accessibility: report.categories.accessibility?.score ?? 0,
		bestPractices: report.categories['best-practices']?.score ?? 0,
		seo: report.categories.seo?.score ?? 0,
		fcp: report.audits['first-contentful-paint']?.numericValue ?? 0,
		lcp: report.audits['largest-contentful-paint']?.numericValue ?? 0,
		tbt: report.audits['total-blocking-time']?.numericValue ?? 0,
		cls: report.audits['cumulative-layout-shift']?.numericValue ?? 0,
		// The host's CPU power as Lighthouse rates it: its mobile emulation slows this CPU 4 times, which its throttling
		// guide (docs/throttling.md, "Calibrating the CPU slowdown") expects of a high-end desktop (about 1500-2000).
		benchmarkIndex: report.environment?.benchmarkIndex ?? 0,
	};
}

/**
 * A copy of content/ with 1,000 articles: the real ones (other articles link
 * to them) and variations of them up to 1,000. Each variation has its own title, topic, tag and
 * text, and every code block starts with a line of its own, so no two articles
 * share a code block and the highlighting cache starts empty in the cold build.
 */
function thousandArticles(dir: string): void {
	const sources = ARTICLES;
	cpSync(join(ROOT, 'content'), dir, { recursive: true });
	const topics = ['foundations', 'development', 'production', 'ecosystem', 'getting-started'];
	const words = ['tensors', 'graphs', 'kernels', 'serving', 'sharding', 'export', 'gradients', 'layers', 'datasets', 'profiling'];
	for (let i = 0; i < 1000 - sources.length; i++) {
		const source = readFileSync(join(ROOT, 'content', sources[i % sources.length] ?? ''), 'utf8');
		const word = words[i % words.length] ?? 'tensors';
		const text = source
			.replace(/^title: .*$/m, `title: "Note ${i + 1}: ${word} in practice"`)
			.replace(/^order: .*$/m, `order: ${100 + i}`)
			.replace(/^topic: .*$/m, `topic: ${topics[i % topics.length]}`)
			.replace(/^tags: .*$/m, `tags: [${word}]`)
			.replace('</InShort>', `This variation ${i + 1} looks at ${word} from angle ${(i * 7) % 13}.\n</InShort>`)
			.replace(/^([ \t]*)```(python|bash|powershell)([^\n]*)\n/gm, (_, indent: string, lang: string, meta: string) => `${indent}\`\`\`${lang}${meta}\n${indent}# variation ${i + 1}: ${word}\n`);
		writeFileSync(join(dir, `note-${String(i + 1).padStart(4, '0')}.mdx`), text);
	}
}

function htmlPerArticle(dist: string): number {
	const pages = readdirSync(dist, { withFileTypes: true }).filter((d) => d.isDirectory() && statSync(join(dist, d.name, 'index.html'), { throwIfNoEntry: false }));
	const articles = pages.filter((d) => readFileSync(join(dist, d.name, 'index.html'), 'utf8').includes('data-pagefind-body data-pagefind-meta="description:'));
	return articles.reduce((n, d) => n + statSync(join(dist, d.name, 'index.html')).size, 0) / Math.max(1, articles.length);
}

/** Open file descriptors of this process (the preview server runs in it). */
const openFiles = () => readdirSync('/proc/self/fd').length;

/**
 * 10,000 GETs with 50 in flight over every page, the 404 page, a missing path
 * and a search file, against the in-process preview server: errors (anything
 * but a complete 200/404), throughput, and file handles and memory before and after.
 */
async function loadRun(dist: string): Promise<void> {
	const REQUESTS = 10_000;
	const IN_FLIGHT = 50;
	const paths = [...sitemapPaths(dist), '/404.html', '/no-such-page/', '/pagefind/pagefind.js', '/rss.xml'];
	const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
	const fdsBefore = openFiles();
	const rssBefore = process.memoryUsage().rss;
	let next = 0;
	let errors = 0;
	const start = performance.now();
	await Promise.all(
		Array.from({ length: IN_FLIGHT }, async () => {
			while (next < REQUESTS) {
				const path = paths[next++ % paths.length] ?? '/';
				const ok = await new Promise<boolean>((done) => {
					const request = httpGet({ host: '127.0.0.1', port: PORT, path, agent, timeout: 10_000 }, (response) => {
						let length = 0;
						response.on('data', (chunk: Buffer) => (length += chunk.length));
						response.on('end', () => done([200, 404].includes(response.statusCode ?? 0) && length === Number(response.headers['content-length'])));
						response.on('error', () => done(false));
					});
					request.on('timeout', () => request.destroy());
					request.on('error', () => done(false));
				});
				if (!ok) errors++;
			}
		}),
	);
	const seconds = (performance.now() - start) / 1000;
	agent.destroy();
	await new Promise((done) => setTimeout(done, 500));
	add('preview server: 10,000 requests, 50 in flight: failed', errors, 0, '');
	add('preview server: 10,000 requests, 50 in flight: requests per second', Math.round(REQUESTS / seconds), null, '/s');
	add('preview server: open files after the run, over before', openFiles() - fdsBefore, 0, '');
	add('preview server: memory (RSS) after the run, over before', Math.round((process.memoryUsage().rss - rssBefore) / 2 ** 20), null, 'MiB');
}

/** Every byte of a first visit (a fresh context, until the network is idle): HTML, CSS and JS as gzip, as measurePage counts them, the rest as sent. */
async function firstVisit(browser: Browser, url: string): Promise<{ bytes: number; search: number; requests: number; heading: string }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const sizes: Promise<{ size: number; search: boolean }>[] = [];
	page.on('response', (response) => {
		const text = ['html', 'css', 'js'].includes(kindOf(response.headers()['content-type'] ?? '', response.url()));
		const search = response.url().includes('/pagefind/');
		sizes.push(response.body().then((body) => ({ size: text ? gzip(body) : body.length, search }), () => ({ size: 0, search })));
	});
	const response = await page.goto(url, { waitUntil: 'networkidle' });
	if (response?.status() !== 200) throw new Error(`first visit: ${url} answered ${response?.status() ?? 'nothing'}, not 200`);
	const heading = (await page.locator('h1').first().textContent())?.trim() ?? '';
	const all = await Promise.all(sizes);
	await context.close();
	const sum = (list: typeof all) => list.reduce((total, r) => total + r.size, 0);
	return { bytes: sum(all), search: sum(all.filter((r) => r.search)), requests: all.length, heading };
}

/** A build that must succeed, or the benchmark stops with its output. */
function succeeded(run: Run, label: string): Run {
	if (run.code !== 0) throw new Error(`${label}: the build failed (exit ${run.code}):\n${run.output.slice(-4000)}`);
	return run;
}

/**
 * Lighthouse mobile on the same two articles of both sites and on the blank control, the runs interleaved
 * (ours, Starlight, blank; three rounds), so that a slow or busy moment of the host falls on every side
 * alike. Unbudgeted: it puts the site's mobile figures beside a peer's and the control's from the same
 * minutes; the budget (0 ms) is checked on the site's own pages above. FCP is reported beside TBT because
 * Lighthouse counts only the blocking time after FCP: a page that paints later can show less TBT for the
 * same work (ARCHITECTURE.md, "Mobile TBT beside Starlight").
 */
async function lighthouseVsStarlight(label: string, starlightOrigin: string, chromePath: string): Promise<void> {
	const control = await serveBlankPage();
	try {
		const sides = [
			{ who: 'this site', origin: ORIGIN },
			{ who: label, origin: starlightOrigin },
		];
		const urls = [...['/overview/', '/code-examples/'].flatMap((path) => sides.map(({ who, origin }) => ({ name: `${who} ${path}`, url: origin + path }))), { name: 'blank page (control)', url: control.url }];
		const runs = new Map<string, Record<string, number>[]>(urls.map(({ name }) => [name, []]));
		for (let round = 0; round < 3; round++) for (const { name, url } of urls) runs.get(name)?.push(await lighthouse(url, false, chromePath));
		for (const [name, results] of runs) {
			const of = (key: string) => median(results.map((r) => r[key] ?? 0));
			add(`lighthouse mobile, interleaved with Starlight, ${name}: performance`, Math.round(of('performance') * 100), null, '');
			add(`lighthouse mobile, interleaved with Starlight, ${name}: TBT`, of('tbt'), null, 'ms');
			add(`lighthouse mobile, interleaved with Starlight, ${name}: FCP`, of('fcp'), null, 'ms');
		}
	} finally {
		await control.close();
	}
}

/** The blank control page (BLANK_PAGE) from its own server and folder, on PORT + 2; `close` removes both. */
async function serveBlankPage(): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = mkdtempSync(join(tmpdir(), 'field-guide-blank-'));
	mkdirSync(join(dir, 'blank'));
	writeFileSync(join(dir, 'blank', 'index.html'), BLANK_PAGE);
	const server = await startServer(dir, PORT + 2, '/');
	return {
		url: `http://127.0.0.1:${PORT + 2}/blank/`,
		close: async () => {
			await new Promise((done) => server.close(done));
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/**
 * Starlight as a peer (issues #15 and #17), in this run on this machine (e2e/bench/starlight.ts): the first
 * visit to the same article on both sites built from content/, then PAIRS pairs of cold builds of the
 * 1,000-article expansion (converted for Starlight), each with empty caches, the order alternating.
 */
async function measurePeer(work: string): Promise<void> {
	const install = await prepareStarlight();
	const peer = join(work, 'peer');
	const label = `Starlight ${STARLIGHT_VERSION}`;
	const ours = join(peer, 'dist-real');
	await build({ SITE_URL: ORIGIN, ASTRO_CACHE_DIR: join(peer, 'cache-real') }, ours);
	writeStarlightSite(install, join(ROOT, 'content'));
	succeeded(await coldBuildStarlight(install, join(peer, 'starlight-real-dist')), `${label}, the real articles`);
	const starlightOrigin = `http://127.0.0.1:${PORT + 1}`;
	const servers = [await startServer(ours, PORT, '/'), await startServer(join(peer, 'starlight-real-dist'), PORT + 1, '/')];
	const executablePath = chromiumExecutable();
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
	try {
		const mine = await firstVisit(browser, `${ORIGIN}/overview/`);
		const theirs = await firstVisit(browser, `${starlightOrigin}/overview/`);
		if (mine.heading !== theirs.heading) throw new Error(`first visit: the pages show different articles ("${mine.heading}" and "${theirs.heading}")`);
		console.log(`First visit to /overview/: this site ${mine.bytes} B in ${mine.requests} requests; Starlight ${theirs.bytes} B in ${theirs.requests} requests (${mine.search} and ${theirs.search} B under /pagefind/)`);
		add(`first visit to /overview/, this site: all bytes (gzip; ${mine.requests} requests)`, mine.bytes, null, 'B');
		add(`first visit to /overview/, ${label}: all bytes (gzip; ${theirs.requests} requests)`, theirs.bytes, null, 'B');
		add('first visit to /overview/, this site: of which files under /pagefind/', mine.search, null, 'B');
		add(`first visit to /overview/, ${label}: of which files under /pagefind/`, theirs.search, null, 'B');
		add('first visit to /overview/, this site / Starlight', mine.bytes / theirs.bytes, budgets.starlight.firstVisitVsStarlight, 'x');
		await lighthouseVsStarlight(label, starlightOrigin, executablePath ?? chromium.executablePath());
	} finally {
		await browser.close();
		for (const server of servers) await new Promise((done) => server.close(done));
	}

	const content = join(peer, 'content-1000');
	thousandArticles(content);
	writeStarlightSite(install, content);
	const runs: { ours: Run; starlight: Run }[] = [];
	for (let pair = 1; pair <= PAIRS; pair++) {
		const buildOurs = async () => succeeded(await coldBuildOurs(content, join(peer, 'ours-1000')), 'this site, 1,000 articles');
		const buildStarlight = async () => succeeded(await coldBuildStarlight(install, join(peer, 'starlight-1000-dist')), `${label}, 1,000 articles`);
		// Interleaved, the order alternating, so neither side always follows the other's build.
		const oursFirst = pair % 2 === 1;
		const first = oursFirst ? await buildOurs() : await buildStarlight();
		const second = oursFirst ? await buildStarlight() : await buildOurs();
		const result = oursFirst ? { ours: first, starlight: second } : { ours: second, starlight: first };
		for (const [who, dist] of [['this site', join(peer, 'ours-1000', 'dist')], [label, join(peer, 'starlight-1000-dist')]] as const) {
			if (!statSync(join(dist, 'note-0500', 'index.html'), { throwIfNoEntry: false })) throw new Error(`${who}: the 1,000-article build has no /note-0500/ page`);
		}
		runs.push(result);
		const order = oursFirst ? 'this site first' : 'Starlight first';
		const peak = (r: Run) => (r.peakKiB === null ? 'n/a' : `${Math.round(r.peakKiB / 1024)} MiB`);
		console.log(`Cold build pair ${pair} of ${PAIRS} (${order}): this site ${result.ours.seconds.toFixed(1)} s, ${peak(result.ours)}; Starlight ${result.starlight.seconds.toFixed(1)} s, ${peak(result.starlight)}`);
		add(`cold build, 1,000 articles, pair ${pair} (${order}): this site`, result.ours.seconds, null, 's');
		add(`cold build, 1,000 articles, pair ${pair} (${order}): ${label}`, result.starlight.seconds, null, 's');
		if (result.ours.peakKiB !== null && result.starlight.peakKiB !== null) {
			add(`peak memory, largest process, pair ${pair}: this site`, Math.round(result.ours.peakKiB / 1024), null, 'MiB');
			add(`peak memory, largest process, pair ${pair}: ${label}`, Math.round(result.starlight.peakKiB / 1024), null, 'MiB');
		}
	}
	const n = `median of ${PAIRS}`;
	add(`cold build, 1,000 articles, empty caches: this site (${n})`, median(runs.map((r) => r.ours.seconds)), null, 's');
	add(`cold build, 1,000 articles, empty caches: ${label} (${n})`, median(runs.map((r) => r.starlight.seconds)), null, 's');
	add(`cold build, 1,000 articles: this site / Starlight (median of the ${PAIRS} pair ratios)`, median(runs.map((r) => r.ours.seconds / r.starlight.seconds)), budgets.starlight.coldBuildVsStarlight, 'x');
	const peaks = runs.flatMap((r) => (r.ours.peakKiB !== null && r.starlight.peakKiB !== null ? [{ ours: r.ours.peakKiB, starlight: r.starlight.peakKiB }] : []));
	if (peaks.length < runs.length) {
		console.log('Peak memory: n/a (no /usr/bin/time and no /proc on this system), so it is not compared.');
		return;
	}
	const oursPeak = median(peaks.map((p) => p.ours)) / 1024;
	const starlightPeak = median(peaks.map((p) => p.starlight)) / 1024;
	add(`peak memory, largest process, cold build: this site (${n})`, Math.round(oursPeak), null, 'MiB');
	add(`peak memory, largest process, cold build: ${label} (${n})`, Math.round(starlightPeak), null, 'MiB');
	add('peak memory, cold build: this site / Starlight (medians)', oursPeak / starlightPeak, budgets.starlight.peakMemoryVsStarlight, 'x');
}

async function main(): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), 'field-guide-bench-'));
	const dist = join(work, 'dist');
	let failure: unknown;
	try {
		// The real site, built the way a deployment would be (canonical URLs on the server's origin).
		await build({ SITE_URL: ORIGIN, ASTRO_CACHE_DIR: join(work, 'cache') }, dist); // warm-up: fills caches, as on a developer's machine
		const siteSeconds = await build({ SITE_URL: ORIGIN, ASTRO_CACHE_DIR: join(work, 'cache') }, dist);
		add('build: the real site (incl. search index)', siteSeconds, budgets.build.siteSeconds, 's');
		const server = await startServer(dist, PORT, '/');
		const executablePath = chromiumExecutable();
		const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
		try {
			for (const [label, path] of Object.entries(PAGES)) await measurePage(browser, label, path);
			await measureQuestions(browser);
			await measureSearch(browser);
			await measureHugeArticle(browser, work);
		} finally {
			await browser.close();
		}
		await loadRun(dist);
		if (!QUICK) {
			// A control, scored in the same run: a blank page (a heading and a sentence, no CSS, no script) from its own
			// server. What it scores is this host and Chromium, not the site: on the 2-core machine of 2026-11-30 it drew
			// mobile TBT of 66 to 320 ms, where the site's budget is 0.
			const control = await serveBlankPage();
			const pages = [...Object.entries(PAGES).map(([label, path]) => ({ label, url: ORIGIN + path, budgeted: true })), { label: 'blank page (control)', url: control.url, budgeted: false }];
			for (const { label, url, budgeted } of pages) {
				for (const desktop of [false, true]) {
					const form = desktop ? 'desktop' : 'mobile';
					// Median of 3 runs per page and form factor, as Lighthouse's own guidance on variability advises: on a
					// loaded 2-core machine one run's simulated timings can swing a score by a point.
					const runs: Record<string, number>[] = [];
					for (let run = 0; run < 3; run++) runs.push(await lighthouse(url, desktop, executablePath ?? chromium.executablePath()));
					const lh = Object.fromEntries(Object.keys(runs[0] ?? {}).map((key) => [key, median(runs.map((r) => r[key] ?? 0))]));
					const budget = (value: number) => (budgeted ? value : null);
					add(`lighthouse ${form}, ${label}: performance`, Math.round((lh.performance ?? 0) * 100), budget(budgets.lighthouse.performance), '', 'min');
					add(`lighthouse ${form}, ${label}: accessibility`, Math.round((lh.accessibility ?? 0) * 100), budget(budgets.lighthouse.accessibility), '', 'min');
					add(`lighthouse ${form}, ${label}: best practices`, Math.round((lh.bestPractices ?? 0) * 100), budget(budgets.lighthouse.bestPractices), '', 'min');
					add(`lighthouse ${form}, ${label}: SEO`, Math.round((lh.seo ?? 0) * 100), budget(budgets.lighthouse.seo), '', 'min');
					add(`lighthouse ${form}, ${label}: LCP`, lh.lcp ?? 0, null, 'ms');
					add(`lighthouse ${form}, ${label}: TBT`, lh.tbt ?? 0, budget(budgets.lighthouse.tbtMs), 'ms');
					add(`lighthouse ${form}, ${label}: TBT (largest of 3)`, Math.max(...runs.map((r) => r.tbt ?? 0)), null, 'ms');
					add(`lighthouse ${form}, ${label}: CLS`, lh.cls ?? 0, budget(budgets.lighthouse.cls), '');
					add(`lighthouse ${form}, ${label}: host benchmarkIndex`, Math.round(lh.benchmarkIndex ?? 0), null, '');
				}
			}
			await control.close();
		}
		await new Promise((done) => server.close(done));

		if (!QUICK) {
			const content = join(work, 'content-1000');
			thousandArticles(content);
			const big = join(work, 'dist-1000');
			// Cold: an empty cache folder (every code block highlighted, every page and Open Graph card rendered). Then the
			// budgeted rebuild, as on a developer's machine or a CI that keeps node_modules/.astro: one article's text has
			// changed, so that page is rendered again and the others come from Astro's incremental-build cache.
			const cold = await build({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache-1000') }, big);
			add('build: 1,000 articles, cold cache (incl. search index)', cold, null, 's');
			// Three rebuilds, each after editing another article; the median is budgeted (one run can be half a second off).
			const rebuilds: number[] = [];
			for (const note of ['note-0500', 'note-0250', 'note-0750']) {
				const edited = join(content, `${note}.mdx`);
				writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nA paragraph added before the rebuild.\n`);
				rebuilds.push(await build({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache-1000') }, big));
				if (!readFileSync(join(big, note, 'index.html'), 'utf8').includes('A paragraph added before the rebuild.')) throw new Error(`the rebuild kept a stale ${note}`);
			}
			add('build: 1,000 articles, rebuild after editing one (incl. search index; median of 3)', median(rebuilds), budgets.build.thousandSeconds, 's');
			add('build: 1,000 articles, rebuild after editing one (fastest of 3)', Math.min(...rebuilds), null, 's');
			add('build: 1,000 articles, rebuild after editing one (slowest of 3)', Math.max(...rebuilds), null, 's');
			await measureCaches(content, join(work, 'cache-1000'), big);
			const small = htmlPerArticle(dist);
			const large = htmlPerArticle(big);
			add(`HTML per article page, ${ARTICLES.length}-article site (raw)`, small, null, 'B');
			add('HTML per article page, 1,000-article site (raw)', large, null, 'B');
			add(`HTML per article page, 1,000 / ${ARTICLES.length} articles`, large / small, budgets.build.htmlGrowth, 'x');
			// Search stays responsive on the large site too (issue #18): same budgets as on the real site.
			const bigServer = await startServer(big, PORT + 1, '/');
			const bigBrowser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
			try {
				await measureSearch(bigBrowser, `http://127.0.0.1:${PORT + 1}`, 'search, 1,000-article site', true);
			} finally {
				await bigBrowser.close();
				await new Promise((done) => bigServer.close(done));
			}
			await measurePeer(work);
		}
	} catch (error) {
		// Report what was measured before the failure, then fail.
		failure = error;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	report(failure);
}

/** One part of the bench alone (`--huge-only`, `--peer-only`), in a scratch folder; then the table. */
async function only(measure: (work: string) => Promise<void>): Promise<void> {
	const work = mkdtempSync(join(tmpdir(), 'field-guide-bench-'));
	let failure: unknown;
	try {
		await measure(work);
	} catch (error) {
		failure = error;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	report(failure);
}

/** `--huge-only`: just search on the 2 MB article's site. */
async function hugeOnly(work: string): Promise<void> {
	const executablePath = chromiumExecutable();
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
	try {
		await measureHugeArticle(browser, work);
	} finally {
		await browser.close();
	}
}

/** Prints the table, writes results.json (full and quick runs), and sets the exit code. */
function report(failure: unknown): void {
	const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
	const date = new Date().toISOString().slice(0, 10);
	console.log(`\nField Guide benchmark, ${date}, ${machine}${QUICK ? ' (quick: no Lighthouse, no 1,000-article build)' : ''}${HUGE_ONLY ? ' (only the 2 MB article)' : ''}${PEER_ONLY ? ' (only the comparison with Starlight)' : ''}\n`);
	console.log(table(checks));
	// A partial run (--huge-only, --peer-only) leaves the full run's results in place.
	if (!HUGE_ONLY && !PEER_ONLY) writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify({ date, machine, quick: QUICK, checks: checks.map((c) => ({ ...c, ok: passes(c) })) }, null, '\t')}\n`);
	const missed = checks.filter((c) => !passes(c));
	console.log(missed.length === 0 ? '\nEvery budget holds.' : `\n${missed.length} budget(s) missed:\n${missed.map((c) => `  - ${c.name}`).join('\n')}`);
	process.exitCode = missed.length === 0 && failure === undefined ? 0 : 1;
	if (failure !== undefined) console.error('\nThe benchmark did not finish:', failure);
}

await (HUGE_ONLY ? only(hugeOnly) : PEER_ONLY ? only(measurePeer) : main());
