import {
  type ApiResult,
  type DocumentReference,
  documentUrl,
  type ReportFormat,
  requestJson,
} from '../api-client.ts';
import {
  assessmentDiffSchema,
  decisionRecordSchema,
  incidentSchema,
  signOffSchema,
  startedSessionSchema,
  systemDetailSchema,
  systemListSchema,
  systemRecordSchema,
  type WebAssessmentDecision,
  type WebAssessmentDiff,
  type WebDecisionRecord,
  type WebSignOff,
  type WebSystemDetail,
  type WebSystemOverview,
  type WebSystemRecord,
} from './register-schemas.ts';

/** What the register form and the record editor send; empty fields are left out, never sent as "". */
export type SystemFields = Partial<{
  name: string;
  purpose: string;
  owner: string;
  sourcing: string;
  vendor: string | null;
  lifecycleStage: string;
  status: string;
  nextReviewDate: string | null;
}>;

export type DecisionRequest = { decision: WebAssessmentDecision; reasons: string };
export type SignOffRequest = { decision: string; note: string; signatoryName?: string };
export type SystemListFilter = { level?: string; due?: boolean };

export type RegisterApi = ReturnType<typeof createRegisterApi>;

const systemPath = (systemId: string) => `/api/systems/${encodeURIComponent(systemId)}`;
const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;
const json = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) });

/** The register routes of the RAIA HTTP API (same origin), each response checked by its schema. */
export function createRegisterApi() {
  return {
    async listSystems(filter: SystemListFilter): Promise<ApiResult<WebSystemOverview[]>> {
      const query = new URLSearchParams();
      if (filter.level !== undefined) query.set('level', filter.level);
      if (filter.due !== undefined) query.set('due', String(filter.due));
      const text = query.toString();
      const suffix = text === '' ? '' : `?${text}`;
      const listed = await requestJson(`/api/systems${suffix}`, { method: 'GET' }, systemListSchema);
      return listed.success ? { success: true, data: listed.data.systems } : listed;
    },

    createSystem: (fields: SystemFields): Promise<ApiResult<WebSystemRecord>> =>
      requestJson('/api/systems', json('POST', fields), systemRecordSchema),

    getSystem: (systemId: string): Promise<ApiResult<WebSystemDetail>> =>
      requestJson(systemPath(systemId), { method: 'GET' }, systemDetailSchema),

    changeSystem: (systemId: string, fields: SystemFields): Promise<ApiResult<WebSystemRecord>> =>
      requestJson(systemPath(systemId), json('PATCH', fields), systemRecordSchema),

    recordIncident: (systemId: string, summary: string) =>
      requestJson(`${systemPath(systemId)}/incidents`, json('POST', { summary }), incidentSchema),

    startAssessment: (systemId: string) =>
      requestJson(`${systemPath(systemId)}/assessments`, json('POST', {}), startedSessionSchema),

    signOff: (sessionId: string, request: SignOffRequest): Promise<ApiResult<WebSignOff>> =>
      requestJson(`${sessionPath(sessionId)}/sign-off`, json('POST', request), signOffSchema),

    recordDecision: (sessionId: string, request: DecisionRequest): Promise<ApiResult<WebDecisionRecord>> =>
      requestJson(`${sessionPath(sessionId)}/decision`, json('POST', request), decisionRecordSchema),

    reassess: (sessionId: string) =>
      requestJson(`${sessionPath(sessionId)}/reassess`, json('POST', {}), startedSessionSchema),

    diff: (sessionId: string, againstSessionId: string): Promise<ApiResult<WebAssessmentDiff>> =>
      requestJson(
        `${sessionPath(sessionId)}/diff?${new URLSearchParams({ against: againstSessionId }).toString()}`,
        { method: 'GET' },
        assessmentDiffSchema,
      ),

    documentUrl: (
      sessionId: string,
      document: Omit<DocumentReference, 'questionnaireId'>,
      format: ReportFormat,
      download: boolean,
    ) => documentUrl(sessionPath(sessionId), { questionnaireId: 'risk', ...document }, format, download),

    reportUrl: (sessionId: string) =>
      `${sessionPath(sessionId)}/report?${new URLSearchParams({ format: 'html', questionnaire: 'risk' }).toString()}`,
  };
}
