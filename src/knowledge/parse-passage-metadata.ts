import type { Passage } from './passage-schema.ts';
import { passageBasisSchema, passageIdSchema, tagSchema } from './passage-schema.ts';

export type PassageMetadata = Pick<Passage, 'id' | 'tags' | 'basis'>;
export type MetadataResult = { success: true; data: PassageMetadata } | { success: false; error: string[] };

const commentPattern = /^<!--(.*)-->$/;
const knownKeys = new Set(['id', 'tags', 'basis']);

/** Reads `<!-- id: principles-lawfulness | tags: lawfulness, human-rights | basis: summary -->`. */
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
    if (!knownKeys.has(key)) errors.push(`unknown metadata key "${key}" (expected id, tags, basis)`);
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

  if (errors.length > 0 || !id.success || !basis.success) return { success: false, error: errors };
  return { success: true, data: { id: id.data, tags, basis: basis.data } };
}
