import { type FrameworkDocument, missingElementText } from './framework-document-schema.ts';
import type { ReportBlock } from './report-blocks.ts';

const notNamed = 'Not named';

/** The record at the top of the document: what, for which system, by whom, from which pack. */
export function frameworkDocumentFacts(document: FrameworkDocument): ReportBlock {
  return {
    kind: 'facts',
    rows: [
      { label: 'System', value: document.system ?? notNamed },
      { label: 'Agency', value: document.agency ?? notNamed },
      { label: 'Generated', value: document.generated.text },
      { label: 'From', value: `${document.pack.title}, version ${document.pack.version}` },
      { label: 'Law as of', value: document.pack.asOfText },
      { label: 'Jurisdiction', value: document.pack.jurisdiction },
      ...(document.sessionId === null ? [] : [{ label: 'RAIA session', value: document.sessionId }]),
      { label: 'Signed off', value: document.signOff ?? 'Not signed off in RAIA yet.' },
    ],
  };
}

function elementBlocks(element: FrameworkDocument['elements'][number]): ReportBlock[] {
  const heading: ReportBlock = { kind: 'heading', level: 1, text: element.heading.text };
  const cites: ReportBlock = {
    kind: 'paragraph',
    style: 'note',
    text: `Cites: ${element.heading.citationText}`,
  };
  const content: ReportBlock[] = [];
  // A "Missing" mark comes first, even when an "I don't know" answer is listed below it.
  if (element.missing) content.push({ kind: 'paragraph', style: 'strong', text: missingElementText });
  for (const entry of element.entries)
    content.push({
      kind: 'facts',
      rows: [
        { label: 'Question', value: entry.prompt },
        { label: 'Answer', value: entry.answer },
        ...(entry.note === null ? [] : [{ label: 'Note', value: entry.note }]),
      ],
    });
  if (element.risks.length > 0)
    content.push(
      { kind: 'paragraph', text: 'Risks rated in the Toolkit risk assessment' },
      {
        kind: 'table',
        weights: [4, 1],
        table: {
          headings: ['Risk', 'Level after safeguards'],
          rows: element.risks.map((risk) => [risk.title, risk.level]),
        },
      },
    );
  return [heading, cites, ...content];
}

/** The document's body after its title: the record, the preface, every element, the disclaimer. */
export function frameworkDocumentBlocks(document: FrameworkDocument): ReportBlock[] {
  return [
    frameworkDocumentFacts(document),
    ...(document.appliesNote === null
      ? []
      : [{ kind: 'paragraph', style: 'strong', text: document.appliesNote } as const]),
    { kind: 'paragraph', text: document.preface.text },
    { kind: 'paragraph', style: 'note', text: `Cites: ${document.preface.citationText}` },
    ...document.elements.flatMap(elementBlocks),
    { kind: 'heading', level: 1, text: 'About this document' },
    { kind: 'paragraph', style: 'note', text: document.disclaimer },
  ];
}
