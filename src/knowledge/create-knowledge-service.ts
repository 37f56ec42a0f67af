import type { LanguageModel } from 'ai';
import { AppError } from '../app-error.ts';
import { answerQuestion } from './answer-question.ts';
import type { KnowledgeSource } from './create-knowledge-base.ts';
import type { KnowledgeService } from './knowledge-service.ts';
import { resourceIdSchema } from './passage-schema.ts';
import { searchPassages } from './search-passages.ts';

const searchResourceSchema = resourceIdSchema.optional();

/** Retrieval behind the `KnowledgeService` port (`GET /api/search`, `POST /api/ask`). */
export function createKnowledgeService(
  knowledgeBase: KnowledgeSource,
  options: { model?: LanguageModel | undefined; timeoutMs?: number } = {},
): KnowledgeService {
  return {
    search(query, { limit, resource }) {
      let resourceFilter: 'ingested' | ReturnType<typeof resourceIdSchema.parse> | undefined;
      if (resource !== undefined) {
        if (resource === 'ingested') resourceFilter = 'ingested';
        else {
          const parsed = searchResourceSchema.safeParse(resource);
          if (!parsed.success || parsed.data === undefined) {
            return {
              success: false,
              error: new AppError(
                'bad-request',
                `Unknown resource "${resource}". Use one of: ${resourceIdSchema.options.join(', ')}, ingested.`,
              ),
            };
          }
          resourceFilter = parsed.data;
        }
      }
      const result = searchPassages(knowledgeBase, query, {
        ...(limit === undefined ? {} : { limit }),
        ...(resourceFilter === undefined ? {} : { resource: resourceFilter }),
      });
      if (!result.success) return result;
      return {
        success: true,
        data: result.data.map(({ id, resource: hitResource, resourceTitle, title, score, snippet }) => ({
          id,
          resource: hitResource,
          resourceTitle,
          title,
          score,
          snippet,
        })),
      };
    },
    async ask(question) {
      const answer = await answerQuestion(question, {
        knowledgeBase,
        ...(options.model ? { model: options.model } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      });
      return { success: true, data: answer };
    },
  };
}
