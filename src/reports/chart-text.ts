import { escapeHtml } from './escape-html.ts';

/** Every chart's font, as an attribute: the report's sanitized copy in the chat page drops style sheets. */
export const chartFontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

// Wider than any common sans-serif's average glyph (about 0.5 to 0.55 em), so estimates err on the roomy side.
const emPerCharacter = 0.62;

/** A generous estimate of how wide `text` is at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * emPerCharacter;
}

/** The largest size up to `fontSize` (never below `minimum`) at which `text` fits `maxWidth`. */
export function fittedFontSize(text: string, fontSize: number, maxWidth: number, minimum = 7): number {
  const width = estimateTextWidth(text, fontSize);
  if (width <= maxWidth) return fontSize;
  return Math.max(minimum, Math.floor(((fontSize * maxWidth) / width) * 10) / 10);
}

export type ChartTextOptions = {
  x: number;
  y: number;
  text: string;
  fontSize: number;
  /** Shrinks the font until the estimate fits; labels come from questionnaire data of any length. */
  maxWidth?: number;
  anchor?: 'start' | 'middle' | 'end';
  bold?: boolean;
  fill?: string;
  /** A white outline under the glyphs, for text drawn across lines and tints. */
  halo?: boolean;
  transform?: string;
};

/** One `<text>` with its presentation as attributes, escaped. */
export function chartText(options: ChartTextOptions): string {
  const size =
    options.maxWidth === undefined
      ? options.fontSize
      : fittedFontSize(options.text, options.fontSize, options.maxWidth);
  const attributes = [
    `x="${round(options.x)}"`,
    `y="${round(options.y)}"`,
    `font-size="${size}"`,
    `text-anchor="${options.anchor ?? 'start'}"`,
    `fill="${options.fill ?? '#1a1a1a'}"`,
    ...(options.bold === true ? ['font-weight="700"'] : []),
    ...(options.halo === true
      ? ['stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"']
      : []),
    ...(options.transform === undefined ? [] : [`transform="${options.transform}"`]),
  ];
  return `<text ${attributes.join(' ')}>${escapeHtml(options.text)}</text>`;
}

/** Coordinates to a tenth of a unit: shorter markup, no float noise in golden files. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
