/** Longer model output is cut: a grounded answer is a few sentences, never pages. */
export const maxModelTextLength = 6000;

const removedLink = '(link removed)';
/** A Markdown link destination `(...)`, allowing one level of parentheses inside, or unclosed. */
const destination = String.raw`\((?:[^()]|\([^()]*\))*\)?`;
const inlineImage = new RegExp(String.raw`!\[([^\]]*)\]${destination}`, 'g');
const inlineLink = new RegExp(String.raw`\[([^\]]*)\]${destination}`, 'g');

/**
 * Model output is shown as Markdown on the page and in team chats. Whatever a prompt injection
 * makes the model write, it must not become markup that runs, loads or leaks: images and links
 * keep only their words, bare URLs (which GFM would auto-link) are replaced, raw HTML and
 * invisible formatting characters are dropped, and the length is capped. Citations like
 * `[principles-necessity]` are untouched: the answer checker validates them.
 */
export function neutralizeModelText(text: string): string {
  return text
    .slice(0, maxModelTextLength)
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(inlineImage, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(inlineLink, '$1')
    .replace(/^ {0,3}\[[^\]]+\]:.*$/gm, '')
    .replace(/<\/?[a-z][^>]*>?/gi, '')
    .replace(/\b(?:https?|ftp|file):\/\/[^\s<>"'`]*/gi, removedLink)
    .replace(/\b(?:data|javascript|vbscript|blob):[^\s<>"'`]+/gi, removedLink)
    .replace(/\bwww\.[^\s<>"'`]+/gi, removedLink);
}
