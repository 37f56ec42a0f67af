import { createElement } from '../create-element.ts';
import {
  clearFormErrors,
  createField,
  createFormAlert,
  type Field,
  showFormError,
  textArea,
  textInput,
} from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { decisionChoices } from './register-labels.ts';

export type SignOffTarget = { sessionId: string; name: string; formId: string };

/**
 * The reviewer's decision on a completed assessment: decision, note and the name the report prints.
 * Signing freezes the assessment, which the form says before it is sent.
 */
export function renderSignOffForm(
  target: SignOffTarget,
  api: RegisterApi,
  onSigned: (message: string) => void,
): HTMLElement {
  const titleId = `${target.formId}-title`;
  const decisions = decisionChoices.map((choice, index) => {
    const id = `${target.formId}-decision-${choice.value}`;
    const radio = createElement('input', {
      attributes: { type: 'radio', id, name: 'decision', value: choice.value },
    });
    if (index === 0) radio.required = true;
    return {
      radio,
      wrapper: createElement('div', { className: 'field--check' }, [
        radio,
        createElement('label', { text: choice.label, attributes: { for: id } }),
      ]),
    };
  });
  const decisionError = createElement('p', {
    className: 'field__error',
    attributes: { id: `${target.formId}-decision-error` },
  });
  decisionError.hidden = true;
  const decisionGroup = createElement(
    'fieldset',
    { className: 'choice-list', attributes: { 'aria-describedby': decisionError.id } },
    [
      createElement('legend', { text: 'Decision' }),
      ...decisions.map((decision) => decision.wrapper),
      decisionError,
    ],
  );
  const fields: Field[] = [
    createField('note', 'Note', textArea('', 4000), {
      hint: 'Conditions or reasons, printed on the report. Optional.',
    }),
    createField('signatoryName', 'Your name', textInput('', 'text', 200), {
      hint: 'As the report should print it.',
    }),
  ];
  const alert = createFormAlert();
  const submit = createElement('button', {
    className: 'button button--primary',
    text: 'Sign off',
    attributes: { type: 'submit' },
  });
  const form = createElement(
    'form',
    {
      className: 'register-form',
      attributes: {
        id: target.formId,
        novalidate: '',
        'aria-labelledby': titleId,
        'data-session': target.sessionId,
      },
    },
    [
      createElement('h4', { text: `Sign off ${target.name}`, attributes: { id: titleId, tabindex: '-1' } }),
      createElement('p', {
        text: 'Once signed off, the assessment is frozen: its answers can no longer change. Changes need a reassessment.',
      }),
      decisionGroup,
      ...fields.map((field) => field.wrapper),
      alert,
      createElement('div', { className: 'form__actions' }, [submit]),
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    clearFormErrors(fields, alert);
    decisionError.hidden = true;
    const decision = decisions.find(({ radio }) => radio.checked)?.radio.value;
    if (decision === undefined) {
      // The one check made here: the API would only say "decision: invalid option".
      decisionError.textContent = 'Choose a decision.';
      decisionError.hidden = false;
      decisions[0]?.radio.focus();
      return;
    }
    const [note, name] = fields.map((field) => field.control.value.trim());
    submit.disabled = true;
    void api
      .signOff(target.sessionId, {
        decision,
        note: note ?? '',
        ...(name === undefined || name === '' ? {} : { signatoryName: name }),
      })
      .then((signed) => {
        submit.disabled = false;
        if (!signed.success) return showFormError(fields, alert, signed.error);
        onSigned(
          `${target.name} was signed off: ${decisionChoices.find((choice) => choice.value === decision)?.label ?? decision}.`,
        );
      });
  });
  return form;
}
