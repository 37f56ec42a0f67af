import { constantTimeEqual } from '../shared/constant-time-equal.ts';

/**
 * Slash commands carry their per-command token twice: `Authorization: Token <token>` and the
 * `token` form field. The header wins when present; the comparison is constant-time.
 */
export function verifyMattermostToken(
  expectedToken: string,
  request: { authorization: string | undefined; formToken: string | undefined },
): boolean {
  const fromHeader = /^Token\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
  const presented = fromHeader ?? request.formToken;
  return presented !== undefined && expectedToken !== '' && constantTimeEqual(presented, expectedToken);
}
