// The GovOpen server endpoints the back office uses (GovOpen.Umbraco). Injectable so elements can be tested without a server.

export interface PolicySummary {
	id: string;
	title: string;
	documentNumber?: string;
	validity?: string;
	publishedDate?: string;
}

/** A missing or invalid GovOpen setting, or a paused module (GovOpenSettings.Problems on the server). */
export interface SettingsProblem {
	field: string;
	code: string;
	message: string;
	messageEn: string;
}

export interface DashboardData {
	/** Settings problems; absent from servers older than the settings report. */
	settings?: SettingsProblem[];
	pending: (PolicySummary & { deadline?: string; status: string })[];
	overdue: (PolicySummary & { status: string })[];
	expiring: (PolicySummary & { validUntil: string })[];
	quarter: PolicySummary[];
	/** 法定主动公开内容 columns empty or not updated within their interval; absent from older servers. */
	columns?: { id: string; category: string; page: string; lastUpdate?: string | null; state: 'empty' | 'stale'; message: string }[];
	/** 意见征集 whose 意见采纳情况 is overdue (closed 30 days ago, or the final document already out); absent from older servers. */
	feedback?: { id: string; name: string; closes: string; finalPublished: boolean; message: string }[];
}

export interface ExtractedDocument {
	title: string | null;
	documentNumber: string | null;
	issuer: string | null;
	signedDate: string | null;
	mainRecipients: string | null;
	disclosure: string | null;
	citedNumbers: string[];
	attachments: string[];
	warnings: string[];
	missing: string[];
}

export interface GovApi {
	searchPolicies(q: string): Promise<PolicySummary[]>;
	getPolicies(ids: string[]): Promise<PolicySummary[]>;
	dashboard(): Promise<DashboardData>;
	extract(file: File): Promise<ExtractedDocument>;
	/** Saves the file's draft under a 政策文件 column (POST import/draft); returns the new document's key. */
	createDraft(file: File, parentId: string): Promise<{ id: string; name: string; created: boolean }>;
	/** 解读 status of policies (已解读 / 待解读 N 个工作日 / 逾期 / 无需解读), computed on the server. */
	interpretationStatus(ids: string[]): Promise<InterpretationStatusView[]>;
	/** Imports a content package (.zip) under a column as drafts (POST import/package). */
	importPackage?(file: File, parentId: string): Promise<PackageImportResult>;
}

/** What a content package import did: drafts created and updated, and each item's problem. */
export interface PackageImportResult {
	created: number;
	updated: number;
	problems: { field: string; code: string; severity: 'error' | 'warning'; message: string }[];
}

export interface InterpretationStatusView {
	id: string;
	kind: 'Interpreted' | 'Pending' | 'Overdue' | 'NotRequired' | 'Unknown' | string;
	status: string;
	deadline?: string | null;
}

/** The GovOpen routes, relative to the Umbraco server (see `apiUrl`). */
export const API_ROOT = '/umbraco/govopen/api/v1';
const BASE = API_ROOT;

/**
 * Where and how to reach the Umbraco server: the shape of `UMB_AUTH_CONTEXT.getOpenApiConfiguration()` in 17.1
 * (node_modules/@umbraco-cms/backoffice/dist-cms/packages/core/auth/models/openApiConfiguration.d.ts): `base` is the
 * server URL the back office was started with (auth.context.js reads it from umbHttpClient's config, which
 * apps/app/app.element.js sets to `serverUrl`), `credentials` is 'include' (packages/core/http-client/index.js: the 17
 * back office authenticates with the cookie the server swaps for the placeholder token), `token` the latest token.
 */
export interface GovApiConnection {
	readonly base?: string;
	readonly credentials?: RequestCredentials;
	readonly token: () => Promise<string | undefined>;
}

let connection: (() => GovApiConnection) | undefined;

/**
 * The back-office entry point wires Umbraco's auth context in here; read on every call, so a token refresh or a
 * late-configured server URL is picked up.
 */
export function setApiConnection(provider: (() => GovApiConnection) | undefined) {
	connection = provider;
}

/** Only a token (same-origin server): kept for callers that have no server URL. */
export function setAuthTokenProvider(provider: () => Promise<string | undefined>) {
	connection = () => ({ token: provider });
}

/** An absolute GovOpen route on the Umbraco server (which may not be the page's origin: a separate BackOfficeHost). */
export function apiUrl(path: string, base = connection?.().base): string {
	if (!base || /^[a-z][a-z0-9+.-]*:/i.test(path)) return path;
	return base.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`);
}

/**
 * fetch with the signed-in user's token against the Umbraco server (the GovOpen endpoints require back-office access).
 *
 * Why not `umbHttpClient` (@umbraco-cms/backoffice/http-client, exported by 17.1): its error interceptor
 * (dist-cms/packages/core/resources/api-interceptor.controller.js `addErrorInterceptor`) replaces every error body that
 * is not ProblemDetails-like (resources/apiTypeValidators.function.js `isProblemDetailsLike` requires `type`, `title`
 * and `status`; the GovOpen controllers build their problem details by hand and do not promise a `type`) with a
 * generic one, which would drop the `field`, `code`, `message` and `messageEn` the forms and notices show; and the
 * GovOpen routes are not in its generated SDK. So the client keeps its own fetch but takes the server URL,
 * credentials and token from the same configuration (`getOpenApiConfiguration()`). Left for later: moving the
 * controllers to ManagementApiControllerBase with a generated client would let them use umbHttpClient.
 */
export async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
	const c = connection?.();
	const headers = new Headers(init.headers);
	const token = c ? await c.token() : undefined;
	if (token) headers.set('Authorization', `Bearer ${token}`);
	return fetch(apiUrl(url, c?.base), { ...init, headers, credentials: c?.credentials ?? 'same-origin' });
}

/** A refusal from a GovOpen endpoint: the server's message and the field it names (problem details extensions). */
export class GovApiError extends Error {
	constructor(
		message: string,
		readonly field?: string,
		/** The issue's code, e.g. `unavailable` (503: the module cannot be used on this server). */
		readonly code?: string,
		readonly messageEn?: string,
		readonly status?: number,
	) {
		super(message);
	}

	/** The module is paused on this server (503 with code `unavailable`): a notice, not an error to retry. */
	get unavailable(): boolean {
		return this.status === 503 || this.code === 'unavailable';
	}

	/** The message in the back office's language. */
	messageIn(lang: string): string {
		return lang.toLowerCase().startsWith('en') && this.messageEn ? this.messageEn : this.message;
	}
}

/** The JSON body of a response; on an error status, throws GovApiError with the server's `message`, `field`, `code`, `messageEn`. */
export async function json<T>(res: Response): Promise<T> {
	if (res.ok) return (await res.json()) as T;
	let body: { message?: string; field?: string; code?: string; messageEn?: string } = {};
	try {
		body = await res.json();
	} catch {
		/* not JSON */
	}
	throw new GovApiError(body.message ?? `${res.status} ${res.statusText}`, body.field, body.code, body.messageEn, res.status);
}

interface SearchItem {
	id: string;
	title: string;
	documentNumber?: string;
	validity?: string;
	publishedDate?: string;
}

/** Talks to the plugin's endpoints (search over the public index — the editors' route, not the anonymous one, which is limited per address — : exactly the policies an interpretation may link). */
export const httpGovApi: GovApi = {
	async searchPolicies(q) {
		const r = await json<{ items: SearchItem[] }>(await authFetch(`${BASE}/editors/search?q=${encodeURIComponent(q)}&filter=type:policy&take=20`));
		return r.items;
	},
	async getPolicies(ids) {
		if (ids.length === 0) return [];
		const qs = ids.map((id) => `filter=id:${encodeURIComponent(id)}`).join('&');
		const r = await json<{ items: SearchItem[] }>(await authFetch(`${BASE}/editors/search?${qs}&filter=type:policy&take=100`));
		return r.items;
	},
	async dashboard() {
		return json<DashboardData>(await authFetch(`${BASE}/dashboard`));
	},
	async extract(file) {
		const body = new FormData();
		body.append('file', file);
		return json<ExtractedDocument>(await authFetch(`${BASE}/extract`, { method: 'POST', body }));
	},
	async interpretationStatus(ids) {
		if (ids.length === 0) return [];
		const qs = ids.map((id) => `id=${encodeURIComponent(id)}`).join('&');
		return json<InterpretationStatusView[]>(await authFetch(`${BASE}/interpretation-status?${qs}`));
	},
	async createDraft(file, parentId) {
		const body = new FormData();
		body.append('file', file);
		body.append('parentId', parentId);
		return json<{ id: string; name: string; created: boolean }>(await authFetch(`${BASE}/import/draft`, { method: 'POST', body }));
	},
	async importPackage(file, parentId) {
		const body = new FormData();
		body.append('file', file);
		body.append('parentId', parentId);
		return json<PackageImportResult>(await authFetch(`${BASE}/import/package`, { method: 'POST', body }));
	},
};

/** What a deciding document proposes for a 政策文件's validity (its 同时废止/修订 clause), as the server recorded it. */
export interface ValidityChange {
	id: string;
	kind: 'abolished' | 'revised' | 'declaredInvalid' | 'extended';
	/** yyyy-MM-dd */
	date: string;
	/** The deciding document's key. */
	byId: string;
	byDocumentNumber?: string | null;
	byTitle?: string | null;
	/** The clause the change was read from. */
	sentence?: string | null;
	/** Why the change may not apply as read (e.g. a date before the document's own), if the server found a reason. */
	problem?: string | null;
	proposedAt?: string | null;
	status: 'pending' | 'confirmed' | 'rejected';
	decidedBy?: string | null;
	decidedAt?: string | null;
	note?: string | null;
}

const validityChangesUrl = (key: string, ...rest: string[]) => [`${BASE}/validity-changes`, key, ...rest].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');

/** GET validity-changes/{key}: the changes other documents propose for the document with that key (pending and decided). */
export async function getValidityChanges(key: string): Promise<ValidityChange[]> {
	return json<ValidityChange[]>(await authFetch(validityChangesUrl(key)));
}

/** POST validity-changes/{key}/{id}/confirm: applies the change; returns it as decided (GovApiError on 400/403/404). */
export async function confirmValidityChange(key: string, id: string): Promise<ValidityChange> {
	return json<ValidityChange>(await authFetch(validityChangesUrl(key, id, 'confirm'), { method: 'POST' }));
}

/** POST validity-changes/{key}/{id}/reject with the optional form field `reason`; returns the change as decided. */
export async function rejectValidityChange(key: string, id: string, reason?: string): Promise<ValidityChange> {
	const body = new FormData();
	if (reason?.trim()) body.append('reason', reason.trim());
	return json<ValidityChange>(await authFetch(validityChangesUrl(key, id, 'reject'), { method: 'POST', body }));
}

/** One finding of the server's pre-publication check (公开检查), the same the publishing guard enforces. */
export interface PublicationFinding {
	/** The property alias it concerns (name = the document's name). */
	field: string;
	code: string;
	severity: 'error' | 'warning';
	message: string;
	messageEn: string;
	/** Character offset in the field's plain text, when the finding has one. */
	position?: number | null;
}

/** POST check/{key} with the workspace's unsaved name and values: what would block or be warned about on 发布. */
export async function checkPublication(key: string, name: string | undefined, values: Record<string, unknown>): Promise<PublicationFinding[]> {
	return json<PublicationFinding[]>(
		await authFetch(`${BASE}/check/${encodeURIComponent(key)}`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ name, values }),
		}),
	);
}

/** A change this document proposed for another one, with that document's key and title. */
export interface ProposedValidityChange {
	target: string;
	targetTitle?: string | null;
	change: ValidityChange;
}

/** GET validity-changes/proposed-by/{key}: what the document's 废止/修订 clauses proposed for other documents. */
export async function getProposedValidityChanges(key: string): Promise<ProposedValidityChange[]> {
	return json<ProposedValidityChange[]>(await authFetch(validityChangesUrl('proposed-by', key)));
}

/** A policy in the batch list (saved values, drafts included). */
export interface PolicyListItem {
	id: string;
	title: string;
	documentNumber?: string | null;
	topic?: string | null;
	category: string;
	validity: string;
	review: string;
	published: boolean;
}

export interface PolicyBatchInput {
	keys: string[];
	topic?: string;
	validityEvent?: { kind: string; date: string; byTitle?: string; byDocumentNumber?: string; note?: string };
}

export interface PolicyBatchResult {
	id: string;
	title?: string | null;
	ok: boolean;
	message?: string | null;
}

/** GET policies: the list for batch work (q: title or 文号 in any written form). */
export async function listPolicies(q: string, normativeOnly: boolean, take = 200): Promise<{ total: number; items: PolicyListItem[] }> {
	const qs = new URLSearchParams({ q, normativeOnly: String(normativeOnly), take: String(take) });
	return json(await authFetch(`${BASE}/policies?${qs}`));
}

/** POST policies/batch: sets the topic or records a validity change on each document; one result per document. */
export async function batchPolicies(input: PolicyBatchInput): Promise<PolicyBatchResult[]> {
	return json(await authFetch(`${BASE}/policies/batch`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) }));
}

/** GET policies/export as a file (csv or xlsx), downloaded through the signed-in session. */
export async function exportPolicies(format: 'csv' | 'xlsx', normativeOnly: boolean): Promise<Blob> {
	const res = await authFetch(`${BASE}/policies/export?format=${format}&normativeOnly=${normativeOnly}`);
	if (!res.ok) await json(res);
	return res.blob();
}

/** A check of the generated annual report tables. */
export interface ReportCheck {
	code: string;
	severity: 'error' | 'warning';
	message: string;
}

/** POST annual-report/{key}/generate: generates the report's tables from the records, keeps them on the item (saved). */
export async function generateAnnualReport(key: string): Promise<{ year: number; checks: ReportCheck[] }> {
	return json(await authFetch(`${BASE}/annual-report/${encodeURIComponent(key)}/generate`, { method: 'POST' }));
}

/** POST check/{key}/external-links: the body's external links checked now; those that fail, with why. */
export async function checkExternalLinks(key: string, name: string | undefined, values: Record<string, unknown>): Promise<{ checkedLinks: number; broken: { url: string; text: string; problem: string }[] }> {
	return json(
		await authFetch(`${BASE}/check/${encodeURIComponent(key)}/external-links`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ name, values }),
		}),
	);
}

/** A comment on a consultation as the back office sees it (contacts included). */
export interface ConsultationComment {
	number: string;
	receivedAt: string;
	clause?: string | null;
	text: string;
	name?: string | null;
	contact?: string | null;
	publishConsent: boolean;
	status: string;
	moderationReason?: string | null;
	adoption: string;
	topic?: string | null;
	adoptionNote?: string | null;
}

export interface ConsultationSummary {
	received: number;
	adopted: number;
	partlyAdopted: number;
	notAdopted: number;
	notApplicable: number;
	undecided: number;
	sentence: string;
	/** A draft of the statement (HTML) made by Core from the tagging; absent from older servers. */
	draft?: string;
	issues: { field: string; code: string; message: string }[];
}

/** GET consultations/{key}/comments: every comment on the consultation, oldest first. */
export async function getConsultationComments(key: string): Promise<{ state: string; opens: string; closes: string; items: ConsultationComment[] }> {
	return json(await authFetch(`${BASE}/consultations/${encodeURIComponent(key)}/comments`));
}

/** POST consultations/{key}/comments/{number}/moderate: publish / hide / mark, by Core's rules (400 naming the rule). */
export async function moderateComment(key: string, number: string, status: string, reason?: string): Promise<void> {
	await json(
		await authFetch(`${BASE}/consultations/${encodeURIComponent(key)}/comments/${encodeURIComponent(number)}/moderate`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ status, reason }),
		}),
	);
}

/** POST consultations/{key}/comments/{number}/adoption: how the comment was taken up. */
export async function tagComment(key: string, number: string, adoption: string, topic?: string, note?: string): Promise<void> {
	await json(
		await authFetch(`${BASE}/consultations/${encodeURIComponent(key)}/comments/${encodeURIComponent(number)}/adoption`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ adoption, topic, note }),
		}),
	);
}

/** GET consultations/{key}/summary: the figures of the 意见采纳情况. */
export async function getConsultationSummary(key: string): Promise<ConsultationSummary> {
	return json(await authFetch(`${BASE}/consultations/${encodeURIComponent(key)}/summary`));
}

/** GET consultations/{key}/export: every comment as .xlsx. */
export async function exportConsultationComments(key: string): Promise<Blob> {
	const res = await authFetch(`${BASE}/consultations/${encodeURIComponent(key)}/export`);
	if (!res.ok) await json(res);
	return res.blob();
}

/** A consultation opened on a draft (POST consultations/open-from/{documentKey}); `existed` when the draft had one already. */
export interface OpenedConsultation {
	key: string;
	name: string;
	kind?: string;
	opens?: string;
	closes?: string;
	existed: boolean;
}

/** Opens a 意见征集 on a draft 政策文件 (公开征求意见), or finds the one opened before (409 with its key). */
export async function openConsultationFrom(documentKey: string): Promise<OpenedConsultation> {
	const res = await authFetch(`${BASE}/consultations/open-from/${encodeURIComponent(documentKey)}`, { method: 'POST' });
	if (res.status === 409) {
		const body = (await res.clone().json().catch(() => ({}))) as { code?: string; key?: string; message?: string };
		if (body.code === 'exists' && body.key) return { key: body.key, name: body.message ?? '', existed: true };
	}
	return { ...(await json<Omit<OpenedConsultation, 'existed'>>(res)), existed: false };
}
