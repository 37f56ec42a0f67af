import { createActor } from 'xstate';
import type { WalkthroughEvent } from './walkthrough-events.ts';
import type { WalkthroughMachine, WalkthroughSnapshot } from './walkthrough-machine.ts';

type WalkthroughScope = Parameters<WalkthroughMachine['transition']>[2];

const scopes = new WeakMap<WalkthroughMachine, WalkthroughScope>();

/**
 * The same snapshot as xstate's pure `transition(machine, snapshot, event)`, without its cost per
 * call: that helper builds a throwaway actor (which works out the machine's initial state) and a
 * system for every event. The walkthrough machine's actions are all `assign`s (it spawns nothing,
 * emits nothing and runs no action of its own, which the helper would only have collected), so one
 * inert scope per machine serves every transition. tests/machines/transition-walkthrough.test.ts
 * holds the two to the same results.
 */
export function transitionWalkthrough(
  machine: WalkthroughMachine,
  snapshot: WalkthroughSnapshot,
  event: WalkthroughEvent,
): WalkthroughSnapshot {
  return machine.transition(snapshot, event, scopeFor(machine));
}

function scopeFor(machine: WalkthroughMachine): WalkthroughScope {
  let scope = scopes.get(machine);
  if (scope === undefined) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => undefined,
      defer: () => undefined,
      emit: () => undefined,
      stopChild: () => undefined,
      actionExecutor: () => undefined,
    };
    scopes.set(machine, scope);
  }
  return scope;
}
