import { describe, expect, it } from 'vitest';
import { ACCELERATORS, COMBINATIONS, FRAMEWORKS, OSES, OS_GUIDES, installCommand } from '../data/install';
import { installProblems } from '../../e2e/content-checks/checks';
import { guideAnchor, parseSelection, selectedFrameworks, selectionSearch, toUv } from './install-selection';

const none = { os: null, framework: null, pm: null };

describe('install selection', () => {
	it('defaults to Linux, PyTorch, CUDA, pip', () => expect(parseSelection('', none)).toEqual({ os: 'linux', framework: 'pytorch', accelerator: 'cuda', pm: 'pip' }));
	it('uses the detected OS and the reader’s framework when the URL says nothing', () => {
		expect(parseSelection('', { os: 'macos', framework: 'tensorflow', pm: 'uv' })).toEqual({ os: 'macos', framework: 'tensorflow', accelerator: 'apple', pm: 'uv' });
	});
	it('lets the URL win and ignores values it does not know', () => {
		expect(parseSelection('?os=windows&framework=both&accelerator=rocm&pm=conda', { os: 'macos', framework: null, pm: null })).toEqual({
			os: 'windows',
			framework: 'both',
			accelerator: 'rocm',
			pm: 'pip',
		});
	});
	it('round-trips through the URL', () => {
		const selection = parseSelection('?os=wsl2&framework=tensorflow&accelerator=cpu&pm=uv', none);
		expect(selectionSearch(selection)).toBe('?os=wsl2&framework=tensorflow&accelerator=cpu&pm=uv');
		expect(parseSelection(selectionSearch(selection), none)).toEqual(selection);
	});
	it('expands "both"', () => expect(selectedFrameworks({ os: 'linux', framework: 'both', accelerator: 'cpu', pm: 'pip' })).toEqual(['pytorch', 'tensorflow']));
	it.each([
		['pip3 install torch torchvision', 'uv pip install torch torchvision'],
		["python3 -m pip install 'tensorflow[and-cuda]'", "uv pip install 'tensorflow[and-cuda]'"],
		['python -m pip install tensorflow', 'uv pip install tensorflow'],
		['source .venv/bin/activate', 'source .venv/bin/activate'],
	])('toUv(%s)', (pip, uv) => expect(toUv(pip)).toBe(uv));
	it('names guide anchors', () => expect(guideAnchor('pytorch', 'cuda')).toBe('pytorch-cuda'));
});

describe('install data', () => {
	it('has every OS x framework x accelerator exactly once', () => {
		const keys = COMBINATIONS.map((c) => `${c.os}/${c.framework}/${c.accelerator}`);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).toHaveLength(OSES.length * FRAMEWORKS.length * ACCELERATORS.length);
	});
	it.each(COMBINATIONS.map((c) => [`${c.os}/${c.framework}/${c.accelerator}`, c] as const))('%s has commands and a check, or an explanation', (_key, combination) => {
		expect(combination.sources.length).toBeGreaterThan(0);
		if (combination.supported) {
			expect(combination.packages.length).toBeGreaterThan(0);
			expect(combination.verify.command).toMatch(/^python3? -c /);
			expect(combination.verify.expect).toBeTruthy();
			const commands = [installCommand(combination, 'pip'), ...(combination.extra ?? []).map((step) => step.command)];
			for (const command of commands) expect(installProblems(command), command).toEqual([]);
		} else {
			expect(combination.reason.length).toBeGreaterThan(30);
			expect(combination.instead.length).toBeGreaterThan(20);
		}
	});
	it('knows the combinations that do not exist', () => {
		const missing = COMBINATIONS.filter((c) => !c.supported).map((c) => `${c.os}/${c.framework}/${c.accelerator}`);
		for (const key of ['windows/tensorflow/cuda', 'macos/pytorch/cuda', 'macos/tensorflow/cuda', 'windows/pytorch/rocm', 'linux/pytorch/apple']) expect(missing).toContain(key);
	});
	it('has a guide for every OS with three failures per framework', () => {
		expect(OS_GUIDES.map((g) => g.os).sort()).toEqual(OSES.map((o) => o.id).sort());
		for (const guide of OS_GUIDES) for (const framework of FRAMEWORKS) expect(guide.failures[framework.id], `${guide.os}/${framework.id}`).toHaveLength(3);
	});
});
