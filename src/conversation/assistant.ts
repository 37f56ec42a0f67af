import type { Result } from '../app-error.ts';
import type { Actor, Answers } from '../questionnaires/answers.ts';
import type { Reply, ReplyMessage } from './reply.ts';
import type { TurnInput } from './turn-input.ts';

export type TranscriptEntry =
  | { role: 'user'; at: string; text: string; action?: string; actor?: Actor }
  | { role: 'assistant'; at: string; messages: ReplyMessage[] };

export interface SessionView {
  sessionId: string;
  state: string;
  transcript: TranscriptEntry[];
  /** Keyed by questionnaire id. */
  answers: Record<string, { definitionId: string; version: string; answers: Answers }>;
}

export type ReportFormat = 'json' | 'md' | 'html';
export interface RenderedReport {
  contentType: string;
  body: string;
  fileName: string;
}

export type SessionOwner = { organisationId: string; userId: string } | null;

/**
 * The one conversation core every channel (HTTP, web, terminal, Slack, Mattermost, Teams, Workers)
 * talks to. Implemented in src/conversation/create-assistant.ts.
 */
export interface Assistant {
  /** Creates a session (with a fresh random id unless `sessionId` is given) and returns the greeting. */
  createSession(options?: {
    sessionId?: string;
    owner?: SessionOwner;
    at?: string;
  }): Promise<Result<{ sessionId: string; reply: Reply }>>;
  /** Applies one user turn; the new state is saved before this resolves. */
  handleTurn(input: TurnInput): Promise<Result<Reply>>;
  getSession(sessionId: string): Promise<Result<SessionView>>;
  deleteSession(sessionId: string): Promise<Result<{ deleted: true }>>;
  /** The report of a completed (or in-progress) questionnaire; the latest one if no id is given. */
  report(
    sessionId: string,
    options: { questionnaireId?: string; format: ReportFormat },
  ): Promise<Result<RenderedReport>>;
}
