import { z } from 'zod';
import { AppError, type Result } from '../../app-error.ts';
import { fetchWithRetryAfter } from '../shared/fetch-with-retry-after.ts';
import type { SlackBlock } from './to-block-kit.ts';

const slackApiResponseSchema = z.object({
  ok: z.boolean(),
  error: z.string().optional(),
  ts: z.string().optional(),
});

export interface SlackMessage {
  channel: string;
  threadTs?: string | undefined;
  text: string;
  /** RAIA's blocks, or blocks of a message Slack sent back in an interaction payload. */
  blocks: ReadonlyArray<SlackBlock | { type: string; [field: string]: unknown }>;
}

export interface SlackClient {
  /** chat.postMessage; returns the new message's ts. */
  postMessage(message: SlackMessage): Promise<Result<{ ts: string }>>;
  /** chat.update of a message RAIA posted earlier. */
  updateMessage(message: SlackMessage & { ts: string }): Promise<Result<{ ts: string }>>;
  /** A post to a slash command's `response_url` (ephemeral by default). */
  respond(
    responseUrl: string,
    body: { text: string; response_type?: 'ephemeral' | 'in_channel' },
  ): Promise<Result<null>>;
}

/**
 * A small Web API client over fetch (runs on Workers, unlike @slack/web-api's Node HTTP agent).
 * Bot token in the Authorization header, JSON bodies, `Retry-After` honoured on 429.
 */
export function createSlackClient(options: {
  token: string;
  /** SLACK_API_URL, e.g. https://slack.com/api/; tests point it at a fake server. */
  apiUrl: string;
  fetch: typeof fetch;
  wait: (milliseconds: number) => Promise<void>;
}): SlackClient {
  const base = options.apiUrl.endsWith('/') ? options.apiUrl : `${options.apiUrl}/`;

  async function call(method: string, body: Record<string, unknown>): Promise<Result<{ ts: string }>> {
    try {
      const response = await fetchWithRetryAfter(options, `${base}${method}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${options.token}`,
          'content-type': 'application/json; charset=utf-8',
        },
        body: JSON.stringify(body),
      });
      const parsed = slackApiResponseSchema.safeParse(await response.json());
      if (!parsed.success || !parsed.data.ok) {
        const reason = parsed.success ? (parsed.data.error ?? 'unknown') : `HTTP ${response.status}`;
        return failure(`Slack ${method} failed: ${reason}`);
      }
      return { success: true, data: { ts: parsed.data.ts ?? '' } };
    } catch (error) {
      return failure(`Slack ${method} could not be reached`, error);
    }
  }

  return {
    postMessage: (message) => call('chat.postMessage', messageBody(message)),
    updateMessage: (message) => call('chat.update', { ...messageBody(message), ts: message.ts }),
    respond: async (responseUrl, body) => {
      try {
        const response = await fetchWithRetryAfter(options, responseUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json; charset=utf-8' },
          body: JSON.stringify({ response_type: 'ephemeral', ...body }),
        });
        await response.body?.cancel();
        return response.ok
          ? { success: true, data: null }
          : failure(`Slack response_url answered ${response.status}`);
      } catch (error) {
        return failure('Slack response_url could not be reached', error);
      }
    },
  };
}

function messageBody(message: SlackMessage): Record<string, unknown> {
  return {
    channel: message.channel,
    ...(message.threadTs === undefined ? {} : { thread_ts: message.threadTs }),
    text: message.text,
    blocks: message.blocks,
  };
}

function failure(message: string, cause?: unknown): { success: false; error: AppError } {
  return { success: false, error: new AppError('internal', message, { cause }) };
}
