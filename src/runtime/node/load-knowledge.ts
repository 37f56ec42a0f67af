import type { Result } from '../../app-error.ts';
import type { KnowledgeBase } from '../../knowledge/create-knowledge-base.ts';
import { loadBuiltInKnowledgeBase } from '../../knowledge/knowledge-base.ts';
import { loadIngestedKnowledgeBase } from './ingested-store.ts';

/** The built-in Toolkit plus whatever was ingested into the data directory, searched together. */
export async function loadKnowledge(dataDirectory: string): Promise<Result<KnowledgeBase[]>> {
  const builtIn = loadBuiltInKnowledgeBase();
  const ingested = await loadIngestedKnowledgeBase(dataDirectory, builtIn.passages.length);
  if (!ingested.success) return ingested;
  return { success: true, data: ingested.data ? [builtIn, ingested.data] : [builtIn] };
}
