import { beforeAll, describe, expect, it } from 'vitest';
import { createWalkthroughMachine } from '../../src/machines/walkthrough-machine.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from './fixtures/small-risk-questionnaire.ts';
import { builtInDefinitions } from './real-definitions.ts';
import { walkthroughPaths } from './walkthrough-paths.ts';

const definitions: Array<[string, Questionnaire]> = [
  ['pilot fixture', pilotQuestionnaire],
  ['small-risk fixture', smallRiskQuestionnaire],
  ...builtInDefinitions().map((definition): [string, Questionnaire] => [
    `${definition.id} ${definition.version}`,
    definition,
  ]),
];

describe.each(definitions)('createWalkthroughMachine(%s) paths', (_, definition) => {
  let paths: ReturnType<typeof walkthroughPaths> = [];
  beforeAll(() => {
    paths = walkthroughPaths(createWalkthroughMachine(definition), definition);
  });

  it('reaches every question of the definition', () => {
    const asked = new Set(paths.map((path) => path.state.context.currentQuestionId));
    const ids = definition.sections.flatMap((section) => section.questions.map((question) => question.id));
    expect(ids.filter((id) => !asked.has(id))).toEqual([]);
  });

  it('reaches completed, with every shown required question answered', () => {
    const completed = paths.filter((path) => path.state.value === 'completed');
    expect(completed.length).toBeGreaterThan(0);
    for (const path of completed) expect(path.state.context.completedAt).not.toBeNull();
  });
});
