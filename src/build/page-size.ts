/**
 * Pages large enough to make search slow. Pagefind builds a result's excerpt
 * from the whole page's text, so a query matching a 2 MB article blocked the
 * page for seconds when that ran on the main thread (issue #18). The build
 * warns past this size; the real site's largest page is about 120 KB.
 */
export const PAGE_WARN_BYTES = 512 * 1024;

/**
 * Search runs Pagefind in its web worker when an article's source is larger
 * than this; otherwise on the main thread, which keeps the worker (a second
 * 43 KB script) out of the first query. Measured on a busy 2-core machine, a
 * 2 MB article cost main-thread tasks of 1 to 2.6 s (excerpt and sub-results
 * over the whole page, in proportion to its words): 128 KB keeps them under
 * about 200 ms. The real site's largest article is about 22 KB.
 */
export const SEARCH_WORKER_BYTES = 128 * 1024;

/** Should search run Pagefind in its worker, given the articles' source sizes in bytes? */
export function needsSearchWorker(sizes: Iterable<number>, limit = SEARCH_WORKER_BYTES): boolean {
	for (const size of sizes) if (size > limit) return true;
	return false;
}

/** Site paths of pages over `limit` bytes of HTML, with their size in KB, largest first. */
export function oversizedPages(pages: readonly { file: string; html: string }[], limit = PAGE_WARN_BYTES): string[] {
	return pages
		.map((page) => ({ file: page.file, bytes: Buffer.byteLength(page.html) }))
		.filter((page) => page.bytes > limit)
		.sort((a, b) => b.bytes - a.bytes)
		.map((page) => `${page.file} (${Math.round(page.bytes / 1024)} KB)`);
}
