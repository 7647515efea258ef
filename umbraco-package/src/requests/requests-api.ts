// The 依申请公开 register endpoints (GovOpen.Umbraco RequestsApiController). Injectable for tests.
import { authFetch, GovApiError, json } from '../shared/api.js';

export interface RequestRow {
	number: string;
	applicantType: string;
	state: string;
	receivedOn?: string;
	deadline?: string;
	workingDaysLeft?: number | null;
	overdue: boolean;
	outcome?: string | null;
}

export interface RequestEventView {
	kind: string;
	date: string;
	note?: string | null;
	outcome?: string | null;
	workingDays?: number | null;
	until?: string | null;
	article: string;
}

export interface RequestDetail {
	number: string;
	applicantType: string;
	applicant: { name: string; organization?: string | null; contact: string; address?: string | null } | null;
	description?: string | null;
	purpose?: string | null;
	state: string;
	deadline?: string | null;
	workingDaysLeft?: number | null;
	overdue: boolean;
	warnings: string[];
	events: RequestEventView[];
	allowedActions: { kind: string; article: string }[];
}

export interface RequestAction {
	kind: string;
	date?: string;
	note?: string;
	outcome?: string;
	workingDays?: number;
	until?: string;
	/** Review, LitigationDirect or LitigationAfterReview (行政复议/行政诉讼 events). */
	proceeding?: string;
	/** Upheld, Corrected or Other (a decided proceeding). */
	proceedingResult?: string;
}

export interface OutcomeOption {
	key: string;
	label: string;
	basis: string;
}

export interface LetterDraft {
	title: string;
	basis: string;
	body: string;
}

/** A refusal from the server: names the field and says why (the ledger's rule and its article). */
export { GovApiError as RequestApiError };

export interface PaperRequest {
	channel: 'InPerson' | 'RegisteredPost' | 'Letter' | 'Fax';
	submittedOn: string;
	signedFor?: string;
	confirmed?: string;
	applicantType: string;
	name: string;
	idType?: string;
	idNumber?: string;
	creditCode?: string;
	contact: string;
	address?: string;
	description: string;
}

export interface RequestsApi {
	register(input: PaperRequest): Promise<{ number: string; queryCode?: string | null; duplicate: boolean; receivedOn: string }>;
	list(overdueOnly: boolean): Promise<{ today: string; items: RequestRow[] }>;
	detail(number: string): Promise<RequestDetail>;
	record(number: string, action: RequestAction): Promise<RequestDetail>;
	outcomes(): Promise<OutcomeOption[]>;
	letter(number: string, input: { outcome: string; reason?: string; holdingAgency?: string }): Promise<LetterDraft>;
}

const BASE = '/umbraco/govopen/api/v1/requests';

const post = (url: string, body: unknown) => authFetch(url, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
const seg = encodeURIComponent;

export const httpRequestsApi: RequestsApi = {
	async register(input) {
		return json(await post(BASE, input));
	},
	async list(overdueOnly) {
		return json(await authFetch(`${BASE}?overdue=${overdueOnly}`));
	},
	async detail(number) {
		return json(await authFetch(`${BASE}/${seg(number)}`));
	},
	async record(number, action) {
		return json(await post(`${BASE}/${seg(number)}/events`, action));
	},
	async outcomes() {
		return json(await authFetch(`${BASE}/outcomes`));
	},
	async letter(number, input) {
		return json(await post(`${BASE}/${seg(number)}/letter`, input));
	},
};
