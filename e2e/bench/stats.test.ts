import { describe, expect, it } from 'vitest';
import { median, passes, table, type Check } from './stats';

const check = (value: number, budget: number | null, kind: 'max' | 'min' = 'max', unit = 'B'): Check => ({ name: 'x', value, budget, kind, unit });

describe('bench', () => {
	it('compares against max and min budgets; reported-only figures always pass', () => {
		expect(passes(check(3000, 3072))).toBe(true);
		expect(passes(check(3100, 3072))).toBe(false);
		expect(passes(check(100, 100, 'min', ''))).toBe(true);
		expect(passes(check(99, 100, 'min', ''))).toBe(false);
		expect(passes(check(1e9, null))).toBe(true);
	});
	it('takes medians', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
	it('prints a table with units and status', () => {
		expect(table([check(3100, 3072), { name: 'cold', value: 92.4, budget: 150, kind: 'max', unit: 'ms' }, check(12, null, 'max', 's')])).toBe(
			['| measure | value | budget | status |', '| --- | --- | --- | --- |', '| x | 3.0 KiB | ≤ 3.0 KiB | MISSED |', '| cold | 92 ms | ≤ 150 ms | ok |', '| x | 12.00 s | – | – |'].join('\n'),
		);
	});
});
