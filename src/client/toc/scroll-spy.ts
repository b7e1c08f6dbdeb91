import { define } from '../define';

/**
 * <site-scroll-spy>: marks the table-of-contents link of the section being read
 * (aria-current="true"): the last heading that has passed the top fifth of
 * the viewport. It only changes a highlight and never scrolls, so it needs no
 * reduced-motion variant (smooth scrolling is CSS, off under reduced motion).
 */
class ScrollSpy extends HTMLElement {
	connectedCallback(): void {
		const links = [...this.querySelectorAll('a')];
		const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
		const mark = (): void => {
			let current = -1;
			headings.forEach((heading, i) => {
				if (heading && heading.getBoundingClientRect().top < innerHeight / 5) current = i;
			});
			links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'true') : link.removeAttribute('aria-current')));
		};
		const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -80% 0px' });
		for (const heading of headings) if (heading) observer.observe(heading);
	}
}

define('site-scroll-spy', ScrollSpy);
