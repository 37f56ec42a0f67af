import type { SystemDetail } from '../../agency/create-agency-service.ts';
import type { SystemOverview } from '../../agency/system-overview.ts';
import type { AssessmentSummary } from '../../conversation/assistant.ts';
import { inlineUserText } from '../../conversation/quote-user-text.ts';
import type { SystemRecord } from '../../register/system-record-schema.ts';
import { formatReportDay } from '../../reports/format-report-day.ts';
import { signOffDecisionLabels } from '../../reports/sign-off-decision-label.ts';

/** "list our systems": each system with its level, open items, next review and what is due. */
export function describeSystems(overviews: readonly SystemOverview[], timeZone: string): string {
  if (overviews.length === 0)
    return 'Your register has no systems yet. Say "register system" and its name to add one, e.g. "register system Face match".';
  const lines = overviews.map((overview) => {
    const { system } = overview;
    const standing =
      overview.latest === null
        ? 'not assessed yet'
        : [
            `level **${overview.level?.label ?? 'not rated yet'}**`,
            count(overview.openItems, 'open item'),
            ...(overview.waiting > 0 ? [`${count(overview.waiting, 'question')} waiting for someone`] : []),
            stateWords(overview.latest, timeZone),
          ].join(', ');
    const review = `next review ${overview.nextReviewDate === null ? 'not set' : calendarDay(overview.nextReviewDate)}`;
    const due = overview.dueText.length === 0 ? 'Nothing is due.' : `**Due:** ${overview.dueText.join(' ')}`;
    return `- **${inlineUserText(system.name)}** (${system.lifecycleStage}, ${system.sourcing}): ${standing}; ${review}. ${due}`;
  });
  const dueCount = overviews.filter((overview) => overview.due.length > 0).length;
  return [
    `**Your register: ${count(overviews.length, 'system')}, ${dueCount} due for review**`,
    '',
    ...lines,
    '',
    'Say "status of" and a system\'s name for its record and assessments.',
  ].join('\n');
}

/** "status of <system>": the record, what is due, and every assessment, oldest first. */
export function describeSystem(detail: SystemDetail, timeZone: string): string {
  const { system } = detail;
  const record = [
    ...(system.purpose === '' ? [] : [`Purpose: ${inlineUserText(system.purpose)}`]),
    ...(system.owner === '' ? [] : [`Owner: ${inlineUserText(system.owner)}`]),
    `Sourcing: ${sourcingWords(system)}`,
    `Stage: ${system.lifecycleStage}; status: ${system.status}`,
    `Next review: ${system.nextReviewDate === null ? 'not set' : calendarDay(system.nextReviewDate)}`,
    detail.dueText.length === 0 ? 'Nothing is due.' : `**Due:** ${detail.dueText.join(' ')}`,
  ];
  const assessments =
    detail.assessments.length === 0
      ? ['No assessment yet. Say "assess" and the system\'s name in a new thread to start one.']
      : detail.assessments.map((link, index) => {
          const earlier = detail.assessments.findIndex((each) => each.sessionId === link.reassessmentOf);
          const kind =
            link.questionnaireId === 'risk' ? 'Risk assessment' : `${link.questionnaireId} assessment`;
          const started = `${kind} started ${formatReportDay(link.startedAt, timeZone)}`;
          const of = earlier < 0 ? '' : `, reassessing number ${earlier + 1}`;
          const trigger = link.trigger === null ? '' : ` (why: ${inlineUserText(link.trigger)})`;
          const summary = link.summary;
          const standing =
            summary === null
              ? 'no longer stored'
              : [
                  stateWords(summary, timeZone),
                  `level ${summary.level?.label ?? 'not rated yet'}`,
                  count(summary.openItems, 'open item'),
                ].join(', ');
          return `${index + 1}. ${started}${of}${trigger}: ${standing}.`;
        });
  return [
    `**${inlineUserText(system.name)}**`,
    '',
    ...record.map((line) => `- ${line}`),
    '',
    `**Assessments (${detail.assessments.length})**`,
    '',
    ...assessments,
  ].join('\n');
}

/** Where an assessment stands, in words: signed off by whom and when, or what it waits for. */
export function stateWords(summary: AssessmentSummary, timeZone: string): string {
  const { signOff } = summary;
  if (signOff !== null) {
    const who = signOff.signatory.name ?? signOff.signatory.id;
    return `signed off ${formatReportDay(signOff.at, timeZone)} by ${inlineUserText(who)} (${signOffDecisionLabels[signOff.decision]})`;
  }
  switch (summary.state) {
    case 'not-started':
      return 'not started';
    case 'in-progress':
      return 'in progress';
    case 'completed':
      return 'completed, waiting for sign-off';
    case 'signed-off':
      return 'signed off';
    default:
      return summary.state satisfies never;
  }
}

function sourcingWords(system: SystemRecord): string {
  const vendor = system.vendor === null || system.vendor === '' ? '' : ` (${inlineUserText(system.vendor)})`;
  return `${system.sourcing}${vendor}`;
}

/** A register date (`YYYY-MM-DD`, already a day in the agency's zone) as "2 March 2027". */
function calendarDay(date: string): string {
  return formatReportDay(`${date}T12:00:00Z`, 'UTC');
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
