import type { ApiError } from '../api-client.ts';
import { createElement } from '../create-element.ts';
import type { Choice } from './register-labels.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One labelled control with a hint and a slot for the server's error about it. */
export type Field = { wrapper: HTMLElement; control: Control; error: HTMLElement };

let fieldCount = 0;

/**
 * A label, its control and an error line the control is described by. `name` is the API's field
 * name, so an error naming that field lands next to it.
 */
export function createField(
  name: string,
  label: string,
  control: Control,
  options: { hint?: string; required?: boolean } = {},
): Field {
  fieldCount += 1;
  const id = `field-${fieldCount}-${name}`;
  control.id = id;
  control.name = name;
  control.classList.add('field__control');
  if (options.required === true) control.required = true;
  const error = createElement('p', { className: 'field__error', attributes: { id: `${id}-error` } });
  error.hidden = true;
  const describedBy = [`${id}-error`];
  const parts: HTMLElement[] = [
    createElement('label', { className: 'field__label', text: label, attributes: { for: id } }),
  ];
  if (options.hint !== undefined) {
    parts.push(
      createElement('p', { className: 'field__hint', text: options.hint, attributes: { id: `${id}-hint` } }),
    );
    describedBy.unshift(`${id}-hint`);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  parts.push(control, error);
  return {
    wrapper: createElement('div', { className: 'field', attributes: { 'data-field': name } }, parts),
    control,
    error,
  };
}

export function textInput(value = '', type: 'text' | 'date' = 'text', maxLength?: number): HTMLInputElement {
  const input = createElement('input', { attributes: { type, autocomplete: 'off' } });
  input.value = value;
  if (maxLength !== undefined) input.maxLength = maxLength;
  return input;
}

export function textArea(value = '', maxLength?: number): HTMLTextAreaElement {
  const area = createElement('textarea', { attributes: { rows: '3' } });
  area.value = value;
  if (maxLength !== undefined) area.maxLength = maxLength;
  return area;
}

export function select(choices: Choice[], value: string, empty?: string): HTMLSelectElement {
  const options = choices.map((choice) =>
    createElement('option', { text: choice.label, attributes: { value: choice.value } }),
  );
  if (empty !== undefined)
    options.unshift(createElement('option', { text: empty, attributes: { value: '' } }));
  const element = createElement('select', {}, options);
  element.value = value;
  return element;
}

/**
 * Shows an API error: next to the field it names (the field is marked invalid and focused), else
 * in the form's own alert line. The message drops the "field: " prefix the API puts before it,
 * since it already sits under the field's label.
 */
export function showFormError(fields: Field[], alert: HTMLElement, error: ApiError): void {
  clearFormErrors(fields, alert);
  const field = fields.find((candidate) => candidate.control.name === error.field);
  if (field === undefined) {
    alert.textContent = error.message;
    alert.hidden = false;
    return;
  }
  const prefix = `${error.field}: `;
  field.error.textContent = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length)
    : error.message;
  field.error.hidden = false;
  field.control.setAttribute('aria-invalid', 'true');
  field.control.focus();
}

export function clearFormErrors(fields: Field[], alert: HTMLElement): void {
  for (const field of fields) {
    field.error.textContent = '';
    field.error.hidden = true;
    field.control.removeAttribute('aria-invalid');
  }
  alert.textContent = '';
  alert.hidden = true;
}

/** The alert line of a form: announced when it fills, empty and hidden otherwise. */
export function createFormAlert(): HTMLElement {
  const alert = createElement('p', { className: 'field__error form__alert', attributes: { role: 'alert' } });
  alert.hidden = true;
  return alert;
}
