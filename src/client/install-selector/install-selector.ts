import { CHOICES, choiceLabel } from '../../lib/choices';
import { guideAnchor, parseSelection, selectedFrameworks, selectionSearch, toUv, type Selection } from '../../lib/install-selection';
import { basePath } from '../../lib/site-url';

/**
 * <install-selector>: turns the form into commands, read from the table of
 * every combination on the same page (CombinationTable.astro), and keeps the
 * URL and the site-wide framework, OS and package-manager choices in step.
 */
const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');

function line(text: string): HTMLElement {
	const span = document.createElement('span');
	span.className = text.startsWith('#') ? 'line t-comment' : 'line';
	span.textContent = text;
	return span;
}

function item(text: string, className = ''): HTMLElement {
	const li = document.createElement('li');
	li.className = className;
	li.textContent = text;
	return li;
}

function render(root: HTMLElement, selection: Selection): void {
	const windows = selection.os === 'windows';
	const lines = ['# Create and activate a virtual environment', ...texts(`[data-venv="${selection.os}/${selection.pm}"] code`)];
	const notes: HTMLElement[] = [];
	for (const framework of selectedFrameworks(selection)) {
		const name = choiceLabel(CHOICES.framework, framework);
		const row = document.querySelector(`[data-combo="${selection.os}/${framework}/${selection.accelerator}"]`);
		if (!row) continue;
		if (row.getAttribute('data-supported') !== 'true') {
			const reason = row.querySelector('[data-reason]')?.textContent ?? '';
			const instead = row.querySelector('[data-instead]')?.textContent ?? '';
			notes.push(item(`${name} is not available for this combination. ${reason} ${instead}`, 'selector__unsupported'));
			continue;
		}
		const install = texts(`[data-combo="${row.getAttribute('data-combo')}"] [data-install] code`);
		lines.push(`# Install ${name}`, ...(selection.pm === 'uv' ? install.map(toUv) : install));
		const verify = row.querySelector('[data-verify]')?.textContent ?? '';
		lines.push(`# Check ${name}`, verify);
		notes.push(item(`The ${name} check prints something like: ${row.querySelector('[data-expect]')?.textContent ?? ''}`));
	}
	const code = root.querySelector('[data-output-lines]');
	code?.replaceChildren(...lines.flatMap((text, i) => (i === 0 ? [line(text)] : [document.createTextNode('\n'), line(text)])));
	const lang = windows ? 'powershell' : 'bash';
	root.querySelector<HTMLElement>('[data-output-code]')?.setAttribute('data-lang', lang);
	const langLabel = root.querySelector('[data-output-lang]');
	if (langLabel) langLabel.textContent = windows ? 'PowerShell' : 'bash';
	root.querySelector('[data-output-notes]')?.replaceChildren(...notes);
	const guide = root.querySelector<HTMLAnchorElement>('[data-output-guide]');
	if (guide) {
		// basePath() ends in a slash; not siteHref, so this script stays small enough to be inlined in the page.
		guide.href = `${basePath()}install/${selection.os}/#${guideAnchor(selectedFrameworks(selection)[0] ?? 'pytorch', selection.accelerator)}`;
		guide.textContent = `Read the full ${choiceLabel(CHOICES.os, selection.os)} guide`;
	}
}

function read(form: HTMLElement): Selection {
	const params = new URLSearchParams();
	for (const input of form.querySelectorAll<HTMLInputElement>('input:checked')) params.set(input.name, input.value);
	return parseSelection(`?${params.toString()}`, { os: null, framework: null, pm: null });
}

function write(form: HTMLElement, selection: Selection): void {
	for (const [name, value] of Object.entries(selection)) {
		const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
		if (input) input.checked = true;
	}
}

/** The one way to make a site-wide choice from a page script: the site bundle's sync.ts applies it (see src/lib/choices.ts). */
function choose(key: string, value: string): void {
	document.dispatchEvent(new CustomEvent('site:choose', { detail: { key, value } }));
}

class InstallSelector extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLElement>('[data-selector-form]');
		if (!form) return;
		const detected = document.documentElement.getAttribute('data-os-detected') ?? 'linux';
		const label = this.querySelector('[data-detected-os]');
		if (label) label.textContent = choiceLabel(CHOICES.os, detected);
		const html = document.documentElement;
		const selection = parseSelection(location.search, { os: html.getAttribute('data-os'), framework: html.getAttribute('data-framework'), pm: html.getAttribute('data-pm') });
		write(form, selection);
		render(this, selection);
		form.addEventListener('change', (event) => {
			const changed = (event.target as HTMLInputElement).name;
			const next = read(form);
			render(this, next);
			// The framework, OS and package manager are also site-wide choices (tabs everywhere follow them).
			if (changed === 'framework' || changed === 'os' || changed === 'pm') choose(changed, next[changed]);
			history.replaceState(history.state, '', `${location.pathname}${selectionSearch(next)}${location.hash}`);
		});
	}
}

// A page script, bundled on its own: it guards its definition itself rather than share a module with the site bundle.
if (!customElements.get('install-selector')) customElements.define('install-selector', InstallSelector);
