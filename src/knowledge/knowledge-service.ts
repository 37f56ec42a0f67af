import type { Result } from '../app-error.ts';
import type { GroundedAnswer } from './grounded-answer.ts';
import type { SearchHitView } from './search-passages.ts';

/**
 * Search and question answering over the Toolkit corpus, outside any session
 * (`GET /api/search`, `POST /api/ask`). `createKnowledgeService` adapts retrieval to this port;
 * the HTTP layer depends only on the port, so its tests can pass a fake.
 */
export interface KnowledgeService {
  search(query: string, options: { limit?: number; resource?: string }): Result<SearchHitView[]>;
  ask(question: string): Promise<Result<GroundedAnswer>>;
}
