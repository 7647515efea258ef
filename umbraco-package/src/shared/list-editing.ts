// The editing steps the list editors (会议议题, 图解, 问答) share: reorder with buttons, keeping keyboard focus on the moved item.

/** The list with item <paramref name="i"/> moved by <paramref name="delta"/> (±1), or undefined at either end. */
export function moveItem<T>(items: readonly T[], i: number, delta: number): T[] | undefined {
	const j = i + delta;
	if (j < 0 || j >= items.length) return undefined;
	const moved = [...items];
	[moved[i], moved[j]] = [moved[j], moved[i]];
	return moved;
}

/** After the re-render, focus the same move button on the item's new row, so a keyboard user can keep moving it. */
export function focusMoved(host: { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot | null }, newIndex: number, delta: number): void {
	void host.updateComplete.then(() => (host.shadowRoot?.querySelector(`[data-item="${newIndex}"] [data-move="${delta < 0 ? 'up' : 'down'}"]`) as HTMLElement | null)?.focus());
}
