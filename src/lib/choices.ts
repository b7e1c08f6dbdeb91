/**
 * The registry of synced choices: every choice a reader makes once for the whole site (framework, OS, package
 * manager). From it come the before-paint head script's table (head-script.ts), the CSS that shows the chosen panel
 * before <site-tabs> upgrades (src/build/choices-css.ts), the framework tabs and switch, the install selector's
 * values, and the labels. Adding a value is one edit here.
 *
 * The public contract (readers' saved state and shared links): a choice is kept in localStorage as `tabs:<key>`,
 * read from `?<key>=<value>`, and shown on <html data-<key>="value">. In the browser there is one way to choose:
 * `choose(key, value)` from src/client/sync.ts, or the `site:choose` event it sends (which is all page scripts that
 * do not load the site bundle need to dispatch).
 */
export interface ChoiceOption {
	id: string;
	label: string;
}

export interface ChoiceGroup {
	options: readonly ChoiceOption[];
	/** A value that shows every panel at once ("Both"), if the group has one. */
	all?: ChoiceOption;
	/** When neither the URL nor storage says: a value, or "detect" (the OS the browser reports, see head-script.ts). */
	fallback: string;
}

/** The frameworks the guide compares, in display order. */
export const FRAMEWORKS = [
	{ id: 'pytorch', label: 'PyTorch' },
	{ id: 'tensorflow', label: 'TensorFlow' },
] as const;

/** The operating systems the install guides cover. 'wsl2' is a Linux distribution under Windows Subsystem for Linux 2. */
export const OSES = [
	{ id: 'linux', label: 'Linux' },
	{ id: 'macos', label: 'macOS' },
	{ id: 'windows', label: 'Windows' },
	{ id: 'wsl2', label: 'Windows (WSL2)' },
] as const;

// (The lists are named before the registry, not read from it, so the browser bundles that need only tab helpers
// can drop this module: a top-level `CHOICES.framework.options` would count as a side effect and keep it.)
export const CHOICES = {
	framework: { options: FRAMEWORKS, all: { id: 'both', label: 'Both' }, fallback: 'pytorch' },
	os: { options: OSES, fallback: 'detect' },
	pm: {
		options: [
			{ id: 'pip', label: 'pip' },
			{ id: 'uv', label: 'uv' },
		],
		fallback: 'pip',
	},
} as const satisfies Record<string, ChoiceGroup>;

export type ChoiceKey = keyof typeof CHOICES;

/** Every value a key accepts, "all" included (what the URL, storage and <html data-key> may hold). */
export function choiceValues(group: ChoiceGroup): string[] {
	return [...group.options.map((option) => option.id), ...(group.all ? [group.all.id] : [])];
}

/** The head script's table: each key's accepted values and fallback. */
export function syncGroups(choices: Record<string, ChoiceGroup> = CHOICES): Record<string, { values: string[]; fallback: string }> {
	return Object.fromEntries(Object.entries(choices).map(([key, group]) => [key, { values: choiceValues(group), fallback: group.fallback }]));
}

/** A value's label ("macOS" for `macos`), or the value itself when the group does not know it. */
export function choiceLabel(group: ChoiceGroup, value: string): string {
	return [...group.options, ...(group.all ? [group.all] : [])].find((option) => option.id === value)?.label ?? value;
}
