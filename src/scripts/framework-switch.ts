import { choose, current, onSync } from './sync';

/** The header's PyTorch | TensorFlow | Both control: a set of toggle buttons bound to the `framework` key. */
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-framework-choice]')];

function render(value: string | null): void {
	for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.frameworkChoice === value));
}

for (const button of buttons) {
	button.addEventListener('click', () => choose('framework', button.dataset.frameworkChoice ?? 'pytorch'));
}
onSync((detail) => detail.key === 'framework' && render(detail.value));
render(current('framework'));
