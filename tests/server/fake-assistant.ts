import { AppError, type Result } from '../../src/app-error.ts';
import type { Assistant, SessionView, TranscriptEntry } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { TurnInput } from '../../src/conversation/turn-input.ts';
import type { KnowledgeService } from '../../src/knowledge/knowledge-service.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createSessionId, unknownSessionMessage } from '../../src/sessions/session-id.ts';

const at = '2026-03-01T12:00:00.000Z';

/** A session of the fakes belongs to no system and has no sign-off, comment or assignment. */
const noReview: SessionView['review'] = { systemId: null, signOffs: {}, comments: [], assignments: [] };

export function replyWith(text: string, overrides: Partial<Reply> = {}): Reply {
  return {
    messages: [
      {
        id: `message-${text.length}-${text.slice(0, 8)}`,
        role: 'assistant',
        kind: 'info',
        text,
        citations: [],
      },
    ],
    quickReplies: [{ id: 'start:risk', label: 'Start the risk assessment' }],
    progress: null,
    state: 'menu',
    question: null,
    review: null,
    report: null,
    ...overrides,
  };
}

const notFound = <T>(): Result<T> => ({
  success: false,
  error: new AppError('not-found', unknownSessionMessage),
});

/**
 * An Assistant that keeps transcripts in memory and echoes turns: enough to test the HTTP layer
 * without the conversation core. `turns` records every input the routes passed through.
 */
export function createFakeAssistant(overrides: Partial<Assistant> = {}) {
  const sessions = new Map<string, TranscriptEntry[]>();
  const turns: TurnInput[] = [];
  // Delivery claims with the real semantics, from the memory store.
  const deliveries = createMemorySessionStore();

  const assistant: Assistant = {
    async createSession(options = {}) {
      const sessionId = options.sessionId ?? createSessionId();
      if (sessions.has(sessionId)) {
        return { success: false, error: new AppError('conflict', 'A session with that id already exists.') };
      }
      const reply = replyWith('Hello, I am RAIA.', {
        messages: [
          {
            id: `greeting-${sessionId}`,
            role: 'assistant',
            kind: 'greeting',
            text: 'Hello, I am RAIA.',
            citations: [],
          },
        ],
      });
      sessions.set(sessionId, [{ role: 'assistant', at, messages: reply.messages }]);
      return { success: true, data: { sessionId, reply } };
    },
    async handleTurn(input) {
      const transcript = sessions.get(input.sessionId);
      if (transcript === undefined) return notFound();
      turns.push(input);
      const said = input.text ?? `action ${input.action}`;
      const reply = replyWith(`You said: ${said}`, {
        state: 'risk.asking',
        progress: {
          questionnaireId: 'risk',
          answered: turns.length,
          total: 10,
          upTo: false,
          position: turns.length + 1,
          section: { id: 'scope', title: 'Scope', index: 0, count: 3 },
          label: `Question ${turns.length + 1} of 10 · Section 1 of 3: Scope`,
        },
      });
      transcript.push({ role: 'user', at, text: said }, { role: 'assistant', at, messages: reply.messages });
      return { success: true, data: reply };
    },
    async getSession(sessionId): Promise<Result<SessionView>> {
      const transcript = sessions.get(sessionId);
      if (transcript === undefined) return notFound();
      return { success: true, data: { sessionId, state: 'menu', transcript, answers: {}, review: noReview } };
    },
    async deleteSession(sessionId) {
      return sessions.delete(sessionId) ? { success: true, data: { deleted: true } } : notFound();
    },
    async searchNotes(sessionId) {
      return sessions.has(sessionId) ? { success: true, data: [] } : notFound();
    },
    async report(sessionId, options) {
      if (!sessions.has(sessionId)) return notFound();
      const bodies = {
        json: { contentType: 'application/json; charset=utf-8', body: '{"score":3}' },
        md: { contentType: 'text/markdown; charset=utf-8', body: '# Risk report\n' },
        html: { contentType: 'text/html; charset=utf-8', body: '<!doctype html><h1>Risk report</h1>' },
        // The two bytes a ZIP (and so a .docx) starts with; the route passes bytes through unread.
        docx: {
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          body: new Uint8Array([0x50, 0x4b, 3, 4]),
        },
      };
      const questionnaire = options.questionnaireId ?? 'risk';
      return {
        success: true,
        data: { ...bodies[options.format], fileName: `raia-${questionnaire}-report.${options.format}` },
      };
    },
    async ownerOf(sessionId) {
      return sessions.has(sessionId) ? { success: true, data: null } : notFound();
    },
    async exportSession() {
      return notFound();
    },
    async importSession() {
      return notFound();
    },
    async claimDelivery(key, options) {
      return { success: true, data: await deliveries.claimDelivery(key, { ...options, at }) };
    },
    async completeDelivery(key) {
      await deliveries.completeDelivery(key, at);
      return { success: true, data: null };
    },
    async bindChatSession(key, sessionId) {
      return { success: true, data: await deliveries.bindChatSession(key, sessionId) };
    },
    // The agency process is tested against the real assistant; the fake only says it has none.
    summarizeAssessment: async () => notFound(),
    systemOf: async () => notFound(),
    signOff: async () => notFound(),
    recordDecision: async () => notFound(),
    reassess: async () => notFound(),
    compareAssessments: async () => notFound(),
    addComment: async () => notFound(),
    assignQuestion: async () => notFound(),
    ...overrides,
  };
  return { assistant, turns, sessions };
}

export function createFakeKnowledge(overrides: Partial<KnowledgeService> = {}) {
  const searches: Array<{ query: string; options: { limit?: number; resource?: string } }> = [];
  const knowledge: KnowledgeService = {
    search(query, options) {
      searches.push({ query, options });
      return {
        success: true,
        data: [
          {
            id: 'principles-lawfulness',
            resource: 'principles',
            resourceTitle: 'Principles for Responsible AI Innovation',
            title: 'Lawfulness',
            score: 2.5,
            snippet: 'AI systems must comply with the law.',
          },
        ],
      };
    },
    async ask(question) {
      return {
        success: true,
        data: { text: `About "${question}": see [1].`, citations: [], covered: true, method: 'extractive' },
      };
    },
    ...overrides,
  };
  return { knowledge, searches };
}
