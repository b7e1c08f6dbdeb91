import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from './head-script';

/** Runs the inline head script against a fake document, storage and URL; returns the attributes it set on <html>. */
function run(search: string, stored: Record<string, string>, storageThrows = false): Record<string, string> {
	const attributes: Record<string, string> = {};
	const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
	const localStorage = {
		getItem: (key: string) => {
			if (storageThrows) throw new Error('SecurityError');
			return stored[key] ?? null;
		},
	};
	new Function('document', 'localStorage', 'location', 'URLSearchParams', HEAD_SCRIPT)(document, localStorage, { search }, URLSearchParams);
	return attributes;
}

describe('head script', () => {
	it('defaults to PyTorch, follows the system theme, and marks that scripts run', () => {
		expect(run('', {})).toEqual({ 'data-framework': 'pytorch', 'data-js': '' });
	});
	it('restores the stored theme and framework', () => {
		expect(run('', { theme: 'dark', 'tabs:framework': 'tensorflow' })).toEqual({ 'data-theme': 'dark', 'data-framework': 'tensorflow', 'data-js': '' });
	});
	it('lets the URL win over storage', () => {
		expect(run('?framework=both', { 'tabs:framework': 'tensorflow' })['data-framework']).toBe('both');
	});
	it('ignores values it does not know', () => {
		expect(run('?framework=jax', { theme: 'sepia', 'tabs:framework': 'mxnet' })).toEqual({ 'data-framework': 'pytorch', 'data-js': '' });
	});
	it('still works when storage throws (private browsing, disabled cookies)', () => {
		expect(run('?framework=tensorflow', {}, true)).toEqual({ 'data-framework': 'tensorflow', 'data-js': '' });
	});
});
