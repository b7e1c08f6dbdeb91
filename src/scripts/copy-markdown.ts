/**
 * "Copy as Markdown" on article pages: fetches the article's Markdown copy
 * (`/<slug>.md`) and puts it on the clipboard, saying so on the button and in
 * the page's status region for screen readers. Loaded on first click
 * (src/scripts/site.ts), so it costs the page nothing until used.
 */
export async function copyMarkdown(button: HTMLButtonElement): Promise<void> {
	let message = 'Article copied as Markdown';
	try {
		const response = await fetch(button.dataset.copyMarkdown ?? '');
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		await navigator.clipboard.writeText(await response.text());
	} catch {
		message = 'Copy failed';
	}
	button.textContent = message === 'Copy failed' ? message : 'Copied';
	const status = document.getElementById('status');
	if (status) status.textContent = message;
	setTimeout(() => {
		button.textContent = 'Copy as Markdown';
		if (status) status.textContent = '';
	}, 2000);
}
