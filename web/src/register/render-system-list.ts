import { createElement } from '../create-element.ts';
import type { SystemListFilter } from './register-api.ts';
import { formatDay, labelOf, levelChoices, stageChoices } from './register-labels.ts';
import { systemPageUrl } from './register-links.ts';
import type { WebSystemOverview } from './register-schemas.ts';

/**
 * The filters as a plain GET form: the filter is in the address, so Back, reload and a shared link
 * all show the same list, and it needs no script to submit.
 */
export function renderListFilters(filter: SystemListFilter): HTMLElement {
  const level = createElement('select', { attributes: { id: 'filter-level', name: 'level' } }, [
    createElement('option', { text: 'Any level', attributes: { value: '' } }),
    ...levelChoices.map((choice) =>
      createElement('option', { text: choice.label, attributes: { value: choice.value } }),
    ),
  ]);
  level.value = filter.level ?? '';
  const due = createElement('input', {
    attributes: { type: 'checkbox', id: 'filter-due', name: 'due', value: 'true' },
  });
  due.checked = filter.due === true;
  return createElement(
    'form',
    {
      className: 'register-filters',
      attributes: { method: 'get', action: 'register.html', 'aria-label': 'Filter systems' },
    },
    [
      createElement('div', { className: 'field' }, [
        createElement('label', {
          className: 'field__label',
          text: 'Latest risk level',
          attributes: { for: 'filter-level' },
        }),
        level,
      ]),
      createElement('div', { className: 'field field--check' }, [
        due,
        createElement('label', { text: 'Only systems with a review due', attributes: { for: 'filter-due' } }),
      ]),
      createElement('button', { className: 'button', text: 'Show systems', attributes: { type: 'submit' } }),
    ],
  );
}

const columns = ['System', 'Life-cycle stage', 'Latest risk level', 'Open items', 'Next review', 'Due'];

/** The register as a table: one row per system, its name linking to the system's page. */
export function renderSystemTable(systems: WebSystemOverview[], filtered: boolean): HTMLElement {
  if (systems.length === 0) {
    return createElement('p', {
      className: 'register-empty',
      text: filtered
        ? 'No systems match these filters.'
        : 'No systems are registered yet. Register the first one below.',
    });
  }
  const head = createElement('thead', {}, [
    createElement(
      'tr',
      {},
      columns.map((column) => createElement('th', { text: column, attributes: { scope: 'col' } })),
    ),
  ]);
  const rows = systems.map((overview) => {
    const { system } = overview;
    const name = createElement('th', { attributes: { scope: 'row' } }, [
      createElement('a', { text: system.name, attributes: { href: systemPageUrl(system.id) } }),
    ]);
    return createElement('tr', { attributes: { 'data-system': system.id } }, [
      name,
      createElement('td', { text: labelOf(stageChoices, system.lifecycleStage) }),
      createElement('td', { text: overview.level?.label ?? 'Not rated yet' }),
      createElement('td', { text: String(overview.openItems) }),
      createElement('td', {
        text: overview.nextReviewDate === null ? 'Not set' : formatDay(overview.nextReviewDate),
      }),
      createElement('td', { className: 'register-due' }, [renderDueList(overview.dueText)]),
    ]);
  });
  const table = createElement('table', { className: 'register-table' }, [
    createElement('caption', {
      text: filtered ? 'Registered AI systems (filtered)' : 'Registered AI systems',
    }),
    head,
    createElement('tbody', {}, rows),
  ]);
  // Wide tables scroll sideways on phones; the region takes focus so the keyboard can scroll it.
  return createElement(
    'div',
    {
      className: 'table-scroll',
      attributes: { tabindex: '0', role: 'region', 'aria-label': 'Registered AI systems' },
    },
    [table],
  );
}

/** What is due, in the server's own sentences (the API, team chat and the page say the same). */
export function renderDueList(dueText: string[]): HTMLElement {
  if (dueText.length === 0) return createElement('span', { text: 'Nothing due' });
  return createElement(
    'ul',
    { className: 'due-list' },
    dueText.map((text) => createElement('li', { text })),
  );
}
