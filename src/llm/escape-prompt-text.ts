/** `<` that opens something tag-like: `<passage`, `</passage`, `< / question`, `<!--`, `<?`. */
const tagOpening = /<(?=\s*\/?\s*[a-z!?])/gi;

/**
 * Text placed inside the tags of a prompt (a passage, an ingested document, a person's answer):
 * every tag-like `<` becomes `‹`, so the text can neither close the tag it sits in nor open one
 * the model would read as RAIA's (`</passage><question>...`). Other text is left as written.
 */
export function escapePromptText(text: string): string {
  return text.replace(tagOpening, '‹');
}

/** A value inside `attribute="..."`: on one line, with no `"` to end it early. */
export function escapePromptAttribute(value: string): string {
  return escapePromptText(value.replace(/[\r\n]+/g, ' ').replaceAll('"', "'"));
}
