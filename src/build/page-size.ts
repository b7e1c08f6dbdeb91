/**
 * Pages large enough to make search slow. A result loads the page's whole
 * indexed text (its Pagefind fragment) to cut its excerpt, and a common word
 * matches thousands of times in it: a query matching a 2 MB article takes
 * about 0.6 s to its first result (`npm run bench`). The build warns past this
 * size; the real site's largest page is about 120 KB.
 */
export const PAGE_WARN_BYTES = 512 * 1024;

/**
 * Search runs Pagefind in its web worker when an article's source is larger
 * than this; otherwise on the main thread, which keeps the worker (a second
 * 43 KB script) out of the first query. Pagefind's search gathers every match
 * of a page: for a word in each of a 2 MB article's 18,000 sentences that was a
 * main-thread task of 175 to 210 ms on a 2-core machine (61 to 87 ms with the
 * worker; 2026-11-30, after excerpts stopped growing with the page, see
 * src/lib/search-result.ts; before, Pagefind's excerpts made it 1 to 2.6 s).
 * The real site's largest article is about 22 KB.
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
