import { createElement } from '../create-element.ts';
import type { RegisterApi, SystemListFilter } from './register-api.ts';
import { systemPageUrl } from './register-links.ts';
import { renderSystemForm } from './render-system-form.ts';
import { renderListFilters, renderSystemTable } from './render-system-list.ts';
import type { StatusLine } from './status-line.ts';

/** The register's front page: the systems (filtered as the address says) and the form to register one. */
export async function showSystemList(
  view: HTMLElement,
  status: StatusLine,
  api: RegisterApi,
  filter: SystemListFilter,
): Promise<void> {
  const filtered = filter.level !== undefined || filter.due !== undefined;
  const slot = createElement('div', { className: 'register-list' }, [
    createElement('p', { className: 'status', text: 'Loading the register…' }),
  ]);
  view.replaceChildren(
    createElement('h2', { className: 'register-title', text: 'Register of AI systems' }),
    createElement('p', {
      text: 'The AI systems your agency builds, buys or uses, where their risk assessments stand, and which are due for review.',
    }),
    createElement(
      'section',
      { className: 'register-section', attributes: { 'aria-labelledby': 'systems-title' } },
      [
        createElement('h3', { text: 'Systems', attributes: { id: 'systems-title' } }),
        renderListFilters(filter),
        slot,
      ],
    ),
    createElement(
      'section',
      { className: 'register-section', attributes: { 'aria-label': 'Register a system' } },
      [
        // The new system's own page is where its assessment starts.
        renderSystemForm(api, (system) => window.location.assign(systemPageUrl(system.id))),
      ],
    ),
  );
  const listed = await api.listSystems(filter);
  if (!listed.success) {
    slot.replaceChildren(
      createElement('p', {
        className: 'status status--error',
        text: `The register could not be loaded: ${listed.error.message}`,
      }),
    );
    status.say(listed.error.message, 'error');
    return;
  }
  slot.replaceChildren(renderSystemTable(listed.data, filtered));
}
