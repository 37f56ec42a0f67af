import { z } from 'zod';
import type { Passage } from './passage-schema.ts';
import { passageBasisSchema, passageIdSchema, tagSchema } from './passage-schema.ts';

export type PassageMetadata = Pick<Passage, 'id' | 'tags' | 'basis' | 'source' | 'asOf'>;
export type MetadataResult = { success: true; data: PassageMetadata } | { success: false; error: string[] };

const commentPattern = /^<!--(.*)-->$/;
const knownKeys = ['id', 'tags', 'basis', 'source', 'as-of'] as const;
const asOfSchema = z.iso.date();

/**
 * Reads `<!-- id: principles-lawfulness | tags: lawfulness, human-rights | basis: summary -->`, and on
 * legal passages `| source: Regulation (EU) 2024/1689 (AI Act), Art. 26 | as-of: 2026-12-01`. Which
 * resources need or refuse `source` and `as-of` is the file's business: this line does not know it.
 */
export function parsePassageMetadata(line: string): MetadataResult {
  const comment = commentPattern.exec(line.trim());
  if (!comment) {
    return {
      success: false,
      error: ['expected a metadata line like <!-- id: ... | tags: ... | basis: ... -->'],
    };
  }
  const errors: string[] = [];
  const fields = new Map<string, string>();
  for (const part of (comment[1] ?? '').split('|')) {
    const separator = part.indexOf(':');
    if (separator < 0) {
      errors.push(`metadata part "${part.trim()}" is not "key: value"`);
      continue;
    }
    const key = part.slice(0, separator).trim();
    if (!isKnownKey(key)) errors.push(`unknown metadata key "${key}" (expected ${knownKeys.join(', ')})`);
    else if (fields.has(key)) errors.push(`metadata key "${key}" appears twice`);
    fields.set(key, part.slice(separator + 1).trim());
  }

  const id = passageIdSchema.safeParse(fields.get('id') ?? '');
  if (!fields.has('id')) errors.push('metadata has no id');
  else if (!id.success)
    errors.push(`invalid id "${fields.get('id')}": passage ids are lowercase words joined by hyphens`);

  const basis = passageBasisSchema.safeParse(fields.get('basis'));
  if (!fields.has('basis')) errors.push('metadata has no basis');
  else if (!basis.success)
    errors.push(`invalid basis "${fields.get('basis')}" (expected confirmed or summary)`);

  const tags: Passage['tags'] = [];
  const tagNames = (fields.get('tags') ?? '').split(',').map((tag) => tag.trim());
  for (const name of tagNames.filter((tag) => tag !== '')) {
    const tag = tagSchema.safeParse(name);
    if (tag.success) tags.push(tag.data);
    else errors.push(`unknown tag "${name}"`);
  }

  const source = fields.get('source');
  if (source === '') errors.push('metadata key "source" is empty');
  const asOf = fields.get('as-of');
  if (asOf !== undefined && !asOfSchema.safeParse(asOf).success)
    errors.push(`invalid as-of "${asOf}" (expected a date as YYYY-MM-DD, e.g. 2026-12-01)`);

  if (errors.length > 0 || !id.success || !basis.success) return { success: false, error: errors };
  const metadata: PassageMetadata = { id: id.data, tags, basis: basis.data };
  if (source !== undefined) metadata.source = source;
  if (asOf !== undefined) metadata.asOf = asOf;
  return { success: true, data: metadata };
}

function isKnownKey(key: string): key is (typeof knownKeys)[number] {
  return (knownKeys as readonly string[]).includes(key);
}
