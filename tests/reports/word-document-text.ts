import { readZipEntries, zipText } from './read-zip-entries.ts';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? entity;
  });
}

/** The text of each paragraph of a WordprocessingML part, in order; breaks as "\n", tabs as "\t". */
export function wordParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)]
      .map(([token, text]) =>
        text !== undefined ? decodeEntities(text) : token === '<w:tab/>' ? '\t' : '\n',
      )
      .join(''),
  );
}

/** A .docx file's parts and the readable text of its body, checked to be a readable ZIP. */
export function readWordFile(bytes: Uint8Array) {
  const entries = readZipEntries(bytes);
  const documentXml = zipText(entries, 'word/document.xml');
  const paragraphs = wordParagraphs(documentXml);
  return {
    entries,
    documentXml,
    paragraphs,
    /** All paragraphs on one line, white space collapsed, as a reader would search them. */
    text: paragraphs.join(' ').replace(/\s+/g, ' '),
    part: (name: string) => zipText(entries, name),
  };
}
