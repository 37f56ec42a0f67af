const entities: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', quot: '"', amp: '&' };

/**
 * Decodes the entities Slack and Teams write into message text (Slack escapes `&`, `<` and `>`;
 * Teams also writes `&nbsp;` and `&quot;`), in one pass so `&amp;lt;` stays the `&lt;` a person typed.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(/&(nbsp|lt|gt|quot|amp);/g, (entity, name: string) => entities[name] ?? entity);
}
