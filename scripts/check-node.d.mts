/** Whether a Node.js version is in an `engines.node` range (the `^`, `>=` and `||` forms). */
export function satisfies(version: string, range: string): boolean;
/** The message printed on a Node.js outside the range. */
export function tooOldMessage(current: string, range: string, nvmrc: string): string;
