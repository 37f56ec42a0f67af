/**
 * Quoted text is shown as text: an ingested document's own "[9]" must not pass for one of RAIA's
 * citation markers, nor its `[text](url)` or `![image](url)` syntax become a link or image. (HTML in
 * quoted text is removed by each channel's sanitiser.)
 */
export function escapeQuotedMarkdown(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}
