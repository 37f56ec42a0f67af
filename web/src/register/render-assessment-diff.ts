import { createElement } from '../create-element.ts';
import type { WebAssessmentDiff } from './register-schemas.ts';

const directionLabels: Record<WebAssessmentDiff['risks'][number]['direction'], string> = {
  up: 'Up',
  down: 'Down',
  new: 'New',
  gone: 'No longer rated',
};

const answerChangeLabels: Record<WebAssessmentDiff['answers'][number]['change'], string> = {
  added: 'Answered now',
  removed: 'No longer answered',
  changed: 'Changed',
};

/**
 * What changed from the earlier assessment: the overall level, risks that went up or down, changed
 * answers and open items. Every direction is written out, never shown by colour alone.
 */
export function renderAssessmentDiff(diff: WebAssessmentDiff, title: string): HTMLElement[] {
  const heading = createElement('h3', { text: title, attributes: { id: 'changes-title', tabindex: '-1' } });
  const overallBefore = diff.overall.before?.label ?? 'not rated';
  const overallAfter = diff.overall.after?.label ?? 'not rated';
  const overall = createElement('p', {
    className: 'changes-overall',
    text:
      overallBefore === overallAfter
        ? `Overall risk level: ${overallAfter}, unchanged.`
        : `Overall risk level: ${overallBefore} before, ${overallAfter} now.`,
  });
  const parts: HTMLElement[] = [heading, overall, createElement('h4', { text: 'Risks whose level changed' })];
  parts.push(
    diff.risks.length === 0
      ? createElement('p', { text: 'No risk changed its level.' })
      : table(
          'Risks whose level changed',
          ['Risk', 'Before', 'Now', 'Change'],
          diff.risks.map((risk) => ({
            cells: [
              risk.title,
              risk.before?.label ?? 'Not rated',
              risk.after?.label ?? 'Not rated',
              directionLabels[risk.direction],
            ],
            attributes: { 'data-risk': risk.riskId, 'data-direction': risk.direction },
          })),
        ),
    createElement('h4', { text: 'Answers that changed' }),
  );
  parts.push(
    diff.answers.length === 0
      ? createElement('p', { text: 'No answer changed.' })
      : table(
          'Answers that changed',
          ['Question', 'Before', 'Now', 'Change'],
          diff.answers.map((answer) => ({
            cells: [
              answer.prompt,
              answer.before ?? 'Not answered',
              answer.after ?? 'Not answered',
              answerChangeLabels[answer.change],
            ],
            attributes: { 'data-question': answer.questionId },
          })),
        ),
    createElement('h4', { text: 'Open items' }),
    itemList('New open items', diff.openItems.opened),
    itemList('Closed open items', diff.openItems.closed),
  );
  return parts;
}

type Row = { cells: string[]; attributes: Record<string, string> };

function table(caption: string, columns: string[], rows: Row[]): HTMLElement {
  const body = rows.map((row) =>
    createElement(
      'tr',
      { attributes: row.attributes },
      row.cells.map((cell, index) =>
        index === 0
          ? createElement('th', { text: cell, attributes: { scope: 'row' } })
          : createElement('td', { text: cell }),
      ),
    ),
  );
  return createElement(
    'div',
    { className: 'table-scroll', attributes: { tabindex: '0', role: 'region', 'aria-label': caption } },
    [
      createElement('table', { className: 'register-table' }, [
        createElement('caption', { className: 'visually-hidden', text: caption }),
        createElement('thead', {}, [
          createElement(
            'tr',
            {},
            columns.map((column) => createElement('th', { text: column, attributes: { scope: 'col' } })),
          ),
        ]),
        createElement('tbody', {}, body),
      ]),
    ],
  );
}

function itemList(title: string, items: Array<{ questionId: string; prompt: string }>): HTMLElement {
  return createElement('div', {}, [
    createElement('p', {
      className: 'changes-list-title',
      text: `${title}: ${items.length === 0 ? 'none' : items.length}`,
    }),
    ...(items.length === 0
      ? []
      : [
          createElement(
            'ul',
            {},
            items.map((item) =>
              createElement('li', { text: item.prompt, attributes: { 'data-question': item.questionId } }),
            ),
          ),
        ]),
  ]);
}
