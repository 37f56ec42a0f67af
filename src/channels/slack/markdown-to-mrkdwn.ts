import { renderSlackText, type SlackTextStyle } from './render-slack-text.ts';

export { escapeMrkdwn } from './render-slack-text.ts';

const mrkdwnStyle: SlackTextStyle = {
  bold: (text) => wrap(text, '*'),
  italic: (text) => wrap(text, '_'),
  strike: (text) => wrap(text, '~'),
  code: (text) => `\`${text}\``,
  codeBlock: (text) => `\`\`\`\n${text}\n\`\`\``,
  link: (label, url) => `<${url}|${label}>`,
  quote: (text) =>
    text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n'),
};

/**
 * Converts the Markdown RAIA writes to Slack mrkdwn: `**bold**` -> `*bold*`, `*italic*` ->
 * `_italic_`, `[label](https://...)` -> `<https://...|label>`, headings -> bold lines, list
 * dashes -> bullets, `~~strike~~` -> `~strike~`, tables -> one bullet line per row. Everything
 * else is escaped text.
 */
export function markdownToMrkdwn(markdown: string): string {
  return renderSlackText(markdown, mrkdwnStyle);
}

// Slack ignores a mark that touches a space inside it (`* x*`), so the space moves outside.
function wrap(text: string, mark: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  const leading = text.slice(0, text.indexOf(trimmed));
  const trailing = text.slice(leading.length + trimmed.length);
  return `${leading}${mark}${trimmed}${mark}${trailing}`;
}
