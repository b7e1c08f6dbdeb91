import { fragmentId, highlightTerms, matchRanges } from '../lib/search';
import { choose } from './sync';

/**
 * On a page opened from a search result (`?highlight=term`): marks the terms
 * in the article, and if the first match (after the linked heading, if any) is
 * in an inactive tab panel, switches to that tab so the reader sees it.
 */
export function highlight(terms: readonly string[] = highlightTerms(location.search)): void {
	const root = document.querySelector('[data-pagefind-body]');
	if (!root || terms.length === 0) return;
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('script, style, mark, [data-pagefind-ignore], .tabs__label') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	for (const node of nodes) {
		const ranges = matchRanges(node.data, terms);
		if (ranges.length === 0) continue;
		const fragment = document.createDocumentFragment();
		let last = 0;
		for (const [start, end] of ranges) {
			fragment.append(node.data.slice(last, start));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = node.data.slice(start, end);
			fragment.append(mark);
			last = end;
		}
		fragment.append(node.data.slice(last));
		node.replaceWith(fragment);
	}
	const marks = [...root.querySelectorAll<HTMLElement>('mark.search-hit')];
	const anchor = location.hash ? document.getElementById(fragmentId(location.hash)) : null;
	const first = marks.find((mark) => !anchor || anchor.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ?? marks[0];
	if (!first) return;
	const panel = first.closest<HTMLElement>('[role=tabpanel]');
	if (panel?.hidden) {
		const group = panel.closest<HTMLElement>('site-tabs');
		const key = group?.dataset.syncKey;
		if (key) choose(key, panel.dataset.value ?? '', false);
		else group?.querySelector<HTMLElement>(`[role=tab][aria-controls="${panel.id}"]`)?.click();
	}
	if (!anchor) first.scrollIntoView({ block: 'center' });
}
