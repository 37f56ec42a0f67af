import type { ApiResult } from '../api-client.ts';
import { createElement } from '../create-element.ts';
import { clearFormErrors, createFormAlert, type Field, showFormError } from './form-fields.ts';

/** The fields' trimmed values by their API names, in the fields' order. */
export type FieldValues = Record<string, string>;

export type RegisterFormOptions<Data> = {
  /** The heading's id, which names the form (`aria-labelledby`). */
  titleId: string;
  /** `focusable` lets a link move focus to the heading, so a screen reader says where it went. */
  heading: { level: 'h3' | 'h4'; text: string; focusable?: boolean };
  /** The form's own id and data attributes, when the page refers to it. */
  id?: string;
  attributes?: Record<string, string>;
  /** What stands between the heading and the fields: a warning, controls that are not `Field`s. */
  leading?: HTMLElement[];
  fields: Field[];
  submitLabel: string;
  /** The button's look: `primary` (the default) or the plain `button`. */
  submitStyle?: 'primary' | 'plain';
  /**
   * Called once the last errors are cleared. Returns the API call, or `undefined` when nothing is
   * sent: then `refuse(message)` (shown in the form's alert) or the form's own message says why.
   */
  submit: (
    values: FieldValues,
    refuse: (message: string) => undefined,
  ) => Promise<ApiResult<Data>> | undefined;
  onSuccess: (data: Data, form: HTMLFormElement) => void;
};

/**
 * A register page form: heading, fields, alert line and submit button, sent through the API once
 * at a time. `novalidate`: the server validates, so its plain messages appear under the field they
 * name (or in the alert line) rather than the browser's own bubbles.
 */
export function createRegisterForm<Data>(options: RegisterFormOptions<Data>): HTMLFormElement {
  const { fields, titleId } = options;
  const alert = createFormAlert();
  const button = createElement('button', {
    className: options.submitStyle === 'plain' ? 'button' : 'button button--primary',
    text: options.submitLabel,
    attributes: { type: 'submit' },
  });
  const heading = createElement(options.heading.level, {
    text: options.heading.text,
    attributes: { id: titleId, ...(options.heading.focusable === true ? { tabindex: '-1' } : {}) },
  });
  const form = createElement(
    'form',
    {
      className: 'register-form',
      attributes: {
        ...(options.id === undefined ? {} : { id: options.id }),
        novalidate: '',
        'aria-labelledby': titleId,
        ...options.attributes,
      },
    },
    [
      heading,
      ...(options.leading ?? []),
      ...fields.map((field) => field.wrapper),
      alert,
      createElement('div', { className: 'form__actions' }, [button]),
    ],
  );
  const refuse = (message: string): undefined => {
    alert.textContent = message;
    alert.hidden = false;
    return undefined;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A second press while the first request is out would send the change twice.
    if (button.disabled) return;
    clearFormErrors(fields, alert);
    const values: FieldValues = Object.fromEntries(
      fields.map(({ control }) => [control.name, control.value.trim()]),
    );
    const sent = options.submit(values, refuse);
    if (sent === undefined) return;
    button.disabled = true;
    void sent.then((result) => {
      button.disabled = false;
      if (!result.success) return showFormError(fields, alert, result.error);
      options.onSuccess(result.data, form);
    });
  });
  return form;
}
