import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { newSession, send } from './assistant-fixture.ts';

describe('createAssistant and questionnaire versions', () => {
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

    // An agency drops in version 2 (here: a retitled first question); RAIA restarts with it installed.
    const risk = builtInQuestionnaires().find((definition) => definition.id === 'risk');
    if (risk === undefined) throw new Error('no built-in risk questionnaire');
    const version2 = structuredClone(risk);
    version2.version = '2';
    const firstQuestion = version2.sections[0]?.questions[0];
    if (firstQuestion) firstQuestion.prompt = 'What is the system called (version 2)?';
    const after = createAssistant({
      store,
      questionnaires: createDefaultQuestionnaireRegistry([version2]),
      knowledgeBase,
    });

    const resumed = await send(after, sessionId, { action: 'where-was-i' });
    expect(resumed.question?.id).toBe('system-purpose');
    const view = await after.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.answers.risk?.version).toBe('1');
    expect(view.data.answers.risk?.answers['system-name']?.value).toBe('Versioned system');

    const fresh = await newSession(after);
    const started = await send(after, fresh, { action: 'start:risk' });
    expect(started.question?.prompt).toBe('What is the system called (version 2)?');
    const freshView = await after.getSession(fresh);
    if (!freshView.success) throw freshView.error;
    expect(freshView.data.answers.risk?.version).toBe('2');
  });
});
