import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';

export const appId = '9707ff8c-f4e0-47c4-beb6-a10d61e7e7f7';
export const now = new Date('2026-03-02T10:00:00.000Z');
export const nowSeconds = Math.floor(now.getTime() / 1000);

export async function createSigningKeys() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, publicKey, keySet: async () => publicKey };
}

/** A Bot Connector token as the Bot Framework issues it to a bot; each claim can be overridden. */
export async function botFrameworkToken(
  privateKey: CryptoKey,
  claims: { serviceUrl: string; issuer?: string; audience?: string; expiresAt?: number; notBefore?: number },
): Promise<string> {
  return new SignJWT({ serviceurl: claims.serviceUrl })
    .setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' })
    .setIssuer(claims.issuer ?? 'https://api.botframework.com')
    .setAudience(claims.audience ?? appId)
    .setIssuedAt(nowSeconds - 60)
    .setNotBefore(claims.notBefore ?? nowSeconds - 60)
    .setExpirationTime(claims.expiresAt ?? nowSeconds + 3600)
    .sign(privateKey);
}

/**
 * A Teams message activity, shaped like the payloads Teams posts to a bot's messaging endpoint
 * (channelId msteams, regional serviceUrl, 29:/28: account ids, tenant in conversation and channelData).
 */
export function messageActivity(serviceUrl: string, overrides: Record<string, unknown> = {}) {
  return {
    text: '<at>RAIA</at> start a risk assessment',
    textFormat: 'plain',
    type: 'message',
    timestamp: '2026-03-02T09:59:59.113832Z',
    id: '1760656520090',
    channelId: 'msteams',
    serviceUrl,
    from: {
      id: '29:1J7sNKMNCijOoy412liJJHxliedKeLKozaInQ6ZSToFi',
      name: 'Alex Officer',
      aadObjectId: '4816e27f-5665-4904-a182-f74d3bd509ac',
    },
    conversation: {
      isGroup: true,
      conversationType: 'groupChat',
      tenantId: '56653e9d-2158-46ee-90d7-675c39642038',
      id: '19:H2Z6fKe6bek72oiHV9TgOtn2CMO28CC1kdHIThQPxa81@thread.v2',
    },
    recipient: { id: `28:${appId}`, name: 'RAIA' },
    entities: [{ mentioned: { id: `28:${appId}`, name: 'RAIA' }, text: '<at>RAIA</at>', type: 'mention' }],
    channelData: { tenant: { id: '56653e9d-2158-46ee-90d7-675c39642038' } },
    locale: 'en-US',
    ...overrides,
  };
}
