import { AppError, type Result } from '../../src/app-error.ts';
import type { Assistant, SessionOwner, SessionView } from '../../src/conversation/assistant.ts';
import type { Reply } from '../../src/conversation/reply.ts';
import type { TurnInput } from '../../src/conversation/turn-input.ts';
import type { DeliveryClaim } from '../../src/sessions/session-store.ts';

/** A session of the fakes belongs to no system and has no sign-off, comment or assignment. */
const noReview: SessionView['review'] = { systemId: null, signOffs: {}, comments: [], assignments: [] };

export interface FakeSession {
  owner: SessionOwner;
  /** Turns applied, in order (a repeated message id is not applied again). */
  applied: TurnInput[];
  replies: Map<string, Reply>;
}

/** One claimed delivery; times in epoch milliseconds. */
interface FakeDelivery {
  claimedAt: number;
  completedAt: number | null;
  expiresAt: number;
}

/**
 * A small in-memory stand-in for the conversation core: it applies each message id once, and
 * claims deliveries with the semantics of `Assistant.claimDelivery` (one claim wins; an unfinished
 * claim can be taken over after its lease; a completed one refuses until it is kept no longer).
 */
export function createFakeAssistant(
  options: {
    failingTurns?: number;
    /** The first `failingClaims` claims fail as a store outage would. */
    failingClaims?: number;
    now?: () => Date;
  } = {},
) {
  const sessions = new Map<string, FakeSession>();
  const deliveries = new Map<string, FakeDelivery>();
  const chatSessions = new Map<string, string>();
  const now = () => (options.now ?? (() => new Date()))().getTime();
  /** The first `failingTurns` turns fail before anything is saved, as a store outage would. */
  let failuresLeft = options.failingTurns ?? 0;
  let claimFailuresLeft = options.failingClaims ?? 0;
  const assistant: Assistant = {
    async claimDelivery(key, timing): Promise<Result<DeliveryClaim>> {
      if (claimFailuresLeft > 0) {
        claimFailuresLeft -= 1;
        return failure('store-unavailable', 'RAIA cannot save right now. Please try again.');
      }
      const at = now();
      const current = deliveries.get(key);
      const isLive = current !== undefined && at < current.expiresAt;
      if (isLive && current.completedAt !== null) {
        return { success: true, data: { claimed: false, reason: 'completed' } };
      }
      if (isLive && at - current.claimedAt < timing.leaseMs) {
        return { success: true, data: { claimed: false, reason: 'in-progress' } };
      }
      const keepMs = Math.max(timing.keepMs, timing.leaseMs);
      deliveries.set(key, { claimedAt: at, completedAt: null, expiresAt: at + keepMs });
      return { success: true, data: { claimed: true } };
    },
    async completeDelivery(key) {
      const current = deliveries.get(key);
      const at = now();
      if (current !== undefined && at < current.expiresAt) {
        const keepMs = current.expiresAt - current.claimedAt;
        deliveries.set(key, {
          ...current,
          completedAt: at,
          expiresAt: Math.max(current.expiresAt, at + keepMs),
        });
      }
      return { success: true, data: null };
    },
    async bindChatSession(key, sessionId) {
      const bound = chatSessions.get(key) ?? sessionId;
      chatSessions.set(key, bound);
      return { success: true, data: bound };
    },
    async createSession(request) {
      const sessionId = request?.sessionId ?? `random-${sessions.size}`;
      if (sessions.has(sessionId)) return failure('conflict', 'That session exists.');
      sessions.set(sessionId, { owner: request?.owner ?? null, applied: [], replies: new Map() });
      return {
        success: true,
        data: {
          sessionId,
          reply: makeReply('Hello, I am **RAIA**.', [{ id: 'start:risk', label: 'Start: Risk' }]),
        },
      };
    },
    async handleTurn(input) {
      const session = sessions.get(input.sessionId);
      if (session === undefined) return failure('not-found', 'No such session.');
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        return failure('store-unavailable', 'RAIA cannot save right now. Please try again.');
      }
      const previous = input.messageId === undefined ? undefined : session.replies.get(input.messageId);
      if (previous !== undefined) return { success: true, data: previous };
      session.applied.push(input);
      const reply = makeReply(`Question ${session.applied.length}: is the *system* in use?`, [
        { id: 'answer:yes', label: 'Yes' },
        { id: 'answer:no', label: 'No' },
      ]);
      reply.progress = {
        questionnaireId: 'risk',
        answered: session.applied.length - 1,
        total: 38,
        upTo: false,
        position: session.applied.length,
        section: { id: 'fairness', title: 'Fairness', index: 1, count: 5 },
        // Channels show the label as it comes, so the fake's wording is what their tests expect.
        label: `Question ${session.applied.length} of 38 · Section: Fairness`,
      };
      if (input.messageId !== undefined) session.replies.set(input.messageId, reply);
      return { success: true, data: reply };
    },
    async getSession(sessionId): Promise<Result<SessionView>> {
      if (!sessions.has(sessionId)) return failure('not-found', 'No such session.');
      return {
        success: true,
        data: { sessionId, state: 'menu', transcript: [], answers: {}, review: noReview },
      };
    },
    async deleteSession(sessionId) {
      return sessions.delete(sessionId)
        ? { success: true, data: { deleted: true } }
        : failure('not-found', 'No such session.');
    },
    async searchNotes() {
      return failure('not-found', 'No notes.');
    },
    async report() {
      return failure('not-found', 'No report.');
    },
    async ownerOf(sessionId) {
      return sessions.has(sessionId)
        ? { success: true, data: null }
        : failure('not-found', 'No such session.');
    },
    async exportSession() {
      return failure('not-found', 'No export.');
    },
    async importSession() {
      return failure('bad-request', 'No import.');
    },
    // The agency process is tested against the real assistant; the fake has none.
    summarizeAssessment: async () => failure('not-found', 'No such session.'),
    systemOf: async () => failure('not-found', 'No such session.'),
    signOff: async () => failure('not-found', 'No such session.'),
    recordDecision: async () => failure('not-found', 'No such session.'),
    reassess: async () => failure('not-found', 'No such session.'),
    compareAssessments: async () => failure('not-found', 'No such session.'),
    addComment: async () => failure('not-found', 'No such session.'),
    assignQuestion: async () => failure('not-found', 'No such session.'),
  };
  return { assistant, sessions, deliveries };
}

export function makeReply(text: string, quickReplies: Reply['quickReplies'] = []): Reply {
  return {
    messages: [{ id: 'message-1', role: 'assistant', kind: 'question', text, citations: [] }],
    quickReplies,
    progress: null,
    state: 'risk.asking',
    question: null,
    review: null,
    report: null,
  };
}

function failure(
  code: ConstructorParameters<typeof AppError>[0],
  message: string,
): { success: false; error: AppError } {
  return { success: false, error: new AppError(code, message) };
}
