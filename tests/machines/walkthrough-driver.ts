import { initialTransition, transition } from 'xstate';
import type { WalkthroughEvent } from '../../src/machines/walkthrough-events.ts';
import type { WalkthroughMachine, WalkthroughSnapshot } from '../../src/machines/walkthrough-machine.ts';
import type { AnswerValue } from '../../src/questionnaires/answers.ts';

export const at = '2026-01-01T09:00:00.000Z';

/** Applies events with xstate's pure `transition`, from the initial snapshot unless one is given. */
export function run(
  machine: WalkthroughMachine,
  events: WalkthroughEvent[],
  from: WalkthroughSnapshot = initialTransition(machine)[0],
): WalkthroughSnapshot {
  return events.reduce((snapshot, event) => transition(machine, snapshot, event)[0], from);
}

export function submit(value: AnswerValue) {
  return { type: 'answer.submit', value, at } as const;
}

export const start = { type: 'walkthrough.start', at } as const;

/** The parts of a snapshot that matter: its state and context. */
export function stateOf(snapshot: WalkthroughSnapshot) {
  return { value: snapshot.value, context: snapshot.context, status: snapshot.status };
}
