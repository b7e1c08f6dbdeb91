import { describe, expect, it } from 'vitest';
import { inlineCodeParts } from './text';

describe('inlineCodeParts', () => {
	it('splits `code` from text', () => {
		expect(inlineCodeParts('Run `nvidia-smi` then `wsl -l -v`.')).toEqual([
			{ text: 'Run ', code: false },
			{ text: 'nvidia-smi', code: true },
			{ text: ' then ', code: false },
			{ text: 'wsl -l -v', code: true },
			{ text: '.', code: false },
		]);
		expect(inlineCodeParts('no code')).toEqual([{ text: 'no code', code: false }]);
	});
});
