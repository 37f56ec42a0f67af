import { createElement } from '../create-element.ts';
import type { RegisterApi } from './register-api.ts';
import { chatPageUrl } from './register-links.ts';
import type { WebAssessmentLink, WebSystemDetail } from './register-schemas.ts';
import { renderAssessmentDiff } from './render-assessment-diff.ts';
import { assessmentName, decisionFormId, renderAssessments, signOffFormId } from './render-assessments.ts';
import { renderDecisionForm } from './render-decision-form.ts';
import { renderIncidents } from './render-incidents.ts';
import { renderRecord } from './render-record.ts';
import { renderSignOffForm } from './render-sign-off-form.ts';
import type { StatusLine } from './status-line.ts';

/**
 * One system's page: its record, its assessments and what can be done with them. After a change
 * the page is drawn again from the server (what it shows is always what was saved) and focus goes
 * to the status line that says what happened, since the control that was used is gone.
 */
export function showSystemPage(view: HTMLElement, status: StatusLine, api: RegisterApi, systemId: string) {
  let busy = false;

  async function load(message?: string): Promise<void> {
    const detail = await api.getSystem(systemId);
    if (!detail.success) {
      const title = detail.error.status === 404 ? 'System not found' : 'The system could not be loaded';
      view.replaceChildren(
        createElement('h2', { className: 'register-title', text: title }),
        createElement('p', { text: detail.error.message }),
        createElement('p', {}, [
          createElement('a', { text: 'Back to all systems', attributes: { href: 'register.html' } }),
        ]),
      );
      status.say(detail.error.message, 'error');
      return;
    }
    draw(detail.data);
    if (message !== undefined) status.say(message, 'info', { focus: true });
  }

  function draw(detail: WebSystemDetail): void {
    document.title = `${detail.system.name} – RAIA register`;
    const changes = createElement('section', {
      className: 'register-section changes',
      attributes: { id: 'changes', 'aria-labelledby': 'changes-title' },
    });
    changes.hidden = true;
    const risk = detail.assessments.filter((link) => link.questionnaireId === 'risk');
    // Decide, then sign: each completed, unsigned assessment gets both forms, in that order.
    const reviewForms = risk.flatMap((link, index) =>
      link.summary?.state === 'completed' && link.summary.signOff === null
        ? [
            renderDecisionForm(
              {
                sessionId: link.sessionId,
                name: assessmentName(index),
                formId: decisionFormId(index),
                current: link.summary.decision?.decision ?? null,
              },
              api,
              (message) => void load(message),
            ),
            renderSignOffForm(
              { sessionId: link.sessionId, name: assessmentName(index), formId: signOffFormId(index) },
              api,
              (message) => void load(message),
            ),
          ]
        : [],
    );
    view.replaceChildren(
      createElement('p', { className: 'breadcrumb' }, [
        createElement('a', { text: 'All systems', attributes: { href: 'register.html' } }),
      ]),
      createElement('h2', {
        className: 'register-title',
        text: detail.system.name,
        attributes: { id: 'system-title' },
      }),
      renderRecord(detail, api, (message) => void load(message)),
      renderAssessments(detail, {
        start: () => void handOver(() => api.startAssessment(systemId), 'Starting the assessment…'),
        reassess: (sessionId) => void handOver(() => api.reassess(sessionId), 'Starting the reassessment…'),
        showChanges: (link, name, earlierName) => void showChanges(changes, link, name, earlierName),
        reportUrl: api.reportUrl,
        documentUrl: api.documentUrl,
      }),
      ...reviewForms.map((form) =>
        createElement(
          'section',
          { className: 'register-section', attributes: { 'aria-labelledby': `${form.id}-title` } },
          [form],
        ),
      ),
      changes,
      renderIncidents(detail.system, api, (message) => void load(message)),
    );
  }

  /** Starts a session and opens the chat page on it, where the questions are answered. */
  async function handOver(
    start: () => ReturnType<RegisterApi['startAssessment']>,
    progress: string,
  ): Promise<void> {
    if (busy) return;
    busy = true;
    status.say(progress);
    const started = await start();
    busy = false;
    if (!started.success) {
      status.say(`The assessment could not be started: ${started.error.message}`, 'error');
      return;
    }
    window.location.assign(chatPageUrl(started.data.sessionId));
  }

  async function showChanges(
    slot: HTMLElement,
    link: WebAssessmentLink,
    name: string,
    earlierName: string,
  ): Promise<void> {
    if (link.reassessmentOf === null) return;
    status.say('Loading the changes…');
    const diff = await api.diff(link.sessionId, link.reassessmentOf);
    if (!diff.success) {
      status.say(`The changes could not be loaded: ${diff.error.message}`, 'error');
      return;
    }
    status.say('');
    slot.replaceChildren(...renderAssessmentDiff(diff.data, `Changes from ${earlierName} to ${name}`));
    slot.hidden = false;
    slot.querySelector<HTMLElement>('#changes-title')?.focus();
  }

  return { load };
}
