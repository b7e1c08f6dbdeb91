/**
 * The install selector's state: which OS, framework(s), accelerator and
 * package manager the reader picked. It lives in the URL
 * (`?os=windows&framework=tensorflow&accelerator=cuda&pm=uv`) so a link
 * reproduces it. The commands themselves come from src/data/install.ts; the OS,
 * framework and package manager are synced choices (src/lib/choices.ts).
 */
import { CHOICES } from './choices';

type Ids<T extends readonly { id: string }[]> = T[number]['id'];

export interface Selection {
	os: Ids<typeof CHOICES.os.options>;
	framework: Ids<typeof CHOICES.framework.options> | typeof CHOICES.framework.all.id;
	accelerator: (typeof SELECTOR_ACCELERATORS)[number];
	pm: Ids<typeof CHOICES.pm.options>;
}

const SELECTOR_OSES: readonly Selection['os'][] = CHOICES.os.options.map((option) => option.id);
const SELECTOR_FRAMEWORKS: readonly Selection['framework'][] = [...CHOICES.framework.options.map((option) => option.id), CHOICES.framework.all.id];
export const SELECTOR_ACCELERATORS = ['cpu', 'cuda', 'rocm', 'apple'] as const;
const SELECTOR_PMS: readonly Selection['pm'][] = CHOICES.pm.options.map((option) => option.id);

function pick<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T {
	return value !== null && value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** A sensible first accelerator for an OS: Apple's GPU on a Mac, CUDA elsewhere. */
export function defaultAccelerator(os: Selection['os']): Selection['accelerator'] {
	return os === 'macos' ? 'apple' : 'cuda';
}

/** Selection from the URL, then the given fallbacks (the detected OS, the reader's framework choice). */
export function parseSelection(search: string, fallback: { os: string | null; framework: string | null; pm: string | null }): Selection {
	const params = new URLSearchParams(search);
	const os = pick(params.get('os') ?? fallback.os, SELECTOR_OSES, 'linux');
	return {
		os,
		framework: pick(params.get('framework') ?? fallback.framework, SELECTOR_FRAMEWORKS, 'pytorch'),
		accelerator: pick(params.get('accelerator'), SELECTOR_ACCELERATORS, defaultAccelerator(os)),
		pm: pick(params.get('pm') ?? fallback.pm, SELECTOR_PMS, 'pip'),
	};
}

/** The query string for a selection (every key, so a shared link is exact). */
export function selectionSearch(selection: Selection): string {
	return `?${new URLSearchParams({ os: selection.os, framework: selection.framework, accelerator: selection.accelerator, pm: selection.pm }).toString()}`;
}

/** The frameworks a selection covers, in display order. */
export function selectedFrameworks(selection: Selection): ('pytorch' | 'tensorflow')[] {
	return selection.framework === 'both' ? ['pytorch', 'tensorflow'] : [selection.framework];
}

/**
 * A pip-form command for an environment made with `uv venv` (which has no pip of its own):
 * `pip3 …` / `python3 -m pip …` / `python -m pip …` become `uv pip …`; other commands are unchanged.
 */
export function toUv(command: string): string {
	return command.replace(/^(?:pip3?|python3? -m pip) /, 'uv pip ');
}

/** Anchor id of a combination's section in its OS guide (`/install/linux/#pytorch-cuda`). */
export function guideAnchor(framework: string, accelerator: string): string {
	return `${framework}-${accelerator}`;
}
