/**
 * Pages large enough to make search slow. Pagefind builds a result's excerpt
 * on the main thread from the whole page's text (the site loads it with
 * `noWorker`), so a query matching a 2 MB article blocked the page for
 * seconds (issue #18). The build warns past this size; the real site's
 * largest page is about 120 KB.
 */
export const PAGE_WARN_BYTES = 512 * 1024;

/** Site paths of pages over `limit` bytes of HTML, with their size in KB, largest first. */
export function oversizedPages(pages: readonly { file: string; html: string }[], limit = PAGE_WARN_BYTES): string[] {
	return pages
		.map((page) => ({ file: page.file, bytes: Buffer.byteLength(page.html) }))
		.filter((page) => page.bytes > limit)
		.sort((a, b) => b.bytes - a.bytes)
		.map((page) => `${page.file} (${Math.round(page.bytes / 1024)} KB)`);
}
