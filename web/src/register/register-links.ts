// Where the register page sends people. The chat page resumes the session named in its address
// (../session-reference.ts), so "continue" is an ordinary link to it.

export function systemPageUrl(systemId: string): string {
  return `register.html?${new URLSearchParams({ system: systemId }).toString()}`;
}

export function chatPageUrl(sessionId: string): string {
  return `/?${new URLSearchParams({ session: sessionId }).toString()}`;
}

/** What the register page's address asks for: one system, or the list with its filters. */
export type RegisterView =
  | { view: 'system'; systemId: string }
  | { view: 'list'; filter: { level?: string; due?: boolean } };

export function readRegisterView(search: string): RegisterView {
  const query = new URLSearchParams(search);
  const systemId = query.get('system');
  if (systemId !== null && systemId !== '') return { view: 'system', systemId };
  const level = query.get('level');
  return {
    view: 'list',
    filter: {
      ...(level === null || level === '' ? {} : { level }),
      ...(query.get('due') === 'true' ? { due: true } : {}),
    },
  };
}
