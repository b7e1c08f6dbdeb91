import { describe, expect, it } from 'vitest';
import { CHOICES, choiceLabel, choiceValues, syncGroups } from './choices';

describe('registry of synced choices', () => {
	it('gives the head script every key, its values ("all" last) and fallback', () => {
		expect(syncGroups()).toEqual({
			framework: { values: ['pytorch', 'tensorflow', 'both'], fallback: 'pytorch' },
			os: { values: ['linux', 'macos', 'windows', 'wsl2'], fallback: 'detect' },
			pm: { values: ['pip', 'uv'], fallback: 'pip' },
		});
	});
	it('takes a new value with one edit', () => {
		const choices = { ...CHOICES, pm: { ...CHOICES.pm, options: [...CHOICES.pm.options, { id: 'conda', label: 'conda' }] } };
		expect(syncGroups(choices)['pm']?.values).toEqual(['pip', 'uv', 'conda']);
	});
	it('names values, and passes unknown ones through', () => {
		expect(choiceLabel(CHOICES.os, 'wsl2')).toBe('Windows (WSL2)');
		expect(choiceLabel(CHOICES.framework, 'both')).toBe('Both');
		expect(choiceLabel(CHOICES.os, 'beos')).toBe('beos');
		expect(choiceValues(CHOICES.pm)).toEqual(['pip', 'uv']);
	});
});
