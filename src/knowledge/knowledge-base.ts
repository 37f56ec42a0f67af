import lunr from 'lunr';
import { z } from 'zod';
import { AppError } from '../app-error.ts';
import { createKnowledgeBase, type KnowledgeBase } from './create-knowledge-base.ts';
import passagesJson from './generated/passages.json' with { type: 'json' };
import searchIndexJson from './generated/search-index.json' with { type: 'json' };
import { passageSchema } from './passage-schema.ts';

let builtIn: KnowledgeBase | undefined;

/**
 * The Toolkit passages and the index prebuilt by `npm run build:index`. Static JSON imports let
 * esbuild and wrangler bundle them, so Node and Workers load the same data without rebuilding.
 */
export function loadBuiltInKnowledgeBase(): KnowledgeBase {
  if (builtIn) return builtIn;
  const passages = z.array(passageSchema).safeParse(passagesJson);
  if (!passages.success) {
    throw new AppError('internal', 'The built-in knowledge base is invalid; run npm run build:index.', {
      cause: passages.error,
    });
  }
  builtIn = createKnowledgeBase(passages.data, { index: lunr.Index.load(searchIndexJson) });
  return builtIn;
}
