import { createElement } from '../create-element.ts';
import { createDecisionChoices } from './decision-choices.ts';
import { createField, type Field, textArea } from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { createRegisterForm } from './register-form.ts';
import { assessmentDecisionChoices, labelOf } from './register-labels.ts';
import type { WebAssessmentDecision } from './register-schemas.ts';

export type DecisionTarget = {
  sessionId: string;
  name: string;
  formId: string;
  /** The decision already recorded, ticked so a change starts from it (a new one replaces it). */
  current: WebAssessmentDecision | null;
};

/** The most the reasons hold: the server's limit (src/conversation/record-decision.ts). */
const reasonsLimit = 4000;

/**
 * The agency's decision at the end of a completed risk assessment: proceed, proceed with
 * conditions, rescope or do not deploy, with the reasons. Decided before it is signed off, since
 * the sign-off vouches for the decision too.
 */
export function renderDecisionForm(
  target: DecisionTarget,
  api: RegisterApi,
  onRecorded: (message: string) => void,
): HTMLElement {
  const decisionGroup = createDecisionChoices(
    `${target.formId}-choice`,
    assessmentDecisionChoices,
    target.current,
  );
  const reasons: Field = createField('reasons', 'Reasons', textArea('', reasonsLimit), {
    hint: 'Required unless you choose Proceed: why, and for "Proceed with conditions" the conditions. Printed on the report.',
  });
  return createRegisterForm({
    titleId: `${target.formId}-title`,
    heading: { level: 'h4', text: `Record the decision on ${target.name}`, focusable: true },
    id: target.formId,
    attributes: { 'data-session': target.sessionId },
    leading: [
      createElement('p', {
        text:
          target.current === null
            ? 'Decide, then sign off: the sign-off vouches for this decision.'
            : `Recorded so far: ${labelOf(assessmentDecisionChoices, target.current)}. A new decision replaces it until the assessment is signed off.`,
      }),
      decisionGroup.element,
    ],
    fields: [reasons],
    submitLabel: 'Record decision',
    submit: ({ reasons: written = '' }) => {
      const decision = decisionGroup.requireChosen();
      if (decision === undefined) return undefined;
      // Checked here as the server would, so the reasons are asked for before anything is sent.
      if (decision !== 'proceed' && written === '') {
        reasons.error.textContent = `"${labelOf(assessmentDecisionChoices, decision)}" needs its reasons: write why${decision === 'proceed-with-conditions' ? ', and the conditions' : ''}.`;
        reasons.error.hidden = false;
        reasons.control.setAttribute('aria-invalid', 'true');
        reasons.control.focus();
        return undefined;
      }
      return api.recordDecision(target.sessionId, { decision, reasons: written });
    },
    onSuccess: (recorded) =>
      onRecorded(
        `The decision on ${target.name} was recorded: ${labelOf(assessmentDecisionChoices, recorded.decision)}.`,
      ),
  });
}
