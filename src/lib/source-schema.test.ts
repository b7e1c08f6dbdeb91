import { describe, expect, it } from 'vitest';
import { sourceSchema } from './schema';

describe('sourceSchema url', () => {
	it.each([
		'https://docs.pytorch.org/docs/stable/torch.compiler_troubleshooting.html',
		'https://www.tensorflow.org/guide/function#rules_of_tracing',
		'https://example.com/a%20b?q=1&r=2',
	])('accepts %s', (url) => expect(sourceSchema.safeParse({ title: 'A', url }).success).toBe(true));

	it.each([
		['https://example.com/a b', 'must not contain spaces'],
		['https://example.com/"onmouseover="x', 'must not contain spaces, quotes'],
		["https://example.com/it's", 'must not contain spaces, quotes'],
		['https://example.com/<script>', 'angle brackets'],
		[' https://example.com/', 'must not contain spaces'],
		['http://example.com/', ''],
		['javascript:alert(1)', ''],
		['https://', ''],
		['docs.pytorch.org/docs', ''],
	])('refuses %j', (url, message) => {
		const result = sourceSchema.safeParse({ title: 'A', url });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => issue.message).join(' ')).toContain(message);
	});
});
