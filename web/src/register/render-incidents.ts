import { createElement } from '../create-element.ts';
import { createField, textArea } from './form-fields.ts';
import type { RegisterApi } from './register-api.ts';
import { createRegisterForm } from './register-form.ts';
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
  const form = createRegisterForm({
    titleId: 'incident-form-title',
    heading: { level: 'h4', text: 'Record an incident' },
    fields: [
      createField('summary', 'What happened', textArea('', 2000), {
        hint: 'A few words; avoid personal details. Recording it makes a reassessment due.',
      }),
    ],
    submitLabel: 'Record incident',
    submitStyle: 'plain',
    submit: ({ summary }) => api.recordIncident(system.id, summary ?? ''),
    onSuccess: () => onRecorded('The incident was recorded.'),
  });
  return createElement(
    'section',
    { className: 'register-section', attributes: { 'aria-labelledby': 'incidents-title' } },
    [createElement('h3', { text: 'Incidents', attributes: { id: 'incidents-title' } }), list, form],
  );
}
