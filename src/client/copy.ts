import { codeToCopy } from '../lib/copy';

/**
 * The copy buttons: a code block's "Copy" (markup from src/build/shiki.ts) and
 * an article's "Copy as Markdown", which fetches the article's Markdown copy
 * (`/<slug>.md`). Loaded on first click (src/client/site.ts), so it costs a
 * page nothing until used. The result shows on the button and in the page's
 * status region, for screen readers.
 */
export async function copy(button: HTMLButtonElement): Promise<void> {
	const markdown = button.dataset.copyMarkdown;
	const block = button.closest<HTMLElement>('.code');
	let message = markdown === undefined ? 'Copied' : 'Article copied as Markdown';
	try {
		await navigator.clipboard.writeText(markdown === undefined ? codeLines(block) : await fetchText(markdown));
	} catch {
		message = 'Copy failed';
	}
	const label = markdown === undefined ? 'Copy' : 'Copy as Markdown';
	button.textContent = message === 'Copy failed' ? message : 'Copied';
	const status = document.getElementById('status');
	if (status) status.textContent = message;
	setTimeout(() => {
		button.textContent = label;
		if (status) status.textContent = '';
	}, 2000);
}

function codeLines(block: HTMLElement | null): string {
	if (!block) throw new Error('no code block');
	const lines = [...block.querySelectorAll('.line')].map((line) => ({ text: line.textContent ?? '', removed: line.classList.contains('remove') }));
	return codeToCopy(lines, block.dataset.lang ?? '');
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return response.text();
}
