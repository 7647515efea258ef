import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from '@vitest/browser/context';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { UmbActionEventContext } from '@umbraco-cms/backoffice/action';
import { UmbRequestReloadChildrenOfEntityEvent } from '@umbraco-cms/backoffice/entity-action';
import { UmbModalManagerContext } from '@umbraco-cms/backoffice/modal';
import { GOV_IMPORT_MODAL } from '../src/import/import.modal-token.js';
import '../src/dashboard/dashboard.element.js';
import '../src/workspace/checklist.element.js';
import '../src/import/import-dialog.element.js';
import { checkPolicy } from '../src/workspace/checklist.rules.js';
import type { GovApi } from '../src/shared/api.js';
import { $, $$, mount, screenshot, settle } from './helpers.js';

document.documentElement.lang = 'zh-CN';
afterEach(() => document.body.replaceChildren());

const api = (overrides: Partial<GovApi> = {}): GovApi => ({
	searchPolicies: async () => [],
	getPolicies: async () => [],
	dashboard: async () => ({
		overdue: [{ id: 'x1', title: '示例市预算绩效管理办法', documentNumber: '示财发〔2026〕26号', status: '逾期3个工作日' }],
		pending: [{ id: 'x2', title: '示例市应急预案管理办法', documentNumber: '示府办发〔2026〕19号', status: '待解读（剩1个工作日）' }],
		expiring: [{ id: 'x3', title: '示例市人民政府办公室关于加强政策解读工作的通知', validUntil: '2027-01-31' }],
		quarter: [],
	}),
	extract: async () => ({
		title: '示例市人民政府关于加强公共数据管理的通知',
		documentNumber: '示府发〔2026〕8号',
		issuer: '示例市人民政府',
		signedDate: '2026-05-06',
		mainRecipients: null,
		disclosure: '主动公开',
		citedNumbers: [],
		attachments: [],
		warnings: ['未找到主送机关'],
		missing: ['mainRecipients'],
	}),
	createDraft: async () => {
		throw new Error('unused');
	},
	interpretationStatus: async () => [],
	...overrides,
});

/** Chooses files as the user does: through the file picker of the dialog's UUI dropzone. */
async function choose(el: HTMLElement & { updateComplete: Promise<unknown> }, files: File[]) {
	await userEvent.upload($(el, 'uui-file-dropzone#file').shadowRoot!.querySelector('input[type=file]')!, files);
	await settle(el);
}

/** Clicks 识别 in the dialog's actions. */
async function extract(el: HTMLElement & { updateComplete: Promise<unknown> }) {
	$(el, 'uui-button#extract').click();
	await settle(el);
}

describe('政务公开 dashboard', () => {
	it('lists what needs doing with links to each document', async () => {
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api() });
		await settle(el);
		expect($(el, '[data-list=overdue]').getAttribute('headline')).toContain('（1）');
		const node = $(el, '[data-list=overdue] uui-ref-node');
		await (node as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
		expect(node.shadowRoot!.querySelector('a')!.getAttribute('href')).toContain('x1');
		expect(node.getAttribute('name')).toBe('示例市预算绩效管理办法');
		expect($(el, '[data-list=expiring]').textContent).toContain('2027-01-31');
		expect($(el, '[data-list=quarter]').textContent).toContain('无');
		await screenshot(el, 'dashboard');
	});

	it('shows settings problems and paused modules first, with the field and the message', async () => {
		const settings = [
			{ field: 'GovOpen:AgencyName', code: 'missing', message: '未设置机关名称（GovOpen:AgencyName）', messageEn: 'GovOpen:AgencyName is not set.' },
			{ field: 'GovOpen:Requests', code: 'unavailable', message: '依申请公开办理台账暂不可用：数据库无法连接', messageEn: 'The request register is unavailable: the database cannot be reached.' },
		];
		const withSettings = async () => ({ ...(await api().dashboard()), settings });
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: withSettings }) });
		await settle(el);
		const box = $(el, '#settings');
		expect(box.tagName).toBe('UUI-BOX');
		expect(box.getAttribute('headline')).toBe('政务公开设置需要处理');
		expect($(el, 'uui-box')).toBe(box); // at the top
		expect($$(el, '#settings li').map((li) => li.getAttribute('data-field'))).toEqual(['GovOpen:AgencyName', 'GovOpen:Requests']);
		expect($(el, '#settings li[data-field="GovOpen:AgencyName"]').textContent).toContain('未设置机关名称');
		expect($(el, '#settings li[data-field="GovOpen:AgencyName"] code').textContent).toBe('GovOpen:AgencyName');
		await screenshot(el, 'dashboard-settings');

		document.documentElement.lang = 'en';
		try {
			const en = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: withSettings }) });
			await settle(en);
			expect($(en, '#settings').getAttribute('headline')).toBe('GovOpen settings need attention');
			expect($(en, '#settings li[data-field="GovOpen:Requests"]').textContent).toContain('database cannot be reached');
		} finally {
			document.documentElement.lang = 'zh-CN';
		}
	});

	it('shows no settings notice when the list is empty or absent', async () => {
		for (const settings of [[], undefined]) {
			const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => ({ ...(await api().dashboard()), settings }) }) });
			await settle(el);
			expect($(el, '#settings'), JSON.stringify(settings)).toBeNull();
			expect($(el, '[data-list=overdue]')).not.toBeNull();
		}
	});

	it('lists statutory disclosure columns that are empty or stale, and nothing when all are current', async () => {
		const columns = [
			{ id: 'c1', category: '重大建设项目的批准和实施情况', page: '重大建设项目', lastUpdate: null, state: 'empty' as const, message: '“重大建设项目的批准和实施情况”（重大建设项目）没有内容' },
			{ id: 'c2', category: '国民经济和社会发展统计信息', page: '统计信息', lastUpdate: '2024-03-01', state: 'stale' as const, message: '“国民经济和社会发展统计信息”（统计信息）自2024-03-01起超过180天未更新' },
		];
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => ({ ...(await api().dashboard()), columns }) }) });
		await settle(el);
		const nodes = $$(el, '[data-list=columns] uui-ref-node');
		expect(nodes.map((n) => n.getAttribute('name'))).toEqual(['重大建设项目', '统计信息']);
		expect(nodes[1].getAttribute('detail')).toContain('超过180天未更新');
		expect(nodes[0].querySelector('uui-tag')!.textContent).toBe('空白栏目');
		const none = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => ({ ...(await api().dashboard()), columns: [] }) }) });
		await settle(none);
		expect($(none, '[data-list=columns]')).toBeNull();
	});

	it('lists consultations whose feedback is overdue, the decision-first ones marked', async () => {
		const feedback = [
			{ id: 'k1', name: '已出正式文件的征集', closes: '2026-10-08', finalPublished: true, message: '《已出正式文件的征集》的正式文件已发布，但尚未公布意见采纳情况' },
			{ id: 'k2', name: '久未反馈的征集', closes: '2026-10-01', finalPublished: false, message: '《久未反馈的征集》于2026-10-01截止，超过30天未公布意见采纳情况' },
		];
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => ({ ...(await api().dashboard()), feedback }) }) });
		await settle(el);
		const nodes = $$(el, '[data-list=feedback] uui-ref-node');
		expect(nodes.map((n) => n.getAttribute('name'))).toEqual(['已出正式文件的征集', '久未反馈的征集']);
		expect(nodes.map((n) => n.querySelector('uui-tag')!.textContent)).toEqual(['正式文件已发布', '超过30天']);
		expect(nodes[1].getAttribute('href')).toContain('k2');
		const none = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => ({ ...(await api().dashboard()), feedback: [] }) }) });
		await settle(none);
		expect($(none, '[data-list=feedback]')).toBeNull();
	});

	it('says so when data cannot be fetched', async () => {
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-dashboard', { api: api({ dashboard: async () => Promise.reject(new Error('503')) }) });
		await settle(el);
		expect($(el, '[role=alert]').textContent).toContain('暂时无法获取');
	});
});

describe('公开检查 checklist', () => {
	const good = {
		name: '示例市公共数据开放暂行办法',
		issuers: '示例市人民政府',
		signedDate: '2024-09-10',
		topic: '综合政务\\电子政务',
		genre: '通知',
		category: 'normative',
		documentNumber: '示府规〔2024〕4号',
		disclosure: { attribute: 'proactive' },
		validity: { effectiveDate: '2024-10-01', validUntil: '2026-09-30', history: [] },
		interpretationStatus: '已解读',
	};

	it('passes a complete document', () => {
		expect(checkPolicy(good).every((c) => c.ok)).toBe(true);
	});

	it('lists what to fix, with links to the fields', async () => {
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-disclosure-checklist', {
			values: { ...good, documentNumber: '示府规〔24〕4号', disclosure: { attribute: 'notDisclosed' }, validity: { history: [] }, interpretationStatus: '逾期2个工作日' },
		});
		const failed = $$(el, '[data-ok=false]').map((li) => li.getAttribute('data-check'));
		expect(failed).toEqual(['docnum', 'disclosure', 'validity', 'interpretation']);
		expect($(el, '[data-check=docnum] a').getAttribute('href')).toBe('#property-documentNumber');
		expect($(el, '[data-check=docnum]').textContent).toContain('四位');
		await screenshot(el, 'disclosure-checklist');
	});

	it('judges 解读 by the server\'s status of today, not the label stored at the last publication', async () => {
		const asked: string[][] = [];
		const live = (kind: string, status: string) =>
			api({
				interpretationStatus: async (ids) => {
					asked.push(ids);
					return ids.map((id) => ({ id, kind, status }));
				},
			});
		// Stored 已解读 at publication, but the interpretation has since been unpublished and the deadline passed.
		const overdue = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-disclosure-checklist', {
			values: good,
			documentKey: '0f8fad5b-d9cb-469f-a165-70867728950e',
			api: live('Overdue', '逾期2个工作日'),
		});
		await settle(overdue);
		await settle(overdue);
		expect($(overdue, '[data-check=interpretation]').getAttribute('data-ok')).toBe('false');
		expect($(overdue, '[data-check=interpretation]').textContent).toContain('逾期2个工作日');
		expect(asked).toEqual([['0f8fad5b-d9cb-469f-a165-70867728950e']]);
		// Stored 逾期 at publication, interpreted since.
		const done = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-disclosure-checklist', {
			values: { ...good, interpretationStatus: '逾期1个工作日' },
			documentKey: '0f8fad5b-d9cb-469f-a165-70867728950e',
			api: live('Interpreted', '已解读'),
		});
		await settle(done);
		await settle(done);
		expect($(done, '[data-check=interpretation]').getAttribute('data-ok')).toBe('true');
		// Never published: the server does not know it, the stored value is all there is.
		expect(checkPolicy({ ...good, interpretationStatus: '逾期1个工作日' }, { kind: 'Unknown', status: '' }).find((c) => c.key === 'interpretation')!.ok).toBe(false);
	});

	it('requires a 文号 for a 通知 but not for a 纪要', () => {
		const noNumber = { ...good, documentNumber: '' };
		expect(checkPolicy(noNumber).find((c) => c.key === 'docnum')!.ok).toBe(false);
		expect(checkPolicy({ ...noNumber, genre: '纪要' }).find((c) => c.key === 'docnum')!.ok).toBe(true);
	});

	it('reads the stored aliases, and any 规章 needs a 文号 whatever its 文种', () => {
		const noNumber = { ...good, documentNumber: '' };
		const docnum = (v: Record<string, unknown>) => checkPolicy(v).find((c) => c.key === 'docnum')!.ok;
		expect(docnum({ ...noNumber, genre: 'circular' })).toBe(false);
		expect(docnum({ ...noNumber, genre: 'minutes' })).toBe(true);
		expect(docnum({ ...noNumber, genre: 'minutes', category: 'rule' })).toBe(false);
		expect(docnum({ ...noNumber, genre: '纪要', category: '规章' })).toBe(false);
	});
});

describe('从公文导入 dialog', () => {
	it('extracts a file, shows found and missing fields, and emits the draft', async () => {
		const calls: unknown[][] = [];
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-import-dialog', {
			data: { parentUnique: 'col-1' },
			api: api({
				createDraft: async (file, parent) => {
					calls.push(['createDraft', file.name, parent]);
					return { id: 'doc-9', name: '示例市人民政府关于加强公共数据管理的通知', created: true };
				},
			}),
		});
		await choose(el, [new File(['示例市人民政府文件\n示府发〔2026〕8号\n'], 'notice.txt', { type: 'text/plain' })]);
		await extract(el);
		await settle(el);
		await settle(el);
		expect($(el, '[data-field=documentNumber] td').textContent).toBe('示府发〔2026〕8号');
		expect($(el, '[data-field=mainRecipients] td').textContent).toContain('未识别到');
		let created: unknown;
		el.addEventListener('gov-import-created', (e) => (created = (e as CustomEvent).detail));
		$<HTMLButtonElement>(el, '#create').click();
		await settle(el);
		await settle(el);
		expect(calls).toEqual([['createDraft', 'notice.txt', 'col-1']]);
		expect((created as { id: string }).id).toBe('doc-9');
		expect($(el, '[data-created]').textContent).toContain('已创建草稿');
		expect($(el, '[data-created] a').getAttribute('href')).toBe('section/content/workspace/document/edit/doc-9');
		await screenshot(el, 'import-dialog');
	});

	it('reloads the children of the column in the tree after creating the draft', async () => {
		// The back office provides UMB_ACTION_EVENT_CONTEXT above every modal (dist-cms/packages/core/entry-point.js).
		if (!customElements.get('gov-test-backoffice')) customElements.define('gov-test-backoffice', class extends UmbLitElement {});
		const backoffice = document.createElement('gov-test-backoffice') as UmbLitElement;
		const events = new UmbActionEventContext(backoffice);
		const reloads: UmbRequestReloadChildrenOfEntityEvent[] = [];
		events.addEventListener(UmbRequestReloadChildrenOfEntityEvent.TYPE, (e) => reloads.push(e as UmbRequestReloadChildrenOfEntityEvent));
		document.body.appendChild(backoffice);
		const el = document.createElement('gov-import-dialog') as HTMLElement & { updateComplete: Promise<unknown> };
		Object.assign(el, {
			data: { parentUnique: 'col-1', parentEntityType: 'document' },
			api: api({ createDraft: async () => ({ id: 'doc-9', name: '示例通知', created: true }) }),
		});
		backoffice.appendChild(el);
		await el.updateComplete;
		await choose(el, [new File(['示例市人民政府文件\n示府发〔2026〕8号\n'], 'notice.txt', { type: 'text/plain' })]);
		await extract(el);
		await settle(el);
		await settle(el);
		expect(reloads).toHaveLength(0);
		$<HTMLButtonElement>(el, '#create').click();
		await settle(el);
		await settle(el);
		expect(reloads).toHaveLength(1);
		expect(reloads[0]).toBeInstanceOf(UmbRequestReloadChildrenOfEntityEvent);
		expect(reloads[0].getUnique()).toBe('col-1');
		expect(reloads[0].getEntityType()).toBe('document');
	});

	it('without a target column it says where to use the action instead of creating anything', async () => {
		let called = false;
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-import-dialog', {
			api: api({
				createDraft: async () => {
					called = true;
					return { id: 'x', name: 'x', created: true };
				},
			}),
		});
		await choose(el, [new File(['示例市人民政府文件\n示府发〔2026〕8号\n'], 'notice.txt', { type: 'text/plain' })]);
		await extract(el);
		await settle(el);
		await settle(el);
		$<HTMLButtonElement>(el, '#create').click();
		await settle(el);
		expect(called).toBe(false);
		expect($(el, '[role=alert]').textContent).toContain('政策文件栏目');
	});

	it('shows the server error for a bad file', async () => {
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-import-dialog', { api: api({ extract: async () => Promise.reject(new Error('fake.docx：不是有效的.docx文件（不是ZIP格式）')) }) });
		await choose(el, [new File(['x'], 'fake.docx')]);
		await extract(el);
		await settle(el);
		await settle(el);
		expect($(el, '[role=alert]').textContent).toContain('不是ZIP格式');
	});
});

describe('从公文导入 dialog as a back-office modal', () => {
	/** The dialog as the back office opens it: a modal context from 17.1's modal manager, its data and context set on the element. */
	async function openModal(overrides: Partial<GovApi> = {}) {
		if (!customElements.get('gov-test-modal-host')) customElements.define('gov-test-modal-host', class extends UmbLitElement {});
		const host = document.createElement('gov-test-modal-host') as UmbLitElement;
		document.body.appendChild(host);
		const modal = new UmbModalManagerContext(host).open(host, GOV_IMPORT_MODAL, { data: { parentUnique: 'col-1', parentEntityType: 'document' } });
		const outcome = modal.onSubmit().then(
			(value) => ({ submitted: value }),
			(reason) => ({ rejected: reason ?? true }),
		);
		const el = document.createElement('gov-import-dialog') as HTMLElement & { updateComplete: Promise<unknown> };
		Object.assign(el, { modalContext: modal, data: modal.data, api: api(overrides) });
		host.appendChild(el);
		await settle(el);
		return { el, modal, outcome };
	}

	it('is laid out as 17.1’s modals are: a headline, and 取消 and the actions in the footer', async () => {
		const { el } = await openModal();
		const layout = $(el, 'umb-body-layout');
		expect(layout.getAttribute('headline')).toBe('从公文导入');
		expect(layout.shadowRoot!.querySelector('#headline')!.textContent).toBe('从公文导入');
		const actions = $$(el, 'umb-body-layout > [slot=actions]').map((b) => b.id);
		expect(actions).toEqual(['cancel', 'extract']);
		expect($(el, '#cancel').getAttribute('label')).toBe('取消');
		expect($(el, '#extract').hasAttribute('disabled')).toBe(true); // nothing chosen yet
		expect($$(el, 'input, select, textarea, form')).toHaveLength(0); // UUI's controls only
	});

	it('取消 rejects the modal without creating anything', async () => {
		let created = false;
		const { el, modal, outcome } = await openModal({
			createDraft: async () => {
				created = true;
				return { id: 'x', name: 'x', created: true };
			},
		});
		$(el, '#cancel').click();
		expect(await outcome).toEqual({ rejected: true });
		expect(modal.isResolved()).toBe(true);
		expect(created).toBe(false);
	});

	it('the primary actions still read the chosen file, create the draft and submit the modal with it', async () => {
		const drafts: string[] = [];
		const { el, outcome } = await openModal({
			createDraft: async (file, parent) => {
				drafts.push(`${file.name} → ${parent}`);
				return { id: 'doc-9', name: '示例市人民政府关于加强公共数据管理的通知', created: true };
			},
		});
		await choose(el, [new File(['示例市人民政府文件\n示府发〔2026〕8号\n'], 'notice.txt', { type: 'text/plain' })]);
		expect($(el, '[data-chosen]').textContent).toContain('notice.txt');
		expect($(el, '#extract').hasAttribute('disabled')).toBe(false);
		await extract(el);
		await settle(el);
		expect($(el, '[data-field=documentNumber] td').textContent).toBe('示府发〔2026〕8号');
		expect($$(el, 'umb-body-layout > [slot=actions]').map((b) => b.id)).toEqual(['cancel', 'extract', 'create']);
		$(el, '#create').click();
		for (let i = 0; i < 3; i++) await settle(el);
		expect(drafts).toEqual(['notice.txt → col-1']);
		$<HTMLAnchorElement>(el, '[data-created] a').addEventListener('click', (e) => e.preventDefault());
		$<HTMLAnchorElement>(el, '[data-created] a').click();
		expect(await outcome).toEqual({ submitted: { id: 'doc-9', name: '示例市人民政府关于加强公共数据管理的通知', created: true } });
	});
});

describe('从公文导入 dialog, several files', () => {
	it('imports each file in turn, reports found and missing fields, and one bad file does not stop the rest', async () => {
		const order: string[] = [];
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-import-dialog', {
			data: { parentUnique: 'col-1' },
			api: api({
				extract: async (file: File) => {
					order.push('extract ' + file.name);
					if (file.name === 'broken.docx') throw new Error('broken.docx：不是有效的.docx文件（不是ZIP格式）');
					return { title: file.name === 'a.txt' ? '关于甲事项的通知' : null, documentNumber: null, issuer: null, signedDate: null, mainRecipients: null, disclosure: null, citedNumbers: [], attachments: [], warnings: file.name === 'b.txt' ? ['未找到成文日期'] : [], missing: file.name === 'a.txt' ? ['documentNumber'] : ['title', 'signedDate'] };
				},
				createDraft: async (file: File) => {
					order.push('draft ' + file.name);
					return { id: 'id-' + file.name, name: file.name === 'a.txt' ? '关于甲事项的通知' : '乙', created: file.name === 'a.txt' };
				},
			}),
		});
		await choose(el, ['a.txt', 'broken.docx', 'b.txt'].map((name) => new File(['示例市人民政府文件\n'], name, { type: 'text/plain' })));
		await extract(el);
		for (let i = 0; i < 8; i++) await settle(el);
		expect(order).toEqual(['extract a.txt', 'draft a.txt', 'extract broken.docx', 'extract b.txt', 'draft b.txt']);
		expect($(el, '[data-progress]').textContent).toBe('已处理 3/3 个文件，失败 1 个');
		expect($(el, 'tr[data-file="a.txt"]').getAttribute('data-state')).toBe('created');
		expect($(el, 'tr[data-file="a.txt"] a').getAttribute('href')).toBe('section/content/workspace/document/edit/id-a.txt');
		expect($(el, 'tr[data-file="a.txt"] td:last-child').textContent).toBe('documentNumber');
		expect($(el, 'tr[data-file="broken.docx"]').getAttribute('data-state')).toBe('failed');
		expect($(el, 'tr[data-file="broken.docx"] .error').textContent).toContain('不是ZIP格式');
		expect($(el, 'tr[data-file="b.txt"]').getAttribute('data-state')).toBe('updated');
		expect($(el, 'tr[data-file="b.txt"] .warning').textContent).toBe('未找到成文日期');
		await screenshot(el, 'import-batch');
	});
});

describe('年度报告 tables view', () => {
	it('generates the tables for the open report and lists the checks that fail', async () => {
		await import('../src/workspace/annual-report.element.js');
		const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(
			new Response(JSON.stringify({ year: 2025, checks: [{ code: 'unfilled', severity: 'error', message: '三、收到和处理政府信息公开申请情况“一、本年新收政府信息公开申请数量”尚未填写' }] })),
		);
		try {
			const el = document.createElement('gov-workspace-view-annual-report') as HTMLElement & { updateComplete: Promise<unknown>; generate(): Promise<void> };
			document.body.appendChild(el);
			await el.updateComplete;
			(el as unknown as { _unique: string })._unique = 'a1b2c3d4-0000-4000-8000-000000000001';
			await el.generate();
			await settle(el);
			expect(fetchSpy.mock.calls[0][0]).toBe('/umbraco/govopen/api/v1/annual-report/a1b2c3d4-0000-4000-8000-000000000001/generate');
			expect($(el, '[data-result]').textContent).toContain('1项校验未通过');
			expect($(el, 'li[data-code=unfilled]').getAttribute('data-severity')).toBe('error');
			await screenshot(el, 'annual-report-tables');
		} finally {
			fetchSpy.mockRestore();
		}
	});
});

describe('从公文导入 dialog, a content package', () => {
	it('imports a .zip package as drafts under the column and lists each item’s problem', async () => {
		const calls: unknown[][] = [];
		const el = await mount<HTMLElement & { updateComplete: Promise<unknown> }>('gov-import-dialog', {
			data: { parentUnique: 'col-1' },
			api: api({
				importPackage: async (file: File, parent: string) => {
					calls.push([file.name, parent]);
					return { created: 2, updated: 0, problems: [{ field: 'contentType', code: 'not-allowed', severity: 'error', message: 'm1：《政策文件》下不能创建govMeeting' }] };
				},
			}),
		});
		await choose(el, [new File(['PK'], '迁移.zip', { type: 'application/zip' })]);
		await extract(el);
		for (let i = 0; i < 4; i++) await settle(el);
		expect(calls).toEqual([['迁移.zip', 'col-1']]);
		expect($(el, '[data-package]').textContent).toContain('新建 2 件，更新 0 件；1 条问题');
		expect($(el, '.package-problems li.error').textContent).toContain('govMeeting');
	});
});
