/** SHA-256 of the bytes, as lowercase hex (what `sha256sum` prints). Web Crypto: the code runs on Workers too. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy: Web Crypto takes only views of a plain ArrayBuffer.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
