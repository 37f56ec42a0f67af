import type * as z from 'zod/mini';
import { createMessageId } from './create-message-id.ts';
import {
  createdSessionSchema,
  deletedSessionSchema,
  errorBodySchema,
  replySchema,
  sessionViewSchema,
  type WebReply,
  type WebSessionView,
} from './response-schemas.ts';

/** `field` names the request field at fault, when the server says which (a 400 from validation). */
export type ApiError = { status: number; code: string; message: string; field?: string };
export type ApiResult<T> = { success: true; data: T } | { success: false; error: ApiError };
export type ReportFormat = 'html' | 'md' | 'json' | 'docx';
/** Which pack document, drafted from which questionnaire of the session (the risk assessment). */
export type DocumentReference = { questionnaireId: string; packId: string; documentId: string };
export type TurnBody = { text: string } | { action: string };

// Statuses worth one more try with the same message id: the server may have applied the turn.
const retryableStatuses = new Set([0, 502, 503, 504]);
const retryDelaysMilliseconds = [400, 1200];

export type ApiClient = ReturnType<typeof createApiClient>;

/** The page's only way to talk to the RAIA HTTP API (same origin). */
export function createApiClient(options: { wait?: (milliseconds: number) => Promise<void> } = {}) {
  const wait =
    options.wait ?? ((milliseconds: number) => new Promise<void>((done) => setTimeout(done, milliseconds)));
  const sessionPath = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

  return {
    createSession: () => requestJson('/api/sessions', { method: 'POST', body: '{}' }, createdSessionSchema),

    getSession: (sessionId: string): Promise<ApiResult<WebSessionView>> =>
      requestJson(sessionPath(sessionId), { method: 'GET' }, sessionViewSchema),

    deleteSession: (sessionId: string) =>
      requestJson(sessionPath(sessionId), { method: 'DELETE' }, deletedSessionSchema),

    async sendTurn(sessionId: string, body: TurnBody): Promise<ApiResult<WebReply>> {
      const request = { method: 'POST', body: JSON.stringify({ ...body, messageId: createMessageId() }) };
      let result = await requestJson(`${sessionPath(sessionId)}/messages`, request, replySchema);
      for (const delay of retryDelaysMilliseconds) {
        if (result.success || !retryableStatuses.has(result.error.status)) break;
        await wait(delay);
        result = await requestJson(`${sessionPath(sessionId)}/messages`, request, replySchema);
      }
      return result;
    },

    reportUrl(sessionId: string, questionnaireId: string, format: ReportFormat, download: boolean): string {
      const query = new URLSearchParams({ format, questionnaire: questionnaireId });
      if (download) query.set('download', '1');
      return `${sessionPath(sessionId)}/report?${query.toString()}`;
    },

    /** A framework pack's document for this session (`fria` of `eu-ai-act`), as a report is served. */
    documentUrl(
      sessionId: string,
      document: DocumentReference,
      format: ReportFormat,
      download: boolean,
    ): string {
      return documentUrl(sessionPath(sessionId), document, format, download);
    },

    /** A report as text, with its headers (they tell whether this page may frame it). */
    async fetchDocument(url: string): Promise<ApiResult<{ text: string; headers: Headers }>> {
      const response = await safeFetch(url, { method: 'GET' });
      if (!response.success) return response;
      if (!response.data.ok) return { success: false, error: await readError(response.data) };
      return { success: true, data: { text: await response.data.text(), headers: response.data.headers } };
    },
  };
}

/** `…/documents/:packId/:documentId?format=…`; the register page builds its links with it too. */
export function documentUrl(
  sessionPath: string,
  document: DocumentReference,
  format: ReportFormat,
  download: boolean,
): string {
  const query = new URLSearchParams({ format, questionnaire: document.questionnaireId });
  if (download) query.set('download', '1');
  const path = `${encodeURIComponent(document.packId)}/${encodeURIComponent(document.documentId)}`;
  return `${sessionPath}/documents/${path}?${query.toString()}`;
}

/** One JSON request checked against `schema`; the register page shares it with the chat page. */
export async function requestJson<Schema extends z.ZodMiniType>(
  url: string,
  init: { method: string; body?: string },
  schema: Schema,
): Promise<ApiResult<z.infer<Schema>>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await safeFetch(url, { ...init, headers });
  if (!response.success) return response;
  if (!response.data.ok) return { success: false, error: await readError(response.data) };
  const body: unknown = await response.data.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: {
      status: response.data.status,
      code: 'bad-response',
      message: 'RAIA sent a reply this page cannot read.',
    },
  };
}

async function safeFetch(url: string, init: RequestInit): Promise<ApiResult<Response>> {
  try {
    return {
      success: true,
      data: await fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store' }),
    };
  } catch (cause) {
    console.warn('RAIA request failed', cause);
    return {
      success: false,
      error: { status: 0, code: 'network', message: 'RAIA could not be reached. Check your connection.' },
    };
  }
}

async function readError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { code, message, field } = parsed.data.error;
    return { status: response.status, code, message, ...(field === undefined ? {} : { field }) };
  }
  return {
    status: response.status,
    code: 'http',
    message: `RAIA answered with an error (${response.status}).`,
  };
}
