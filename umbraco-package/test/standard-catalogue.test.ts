import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import '../src/property-editors/standard-catalogue/standard-catalogue.element.js';
import { missingOf, type GovStandardCatalogueEditorElement, type StandardCatalogueRow } from '../src/property-editors/standard-catalogue/standard-catalogue.element.js';
import { manifests } from '../src/property-editors/manifests.js';
import { $, $$, mount, screenshot, settle } from './helpers.js';

beforeAll(() => {
	document.documentElement.lang = 'zh-CN';
});
afterEach(() => document.body.replaceChildren());

const ROW: StandardCatalogueRow = {
	area: '城乡规划',
	item: '规划批前公示',
	content: '项目名称、建设单位、规划条件',
	basis: '《中华人民共和国城乡规划法》',
	timeLimit: '批准前公示不少于30日',
	body: '示例县自然资源局',
	audience: 'everyone',
	mode: 'proactive',
	channels: ['政府网站', '公开栏'],
	level: '县级',
};

describe('基层政务公开标准目录 editor', () => {
	it('asks for every required field of a new row and for at least one channel, then accepts it', async () => {
		const el = await mount<GovStandardCatalogueEditorElement>('gov-standard-catalogue-editor', { value: [ROW] });
		expect(el.checkValidity()).toBe(true);
		$<HTMLButtonElement>(el, '#add').click();
		await settle(el);
		expect($(el, '[data-item="1"] [role=alert]').getAttribute('data-error')).toBe('incomplete');
		expect(el.checkValidity()).toBe(false);
		expect(missingOf(el.value![1])).toEqual(['item', 'content', 'basis', 'timeLimit', 'body', 'channels']);
		for (const [id, text] of [['item-1', '低保对象认定'], ['content-1', '认定条件、办理流程、结果'], ['basis-1', '《社会救助暂行办法》'], ['timeLimit-1', '信息形成或变更之日起20个工作日内'], ['body-1', '示例镇人民政府']]) {
			$<HTMLElement>(el, `#${id}`).focus();
			await userEvent.keyboard(text);
		}
		const channels = $<HTMLInputElement>(el, '#channels-1');
		channels.focus();
		await userEvent.keyboard('政府网站、便民服务站');
		channels.dispatchEvent(new Event('change', { bubbles: true }));
		await settle(el);
		expect(el.value![1]).toMatchObject({ item: '低保对象认定', body: '示例镇人民政府', channels: ['政府网站', '便民服务站'], audience: 'everyone', mode: 'proactive' });
		expect(el.checkValidity()).toBe(true);
		await screenshot(el, 'standard-catalogue');
	});

	it('offers 主动公开 and 依申请公开 but never 不予公开, and 全社会 or 特定群体', async () => {
		const el = await mount<GovStandardCatalogueEditorElement>('gov-standard-catalogue-editor', { value: [ROW] });
		await settle(el);
		const modes = ($(el, '#mode-0') as unknown as { options: { value: string }[] }).options.map((o) => o.value);
		expect(modes).toEqual(['proactive', 'onRequest']);
		const audiences = ($(el, '#audience-0') as unknown as { options: { value: string }[] }).options.map((o) => o.value);
		expect(audiences).toEqual(['everyone', 'specificGroups']);
	});

	it('reorders rows by keyboard-operable buttons and removes one', async () => {
		const el = await mount<GovStandardCatalogueEditorElement>('gov-standard-catalogue-editor', { value: [ROW, { ...ROW, item: '规划批后公布' }] });
		await settle(el);
		$<HTMLButtonElement>(el, '[data-item="1"] [data-move="up"]').click();
		await settle(el);
		expect(el.value!.map((r) => r.item)).toEqual(['规划批后公布', '规划批前公示']);
		$<HTMLButtonElement>(el, '[data-item="0"] [data-remove]').click();
		await settle(el);
		expect(el.value!.map((r) => r.item)).toEqual(['规划批前公示']);
		expect($$(el, 'li').length).toBe(1);
	});

	it('is registered under the server’s data editor alias', () => {
		const uis = manifests.filter((m) => m.type === 'propertyEditorUi').map((m) => (m as { meta: { propertyEditorSchemaAlias: string } }).meta.propertyEditorSchemaAlias);
		expect(uis).toContain('Gov.StandardCatalogue');
	});
});
