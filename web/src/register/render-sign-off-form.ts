import { createElement } from '../create-element.ts';
import { createDecisionChoices } from './decision-choices.ts';
import { createField, type Field, textArea, textInput } from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { createRegisterForm } from './register-form.ts';
import { decisionChoices, labelOf } from './register-labels.ts';

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
  const decisionGroup = createDecisionChoices(`${target.formId}-decision`, decisionChoices);
  const fields: Field[] = [
    createField('note', 'Note', textArea('', 4000), {
      hint: 'Conditions or reasons, printed on the report. Optional.',
    }),
    createField('signatoryName', 'Your name', textInput('', 'text', 200), {
      hint: 'As the report should print it.',
    }),
  ];
  return createRegisterForm({
    titleId: `${target.formId}-title`,
    heading: { level: 'h4', text: `Sign off ${target.name}`, focusable: true },
    id: target.formId,
    attributes: { 'data-session': target.sessionId },
    leading: [
      createElement('p', {
        text: 'Once signed off, the assessment is frozen: its answers can no longer change. Changes need a reassessment.',
      }),
      decisionGroup.element,
    ],
    fields,
    submitLabel: 'Sign off',
    submit: ({ note, signatoryName: name }) => {
      const decision = decisionGroup.requireChosen();
      if (decision === undefined) return undefined;
      const request = {
        decision,
        note: note ?? '',
        ...(name === undefined || name === '' ? {} : { signatoryName: name }),
      };
      // The message names the decision as the reviewer chose it.
      return api
        .signOff(target.sessionId, request)
        .then((signed) => (signed.success ? { success: true as const, data: decision } : signed));
    },
    onSuccess: (decision: string) =>
      onSigned(`${target.name} was signed off: ${labelOf(decisionChoices, decision)}.`),
  });
}
