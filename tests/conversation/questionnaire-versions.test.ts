import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import {
  createDefaultQuestionnaireRegistry,
  createQuestionnaireRegistry,
} from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { newSession, send } from './assistant-fixture.ts';

describe('createAssistant and questionnaire versions', () => {
  it('keeps a session answered against risk v1 on v1 once RAIA ships v2, and starts new ones on v2', async () => {
    const store = createMemorySessionStore();
    const knowledgeBase = loadBuiltInKnowledgeBase();
    // The release before v2: only version 1 of each questionnaire.
    const v1Only = builtInQuestionnaires().filter((definition) => definition.version === '1');
    const before = createAssistant({
      store,
      questionnaires: createQuestionnaireRegistry(v1Only),
      knowledgeBase,
    });
    const sessionId = await newSession(before);
    await send(before, sessionId, { action: 'start:risk' });
    await send(before, sessionId, { text: 'Custody image matcher' });

    const after = createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry(),
      knowledgeBase,
    });
    const resumed = await send(after, sessionId, { action: 'where-was-i' });
    expect(resumed.question?.id).toBe('system-purpose');
    const view = await after.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.version).toBe('1');

    const fresh = await newSession(after);
    await send(after, fresh, { action: 'start:risk' });
    const freshView = await after.getSession(fresh);
    if (!freshView.success) throw freshView.error;
    expect(freshView.data.answers.risk?.version).toBe('3');
  });

  it('keeps a session on the version it was answered against after a newer version is installed', async () => {
    const store = createMemorySessionStore();
    const knowledgeBase = loadBuiltInKnowledgeBase();
    const before = createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry(),
      knowledgeBase,
    });
    const sessionId = await newSession(before);
    await send(before, sessionId, { action: 'start:risk' });
    await send(before, sessionId, { text: 'Versioned system' });

    // An agency drops in version 4 (here: a retitled first question); RAIA restarts with it installed.
    const risk = createDefaultQuestionnaireRegistry().latest('risk');
    if (risk === undefined) throw new Error('no built-in risk questionnaire');
    const version4 = structuredClone(risk);
    version4.version = '4';
    const firstQuestion = version4.sections[0]?.questions[0];
    if (firstQuestion) firstQuestion.prompt = 'What is the system called (version 4)?';
    const after = createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry([version4]),
      knowledgeBase,
    });

    const resumed = await send(after, sessionId, { action: 'where-was-i' });
    expect(resumed.question?.id).toBe('system-purpose');
    const view = await after.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.version).toBe('3');
    expect(view.data.answers.risk?.answers['system-name']?.value).toBe('Versioned system');

    const fresh = await newSession(after);
    const started = await send(after, fresh, { action: 'start:risk' });
    expect(started.question?.prompt).toBe('What is the system called (version 4)?');
    const freshView = await after.getSession(fresh);
    if (!freshView.success) throw freshView.error;
    expect(freshView.data.answers.risk?.version).toBe('4');
  });
});
