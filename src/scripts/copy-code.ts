import { codeToCopy } from '../lib/copy';

/** Copy buttons of code blocks (markup from src/build/shiki.ts), handled by one delegated listener. */
document.addEventListener('click', async (event) => {
	const button = (event.target as Element).closest<HTMLButtonElement>('[data-copy]');
	const block = button?.closest<HTMLElement>('.code');
	if (!button || !block) return;
	const lines = [...block.querySelectorAll('.line')].map((line) => ({
		text: line.textContent ?? '',
		removed: line.classList.contains('remove'),
	}));
	let message = 'Copied';
	try {
		await navigator.clipboard.writeText(codeToCopy(lines, block.dataset.lang ?? ''));
	} catch {
		message = 'Copy failed';
	}
	button.textContent = message;
	const status = document.getElementById('status');
	if (status) status.textContent = message;
	setTimeout(() => {
		button.textContent = 'Copy';
		if (status) status.textContent = '';
	}, 2000);
});
