import { buildReportCopy } from './build-report-copy.ts';
import { createElement } from './create-element.ts';

export type EmbedInput = { url: string; title: string; text: string; headers: Headers };

/**
 * Shows the HTML report in the page. When the server lets this origin frame it, the report itself
 * loads in a sandboxed frame (its own styles and charts, no scripts, opaque origin); a srcdoc frame
 * would inherit this page's CSP and lose the report's inline styles. When framing is refused, a
 * sanitized copy is shown instead. The copy is also what prints: a frame prints only its visible box.
 */
export function embedReport(slot: HTMLElement, input: EmbedInput): void {
  const copy = createElement('div', { className: 'report-copy' }, [buildReportCopy(input.text)]);
  if (!isFramingAllowed(input.headers)) {
    copy.classList.add('report-copy--visible');
    // It scrolls sideways on narrow screens: keyboard users must be able to reach and scroll it.
    copy.setAttribute('tabindex', '0');
    copy.setAttribute('role', 'region');
    copy.setAttribute('aria-label', input.title);
    slot.replaceChildren(copy);
    return;
  }
  // sandbox="" with no allow-* tokens: no scripts, forms, popups or top navigation.
  const frame = createElement('iframe', {
    className: 'results__frame',
    attributes: { sandbox: '', src: input.url, title: input.title, referrerpolicy: 'no-referrer' },
  });
  copy.setAttribute('aria-hidden', 'true');
  slot.replaceChildren(frame, copy);
}

/** True unless the response's CSP `frame-ancestors` or X-Frame-Options rules out this origin. */
export function isFramingAllowed(headers: Headers): boolean {
  if (headers.get('x-frame-options')?.trim().toLowerCase() === 'deny') return false;
  const policy = headers.get('content-security-policy') ?? '';
  const directive = policy
    .split(',')
    .flatMap((part) => part.split(';'))
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name?.toLowerCase() === 'frame-ancestors');
  if (directive === undefined) return true;
  const sources = directive.slice(1).map((source) => source.toLowerCase());
  return sources.includes("'self'") || sources.includes(window.location.origin.toLowerCase());
}
