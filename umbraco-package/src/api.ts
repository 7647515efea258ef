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
}

const BASE = '/umbraco/govopen/api/v1';

async function json<T>(res: Response): Promise<T> {
	if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
	return (await res.json()) as T;
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
		const r = await json<{ items: SearchItem[] }>(await fetch(`${BASE}/search?q=${encodeURIComponent(q)}&filter=type:policy&take=20`));
		return r.items;
	},
	async getPolicies(ids) {
		if (ids.length === 0) return [];
		const qs = ids.map((id) => `filter=id:${encodeURIComponent(id)}`).join('&');
		const r = await json<{ items: SearchItem[] }>(await fetch(`${BASE}/search?${qs}&filter=type:policy&take=100`));
		return r.items;
	},
	async dashboard() {
		return json<DashboardData>(await fetch(`${BASE}/dashboard`));
	},
	async extract(file) {
		const body = new FormData();
		body.append('file', file);
		return json<ExtractedDocument>(await fetch(`${BASE}/extract`, { method: 'POST', body }));
	},
};
