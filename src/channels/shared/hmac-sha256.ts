const encoder = new TextEncoder();

/** HMAC-SHA256 with Web Crypto, so the same code runs on Node and Cloudflare Workers. */
export async function hmacSha256(
  secret: string,
  message: string | Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const data = typeof message === 'string' ? encoder.encode(message) : message;
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

/** SHA-256 of a text, for shortening platform ids that may exceed RAIA's 200-character message ids. */
export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}
