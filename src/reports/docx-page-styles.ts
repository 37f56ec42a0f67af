/** The page and heading styles every Word file RAIA writes shares (the report, a pack's document). */

const twoCentimetres = 1134;

/** A4's default page with 2 cm margins all round (twentieths of a point). */
export const pageWithTwoCentimetreMargins = {
  page: {
    margin: { top: twoCentimetres, bottom: twoCentimetres, left: twoCentimetres, right: twoCentimetres },
  },
};

// Word shows a heading in the navigation pane by its outline level; the styles docx writes have
// none, so each heading style states its level (and keeps with the text that follows it).
export const headingStyle = (outlineLevel: number, size: number) => ({
  run: { size, bold: true, color: '1F3864' },
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before: 240, after: 120 } },
});
