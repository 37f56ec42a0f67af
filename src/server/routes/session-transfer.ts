import { Hono } from 'hono';
import { AppError } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment, Principal } from '../access/principal.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { exceedsJsonDepth } from '../json-depth.ts';
import { requireJson } from '../middleware/require-json.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';

/** Real exports nest about a dozen levels (snapshot context, answers); far more is an attack. */
const maxExportDepth = 64;

/**
 * `GET /api/sessions/:id/export` (everything held about a session, as a JSON attachment) and
 * `POST /api/sessions/import` (that document back, under a fresh id: 201 { sessionId }).
 */
export function createSessionTransferRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .get('/:id/export', sessionIdParam, requireSessionAccess(assistant, 'read'), async (c) => {
      const { id } = c.req.valid('param');
      const exported = unwrapResult(await assistant.exportSession(id));
      c.header('Content-Disposition', attachmentDisposition(`raia-session-${id.slice(0, 8)}.json`));
      return c.json(exported);
    })
    .post('/import', requireJson(), async (c) => {
      const document: unknown = await c.req.json().catch((error: unknown) => {
        throw new AppError('bad-request', 'The request body is not valid JSON.', { cause: error });
      });
      if (exceedsJsonDepth(document, maxExportDepth)) {
        throw new AppError('bad-request', 'This is not a RAIA session export: it nests too deeply.');
      }
      const owner = c.var.principal;
      const imported = unwrapResult(await assistant.importSession(withOwner(document, owner), { owner }));
      // The export's schema leaves questionnaire snapshots opaque: read the copy back once, and
      // drop it if its state cannot be restored, rather than keep a session that always fails.
      const readable = await assistant.getSession(imported.sessionId);
      if (!readable.success) {
        await assistant.deleteSession(imported.sessionId);
        throw new AppError('unprocessable', 'The questionnaire state in this export could not be read.', {
          cause: readable.error,
        });
      }
      return c.json(imported, 201);
    });
}

/**
 * The importer owns the imported copy. `importSession` falls back to the export's own owner when
 * given null, which would hand an anonymous import to the original organisation (and lock the
 * importer out), so the owner is also replaced inside the document.
 */
function withOwner(document: unknown, owner: Principal | null): unknown {
  if (!isRecord(document) || !isRecord(document.session)) return document;
  return { ...document, session: { ...document.session, owner } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
