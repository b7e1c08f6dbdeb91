import { describe, expect, it } from 'vitest';
import { codeToCopy } from './copy';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('codeToCopy', () => {
	it('copies code as it is, without trailing blank lines', () => {
		expect(codeToCopy(lines('import torch', 'x = torch.ones(3)', ''), 'python')).toBe('import torch\nx = torch.ones(3)');
	});
	it('leaves out lines marked as removed in a diff', () => {
		expect(codeToCopy([{ text: 'a = 1', removed: true }, { text: 'a = 2' }], 'python')).toBe('a = 2');
	});
	it('copies shell commands without prompts as they are', () => {
		expect(codeToCopy(lines('pip3 install torch', 'python3 -c "import torch"'), 'bash')).toBe('pip3 install torch\npython3 -c "import torch"');
	});
	it('strips $ prompts and drops output lines in shell sessions', () => {
		expect(codeToCopy(lines('$ python3 -m venv .venv', '$ pip3 install torch', 'Collecting torch', 'Successfully installed torch-2.14.0'), 'bash')).toBe(
			'python3 -m venv .venv\npip3 install torch',
		);
	});
	it('strips PowerShell and cmd prompts', () => {
		expect(codeToCopy(lines('PS C:\\Users\\me> python -m venv .venv', 'PS> pip install torch', 'C:\\work> dir'), 'powershell')).toBe(
			'python -m venv .venv\npip install torch\ndir',
		);
	});
	it('does not treat a $ inside Python code as a prompt', () => {
		expect(codeToCopy(lines('$ not a prompt in python'), 'python')).toBe('$ not a prompt in python');
	});
});
