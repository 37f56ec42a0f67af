import { errors, type JWTVerifyGetKey, jwtVerify } from 'jose';

/** Resolves the signing key of a Bot Framework token (the remote key set, or a test key). */
export type TeamsKeySet = JWTVerifyGetKey;

/** The issuer of tokens the Bot Connector sends to bots (Bot Framework REST authentication docs). */
export const botFrameworkIssuer = 'https://api.botframework.com';
/** Bot Framework allows five minutes of clock skew. */
const clockToleranceSeconds = 300;

export type TeamsTokenCheck = { success: true } | { success: false; reason: string };

/**
 * Validates the `Authorization: Bearer <JWT>` the Bot Connector sends: RS256 signature against
 * the key set, issuer, audience = the bot's app id, expiry and not-before with five minutes of
 * skew, and the `serviceurl` claim equal to the activity's serviceUrl, so a token issued for one
 * connector cannot make RAIA send its bot token to another address. There is no way to skip it.
 */
export async function verifyTeamsToken(request: {
  authorization: string | undefined;
  serviceUrl: string;
  appId: string;
  keySet: TeamsKeySet;
  now: Date;
}): Promise<TeamsTokenCheck> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
  if (token === undefined) return { success: false, reason: 'missing-token' };
  try {
    const { payload } = await jwtVerify(token, request.keySet, {
      algorithms: ['RS256'],
      issuer: botFrameworkIssuer,
      audience: request.appId,
      clockTolerance: clockToleranceSeconds,
      currentDate: request.now,
      requiredClaims: ['exp', 'serviceurl'],
    });
    if (payload.serviceurl !== request.serviceUrl) return { success: false, reason: 'service-url-mismatch' };
    return { success: true };
  } catch (error) {
    // Any failure, including an unreachable key set, refuses the request (403), never lets it through.
    return { success: false, reason: error instanceof errors.JOSEError ? error.code : 'key-set-unavailable' };
  }
}
