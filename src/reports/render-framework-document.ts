import type { Result } from '../app-error.ts';
import { buildFrameworkDocument, type FrameworkDocumentMeta } from './build-framework-document.ts';
import { renderFrameworkDocumentDocx } from './docx-framework-document.ts';
import { escapeHtml } from './escape-html.ts';
import { escapeMarkdown } from './escape-markdown.ts';
import { frameworkDocumentBlocks } from './framework-document-blocks.ts';
import type { FrameworkDocument } from './framework-document-schema.ts';
import { frameworkDocumentTitle } from './framework-document-title.ts';
import { blocksHtml } from './html-blocks.ts';
import { blocksMarkdown } from './markdown-blocks.ts';
import { wordContentType } from './render-report-docx.ts';
import { frameworkDocumentFileName } from './report-file-name.ts';
import type { ReportFramework } from './report-frameworks-schema.ts';
import { reportStyles } from './report-styles.ts';

/** A rendered file, as RenderedReport in src/conversation/assistant.ts has it. */
export type RenderedFrameworkDocument = {
  contentType: string;
  /** Text for JSON, Markdown and HTML; the bytes of a Word file (a ZIP) for docx. */
  body: string | Uint8Array<ArrayBuffer>;
  fileName: string;
};

export type FrameworkDocumentInput = {
  framework: ReportFramework;
  documentId: string;
  format: 'html' | 'md' | 'json' | 'docx';
  meta: FrameworkDocumentMeta;
};

/** A self-contained page like the report's: inline CSS, no scripts, every text escaped. */
function documentHtml(document: FrameworkDocument): string {
  const title = frameworkDocumentTitle(document);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${reportStyles}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${blocksHtml(frameworkDocumentBlocks(document)).join('\n')}
</body>
</html>
`;
}

function documentMarkdown(document: FrameworkDocument): string {
  const lines = [
    `# ${escapeMarkdown(frameworkDocumentTitle(document))}`,
    '',
    ...blocksMarkdown(frameworkDocumentBlocks(document)),
  ];
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/**
 * A pack's document (the EU AI Act's FRIA draft, any other `document` outcome) as its own file,
 * in the report's formats: pure, from the pack's result and the injected meta. Not found when the
 * pack has no such document or it does not apply to this system.
 */
export async function renderFrameworkDocument(
  input: FrameworkDocumentInput,
): Promise<Result<RenderedFrameworkDocument>> {
  const built = buildFrameworkDocument(input.framework, input.documentId, input.meta);
  if (!built.success) return built;
  const document = built.data;
  const fileName = frameworkDocumentFileName(document, input.format);
  switch (input.format) {
    case 'json':
      return {
        success: true,
        data: {
          contentType: 'application/json; charset=utf-8',
          body: `${JSON.stringify(document, null, 2)}\n`,
          fileName,
        },
      };
    case 'md':
      return {
        success: true,
        data: { contentType: 'text/markdown; charset=utf-8', body: documentMarkdown(document), fileName },
      };
    case 'html':
      return {
        success: true,
        data: { contentType: 'text/html; charset=utf-8', body: documentHtml(document), fileName },
      };
    case 'docx':
      return {
        success: true,
        data: { contentType: wordContentType, body: await renderFrameworkDocumentDocx(document), fileName },
      };
  }
}
