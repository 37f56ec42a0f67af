import { transition } from 'xstate';
import {
  type ConversationEvent,
  type ConversationState,
  conversationMachine,
} from '../machines/conversation-machine.ts';
import type { SessionData } from './session-data.ts';

/** Applies a conversation event through the machine and returns the stored form of the result. */
export function nextConversation(
  conversation: SessionData['conversation'],
  event: ConversationEvent,
): SessionData['conversation'] {
  const snapshot = conversationMachine.resolveState({
    value: conversation.state,
    context: { activeQuestionnaireId: conversation.activeQuestionnaireId },
  });
  const [next] = transition(conversationMachine, snapshot, event);
  return {
    state: next.value as ConversationState,
    activeQuestionnaireId: next.context.activeQuestionnaireId,
  };
}
