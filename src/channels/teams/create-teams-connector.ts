import { z } from 'zod';
import { AppError, type Result } from '../../app-error.ts';
import { fetchWithRetryAfter } from '../shared/fetch-with-retry-after.ts';

/** Multi-tenant bots; single-tenant bots use https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token. */
export const defaultTeamsTokenUrl = 'https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token';
/** Renew the bot token this long before it expires. */
const renewalMarginMilliseconds = 5 * 60 * 1000;

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
});

export interface TeamsReplyTarget {
  serviceUrl: string;
  conversationId: string;
  activityId: string;
}

export interface TeamsConnector {
  /** POST {serviceUrl}v3/conversations/{conversation}/activities/{activity}: a reply in that thread. */
  reply(target: TeamsReplyTarget, activity: Record<string, unknown>): Promise<Result<null>>;
}

/**
 * Sends replies through the Bot Connector REST API with a client-credentials token for the bot's
 * app id (cached until five minutes before expiry, renewed once on a 401) and honours
 * `Retry-After` on 429, a bounded number of times.
 */
export function createTeamsConnector(options: {
  appId: string;
  appPassword: string;
  tokenUrl: string;
  fetch: typeof fetch;
  wait: (milliseconds: number) => Promise<void>;
  now: () => Date;
}): TeamsConnector {
  let cached: { token: Promise<string>; renewAt: number } | undefined;

  /** One token request at a time; concurrent replies share it. */
  function token(): Promise<string> {
    const requestedAt = options.now().getTime();
    if (cached !== undefined && requestedAt < cached.renewAt) return cached.token;
    const entry = { token: Promise.resolve(''), renewAt: Number.POSITIVE_INFINITY };
    entry.token = requestToken().then((granted) => {
      entry.renewAt = requestedAt + granted.expiresInSeconds * 1000 - renewalMarginMilliseconds;
      return granted.accessToken;
    });
    entry.token.catch(() => {
      if (cached === entry) cached = undefined;
    });
    cached = entry;
    return entry.token;
  }

  async function requestToken(): Promise<{ accessToken: string; expiresInSeconds: number }> {
    const response = await fetchWithRetryAfter(options, options.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: options.appId,
        client_secret: options.appPassword,
        scope: 'https://api.botframework.com/.default',
      }).toString(),
    });
    if (!response.ok) throw new Error(`The Microsoft token endpoint answered ${response.status}`);
    const parsed = tokenResponseSchema.parse(await response.json());
    return { accessToken: parsed.access_token, expiresInSeconds: parsed.expires_in };
  }

  async function send(url: string, body: string): Promise<Response> {
    const post = async () =>
      fetchWithRetryAfter(options, url, {
        method: 'POST',
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
        body,
      });
    const response = await post();
    if (response.status !== 401) return response;
    await response.body?.cancel();
    cached = undefined;
    return post();
  }

  return {
    reply: async (target, activity) => {
      const base = target.serviceUrl.endsWith('/') ? target.serviceUrl : `${target.serviceUrl}/`;
      const url = `${base}v3/conversations/${encodeURIComponent(target.conversationId)}/activities/${encodeURIComponent(target.activityId)}`;
      try {
        const response = await send(
          url,
          JSON.stringify({ type: 'message', replyToId: target.activityId, ...activity }),
        );
        await response.body?.cancel();
        if (response.ok) return { success: true, data: null };
        return {
          success: false,
          error: new AppError('internal', `The Bot Connector answered ${response.status}`),
        };
      } catch (error) {
        return {
          success: false,
          error: new AppError('internal', 'The Bot Connector could not be reached', { cause: error }),
        };
      }
    },
  };
}
