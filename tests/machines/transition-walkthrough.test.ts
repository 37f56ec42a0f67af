import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { transitionWalkthrough } from '../../src/machines/transition-walkthrough.ts';
import { walkthroughMachineFor } from '../../src/machines/walkthrough-machine-for.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { pilotQuestionnaire } from './fixtures/pilot-questionnaire.ts';
import { smallRiskQuestionnaire } from './fixtures/small-risk-questionnaire.ts';
import { builtInDefinitions } from './real-definitions.ts';
import { walkthroughEvents } from './walkthrough-arbitraries.ts';
import { stateOf } from './walkthrough-driver.ts';

const definitions: Array<[string, Questionnaire]> = [
  pilotQuestionnaire,
  smallRiskQuestionnaire,
  ...builtInDefinitions(),
].map((definition) => [`${definition.id} ${definition.version}`, definition]);

describe.each(definitions)('transitionWalkthrough (%s)', (_, definition) => {
  const machine = walkthroughMachineFor(definition);

  test.prop([fc.array(walkthroughEvents(definition), { maxLength: 40 })], { numRuns: 100 })(
    'gives the snapshot xstate’s transition gives, event after event, with no actions left to run',
    (events) => {
      let expected = initialTransition(machine)[0];
      let actual = expected;
      for (const event of events) {
        const [next, actions] = transition(machine, expected, event);
        expect(actions).toEqual([]);
        expected = next;
        actual = transitionWalkthrough(machine, actual, event);
        expect(stateOf(actual)).toEqual(stateOf(expected));
      }
    },
  );
});
