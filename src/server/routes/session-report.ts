import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Assistant, RenderedReport } from '../../conversation/assistant.ts';
import { requireSessionAccess } from '../access/authorize-session.ts';
import type { AccessEnvironment } from '../access/principal.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

const reportQuerySchema = z.object({
  format: z.enum(['json', 'md', 'html', 'docx']).default('html'),
  questionnaire: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'a questionnaire id is lowercase letters, digits and "-"')
    .optional(),
  download: z.enum(['0', '1']).optional(),
});

/**
 * The HTML report is a standalone document with inline styles and SVG charts: it may style itself
 * inline but runs no script and loads nothing, which is stricter than the app's own CSP. Shown
 * inline, the page embeds it in a sandboxed frame, so only this origin may frame it; a download
 * may not be framed at all.
 */
function reportContentSecurityPolicy(frameAncestors: "'self'" | "'none'"): string {
  return (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'; " +
    `form-action 'none'; frame-ancestors ${frameAncestors}`
  );
}

const documentParamSchema = z.object({
  id: z.string(),
  packId: z.string().regex(/^[a-z0-9-]{1,100}$/, 'a framework pack id is lowercase letters, digits and "-"'),
  documentId: z.string().regex(/^[a-z0-9-]{1,100}$/, 'a document id is lowercase letters, digits and "-"'),
});

/**
 * `GET /api/sessions/:id/report?format=json|md|html|docx&questionnaire=<id>&download=1`, and
 * `GET /api/sessions/:id/documents/:packId/:documentId?format=...` for a framework pack's document
 * (`/documents/eu-ai-act/fria`: the fundamental rights impact assessment draft) as its own file.
 */
export function createSessionReportRoutes(assistant: Assistant): Hono<AccessEnvironment> {
  return new Hono<AccessEnvironment>()
    .get(
      '/:id/report',
      sessionIdParam,
      validateRequest('query', reportQuerySchema),
      requireSessionAccess(assistant, 'report'),
      async (c) => {
        const { id } = c.req.valid('param');
        const query = c.req.valid('query');
        const report = unwrapResult(
          await assistant.report(id, {
            format: query.format,
            ...(query.questionnaire === undefined ? {} : { questionnaireId: query.questionnaire }),
          }),
        );
        return sendRendered(c, report, query);
      },
    )
    .get(
      '/:id/documents/:packId/:documentId',
      sessionIdParam,
      validateRequest('param', documentParamSchema),
      validateRequest('query', reportQuerySchema),
      requireSessionAccess(assistant, 'report'),
      async (c) => {
        const { id, packId, documentId } = c.req.valid('param');
        const query = c.req.valid('query');
        const document = unwrapResult(
          await assistant.report(id, {
            format: query.format,
            document: { packId, documentId },
            ...(query.questionnaire === undefined ? {} : { questionnaireId: query.questionnaire }),
          }),
        );
        return sendRendered(c, document, query);
      },
    );
}

/** A rendered report or document, inline or as a download, with the HTML kept to its own rules. */
function sendRendered(
  c: Context<AccessEnvironment>,
  rendered: RenderedReport,
  query: z.infer<typeof reportQuerySchema>,
): Response {
  // No browser shows a Word file inline: it is always a download, under the file's own name.
  const download = query.download === '1' || query.format === 'docx';
  c.header('Content-Type', rendered.contentType);
  if (query.format === 'html') {
    c.header('Content-Security-Policy', reportContentSecurityPolicy(download ? "'none'" : "'self'"));
    // Old browsers ignore frame-ancestors; SAMEORIGIN keeps them to the same rule.
    if (!download) c.header('X-Frame-Options', 'SAMEORIGIN');
  }
  if (download) c.header('Content-Disposition', attachmentDisposition(rendered.fileName));
  return c.body(rendered.body);
}
