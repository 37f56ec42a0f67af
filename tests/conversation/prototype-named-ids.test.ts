import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';
import { createTestAssistant, newSession, send } from './assistant-fixture.ts';
import { prototypeNames } from './prototype-names.ts';

/**
 * The pilot questionnaire as an agency might name it: questionnaire id `constructor`, and its
 * first question (yes/no) also `constructor`, the only required one, so it alone blocks submitting.
 * Both are valid ids (lowercase words).
 */
function constructorQuestionnaire(): Questionnaire {
  const definition = structuredClone(pilotQuestionnaire);
  definition.id = 'constructor';
  const first = definition.sections[0]?.questions[0];
  if (first === undefined) throw new Error('the pilot questionnaire has no first question');
  const oldId = first.id;
  first.id = 'constructor';
  // Conditions that named the renamed question follow it.
  const rename = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll(`"question":"${oldId}"`, '"question":"constructor"'));
  for (const section of definition.sections)
    for (const question of section.questions) {
      if (question.showIf !== undefined) question.showIf = rename(question.showIf) as typeof question.showIf;
      question.required = question === first;
    }
  return definition;
}

describe('createAssistant with ids named like Object.prototype members', () => {
  it('starts an agency questionnaire whose id and first question are "constructor"', async () => {
    const assistant = createAssistant({
      store: createMemorySessionStore(),
      questionnaires: createDefaultQuestionnaireRegistry([constructorQuestionnaire()]),
      knowledgeBase: loadBuiltInKnowledgeBase(),
    });
    const sessionId = await newSession(assistant);
    const started = await assistant.handleTurn({ sessionId, action: 'start:constructor' });
    expect(started.success === false && started.error.code).toBe(false);
    const reply = started.success ? started.data : undefined;
    expect(reply?.progress?.answered).toBe(0);
    const intro = await send(assistant, sessionId, { action: 'begin' });
    expect(intro.question?.id).toBe('constructor');
    // The required question is unanswered: review lists it as open and submitting is refused.
    const review = await send(assistant, sessionId, { action: 'review' });
    expect(review.review?.items.find((item) => item.questionId === 'constructor')?.answer).toBeNull();
    const submitted = await send(assistant, sessionId, { action: 'submit' });
    expect(submitted.state).not.toBe('constructor.completed');
    expect(submitted.messages.some((message) => message.kind === 'error')).toBe(true);
  });

  it.each(prototypeNames)('answers a report request for questionnaire "%s" with not-found', async (name) => {
    const { assistant } = createTestAssistant();
    const sessionId = await newSession(assistant);
    await send(assistant, sessionId, { action: 'start:readiness' });
    const report = await assistant.report(sessionId, { questionnaireId: name, format: 'md' });
    expect(report.success === false && report.error.code).toBe('not-found');
    expect(report.success === false && report.error.userMessage).toBe(
      `This session has no answers to the "${name}" questionnaire.`,
    );
  });
});
