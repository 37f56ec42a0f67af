import type { FrameworkDocument } from './framework-document-schema.ts';

/** "Fundamental rights impact assessment (draft): Live facial recognition van". */
export function frameworkDocumentTitle(document: FrameworkDocument): string {
  return document.system === null ? document.title : `${document.title}: ${document.system}`;
}
