import { initialTransition, transition } from 'xstate';
import { AppError, type Result } from '../app-error.ts';
import { persistWalkthrough, restoreWalkthrough } from '../machines/persist-walkthrough.ts';
import type { WalkthroughEvent } from '../machines/walkthrough-events.ts';
import {
  createWalkthroughMachine,
  type WalkthroughMachine,
  type WalkthroughSnapshot,
} from '../machines/walkthrough-machine.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { AssessmentRecord } from './session-data.ts';

/** A questionnaire walkthrough loaded for one turn: its pinned definition, machine and current snapshot. */
export type LoadedWalkthrough = {
  definition: Questionnaire;
  machine: WalkthroughMachine;
  snapshot: WalkthroughSnapshot;
};

const machines = new Map<string, WalkthroughMachine>();

/** Machines are pure descriptions; one per definition version serves every session. */
function machineFor(definition: Questionnaire): WalkthroughMachine {
  const key = `${definition.id}@${definition.version}`;
  let machine = machines.get(key);
  if (machine === undefined) {
    machine = createWalkthroughMachine(definition);
    machines.set(key, machine);
  }
  return machine;
}

/** A fresh walkthrough on the latest version of the questionnaire. */
export function startWalkthrough(definition: Questionnaire): LoadedWalkthrough {
  const machine = machineFor(definition);
  const [snapshot] = initialTransition(machine);
  return { definition, machine, snapshot };
}

/** Restores a stored walkthrough against the exact definition version it was answered with. */
export function loadWalkthrough(
  registry: QuestionnaireRegistry,
  record: AssessmentRecord,
): Result<LoadedWalkthrough> {
  const definition = registry.get(record.definitionId, record.version);
  if (definition === undefined) {
    return {
      success: false,
      error: new AppError(
        'internal',
        `This session was answered against questionnaire ${record.definitionId} version ${record.version}, which is no longer installed.`,
      ),
    };
  }
  const machine = machineFor(definition);
  const restored = restoreWalkthrough(machine, record.snapshot);
  if (!restored.success) {
    return {
      success: false,
      error: new AppError('internal', 'The saved questionnaire state could not be read.', {
        cause: restored.error,
      }),
    };
  }
  return { success: true, data: { definition, machine, snapshot: restored.data } };
}

export function applyWalkthroughEvent(
  runtime: LoadedWalkthrough,
  event: WalkthroughEvent,
): LoadedWalkthrough {
  const [snapshot] = transition(runtime.machine, runtime.snapshot, event);
  return { ...runtime, snapshot };
}

export function toAssessmentRecord(runtime: LoadedWalkthrough): AssessmentRecord {
  return {
    definitionId: runtime.definition.id,
    version: runtime.definition.version,
    snapshot: persistWalkthrough(runtime.snapshot),
  };
}

/** `intro`, `asking`, `review` or `completed`. */
export function walkthroughStateName(runtime: LoadedWalkthrough): string {
  return String(runtime.snapshot.value);
}
