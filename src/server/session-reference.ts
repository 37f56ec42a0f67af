/**
 * What logs show of a session id. Ids are bearer references (32 random bytes); the first eight
 * characters (48 bits) tell log lines of one session apart while leaving 200+ bits unknown.
 */
export function sessionReference(sessionId: string): string {
  return `${sessionId.slice(0, 8)}…`;
}

const sessionIdSegment = /^[A-Za-z0-9_-]{22,128}$/;

/** A request path with every session-id-like segment shortened by `sessionReference`. */
export function loggablePath(path: string): string {
  return path
    .split('/')
    .map((segment) => (sessionIdSegment.test(segment) ? sessionReference(segment) : segment))
    .join('/');
}
