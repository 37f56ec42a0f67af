import type { Questionnaire } from '../questionnaires/schema.ts';
import { createWalkthroughMachine, type WalkthroughMachine } from './walkthrough-machine.ts';

const machines = new WeakMap<Questionnaire, WalkthroughMachine>();

/**
 * The walkthrough machine of a definition, generated on first use. Machines are pure descriptions,
 * so one per definition serves every session answered against it. Keyed by the definition itself,
 * not its id and version: two registries may hold different definitions under the same pair.
 */
export function walkthroughMachineFor(definition: Questionnaire): WalkthroughMachine {
  let machine = machines.get(definition);
  if (machine === undefined) {
    machine = createWalkthroughMachine(definition);
    machines.set(definition, machine);
  }
  return machine;
}
