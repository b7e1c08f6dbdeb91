import { guideAnchor, parseSelection, selectedFrameworks, selectionSearch, toUv, type Selection } from '../lib/install-selection';

/**
 * The install selector: turns the form into commands, read from the table of
 * every combination on the same page (CombinationTable.astro), and keeps the
 * URL and the site-wide framework and OS choices in step.
 */
const root = document.querySelector<HTMLElement>('[data-install-selector]');
const form = root?.querySelector<HTMLElement>('[data-selector-form]');
const base = import.meta.env.BASE_URL;
const OS_NAMES: Record<string, string> = { linux: 'Linux', macos: 'macOS', windows: 'Windows', wsl2: 'Windows (WSL2)' };

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

function render(selection: Selection): void {
	if (!root) return;
	const windows = selection.os === 'windows';
	const lines = ['# Create and activate a virtual environment', ...texts(`[data-venv="${selection.os}/${selection.pm}"] code`)];
	const notes: HTMLElement[] = [];
	for (const framework of selectedFrameworks(selection)) {
		const name = framework === 'pytorch' ? 'PyTorch' : 'TensorFlow';
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
		guide.href = `${base}install/${selection.os}/#${guideAnchor(selectedFrameworks(selection)[0] ?? 'pytorch', selection.accelerator)}`;
		guide.textContent = `Read the full ${OS_NAMES[selection.os] ?? ''} guide`;
	}
}

function read(): Selection {
	const params = new URLSearchParams();
	for (const input of form?.querySelectorAll<HTMLInputElement>('input:checked') ?? []) params.set(input.name, input.value);
	return parseSelection(`?${params.toString()}`, { os: null, framework: null, pm: null });
}

function write(selection: Selection): void {
	for (const [name, value] of Object.entries(selection)) {
		const input = form?.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
		if (input) input.checked = true;
	}
}

if (root && form) {
	const detected = document.documentElement.getAttribute('data-os-detected') ?? 'linux';
	const label = root.querySelector('[data-detected-os]');
	if (label) label.textContent = OS_NAMES[detected] ?? detected;
	const html = document.documentElement;
	const selection = parseSelection(location.search, { os: html.getAttribute('data-os'), framework: html.getAttribute('data-framework'), pm: html.getAttribute('data-pm') });
	write(selection);
	render(selection);
	form.addEventListener('change', (event) => {
		const changed = (event.target as HTMLInputElement).name;
		const next = read();
		render(next);
		// The framework, OS and package manager are also site-wide choices (tabs everywhere follow them).
		if (changed === 'framework' || changed === 'os' || changed === 'pm') {
			document.dispatchEvent(new CustomEvent('site:choose', { detail: { key: changed, value: next[changed] } }));
		}
		history.replaceState(history.state, '', `${location.pathname}${selectionSearch(next)}${location.hash}`);
	});
}
