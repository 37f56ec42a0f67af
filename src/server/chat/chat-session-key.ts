import type { Principal } from '../access/principal.ts';

/**
 * The key a client's own chat id is bound under (`bindChatSession`): SHA-256 over the caller and
 * the chat id. So a chat id names a session only for the caller who started it: another user
 * sending the same id, by chance or by guessing, gets a session of their own. The store keeps
 * neither the chat id nor the user in clear. Without access control there is one anonymous
 * caller, and the chat id alone is the reference, as a session id is.
 */
export async function chatSessionKey(chatId: string, principal: Principal | null): Promise<string> {
  const caller = principal === null ? ['anonymous'] : ['user', principal.organisationId, principal.userId];
  // JSON keeps the parts apart: ['a:b', 'c'] and ['a', 'b:c'] never hash alike.
  const text = JSON.stringify(['raia-chat', ...caller, chatId]);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `chat:${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}
