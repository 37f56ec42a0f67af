import DOMPurify from 'dompurify';

// Report style attributes are carried through as data and re-applied through CSSOM (allowed by
// style-src 'self'), limited to colours: the legend swatches are coloured this way.
const carriedStyle = 'data-report-style';
const allowedProperties = new Set(['background', 'background-color', 'color', 'border-color']);
const safeValue = /^[#a-z0-9(),.%\s-]+$/i;

/**
 * A sanitized copy of the HTML report, for printing and for when the report cannot be framed.
 * Scripts, style sheets and event handlers are dropped; charts keep their SVG presentation
 * attributes, and styles.css styles the report's classes inside `.report-copy`.
 */
export function buildReportCopy(reportHtml: string): DocumentFragment {
  const purifier = DOMPurify(window);
  const fragment = purifier.sanitize(carryStyles(bodyOf(reportHtml)), {
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS: ['style', 'link', 'img', 'image', 'use', 'foreignObject', 'form', 'input', 'button'],
    FORBID_ATTR: ['style', 'id'],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const element of fragment.querySelectorAll<HTMLElement | SVGElement>(`[${carriedStyle}]`)) {
    applyColours(element, element.getAttribute(carriedStyle) ?? '');
    element.removeAttribute(carriedStyle);
  }
  return fragment;
}

// Only the body is parsed: even an inert parse of the head's <style> is reported as a CSP violation.
function bodyOf(html: string): string {
  const open = /<body[^>]*>/i.exec(html);
  const start = open === null ? 0 : open.index + open[0].length;
  const end = html.toLowerCase().lastIndexOf('</body>');
  return html.slice(start, end > start ? end : undefined);
}

// The report escapes quotes in text, so ` style="` only occurs inside tags. Parsing a style
// attribute, even inertly, would be reported as a CSP violation, hence the rename before parsing.
function carryStyles(html: string): string {
  return html.replace(/\sstyle="([^"]*)"/gi, ` ${carriedStyle}="$1"`);
}

function applyColours(element: HTMLElement | SVGElement, declarations: string): void {
  for (const declaration of declarations.split(';')) {
    const [rawName, ...rest] = declaration.split(':');
    const name = rawName?.trim().toLowerCase() ?? '';
    const value = rest.join(':').trim();
    if (allowedProperties.has(name) && safeValue.test(value) && !/url\s*\(/i.test(value)) {
      element.style.setProperty(name, value);
    }
  }
}
