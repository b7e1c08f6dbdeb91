/** Pure parts of `npm run bench`: budget comparison, medians, the results table. */

export interface Check {
	/** What was measured, e.g. "article: JS (gzip)". */
	name: string;
	value: number;
	/** The budget; `null` means the figure is reported only. */
	budget: number | null;
	/** "max": value must be at most the budget; "min": at least. */
	kind: 'max' | 'min';
	unit: string;
}

export function passes(check: Check): boolean {
	if (check.budget === null) return true;
	return check.kind === 'max' ? check.value <= check.budget : check.value >= check.budget;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function format(value: number, unit: string): string {
	if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(1)} KiB` : `${Math.round(value)} B`;
	if (unit === 'ms') return `${Math.round(value)} ms`;
	if (unit === 's') return `${value.toFixed(2)} s`;
	if (unit === 'x') return `${value.toFixed(2)}x`;
	return `${Math.round(value * 1000) / 1000}${unit === '' ? '' : ` ${unit}`}`;
}

/** A Markdown table of every check, its status "ok", "MISSED", or "–" (reported only, no budget). */
export function table(checks: readonly Check[]): string {
	const rows = checks.map((c) => {
		const budget = c.budget === null ? '–' : `${c.kind === 'max' ? '≤' : '≥'} ${format(c.budget, c.unit)}`;
		const status = c.budget === null ? '–' : passes(c) ? 'ok' : 'MISSED';
		return `| ${c.name} | ${format(c.value, c.unit)} | ${budget} | ${status} |`;
	});
	return ['| measure | value | budget | status |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
