import { page } from '@vitest/browser/context';
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
