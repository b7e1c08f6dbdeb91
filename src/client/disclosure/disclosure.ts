/**
 * Disclosure buttons (the article menu and the table of contents on narrow
 * screens): aria-expanded on the button, data-open on the panel it controls.
 * Escape closes an open one and returns focus to its button; following a link
 * inside closes it too.
 */
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-disclosure]')];

function set(button: HTMLButtonElement, open: boolean): void {
	button.setAttribute('aria-expanded', String(open));
	document.getElementById(button.getAttribute('aria-controls') ?? '')?.toggleAttribute('data-open', open);
}

for (const button of buttons) {
	button.addEventListener('click', () => set(button, button.getAttribute('aria-expanded') !== 'true'));
	document.getElementById(button.getAttribute('aria-controls') ?? '')?.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a')) set(button, false);
	});
}

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const button of buttons) {
		if (button.getAttribute('aria-expanded') !== 'true') continue;
		set(button, false);
		button.focus();
	}
});

export {}; // a module, not a global script: its names stay its own
