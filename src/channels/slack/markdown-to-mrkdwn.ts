/**
 * Escapes text for Slack mrkdwn. Slack reads `<...>` as links and mentions (`<!channel>`,
 * `<@U123>`), so `&`, `<` and `>` must be escaped or echoed user text could ping a channel
 * (docs.slack.dev/messaging/formatting-message-text#escaping).
 */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * Converts the Markdown RAIA writes to Slack mrkdwn: `**bold**` -> `*bold*`, `*italic*` ->
 * `_italic_`, `[label](https://...)` -> `<https://...|label>`, headings -> bold lines, list
 * dashes -> bullets, `~~strike~~` -> `~strike~`. Everything else is escaped text.
 */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_match, label: string, url: string) => {
      // A `|` in the label would end Slack's link syntax early.
      return `<${url}|${label.replaceAll('|', '¦')}>`;
    })
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/^#{1,6}\s+(.+?)\s*#*$/gm, '**$1**')
    .replace(/(?<![*\w])\*(?![*\s])([^*\n]+?)\*(?![*\w])/g, '_$1_')
    .replace(/\*\*([^*\n]+?)\*\*/g, '*$1*')
    .replace(/__([^_\n]+?)__/g, '*$1*')
    .replace(/~~([^~\n]+?)~~/g, '~$1~');
}
