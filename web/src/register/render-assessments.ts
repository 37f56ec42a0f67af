import { createButton, createElement } from '../create-element.ts';
import { decisionChoices, formatDay, labelOf, stateLabel } from './register-labels.ts';
import { chatPageUrl } from './register-links.ts';
import type { WebAssessmentLink, WebSystemDetail } from './register-schemas.ts';
import { type DocumentUrl, renderAssessmentOutcome } from './render-assessment-outcome.ts';

export type AssessmentActions = {
  start(): void;
  reassess(sessionId: string): void;
  showChanges(link: WebAssessmentLink, name: string, earlierName: string): void;
  reportUrl(sessionId: string): string;
  documentUrl: DocumentUrl;
};

const columns = ['Assessment', 'Started', 'State', 'Risk level', 'Open items', 'Sign-off', 'Actions'];

/** "Assessment 2": the number people say; it stays fixed because links are only ever appended. */
export function assessmentName(index: number): string {
  return `Assessment ${index + 1}`;
}

/**
 * The id of an assessment's sign-off form (render-sign-off-form.ts). The row links to the form's
 * heading, which takes focus, so a screen reader announces where the link led.
 */
export function signOffFormId(index: number): string {
  return `sign-off-${index + 1}`;
}

/** The id of an assessment's decision form (render-decision-form.ts), linked to like the sign-off form. */
export function decisionFormId(index: number): string {
  return `decision-${index + 1}`;
}

/** The system's risk assessments over time, oldest first, each with what can be done with it now. */
export function renderAssessments(detail: WebSystemDetail, actions: AssessmentActions): HTMLElement {
  const risk = detail.assessments.filter((link) => link.questionnaireId === 'risk');
  const start = createButton('Start a risk assessment', actions.start, {
    className: 'button button--primary',
    attributes: { 'data-action': 'start-assessment' },
  });
  const section = createElement('section', {
    className: 'register-section',
    attributes: { 'aria-labelledby': 'assessments-title' },
  });
  section.append(createElement('h3', { text: 'Assessments', attributes: { id: 'assessments-title' } }));
  if (risk.length === 0) {
    section.append(createElement('p', { text: 'This system has not been assessed yet.' }), start);
    return section;
  }
  // A second walkthrough beside an unfinished one is almost always a slip: offer "Continue" instead.
  const unfinished = risk.some(
    (link) => link.summary?.state === 'in-progress' || link.summary?.state === 'not-started',
  );
  const reassessed = new Set(risk.map((link) => link.reassessmentOf).filter((id) => id !== null));
  const nameOf = (sessionId: string | null) => {
    const index = risk.findIndex((link) => link.sessionId === sessionId);
    return index === -1 ? 'an earlier assessment' : assessmentName(index);
  };
  const rows = risk.map((link, index) => {
    const name = assessmentName(index);
    const summary = link.summary;
    const kind =
      link.reassessmentOf === null ? 'First assessment' : `Reassessment of ${nameOf(link.reassessmentOf)}`;
    const buttons: HTMLElement[] = [];
    const finished = summary !== null && (summary.state === 'completed' || summary.state === 'signed-off');
    if (summary !== null) {
      const open =
        summary.state === 'in-progress' || summary.state === 'not-started' ? 'Continue' : 'Open in chat';
      buttons.push(actionLink(open, chatPageUrl(link.sessionId), `${open} ${name}`, 'open-chat'));
    }
    if (finished) {
      buttons.push(actionLink('Report', actions.reportUrl(link.sessionId), `Report of ${name}`, 'report'));
    }
    if (summary?.state === 'completed' && summary.signOff === null) {
      buttons.push(
        actionLink(
          'Record decision',
          `#${decisionFormId(index)}-title`,
          `Record decision on ${name}`,
          'decide',
        ),
      );
      buttons.push(actionLink('Sign off', `#${signOffFormId(index)}-title`, `Sign off ${name}`, 'sign-off'));
    }
    if (summary?.state === 'signed-off' && !reassessed.has(link.sessionId)) {
      buttons.push(
        createButton('Reassess', () => actions.reassess(link.sessionId), {
          className: 'button button--secondary',
          attributes: { 'aria-label': `Reassess ${name}`, 'data-action': 'reassess' },
        }),
      );
    }
    if (finished && link.reassessmentOf !== null) {
      const earlier = nameOf(link.reassessmentOf);
      buttons.push(
        createButton('Changes', () => actions.showChanges(link, name, earlier), {
          className: 'button button--secondary',
          attributes: { 'aria-label': `Changes from ${earlier} to ${name}`, 'data-action': 'changes' },
        }),
      );
    }
    return createElement('tr', { attributes: { 'data-session': link.sessionId } }, [
      createElement('th', { attributes: { scope: 'row' } }, [
        createElement('span', { className: 'assessment-name', text: name }),
        createElement('span', { className: 'assessment-kind', text: kind }),
        ...(link.trigger === null
          ? []
          : [createElement('span', { className: 'assessment-kind', text: `Why: ${link.trigger}` })]),
      ]),
      createElement('td', { text: formatDay(link.startedAt) }),
      createElement('td', {
        className: 'assessment-state',
        text: summary === null ? 'No longer available' : stateLabel(summary.state),
      }),
      createElement('td', { text: summary?.level?.label ?? 'Not rated yet' }),
      createElement('td', { text: summary === null ? '' : String(summary.openItems) }),
      createElement('td', { className: 'assessment-sign-off', text: describeSignOff(link) }),
      createElement('td', {}, [createElement('div', { className: 'row-actions' }, buttons)]),
    ]);
  });
  const table = createElement('table', { className: 'register-table' }, [
    createElement('caption', { text: 'Risk assessments of this system, oldest first' }),
    createElement('thead', {}, [
      createElement(
        'tr',
        {},
        columns.map((column) => createElement('th', { text: column, attributes: { scope: 'col' } })),
      ),
    ]),
    createElement('tbody', {}, rows),
  ]);
  // The decision and the legal frameworks of where the system stands now: its latest finished assessment.
  const latestFinished = risk.findLastIndex(
    (link) => link.summary?.state === 'completed' || link.summary?.state === 'signed-off',
  );
  const latestSummary = risk[latestFinished]?.summary ?? null;
  const outcome =
    latestSummary === null
      ? []
      : [
          renderAssessmentOutcome(
            { name: assessmentName(latestFinished), summary: latestSummary },
            actions.documentUrl,
          ),
        ];
  section.append(
    createElement(
      'div',
      {
        className: 'table-scroll',
        attributes: { tabindex: '0', role: 'region', 'aria-label': 'Risk assessments' },
      },
      [table],
    ),
    ...outcome,
    unfinished
      ? createElement('p', {
          className: 'field__hint',
          text: 'An assessment is under way: continue it rather than start another.',
        })
      : createElement('div', { className: 'form__actions' }, [start]),
  );
  return section;
}

// The visible word names the action; the label adds which assessment, as every row has the same words.
function actionLink(text: string, href: string, label: string, action: string): HTMLAnchorElement {
  return createElement('a', {
    className: 'button button--secondary',
    text,
    attributes: { href, 'aria-label': label, 'data-action': action },
  });
}

function describeSignOff(link: WebAssessmentLink): string {
  const signOff = link.summary?.signOff ?? null;
  if (signOff === null) return 'Not signed off';
  const by = signOff.signatory.name ?? signOff.signatory.id;
  return `${labelOf(decisionChoices, signOff.decision)} by ${by} on ${formatDay(signOff.at)}`;
}
