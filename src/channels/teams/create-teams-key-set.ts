import { createRemoteJWKSet, customFetch, type RemoteJWKSet } from 'jose';
import { z } from 'zod';
import type { TeamsKeySet } from './verify-teams-token.ts';

const openIdMetadataSchema = z.object({ jwks_uri: z.url({ protocol: /^https?$/ }) });

/**
 * The Bot Framework signing keys: the `jwks_uri` of TEAMS_OPENID_METADATA_URL, read once and
 * then served by jose's remote key set, which caches keys and refetches (rate-limited) when a
 * token names an unknown key id. A failed metadata fetch is retried on the next request.
 */
export function createTeamsKeySet(options: { metadataUrl: string; fetch: typeof fetch }): TeamsKeySet {
  let keySet: Promise<RemoteJWKSet> | undefined;
  const load = async (): Promise<RemoteJWKSet> => {
    const response = await options.fetch(options.metadataUrl, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`Bot Framework OpenID metadata answered ${response.status}`);
    const metadata = openIdMetadataSchema.parse(await response.json());
    return createRemoteJWKSet(new URL(metadata.jwks_uri), { [customFetch]: options.fetch });
  };
  return async (header, token) => {
    keySet ??= load().catch((error: unknown) => {
      keySet = undefined;
      throw error;
    });
    return (await keySet)(header, token);
  };
}
