import { createElement } from '../create-element.ts';
import { createField, type Field, select, textInput } from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { createRegisterForm } from './register-form.ts';
import { formatDay, labelOf, sourcingChoices, stageChoices, statusChoices } from './register-labels.ts';
import type { WebSystemDetail } from './register-schemas.ts';
import { renderDueList } from './render-system-list.ts';

/** The system's record as a description list, what is due, and the form that changes stage and review date. */
export function renderRecord(
  detail: WebSystemDetail,
  api: RegisterApi,
  onChanged: (message: string) => void,
): HTMLElement {
  const { system } = detail;
  const facts: Array<[string, string]> = [
    ['Purpose', system.purpose === '' ? 'Not recorded' : system.purpose],
    ['Owner', system.owner === '' ? 'Not recorded' : system.owner],
    ['Who builds it', labelOf(sourcingChoices, system.sourcing)],
    ['Vendor', system.vendor === null || system.vendor === '' ? 'None recorded' : system.vendor],
    ['Status', labelOf(statusChoices, system.status)],
    ['Life-cycle stage', labelOf(stageChoices, system.lifecycleStage)],
    ['Next review', system.nextReviewDate === null ? 'Not set' : formatDay(system.nextReviewDate)],
  ];
  const list = createElement(
    'dl',
    { className: 'record' },
    facts.flatMap(([term, value]) => [
      createElement('dt', { className: 'record__term', text: term }),
      createElement('dd', { className: 'record__value', text: value }),
    ]),
  );
  return createElement(
    'section',
    { className: 'register-section', attributes: { 'aria-labelledby': 'record-title' } },
    [
      createElement('h3', { text: 'Record', attributes: { id: 'record-title' } }),
      list,
      createElement('h4', { text: 'Review due' }),
      createElement('div', { className: 'register-due', attributes: { id: 'system-due' } }, [
        renderDueList(detail.dueText),
      ]),
      renderRecordForm(detail, api, onChanged),
    ],
  );
}

function renderRecordForm(detail: WebSystemDetail, api: RegisterApi, onChanged: (message: string) => void) {
  const { system } = detail;
  const fields: Field[] = [
    createField('lifecycleStage', 'Life-cycle stage', select(stageChoices, system.lifecycleStage), {
      hint: 'A new stage makes a reassessment due.',
    }),
    createField('nextReviewDate', 'Next review date', textInput(system.nextReviewDate ?? '', 'date'), {
      hint: 'Leave empty for no date.',
    }),
  ];
  return createRegisterForm({
    titleId: 'record-form-title',
    heading: { level: 'h4', text: 'Change the stage or review date' },
    fields,
    submitLabel: 'Save changes',
    submit: ({ lifecycleStage: stage, nextReviewDate: reviewDate }, refuse) => {
      const changes = {
        ...(stage !== undefined && stage !== system.lifecycleStage ? { lifecycleStage: stage } : {}),
        ...(reviewDate !== (system.nextReviewDate ?? '')
          ? { nextReviewDate: reviewDate === '' ? null : reviewDate }
          : {}),
      };
      if (Object.keys(changes).length === 0)
        return refuse('Nothing was changed: pick a new stage or date first.');
      return api.changeSystem(system.id, changes);
    },
    onSuccess: () => onChanged('The record was saved.'),
  });
}
