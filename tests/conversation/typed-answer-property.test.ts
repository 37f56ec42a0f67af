import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { applyTurn } from '../../src/conversation/apply-turn.ts';
import {
  applyWalkthroughEvent,
  type LoadedWalkthrough,
  startWalkthrough,
  toAssessmentRecord,
} from '../../src/conversation/load-walkthrough.ts';
import { createEmptySessionData, type SessionData } from '../../src/conversation/session-data.ts';
import type { TurnDependencies } from '../../src/conversation/turn-dependencies.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { persistedWalkthroughSchema } from '../../src/machines/persist-walkthrough.ts';
import { currentQuestion } from '../../src/machines/progress.ts';
import { answerChoices } from '../../src/questionnaires/answer-choices.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { exactReadings } from '../interpretation/exact-readings.ts';
import phrasingsJson from '../interpretation/phrasings.json' with { type: 'json' };

const registry = createDefaultQuestionnaireRegistry();
const at = '2026-01-01T00:00:00.000Z';
const dependencies: TurnDependencies = {
  questionnaires: registry,
  knowledgeBase: loadBuiltInKnowledgeBase(),
  // Toolkit questions are not what this checks: a fixed answer keeps the runs fast.
  askKnowledge: async () => ({
    text: 'A Toolkit answer.',
    citations: [],
    covered: true,
    method: 'extractive',
  }),
};

/** Every question a walk that picks first options reaches, with the walkthrough standing on it. */
function positionsOf(id: string): LoadedWalkthrough[] {
  const definition = registry.latest(id);
  if (definition === undefined) throw new Error(`No ${id} questionnaire.`);
  let runtime = applyWalkthroughEvent(startWalkthrough(definition), { type: 'walkthrough.start', at });
  const positions: LoadedWalkthrough[] = [];
  for (let shown = currentQuestion(definition, runtime.snapshot.context); shown !== null; ) {
    positions.push(runtime);
    const first = answerChoices(definition, shown.question)[0];
    const value =
      first === undefined
        ? 'A test answer'
        : shown.question.kind === 'multiple'
          ? [String(first.value)]
          : first.value;
    runtime = applyWalkthroughEvent(runtime, { type: 'answer.submit', value, at });
    shown = currentQuestion(definition, runtime.snapshot.context);
  }
  return positions;
}

const positions = [...positionsOf('readiness'), ...positionsOf('risk')];
const phrasingTexts = phrasingsJson.phrasings.map((row) => row.text);
const fragments = [
  'yes',
  'no',
  'not',
  'none',
  'all',
  'three',
  '2',
  '2)',
  'likely',
  'in place',
  'partly',
  'and',
  ',',
];

function sessionAt(runtime: LoadedWalkthrough): SessionData {
  const id = runtime.definition.id;
  return {
    ...createEmptySessionData(),
    conversation: { state: 'walkthrough', activeQuestionnaireId: id },
    assessments: { [id]: toAssessmentRecord(runtime) },
  };
}

function textsAt(index: number) {
  const runtime = positions[index];
  const shown = runtime === undefined ? null : currentQuestion(runtime.definition, runtime.snapshot.context);
  const names =
    runtime === undefined || shown === null
      ? []
      : answerChoices(runtime.definition, shown.question).flatMap((choice) => [
          choice.label,
          ...choice.synonyms,
        ]);
  const pieces = [...fragments, ...names, ...names.flatMap((name) => name.split(' '))];
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...phrasingTexts),
    fc.constantFrom(...pieces),
    fc
      .array(fc.constantFrom(...pieces, ...fragments), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join(' ')),
  );
}

describe('applyTurn with free text at a question', () => {
  test.prop([fc.nat(positions.length - 1).chain((index) => fc.tuple(fc.constant(index), textsAt(index)))], {
    numRuns: 400,
  })(
    'records an exact reading of the text and echoes it, or records nothing (a proposal or a refusal)',
    async ([index, text]) => {
      const runtime = positions[index];
      const shown =
        runtime === undefined ? null : currentQuestion(runtime.definition, runtime.snapshot.context);
      if (runtime === undefined || shown === null) throw new Error('No question at this position.');
      const turn = await applyTurn(sessionAt(runtime), { text, at, actor: undefined }, dependencies);
      if (!turn.success) throw turn.error;
      const before = runtime.snapshot.context.answers;
      const record = turn.data.data.assessments[runtime.definition.id];
      const after = persistedWalkthroughSchema.parse(record?.snapshot).context;
      const changed = Object.entries(after.answers).filter(
        ([id, answer]) =>
          JSON.stringify(Object.hasOwn(before, id) ? before[id] : null) !== JSON.stringify(answer),
      );
      const said = turn.data.parts.messages.map((message) => message.text).join('\n');
      const offersProposal = turn.data.parts.quickReplies.some(
        (quickReply) => quickReply.id === 'proposal:confirm',
      );
      if (changed.length === 0) {
        expect(offersProposal).toBe(after.pendingProposal !== null);
        return;
      }
      expect(changed.map(([id]) => id)).toEqual([shown.question.id]);
      expect(exactReadings(runtime.definition, shown.question, text)).toContainEqual(changed[0]?.[1].value);
      expect(said).toContain('Recorded:');
      expect(offersProposal).toBe(false);
    },
  );
});
