import { Hono } from 'hono';
import { z } from 'zod';
import type { Assistant } from '../../conversation/assistant.ts';
import { attachmentDisposition } from '../content-disposition.ts';
import { sessionIdParam } from '../session-id-param.ts';
import { unwrapResult } from '../unwrap-result.ts';
import { validateRequest } from '../validate-request.ts';

const reportQuerySchema = z.object({
  format: z.enum(['json', 'md', 'html']).default('html'),
  questionnaire: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, 'a questionnaire id is lowercase letters, digits and "-"')
    .optional(),
  download: z.enum(['0', '1']).optional(),
});

/**
 * The HTML report is a standalone document with inline styles and SVG charts: it may style itself
 * inline but runs no script and loads nothing, which is stricter than the app's own CSP.
 */
const reportContentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; object-src 'none'; base-uri 'none'; " +
  "form-action 'none'; frame-ancestors 'none'";

/** `GET /api/sessions/:id/report?format=json|md|html&questionnaire=<id>&download=1`. */
export function createSessionReportRoutes(assistant: Assistant): Hono {
  return new Hono().get(
    '/:id/report',
    sessionIdParam,
    validateRequest('query', reportQuerySchema),
    async (c) => {
      const { id } = c.req.valid('param');
      const query = c.req.valid('query');
      const report = unwrapResult(
        await assistant.report(id, {
          format: query.format,
          ...(query.questionnaire === undefined ? {} : { questionnaireId: query.questionnaire }),
        }),
      );
      c.header('Content-Type', report.contentType);
      if (query.format === 'html') c.header('Content-Security-Policy', reportContentSecurityPolicy);
      if (query.download === '1') c.header('Content-Disposition', attachmentDisposition(report.fileName));
      return c.body(report.body);
    },
  );
}
