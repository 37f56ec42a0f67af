// The session id is the only thing the page keeps: in the URL (so a link resumes) and in
// localStorage (so reopening the page resumes). Answers stay on the server.
const storageKey = 'raia.sessionId';
const queryKey = 'session';

export function readSessionReference(): string | undefined {
  const fromUrl = new URL(window.location.href).searchParams.get(queryKey);
  if (fromUrl !== null && fromUrl !== '') return fromUrl;
  return readStorage() ?? undefined;
}

export function saveSessionReference(sessionId: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(queryKey, sessionId);
  window.history.replaceState(null, '', url);
  writeStorage(sessionId);
}

export function clearSessionReference(): void {
  const url = new URL(window.location.href);
  url.searchParams.delete(queryKey);
  window.history.replaceState(null, '', url);
  writeStorage(undefined);
}

// Storage can be disabled (private modes, policies); the URL alone still works then.
function readStorage(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch (cause) {
    console.warn('localStorage unavailable', cause);
    return null;
  }
}

function writeStorage(sessionId: string | undefined): void {
  try {
    if (sessionId === undefined) window.localStorage.removeItem(storageKey);
    else window.localStorage.setItem(storageKey, sessionId);
  } catch (cause) {
    console.warn('localStorage unavailable', cause);
  }
}
