const encoder = new TextEncoder();

/**
 * Compares two secrets in time that depends only on their length, so a forged signature or token
 * cannot be found byte by byte from response timings. Unequal lengths return at once: the length of
 * a hex signature or a configured token is not a secret.
 */
export function constantTimeEqual(left: string, right: string): boolean {
  const leftBytes = encoder.encode(left);
  const rightBytes = encoder.encode(right);
  if (leftBytes.length !== rightBytes.length) return false;
  let difference = 0;
  for (let index = 0; index < leftBytes.length; index += 1) {
    difference |= (leftBytes[index] ?? 0) ^ (rightBytes[index] ?? 0);
  }
  return difference === 0;
}
