import { describe, expect, it } from 'vitest';
import type { SessionExport } from '../../src/conversation/assistant.ts';
import { createMemorySessionStore } from '../../src/sessions/memory-session-store.ts';
import { createTestAssistant } from './assistant-fixture.ts';
import { editSnapshot, readinessExport } from './export-fixture.ts';
import { prototypeNames } from './prototype-names.ts';

type Edit = (document: SessionExport) => void;

const completedAt = '2026-01-01T00:10:00.000Z';

/** States no conversation with RAIA can produce, each made from a real export. */
const unreachable: Array<[string, Edit, RegExp]> = [
  [
    'an assessment marked completed with no answers',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        snapshot.value = 'completed';
        snapshot.context.answers = {};
        snapshot.context.currentQuestionId = null;
        snapshot.context.completedAt = completedAt;
      }),
    /marked completed.*"ai-strategy"/,
  ],
  [
    'a completed assessment with a required answer removed',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        delete snapshot.context.answers['leadership-involvement'];
      }),
    /"leadership-involvement" has no answer/,
  ],
  [
    'a risk entry holding a readiness record',
    (document) => {
      const { assessments } = document.session.data;
      if (assessments.readiness) assessments.risk = assessments.readiness;
      delete assessments.readiness;
    },
    /"risk" entry holds answers to the readiness questionnaire/,
  ],
  [
    'an answer to a question the definition does not have',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        snapshot.context.answers['no-such-question'] = { value: 'yes', answeredAt: completedAt };
      }),
    /no-such-question/,
  ],
  [
    'a cursor outside the definition',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        snapshot.value = 'asking';
        snapshot.context.completedAt = null;
        snapshot.context.currentQuestionId = 'no-such-question';
      }),
    /no-such-question/,
  ],
  [
    'a cursor on a question its own answers hide',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        const strategy = snapshot.context.answers['ai-strategy'];
        if (strategy) strategy.value = 'no';
        snapshot.value = 'asking';
        snapshot.context.completedAt = null;
        snapshot.context.currentQuestionId = 'strategy-covers-rights';
      }),
    /"strategy-covers-rights" does not apply/,
  ],
  [
    'answers to a walkthrough that never started',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        snapshot.value = 'intro';
        snapshot.context.completedAt = null;
        snapshot.context.startedAt = null;
      }),
    /never started/,
  ],
  [
    'an answer in a form RAIA never stores',
    (document) =>
      editSnapshot(document, 'readiness', (snapshot) => {
        const notes = Object.values(snapshot.context.answers).find(
          (record) => typeof record.value === 'string' && record.value.includes(' '),
        );
        if (notes) notes.value = `   ${notes.value}   `;
      }),
    /is not in the form RAIA stores/,
  ],
  [
    'a walkthrough with no questionnaire',
    (document) => {
      document.session.data.conversation = { state: 'walkthrough', activeQuestionnaireId: null };
    },
    /questionnaire in progress/,
  ],
  [
    'an active questionnaire the session holds no answers to',
    (document) => {
      document.session.data.conversation = { state: 'walkthrough', activeQuestionnaireId: 'risk' };
    },
    /"risk".*no answers/,
  ],
];

describe('importSession', () => {
  it.each(unreachable)('refuses %s with 422 and keeps no session', async (_name, edit, message) => {
    const store = createMemorySessionStore();
    const { assistant } = createTestAssistant({ store });
    const document = await readinessExport(assistant);
    const before = (await store.list()).length;
    edit(document);
    const imported = await assistant.importSession(document);
    expect(imported.success).toBe(false);
    if (imported.success) return;
    expect(imported.error.code).toBe('unprocessable');
    expect(imported.error.userMessage).toMatch(/^This file cannot be imported: /);
    expect(imported.error.userMessage).toMatch(message);
    expect(await store.list()).toHaveLength(before);
  });

  it('still imports every state a conversation can reach: completed, in progress, reopened at the intro', async () => {
    const { assistant } = createTestAssistant();
    const completed = await readinessExport(assistant);
    const inProgress = await readinessExport(assistant, { firstOnly: true });
    const backAtIntro = editSnapshot(
      await readinessExport(assistant, { firstOnly: true }),
      'readiness',
      (snapshot) => {
        snapshot.value = 'intro';
        snapshot.context.currentQuestionId = null;
      },
    );
    for (const document of [completed, inProgress, backAtIntro]) {
      const imported = await assistant.importSession(document);
      expect(imported.success === false && imported.error.userMessage).toBe(false);
    }
  });

  /** Every id in an export that RAIA looks something up by. */
  const idFields: Array<[string, (document: SessionExport, name: string) => void]> = [
    [
      'activeQuestionnaireId',
      (document, name) => {
        document.session.data.conversation = { state: 'walkthrough', activeQuestionnaireId: name };
      },
    ],
    [
      'an assessments key',
      (document, name) => {
        const record = document.session.data.assessments.readiness;
        if (record === undefined) throw new Error('the export has no readiness answers');
        // fromEntries makes even `__proto__` an own key, as JSON.parse of a file does.
        document.session.data.assessments = Object.fromEntries([[name, record]]);
      },
    ],
    [
      'definitionId',
      (document, name) => {
        const record = document.session.data.assessments.readiness;
        if (record) record.definitionId = name;
      },
    ],
    [
      'version',
      (document, name) => {
        const record = document.session.data.assessments.readiness;
        if (record) record.version = name;
      },
    ],
    [
      'currentQuestionId',
      (document, name) =>
        editSnapshot(document, 'readiness', (snapshot) => {
          snapshot.context.currentQuestionId = name;
        }),
    ],
    [
      'an answer key',
      (document, name) =>
        editSnapshot(document, 'readiness', (snapshot) => {
          snapshot.context.answers = JSON.parse(`{${JSON.stringify(name)}:{"value":"yes","answeredAt":"x"}}`);
        }),
    ],
    [
      'an option value',
      (document, name) =>
        editSnapshot(document, 'readiness', (snapshot) => {
          const strategy = snapshot.context.answers['ai-strategy'];
          if (strategy) strategy.value = name;
        }),
    ],
    [
      'explainedQuestionId',
      (document, name) =>
        editSnapshot(document, 'readiness', (snapshot) => {
          snapshot.context.explainedQuestionId = name;
        }),
    ],
    [
      'the pending proposal',
      (document, name) =>
        editSnapshot(document, 'readiness', (snapshot) => {
          snapshot.context.pendingProposal = { questionId: 'strategy-covers-rights', value: name };
        }),
    ],
  ];
  const cases = idFields.flatMap(([field, edit]) =>
    prototypeNames.map((name) => [field, name, edit] as const),
  );

  it.each(cases)('refuses %s named "%s" with a clear 4xx error', async (_field, name, edit) => {
    const { assistant } = createTestAssistant();
    const document = await readinessExport(assistant, { firstOnly: true });
    edit(document, name);
    const imported = await assistant.importSession(JSON.parse(JSON.stringify(document)));
    expect(imported.success).toBe(false);
    if (imported.success) return;
    expect(['bad-request', 'unprocessable']).toContain(imported.error.code);
    expect(imported.error.userMessage).toMatch(
      /^This (file cannot be imported|is not a RAIA session export): /,
    );
  });
});
