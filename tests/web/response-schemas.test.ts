import { describe, expectTypeOf, it } from 'vitest';
import type { SessionView } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { WebReply, WebReview, WebSessionView } from '../../web/src/response-schemas.ts';

// The page validates responses with its own small zod/mini schemas (full zod would triple the
// bundle). These checks fail the type check when the server's contract drifts away from them.
describe('web response schemas', () => {
  it('accept every Reply the server can send', () => {
    expectTypeOf<Reply>().toExtend<WebReply>();
  });

  // Extra fields pass the checks above but are dropped by the parse, so a field the page draws is named.
  it('keep the carried-over answer of a review item, which the review list marks', () => {
    expectTypeOf<WebReview['items'][number]>().toHaveProperty('carriedOver');
  });

  it('keep the documents a framework pack drafts from a completed assessment, which the results link to', () => {
    expectTypeOf<NonNullable<WebReply['report']>>().toHaveProperty('documents');
  });

  it('accept every SessionView the server can send', () => {
    expectTypeOf<SessionView>().toExtend<WebSessionView>();
  });
});
