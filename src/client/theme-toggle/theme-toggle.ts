/**
 * The theme button: pressed means dark. The first click leaves "follow the
 * system" and stores an explicit choice; the head script applies it on every
 * later page before first paint.
 */
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const root = document.documentElement;
const dark = matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
	const chosen = root.getAttribute('data-theme');
	return chosen === null ? dark.matches : chosen === 'dark';
}

function render(): void {
	button?.setAttribute('aria-pressed', String(isDark()));
}

button?.addEventListener('click', () => {
	const next = isDark() ? 'light' : 'dark';
	root.setAttribute('data-theme', next);
	try {
		localStorage.setItem('theme', next);
	} catch {
		// Without storage the choice lasts for this page only.
	}
	render();
});
dark.addEventListener('change', render);
render();

export {}; // a module, not a global script: its names stay its own
