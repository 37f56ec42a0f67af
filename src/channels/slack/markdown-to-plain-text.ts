import { plainStyle, renderSlackText } from './render-slack-text.ts';

/**
 * The words of RAIA's Markdown without any markup, for a Slack message's `text`: Slack shows it in
 * notifications and to screen readers, where `**` or `|` would be read out literally. Still
 * escaped (`&`, `<`, `>`), because Slack parses that field for mentions too.
 */
export function markdownToPlainText(markdown: string): string {
  return renderSlackText(markdown, plainStyle);
}
