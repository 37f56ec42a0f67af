/** A box in SVG user units. */
export type Box = { x: number; y: number; width: number; height: number; text: string };

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The box of every `<text>` in an SVG string, estimated generously (0.62 em a character, or the
 * `textLength` the text is fitted to; 1 em tall), with `rotate(-90 x y)` turned upright. Fonts
 * vary, so this is a check on the layout arithmetic; the Chromium test measures real glyphs.
 */
export function svgTextBoxes(svg: string, defaultFontSize = 12): Box[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map(([, tag = '', text = '']) => {
    const x = Number(attribute(tag, 'x') ?? 0);
    const y = Number(attribute(tag, 'y') ?? 0);
    const size = Number(attribute(tag, 'font-size') ?? defaultFontSize);
    const fitted = attribute(tag, 'textLength');
    const decoded = text.replace(/&[a-z]+;|&#\d+;/g, '_');
    const width = fitted === undefined ? decoded.length * size * 0.62 : Number(fitted);
    const anchor = attribute(tag, 'text-anchor') ?? 'start';
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    const box = { x: left, y: y - size * 0.8, width, height: size, text: decoded };
    const rotation = /rotate\(-90 ([\d.]+) ([\d.]+)\)/.exec(attribute(tag, 'transform') ?? '');
    if (rotation === null) return box;
    // Rotating -90 degrees about (cx, cy) maps (x, y) to (cx + (y - cy), cy - (x - cx)).
    const [cx, cy] = [Number(rotation[1]), Number(rotation[2])];
    return {
      x: cx + (box.y - cy),
      y: cy - (box.x + box.width - cx),
      width: box.height,
      height: box.width,
      text: decoded,
    };
  });
}

export function overlap(first: Box, second: Box): boolean {
  return (
    first.x < second.x + second.width &&
    second.x < first.x + first.width &&
    first.y < second.y + second.height &&
    second.y < first.y + first.height
  );
}

/** Every pair of boxes that overlap, as readable strings. */
export function overlappingPairs(boxes: readonly Box[]): string[] {
  return boxes.flatMap((first, index) =>
    boxes
      .slice(index + 1)
      .flatMap((second) => (overlap(first, second) ? [`"${first.text}" / "${second.text}"`] : [])),
  );
}
