import { createElement } from '../create-element.ts';
import {
  clearFormErrors,
  createField,
  createFormAlert,
  type Field,
  select,
  showFormError,
  textArea,
  textInput,
} from './form-fields.ts';
import type { RegisterApi, SystemFields } from './register-api.ts';
import { sourcingChoices, stageChoices } from './register-labels.ts';
import type { WebSystemRecord } from './register-schemas.ts';

/**
 * "Register a system": the record's fields, validated by the server (the form has `novalidate`, so
 * the API's plain messages appear under the field they name, not the browser's own bubbles).
 */
export function renderSystemForm(
  api: RegisterApi,
  onRegistered: (system: WebSystemRecord) => void,
): HTMLElement {
  const fields: Field[] = [
    createField('name', 'Name', textInput('', 'text', 200), {
      required: true,
      hint: 'The name used inside your agency. Required.',
    }),
    createField('purpose', 'Purpose', textArea('', 2000), { hint: 'What the system is used for.' }),
    createField('owner', 'Owner', textInput('', 'text', 200), {
      hint: 'The accountable person or unit.',
    }),
    createField('sourcing', 'Who builds it', select(sourcingChoices, 'in-house')),
    createField('vendor', 'Vendor', textInput('', 'text', 200), {
      hint: 'The supplier, when it is bought or developed with a partner.',
    }),
    createField('lifecycleStage', 'Life-cycle stage', select(stageChoices, 'decision')),
    createField('nextReviewDate', 'Next review date', textInput('', 'date'), {
      hint: 'Optional. Left empty, it is set to a year after the assessment is approved.',
    }),
  ];
  const alert = createFormAlert();
  const submit = createElement('button', {
    className: 'button button--primary',
    text: 'Register system',
    attributes: { type: 'submit' },
  });
  const form = createElement(
    'form',
    { className: 'register-form', attributes: { novalidate: '', 'aria-labelledby': 'register-form-title' } },
    [
      createElement('h3', { text: 'Register a system', attributes: { id: 'register-form-title' } }),
      ...fields.map((field) => field.wrapper),
      alert,
      createElement('div', { className: 'form__actions' }, [submit]),
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    clearFormErrors(fields, alert);
    submit.disabled = true;
    void api.createSystem(readFields(fields)).then((created) => {
      submit.disabled = false;
      if (!created.success) return showFormError(fields, alert, created.error);
      form.reset();
      onRegistered(created.data);
    });
  });
  return form;
}

/** The filled-in fields; empty optional ones are left for the server's defaults. */
function readFields(fields: Field[]): SystemFields {
  const values: Record<string, string> = {};
  for (const { control } of fields) {
    const value = control.value.trim();
    // The name is always sent, so an empty one gets the server's "needs a name" under it.
    if (value !== '' || control.name === 'name') values[control.name] = value;
  }
  return values;
}
