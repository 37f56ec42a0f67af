import { Hono } from 'hono';
import { requirePermission } from '../../agency/agency-caller.ts';
import { AppError } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import { requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
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
      // The bytes as received: their SHA-256 is recorded, and equals `sha256sum` of the file sent.
      const receivedBytes = new Uint8Array(await c.req.arrayBuffer());
      const document = parseJson(receivedBytes);
      if (exceedsJsonDepth(document, maxExportDepth)) {
        throw new AppError('bad-request', 'This is not a RAIA session export: it nests too deeply.');
      }
      // Importing creates a session: a reader may read sessions but not add one.
      requirePermission(c.var, 'start-assessment');
      const owner = c.var.principal;
      // The importer owns the imported copy (null: an anonymous import stays anonymous).
      const imported = unwrapResult(await assistant.importSession(document, { owner, receivedBytes }));
      return c.json(imported, 201);
    });
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new AppError('bad-request', 'The request body is not valid JSON.', { cause: error });
  }
}
