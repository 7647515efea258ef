import { page, userEvent } from '@vitest/browser/context';
import { UmbChangeEvent } from '@umbraco-cms/backoffice/event';

/** Mounts an element, waits for its first render. */
export async function mount<T extends HTMLElement & { updateComplete?: Promise<unknown> }>(tag: string, props: Record<string, unknown> = {}): Promise<T> {
	const el = document.createElement(tag) as T;
	Object.assign(el, props);
	document.body.appendChild(el);
	await el.updateComplete;
	return el;
}

/** Counts UmbChangeEvents. */
export function changes(el: HTMLElement) {
	const events: Event[] = [];
	el.addEventListener(UmbChangeEvent.TYPE, (e) => events.push(e));
	return events;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as T;
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

export async function settle(el: { updateComplete?: Promise<unknown> }) {
	await el.updateComplete;
	await new Promise((r) => setTimeout(r, 0));
	await el.updateComplete;
}

/** A screenshot of the element with Chinese content, into artifacts/screenshots/client/. */
export async function screenshot(el: HTMLElement, name: string) {
	el.style.display = 'block';
	el.style.padding = '12px';
	el.style.width = '720px';
	el.style.fontFamily = '"WenQuanYi Zen Hei", sans-serif';
	await page.screenshot({ element: el, path: `../../artifacts/screenshots/client/${name}.png` });
}

/** Every element matching `selector` in `el`'s shadow root and, recursively, the shadow roots of the elements in it (document order). */
export function deepAll(el: Element, selector: string): HTMLElement[] {
	const found: HTMLElement[] = [];
	const walk = (root: ParentNode) => {
		for (const e of root.querySelectorAll('*')) {
			if (e.matches(selector)) found.push(e as HTMLElement);
			if (e.shadowRoot) walk(e.shadowRoot);
		}
	};
	if (el.shadowRoot) walk(el.shadowRoot);
	return found;
}

/** The first element matching `selector` across `el`'s nested shadow roots (fails the test if there is none). */
export function deep<T extends Element = HTMLElement>(el: Element, selector: string): T {
	const e = deepAll(el, selector)[0];
	if (!e) throw new Error(`no ${selector} in ${el.localName}`);
	return e as unknown as T;
}

/** The native list inside a uui-select (what the user actually opens). */
const nativeSelect = (uuiSelect: Element) => uuiSelect.shadowRoot!.querySelector('select')!;

/**
 * Chooses in a uui-select's own list as the user does: an option shown (by value or by its text), never UUI's hidden
 * placeholder option.
 */
export async function pick(uuiSelect: Element, valueOrText: string) {
	const select = nativeSelect(uuiSelect);
	const option = [...select.options].find((o) => !o.hidden && (o.value === valueOrText || o.textContent!.trim() === valueOrText));
	if (!option) throw new Error(`no option ${valueOrText} in ${uuiSelect.id || uuiSelect.localName}`);
	await userEvent.selectOptions(select, option);
}

/** The text a uui-select shows as chosen. */
export const shownIn = (uuiSelect: Element) => nativeSelect(uuiSelect).selectedOptions[0]?.textContent?.trim();
