import { initialTransition } from 'xstate';
import { AppError, type Result } from '../app-error.ts';
import { persistWalkthrough, restoreWalkthrough } from '../machines/persist-walkthrough.ts';
import { transitionWalkthrough } from '../machines/transition-walkthrough.ts';
import type { WalkthroughEvent } from '../machines/walkthrough-events.ts';
import type { WalkthroughMachine, WalkthroughSnapshot } from '../machines/walkthrough-machine.ts';
import { walkthroughMachineFor } from '../machines/walkthrough-machine-for.ts';
import type { AppliedPack } from '../questionnaires/applied-pack.ts';
import { deepFreeze } from '../questionnaires/deep-freeze.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import type { AssessmentRecord } from './session-data.ts';

/** A questionnaire walkthrough loaded for one turn: its pinned definition, machine and current snapshot. */
export type LoadedWalkthrough = {
  /** Composed with `packs` when the session has framework packs (frameworks/compose-with-packs.ts). */
  definition: Questionnaire;
  /** The framework packs the walkthrough was started with, by exact version; none for most. */
  packs: readonly AppliedPack[];
  machine: WalkthroughMachine;
  snapshot: WalkthroughSnapshot;
};

/**
 * The snapshot each stored record was written from (`toAssessmentRecord`), by the record's frozen
 * snapshot object: loading a record this process wrote itself (a session blob it still holds, see
 * session-data-cache.ts) resumes that snapshot instead of parsing and checking it again. A record
 * read from the store is a new object, found nowhere here, and is checked in full.
 */
const writtenSnapshots = new WeakMap<
  object,
  { machine: WalkthroughMachine; snapshot: WalkthroughSnapshot }
>();

/** A fresh walkthrough on a definition (the registry's starting point: latest version, with its packs). */
export function startWalkthrough(
  definition: Questionnaire,
  packs: readonly AppliedPack[] = [],
): LoadedWalkthrough {
  const machine = walkthroughMachineFor(definition);
  const [snapshot] = initialTransition(machine);
  return { definition, packs, machine, snapshot };
}

/** Restores a stored walkthrough against the exact definition version it was answered with. */
export function loadWalkthrough(
  registry: QuestionnaireRegistry,
  record: AssessmentRecord,
): Result<LoadedWalkthrough> {
  const packs = record.packs ?? [];
  const definition = registry.get(record.definitionId, record.version, packs);
  if (definition === undefined) {
    const withPacks = packs
      .map((pack) => ` with framework pack ${pack.id} version ${pack.version}`)
      .join(',');
    return {
      success: false,
      error: new AppError(
        'internal',
        `This session was answered against questionnaire ${record.definitionId} version ${record.version}${withPacks}, which is no longer installed.`,
      ),
    };
  }
  const machine = walkthroughMachineFor(definition);
  const written =
    typeof record.snapshot === 'object' && record.snapshot !== null
      ? writtenSnapshots.get(record.snapshot)
      : undefined;
  if (written !== undefined && written.machine === machine)
    return { success: true, data: { definition, packs, machine, snapshot: written.snapshot } };
  const restored = restoreWalkthrough(machine, record.snapshot);
  if (!restored.success) {
    return {
      success: false,
      error: new AppError('internal', 'The saved questionnaire state could not be read.', {
        cause: restored.error,
      }),
    };
  }
  return { success: true, data: { definition, packs, machine, snapshot: restored.data } };
}

export function applyWalkthroughEvent(
  runtime: LoadedWalkthrough,
  event: WalkthroughEvent,
): LoadedWalkthrough {
  return { ...runtime, snapshot: transitionWalkthrough(runtime.machine, runtime.snapshot, event) };
}

export function toAssessmentRecord(runtime: LoadedWalkthrough): AssessmentRecord {
  // Frozen: the record is kept (by the session cache) and must stay what the snapshot was.
  const snapshot = deepFreeze(persistWalkthrough(runtime.snapshot));
  writtenSnapshots.set(snapshot, { machine: runtime.machine, snapshot: runtime.snapshot });
  return {
    definitionId: runtime.definition.id,
    version: runtime.definition.version,
    // Written only when there are packs, so a record without them is what it always was.
    ...(runtime.packs.length > 0 ? { packs: [...runtime.packs] } : {}),
    snapshot,
  };
}

/** `intro`, `asking`, `review` or `completed`. */
export function walkthroughStateName(runtime: LoadedWalkthrough): string {
  return String(runtime.snapshot.value);
}
