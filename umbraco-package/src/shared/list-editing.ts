// The editing steps the list editors (会议议题, 图解, 问答, 标准目录, 决策事项目录) share: reorder with buttons, keeping
// keyboard focus on the moved item, and the row of buttons that does it.
import { html, type TemplateResult } from '@umbraco-cms/backoffice/external/lit';

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

/**
 * The buttons under an item of a list editor: 上移, 下移 (disabled at either end) and 删除, each labelled with the
 * item's name so a screen reader tells the rows apart; `data-move` and `data-remove` are what focusMoved and the tests
 * find them by.
 */
export function rowActions(
	t: (key: string) => string,
	o: { index: number; count: number; name: string; readonly: boolean; move: (delta: number) => void; remove: () => void },
): TemplateResult {
	return html`<div class="row">
		<uui-button look="secondary" compact data-move="up" ?disabled=${o.readonly || o.index === 0} label="${t('agenda_up')}：${o.name}" @click=${() => o.move(-1)}>${t('agenda_up')}</uui-button>
		<uui-button look="secondary" compact data-move="down" ?disabled=${o.readonly || o.index === o.count - 1} label="${t('agenda_down')}：${o.name}" @click=${() => o.move(1)}>${t('agenda_down')}</uui-button>
		<uui-button look="secondary" compact data-remove color="danger" label="${t('agenda_remove')}：${o.name}" ?disabled=${o.readonly} @click=${() => o.remove()}>${t('agenda_remove')}</uui-button>
	</div>`;
}
