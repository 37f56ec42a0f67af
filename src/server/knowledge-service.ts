import type { Result } from '../app-error.ts';
import type { Citation } from '../conversation/reply.ts';

/** One passage that matched a search, as the API returns it. */
export interface SearchHit {
  id: string;
  resource: Citation['resource'];
  resourceTitle: string;
  title: string;
  score: number;
  snippet: string;
}

export interface KnowledgeAnswer {
  answer: string;
  citations: Citation[];
  /** False when the Toolkit passages do not cover the question: the answer says so. */
  covered: boolean;
  /** `extractive`: quoted passages only; `model`: phrased by the configured language model. */
  method: 'extractive' | 'model';
  notice?: string;
}

/**
 * Search and question answering over the Toolkit corpus, outside any session
 * (`GET /api/search`, `POST /api/ask`). The retrieval module is adapted to this port by
 * `createKnowledgeService` in src/conversation/.
 */
export interface KnowledgeService {
  search(query: string, options: { limit?: number; resource?: string }): Result<SearchHit[]>;
  ask(question: string): Promise<Result<KnowledgeAnswer>>;
}
