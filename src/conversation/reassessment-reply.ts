import { findQuestion } from '../machines/walkthrough-navigation.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { carriedFrom, carriedTexts } from './carried-answer-lines.ts';
import type { LoadedWalkthrough } from './load-walkthrough.ts';
import { positionReply } from './position-reply.ts';
import { lengthNotice } from './questionnaire-length.ts';
import type { ReplyParts } from './reply-parts.ts';
import type { SessionData } from './session-data.ts';

// Enough prompts to recognise what was lost; the rest are counted.
const listedDropped = 5;

/**
 * The first reply of a reassessment: what it starts from, what was carried over and what could
 * not be, then the first question (with its carried-over answer to keep or change).
 */
export function reassessmentReply(
  runtime: LoadedWalkthrough,
  session: { data: SessionData; timeZone: string; signedDefinition: Questionnaire },
): ReplyParts {
  const { definition } = runtime;
  const carried = session.data.carriedOver;
  const context = { carried, timeZone: session.timeZone };
  const count = carried === undefined ? 0 : Object.keys(carried.answers).length;
  const dropped = carried?.dropped ?? [];
  const lines = [
    `**Reassessment: ${definition.title}** (version ${definition.version})`,
    '',
    `This reassessment starts from ${carriedFrom(context)}${carried === undefined || carried.fromVersion === definition.version ? '' : ` (version ${carried.fromVersion})`}.`,
    count === 0
      ? 'No answer could be carried over: every question is asked afresh.'
      : `${count === 1 ? '1 answer was' : `${count} answers were`} carried over. Each one waits at its question to keep or to answer again: ${carriedTexts.countsForNothing}.`,
  ];
  if (dropped.length > 0) {
    const prompts = dropped
      .slice(0, listedDropped)
      .map((questionId) => findQuestion(session.signedDefinition, questionId)?.prompt ?? questionId);
    const more = dropped.length > listedDropped ? ` (and ${dropped.length - listedDropped} more)` : '';
    lines.push(
      '',
      `${dropped.length === 1 ? '1 earlier answer was' : `${dropped.length} earlier answers were`} not carried over, because version ${definition.version} no longer asks the question or no longer accepts that answer: ${prompts.join('; ')}${more}.`,
    );
  }
  lines.push('', lengthNotice(definition, runtime.snapshot.context));
  const position = positionReply(runtime, session);
  return {
    ...position,
    messages: [{ kind: 'info', text: lines.join('\n'), citations: [] }, ...position.messages],
  };
}
