import { assign, setup } from 'xstate';
import { z } from 'zod';

/**
 * The top level of a conversation: the menu, free questions about the Toolkit, or a questionnaire
 * walkthrough. Each walkthrough has its own machine and snapshot; this machine only records which
 * job is active, so it works unchanged for questionnaires an agency adds.
 */
export const conversationEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('menu.open') }),
  z.object({ type: z.literal('ask.open') }),
  z.object({ type: z.literal('walkthrough.open'), questionnaireId: z.string().min(1) }),
]);
export type ConversationEvent = z.infer<typeof conversationEventSchema>;

export type ConversationContext = { activeQuestionnaireId: string | null };

export const conversationMachine = setup({
  types: { context: {} as ConversationContext, events: {} as ConversationEvent },
}).createMachine({
  id: 'conversation',
  context: { activeQuestionnaireId: null },
  initial: 'menu',
  on: {
    'menu.open': { target: '.menu' },
    'ask.open': { target: '.ask' },
    'walkthrough.open': {
      target: '.walkthrough',
      actions: assign({ activeQuestionnaireId: ({ event }) => event.questionnaireId }),
    },
  },
  states: {
    menu: {},
    ask: {},
    walkthrough: {},
  },
});

export const conversationStateSchema = z.enum(['menu', 'ask', 'walkthrough']);
export type ConversationState = z.infer<typeof conversationStateSchema>;
