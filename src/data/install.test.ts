import { describe, expect, it } from 'vitest';
import { indexTag, indexUrlOf, PYPI_DEFAULT_LINUX_TAG, versionTagProblems } from '../../e2e/content-checks/checks';
import { COMBINATIONS, OS_GUIDES, type SupportedCombination } from './install';

const torchChecks = COMBINATIONS.filter(
	(c): c is SupportedCombination => c.supported && c.framework === 'pytorch' && c.verify.command.includes('torch.__version__'),
);

/** The local version tag in an expected check output such as `2.14.1+rocm7.14 True`, or '' when there is none. */
const tagOf = (output: string): string => /^\d+\.\d+\.\d+(?:\+(\S+))?/.exec(output)?.[1] ?? '';

describe('PyTorch install data: index and version tag agree', () => {
	it('has PyTorch checks that print the version', () => expect(torchChecks.length).toBeGreaterThan(3));

	it.each(torchChecks.map((c) => [`${c.os}/${c.accelerator}`, c] as const))('%s', (_key, c) => {
		const url = indexUrlOf(c.packages);
		const expected = c.verify.expect ?? '';
		if (url !== undefined) {
			// A wheel from download.pytorch.org/whl/<tag> reports <tag> in torch.__version__.
			expect(indexTag(url), url).toBeDefined();
			expect(tagOf(expected), expected).toBe(indexTag(url));
		} else if (c.os === 'linux' || c.os === 'wsl2') {
			// The default PyPI build keeps its CUDA tag (docs/facts.md, E2).
			expect(tagOf(expected), expected).toBe(PYPI_DEFAULT_LINUX_TAG);
		} else {
			// macOS wheels carry no tag; the Windows CPU wheel's tag is unconfirmed, so no tag is claimed.
			expect(tagOf(expected), expected).toBe('');
		}
	});

	it('names no version tag that no index produces, anywhere in the install data', () => {
		const text = JSON.stringify([COMBINATIONS, OS_GUIDES]);
		expect(versionTagProblems(text)).toEqual([]);
	});
});

describe('version tag helpers', () => {
	it('reads the tag of an index URL', () => {
		expect(indexTag('https://download.pytorch.org/whl/rocm7.14')).toBe('rocm7.14');
		expect(indexTag('https://download.pytorch.org/whl/cu130')).toBe('cu130');
		expect(indexTag('https://example.com/simple')).toBeUndefined();
	});
	it('finds the index URL in install arguments', () => {
		expect(indexUrlOf(['torch', '--index-url', 'https://download.pytorch.org/whl/cpu'])).toBe('https://download.pytorch.org/whl/cpu');
		expect(indexUrlOf(['torch', 'torchvision'])).toBeUndefined();
	});
	it('flags a version tag whose index is not official', () => {
		expect(versionTagProblems('2.14.1+rocm7.14 True and 2.14.1+cu130 True')).toEqual([]);
		expect(versionTagProblems('prints 2.14.1+rocm7.2 True')).toEqual(['version tag +rocm7.2 matches no official PyTorch index']);
		expect(versionTagProblems('torch-2.14.1+cu999')).toEqual(['version tag +cu999 matches no official PyTorch index']);
	});
});
