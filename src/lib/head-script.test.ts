import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from './head-script';

/** Runs the inline head script against a fake document, storage and URL; returns the attributes it set on <html>. */
const LINUX_CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

function run(search: string, stored: Record<string, string>, storageThrows = false, navigator: object = { userAgent: LINUX_CHROME }): Record<string, string> {
	const attributes: Record<string, string> = {};
	const document = { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } };
	const localStorage = {
		getItem: (key: string) => {
			if (storageThrows) throw new Error('SecurityError');
			return stored[key] ?? null;
		},
	};
	new Function('document', 'localStorage', 'location', 'URLSearchParams', 'navigator', HEAD_SCRIPT)(document, localStorage, { search }, URLSearchParams, navigator);
	return attributes;
}

describe('head script', () => {
	it('defaults to PyTorch, follows the system theme, and marks that scripts run', () => {
		expect(run('', {})).toEqual({ 'data-os-detected': 'linux', 'data-framework': 'pytorch', 'data-os': 'linux', 'data-pm': 'pip', 'data-js': '' });
	});
	it('restores the stored theme and framework', () => {
		expect(run('', { theme: 'dark', 'tabs:framework': 'tensorflow', 'tabs:os': 'wsl2' })).toMatchObject({ 'data-theme': 'dark', 'data-framework': 'tensorflow', 'data-os': 'wsl2' });
	});
	it('lets the URL win over storage', () => {
		expect(run('?framework=both', { 'tabs:framework': 'tensorflow' })['data-framework']).toBe('both');
	});
	it('ignores values it does not know', () => {
		const attributes = run('?framework=jax', { theme: 'sepia', 'tabs:framework': 'mxnet' });
		expect(attributes['data-theme']).toBeUndefined();
		expect(attributes['data-framework']).toBe('pytorch');
	});
	it('still works when storage throws (private browsing, disabled cookies)', () => {
		expect(run('?framework=tensorflow', {}, true)).toMatchObject({ 'data-framework': 'tensorflow', 'data-js': '' });
	});
	it.each([
		[{ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0' }, 'windows'],
		[{ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605.1.15' }, 'macos'],
		[{ userAgent: LINUX_CHROME }, 'linux'],
		[{ userAgent: LINUX_CHROME, userAgentData: { platform: 'Windows' } }, 'windows'],
		[{ userAgent: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) Chrome/140.0' }, 'linux'],
	])('detects the OS from %j', (navigator, os) => {
		const attributes = run('', {}, false, navigator);
		expect(attributes['data-os-detected']).toBe(os);
		expect(attributes['data-os']).toBe(os);
	});
	it('lets a stored or linked OS win over detection', () => {
		expect(run('?os=wsl2', {}, false, { userAgent: 'Windows NT 10.0' })['data-os']).toBe('wsl2');
	});
});
