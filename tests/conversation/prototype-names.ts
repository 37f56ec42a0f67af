/** Names every plain object inherits (or that look like it): a lookup by one must never find Object.prototype. */
export const prototypeNames = [
  'constructor',
  'toString',
  '__proto__',
  'hasOwnProperty',
  'valueOf',
  'prototype',
] as const;
