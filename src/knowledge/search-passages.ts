import { AppError, type Result } from '../app-error.ts';
import { formatCount, textLimits } from '../questionnaires/text-limits.ts';
import { analyzeQuery } from './analyze-query.ts';
import type { Citation } from './citation.ts';
import { type KnowledgeBase, type KnowledgeSource, knowledgeBasesOf } from './create-knowledge-base.ts';
import { ingestedResourceTitle, type KnowledgePassage } from './knowledge-passage.ts';
import { makeSnippet } from './make-snippet.ts';
import { resourceTitles } from './passage-schema.ts';
import { queryCoverage, wordWeights } from './query-coverage.ts';

/** What a search shows of one matching passage: the fields `GET /api/search` returns. */
export interface SearchHitView {
  id: string;
  resource: Citation['resource'];
  resourceTitle: string;
  title: string;
  score: number;
  /** About 200 characters of the passage with matched words in **bold**. */
  snippet: string;
}

/** One matching passage, with what answers need to choose and quote from it. */
export interface SearchHit extends SearchHitView {
  /** Stemmed index terms this passage matched; answers use them to pick sentences. */
  matchedTerms: string[];
  /** Share (0-1) of the question's informative words this passage matches: see query-coverage.ts. */
  coverage: number;
  passage: KnowledgePassage;
}

export interface SearchOptions {
  limit?: number;
  resource?: Citation['resource'];
}

export const maximumQueryLength = textLimits.question;
const defaultLimit = 5;
/** Share of lunr's score a passage keeps even when it matches none of the weightier words. */
export const coverageFloor = 0.3;

/**
 * Ranked passages for what a person typed. The text is never handed to lunr's query parser (which
 * throws on `scope: what?`): it is tokenized here and the query built clause by clause. Several
 * knowledge bases (built-in and ingested) are searched separately and merged by score.
 */
export function searchPassages(
  source: KnowledgeSource,
  query: string,
  options: SearchOptions = {},
): Result<SearchHit[]> {
  if (query.trim() === '') {
    return {
      success: false,
      error: new AppError('bad-request', 'Type a question or some words to search for.'),
    };
  }
  if (query.length > maximumQueryLength) {
    return {
      success: false,
      error: new AppError(
        'bad-request',
        `This text has ${formatCount(query.length)} characters: longer than ${maximumQueryLength} characters, the most a question about the Toolkit or a search can have. Nothing was searched: please shorten it.`,
      ),
    };
  }
  const knowledgeBases = knowledgeBasesOf(source);
  const { terms, words } = analyzeQuery(
    query,
    knowledgeBases.map((knowledgeBase) => knowledgeBase.vocabulary),
  );
  if (terms.length === 0) return { success: true, data: [] };
  const weights = wordWeights(words, knowledgeBases);

  const hits = knowledgeBases.flatMap((knowledgeBase) =>
    knowledgeBase.index
      .query((builder) => {
        for (const { term, boost } of terms) builder.term(term, { boost, usePipeline: false });
      })
      .flatMap((result) => {
        const matchedTerms = Object.keys(result.matchData.metadata);
        const coverage = queryCoverage(words, weights, new Set(matchedTerms));
        // Lunr sums per-term scores with no reward for matching the whole question, so a title
        // hit on one common word beats a passage matching every word; weigh by coverage.
        const score = result.score * (coverageFloor + (1 - coverageFloor) * coverage);
        return toHit(knowledgeBase, result.ref, score, matchedTerms, coverage);
      }),
  );
  const limit = Math.max(1, options.limit ?? defaultLimit);
  return {
    success: true,
    data: hits
      .filter((hit) => options.resource === undefined || hit.resource === options.resource)
      .sort((left, right) => right.score - left.score)
      .slice(0, limit)
      .map((hit) => ({ ...hit, snippet: makeSnippet(hit.passage, new Set(hit.matchedTerms)) })),
  };
}

function toHit(
  knowledgeBase: KnowledgeBase,
  id: string,
  score: number,
  matchedTerms: string[],
  coverage: number,
): SearchHit[] {
  const passage = knowledgeBase.byId.get(id);
  if (!passage) return [];
  const resourceTitle =
    passage.resource === 'ingested' ? ingestedResourceTitle : resourceTitles[passage.resource];
  return [
    {
      id,
      resource: passage.resource,
      resourceTitle,
      title: passage.title,
      score,
      snippet: '',
      matchedTerms,
      coverage,
      passage,
    },
  ];
}
