import { createElement } from '../create-element.ts';
import { clearFormErrors, createField, createFormAlert, showFormError, textArea } from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { formatDay } from './register-labels.ts';
import type { WebSystemRecord } from './register-schemas.ts';

/** Incidents recorded against the system (each makes a reassessment due) and the form to record one. */
export function renderIncidents(
  system: WebSystemRecord,
  api: RegisterApi,
  onRecorded: (message: string) => void,
): HTMLElement {
  const list =
    system.incidents.length === 0
      ? createElement('p', { text: 'No incidents recorded.' })
      : createElement(
          'ul',
          { className: 'incident-list' },
          system.incidents.map((incident) =>
            createElement('li', {}, [
              createElement('span', { className: 'incident-date', text: `${formatDay(incident.at)}: ` }),
              incident.summary,
            ]),
          ),
        );
  const field = createField('summary', 'What happened', textArea('', 2000), {
    hint: 'A few words; avoid personal details. Recording it makes a reassessment due.',
  });
  const alert = createFormAlert();
  const submit = createElement('button', {
    className: 'button',
    text: 'Record incident',
    attributes: { type: 'submit' },
  });
  const form = createElement(
    'form',
    { className: 'register-form', attributes: { novalidate: '', 'aria-labelledby': 'incident-form-title' } },
    [
      createElement('h4', { text: 'Record an incident', attributes: { id: 'incident-form-title' } }),
      field.wrapper,
      alert,
      createElement('div', { className: 'form__actions' }, [submit]),
    ],
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (submit.disabled) return;
    clearFormErrors([field], alert);
    submit.disabled = true;
    void api.recordIncident(system.id, field.control.value.trim()).then((recorded) => {
      submit.disabled = false;
      if (!recorded.success) return showFormError([field], alert, recorded.error);
      onRecorded('The incident was recorded.');
    });
  });
  return createElement(
    'section',
    { className: 'register-section', attributes: { 'aria-labelledby': 'incidents-title' } },
    [createElement('h3', { text: 'Incidents', attributes: { id: 'incidents-title' } }), list, form],
  );
}
