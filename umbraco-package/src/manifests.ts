// Every GovOpen back-office extension. umbraco-package.json registers this module as one bundle.
// Property editor schema aliases equal the server [DataEditor] aliases (GovOpen.Umbraco); UI aliases are Gov.PropertyEditorUi.*.

const editor = (name: string, label: string, icon: string, element: () => Promise<unknown>, group = 'govopen'): UmbExtensionManifest[] => [
	{
		type: 'propertyEditorSchema',
		alias: `Gov.${name}`,
		name: `GovOpen ${name} schema`,
		meta: { defaultPropertyEditorUiAlias: `Gov.PropertyEditorUi.${name}` },
	},
	{
		type: 'propertyEditorUi',
		alias: `Gov.PropertyEditorUi.${name}`,
		name: `GovOpen ${name}`,
		element: element as never,
		meta: { label, icon, group, propertyEditorSchemaAlias: `Gov.${name}`, supportsReadOnly: true },
	},
];

export const manifests: UmbExtensionManifest[] = [
	...editor('DocumentNumber', '发文字号', 'icon-document', () => import('./editors/document-number.element.js')),
	...editor('Disclosure', '公开属性', 'icon-lock', () => import('./editors/disclosure.element.js')),
	...editor('Validity', '有效性', 'icon-timer', () => import('./editors/validity.element.js')),
	...editor('InterpretationLink', '解读关联', 'icon-link', () => import('./editors/interpretation-link.element.js')),
	...editor('FeeStandard', '收费标准', 'icon-coins', () => import('./editors/fee-standard.element.js')),
	...editor('MeetingAgenda', '会议议题', 'icon-bulleted-list', () => import('./editors/meeting-agenda.element.js')),
	{
		type: 'workspaceView',
		alias: 'Gov.WorkspaceView.DisclosureCheck',
		name: 'GovOpen 公开检查',
		element: (() => import('./workspace/workspace-view.element.js')) as never,
		weight: 50,
		meta: { label: '公开检查', pathname: 'govopen-check', icon: 'icon-checkbox' },
		conditions: [{ alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' }],
	},
	{
		type: 'dashboard',
		alias: 'Gov.Dashboard',
		name: 'GovOpen 政务公开',
		element: (() => import('./dashboard/dashboard.element.js')) as never,
		weight: 20,
		meta: { label: '政务公开', pathname: 'govopen' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
	{
		type: 'dashboard',
		alias: 'Gov.Dashboard.Requests',
		name: 'GovOpen 依申请公开',
		element: (() => import('./requests/requests.element.js')) as never,
		weight: 19,
		meta: { label: '依申请公开', pathname: 'govopen-requests' },
		conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
	},
	{
		type: 'modal',
		alias: 'Gov.Modal.Import',
		name: 'GovOpen 从公文导入',
		element: (() => import('./import/import-dialog.element.js')) as never,
	},
	{
		type: 'entityAction',
		kind: 'default',
		alias: 'Gov.EntityAction.Import',
		name: 'GovOpen 从公文导入',
		forEntityTypes: ['document'],
		api: (() => import('./import/import-action.js')) as never,
		meta: { icon: 'icon-download-alt', label: '从公文导入' },
	},
	{ type: 'localization', alias: 'Gov.Localization.ZhCn', name: 'GovOpen zh-CN', meta: { culture: 'zh-CN' }, js: (() => import('./localization/zh-cn.js')) as never },
	{ type: 'localization', alias: 'Gov.Localization.En', name: 'GovOpen en', meta: { culture: 'en' }, js: (() => import('./localization/en.js')) as never },
];

export default manifests;
