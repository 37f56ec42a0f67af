import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/conversation/create-assistant.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { createQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { questionSchema } from '../../src/questionnaires/schema.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';
import { newSession, send } from './assistant-fixture.ts';

const knowledgeBase = loadBuiltInKnowledgeBase();

describe('createAssistant', () => {
  it('walks each registry through its own definition when two share an id and version', async () => {
    // Two deployments in one process (tests, an agency's own pilot): same id and version, other questions.
    const [first, ...rest] = pilotQuestionnaire.sections;
    if (first === undefined) throw new Error('the pilot has sections');
    const scope = questionSchema.parse({
      id: 'agency-scope',
      kind: 'text',
      prompt: 'Which unit will use the system?',
      help: 'Name the unit.',
    });
    const extended = {
      ...pilotQuestionnaire,
      sections: [{ ...first, questions: [scope, ...first.questions] }, ...rest],
    };
    const assistants = [pilotQuestionnaire, extended].map((definition) =>
      createAssistant({
        store: createMemorySessionStore(),
        questionnaires: createQuestionnaireRegistry([definition]),
        knowledgeBase,
      }),
    );
    const prompts: string[] = [];
    for (const assistant of assistants) {
      const sessionId = await newSession(assistant);
      await send(assistant, sessionId, { action: 'start:pilot' });
      prompts.push((await send(assistant, sessionId, { action: 'begin' })).question?.prompt ?? '');
    }
    expect(prompts).toEqual(['Does the system process biometric data?', 'Which unit will use the system?']);
  });
});
