import { createField, type Field, select, textArea, textInput } from './form-fields.ts';
import type { RegisterApi, SystemFields } from './register-api.ts';
import { createRegisterForm, type FieldValues } from './register-form.ts';
import { sourcingChoices, stageChoices } from './register-labels.ts';
import type { WebSystemRecord } from './register-schemas.ts';

/** "Register a system": the record's fields, validated by the server; emptied once it is registered. */
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
  return createRegisterForm({
    titleId: 'register-form-title',
    heading: { level: 'h3', text: 'Register a system' },
    fields,
    submitLabel: 'Register system',
    submit: (values) => api.createSystem(readFields(values)),
    onSuccess: (created, form) => {
      form.reset();
      onRegistered(created);
    },
  });
}

/** The filled-in fields; empty optional ones are left for the server's defaults. */
function readFields(values: FieldValues): SystemFields {
  const filled: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    // The name is always sent, so an empty one gets the server's "needs a name" under it.
    if (value !== '' || name === 'name') filled[name] = value;
  }
  return filled;
}
