import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { conversationTexts, menuQuickReplies } from './conversation-texts.ts';
import { emptyReplyParts, type ReplyParts } from './reply-parts.ts';

export function greetingReply(questionnaires: QuestionnaireRegistry): ReplyParts {
  return {
    ...emptyReplyParts,
    messages: [{ kind: 'greeting', text: conversationTexts.greeting, citations: [] }],
    quickReplies: menuQuickReplies(questionnaires.list().filter((entry) => entry.isLatest)),
  };
}
