/**
 * A fresh random id per user turn, so the server applies a retried turn once.
 * getRandomValues works on plain http too, where crypto.randomUUID is unavailable.
 */
export function createMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
