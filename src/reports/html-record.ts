import { escapeHtml } from './escape-html.ts';
import { fillInLine, recordLines } from './record-lines.ts';
import type { ReportModel } from './report-model.ts';
import { signOffRows } from './sign-off-rows.ts';

const fillIn = `<span class="fill-in">${fillInLine}</span>`;
const valueOrLine = (value: string | null) => (value === null ? fillIn : escapeHtml(value));

/** The title page: heading, the record's fields (empty ones as lines to fill in) and the disclaimer. */
export function titlePageHtml(model: ReportModel): string {
  const items = recordLines(model).map(
    (line) => `<dt>${escapeHtml(line.label)}</dt><dd>${valueOrLine(line.value)}</dd>`,
  );
  return [
    '<header class="title-page">',
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<dl class="facts">${items.join('')}</dl>`,
    `<p class="disclaimer">${escapeHtml(model.disclaimer)}</p>`,
    '</header>',
  ].join('\n');
}

/** One block per duty (assessor, reviewer, approver): name, role, date and signature, and what RAIA recorded. */
export function signOffHtml(model: ReportModel): string {
  return model.signOff
    .map((entry) => {
      const lines = signOffRows(entry)
        .map(({ label, value }) => `<dt>${escapeHtml(label)}</dt><dd>${valueOrLine(value)}</dd>`)
        .join('');
      return `<div class="sign-off"><h3>${escapeHtml(entry.title)}</h3><p>${escapeHtml(entry.description)}</p><dl class="facts">${lines}</dl></div>`;
    })
    .join('\n');
}
