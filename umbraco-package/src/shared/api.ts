// The GovOpen server endpoints the back office uses (GovOpen.Umbraco). Injectable so elements can be tested without a server.

export interface PolicySummary {
	id: string;
	title: string;
	documentNumber?: string;
	validity?: string;
	publishedDate?: string;
}

export interface DashboardData {
	pending: (PolicySummary & { deadline?: string; status: string })[];
	overdue: (PolicySummary & { status: string })[];
	expiring: (PolicySummary & { validUntil: string })[];
	quarter: PolicySummary[];
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
}

export interface InterpretationStatusView {
	id: string;
	kind: 'Interpreted' | 'Pending' | 'Overdue' | 'NotRequired' | 'Unknown' | string;
	status: string;
	deadline?: string | null;
}

const BASE = '/umbraco/govopen/api/v1';

let tokenProvider: (() => Promise<string | undefined>) | undefined;

/** The back office signs API calls with a bearer token; GovElement wires Umbraco's auth context in here. */
export function setAuthTokenProvider(provider: () => Promise<string | undefined>) {
	tokenProvider = provider;
}

/** fetch with the signed-in user's token (the GovOpen endpoints require back-office access). */
export async function authFetch(url: string, init: RequestInit = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	const token = tokenProvider ? await tokenProvider() : undefined;
	if (token) headers.set('Authorization', `Bearer ${token}`);
	return fetch(url, { ...init, headers, credentials: 'same-origin' });
}

/** A refusal from a GovOpen endpoint: the server's message and the field it names. */
export class GovApiError extends Error {
	constructor(
		message: string,
		readonly field?: string,
	) {
		super(message);
	}
}

/** The JSON body of a response; on an error status, throws GovApiError with the server's `message` and `field`. */
export async function json<T>(res: Response): Promise<T> {
	if (res.ok) return (await res.json()) as T;
	let body: { message?: string; field?: string } = {};
	try {
		body = await res.json();
	} catch {
		/* not JSON */
	}
	throw new GovApiError(body.message ?? `${res.status} ${res.statusText}`, body.field);
}

interface SearchItem {
	id: string;
	title: string;
	documentNumber?: string;
	validity?: string;
	publishedDate?: string;
}

/** Talks to the plugin's endpoints (search over the public index: exactly the policies an interpretation may link). */
export const httpGovApi: GovApi = {
	async searchPolicies(q) {
		const r = await json<{ items: SearchItem[] }>(await authFetch(`${BASE}/search?q=${encodeURIComponent(q)}&filter=type:policy&take=20`));
		return r.items;
	},
	async getPolicies(ids) {
		if (ids.length === 0) return [];
		const qs = ids.map((id) => `filter=id:${encodeURIComponent(id)}`).join('&');
		const r = await json<{ items: SearchItem[] }>(await authFetch(`${BASE}/search?${qs}&filter=type:policy&take=100`));
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
};
