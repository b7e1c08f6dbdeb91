import { choose, current, onChoose } from '../sync';
import { define } from '../define';

/** <framework-switch>: the header's PyTorch | TensorFlow | Both control, a set of toggle buttons bound to the `framework` key. */
class FrameworkSwitch extends HTMLElement {
	#wired = false;

	connectedCallback(): void {
		// The phone menu moves this element into its dialog and back (menu/menu.ts): wire it once.
		if (this.#wired) return;
		this.#wired = true;
		const buttons = [...this.querySelectorAll<HTMLButtonElement>('[data-framework-choice]')];
		const render = (value: string | null): void => {
			for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.frameworkChoice === value));
		};
		for (const button of buttons) {
			button.addEventListener('click', () => choose('framework', button.dataset.frameworkChoice ?? 'pytorch'));
		}
		onChoose((detail) => detail.key === 'framework' && render(detail.value));
		render(current('framework'));
	}
}

define('framework-switch', FrameworkSwitch);
