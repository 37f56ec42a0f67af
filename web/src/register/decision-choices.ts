import { createElement } from '../create-element.ts';
import type { Choice } from './register-labels.ts';

/** A required radio group ("Decision") with its own error line, as the sign-off and decision forms ask. */
export type DecisionChoices<Value extends string> = {
  element: HTMLFieldSetElement;
  /** The value ticked, or undefined after saying "Choose a decision." and moving focus to the group. */
  requireChosen(): Value | undefined;
};

/** The radios get ids `${idPrefix}-<value>`, the error line `${idPrefix}-error`. */
export function createDecisionChoices<Value extends string>(
  idPrefix: string,
  choices: ReadonlyArray<Choice & { value: Value }>,
  checked: Value | null = null,
): DecisionChoices<Value> {
  const options = choices.map((choice, index) => {
    const id = `${idPrefix}-${choice.value}`;
    const radio = createElement('input', {
      attributes: { type: 'radio', id, name: 'decision', value: choice.value },
    });
    if (index === 0) radio.required = true;
    radio.checked = choice.value === checked;
    const wrapper = createElement('div', { className: 'field--check' }, [
      radio,
      createElement('label', { text: choice.label, attributes: { for: id } }),
    ]);
    return { value: choice.value, radio, wrapper };
  });
  const error = createElement('p', { className: 'field__error', attributes: { id: `${idPrefix}-error` } });
  error.hidden = true;
  const element = createElement(
    'fieldset',
    { className: 'choice-list', attributes: { 'aria-describedby': error.id } },
    [createElement('legend', { text: 'Decision' }), ...options.map(({ wrapper }) => wrapper), error],
  );
  return {
    element,
    requireChosen: () => {
      error.hidden = true;
      const chosen = options.find(({ radio }) => radio.checked)?.value;
      if (chosen !== undefined) return chosen;
      // The one check made here: the API would only say "decision: invalid option".
      error.textContent = 'Choose a decision.';
      error.hidden = false;
      options[0]?.radio.focus();
      return undefined;
    },
  };
}
