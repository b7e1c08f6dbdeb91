/** One rendered line of a code block, as the copy button sees it. */
export interface CodeLine {
	text: string;
	/** Lines marked `[!code --]` show what was removed; they are not copied. */
	removed?: boolean;
}

const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'shellsession', 'powershell', 'ps1', 'bat', 'cmd']);
/** Prompts readers see in docs but must not paste: `$ `, `PS> `, `PS C:\dir> `, `C:\dir> `, `> `. */
const PROMPT = /^(?:\$ |PS(?: [^>]*)?> |[A-Z]:\\[^>]*> |> )/;

/**
 * The text the copy button puts on the clipboard: the code without removed
 * lines and, for shell blocks that show prompts, only the prompted commands
 * with their prompts stripped (everything else is output).
 */
export function codeToCopy(lines: readonly CodeLine[], lang: string): string {
	const kept = lines.filter((line) => !line.removed).map((line) => line.text);
	if (!SHELL_LANGS.has(lang.toLowerCase())) return trimEnd(kept).join('\n');
	const hasPrompts = kept.some((line) => PROMPT.test(line));
	if (!hasPrompts) return trimEnd(kept).join('\n');
	return kept.filter((line) => PROMPT.test(line)).map((line) => line.replace(PROMPT, '')).join('\n');
}

function trimEnd(lines: string[]): string[] {
	const out = [...lines];
	while (out.length > 0 && out[out.length - 1]?.trim() === '') out.pop();
	return out;
}
