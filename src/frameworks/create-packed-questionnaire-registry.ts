import { AppError } from '../app-error.ts';
import type { AppliedPack } from '../questionnaires/applied-pack.ts';
import type { QuestionnaireRegistry, StartingPoint } from '../questionnaires/registry.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { composeWithPacks, type PackToCompose } from './compose-with-packs.ts';
import type { FrameworkPolicy } from './framework-policy.ts';
import type { FrameworkRegistry } from './framework-registry.ts';

/**
 * The questionnaire registry a deployment with framework packs runs on: new walkthroughs of a
 * questionnaire a pack reads start composed with the packs the policy offers (latest versions),
 * and a stored walkthrough is composed again from the exact versions it recorded. Each composition
 * is made once and kept, so a definition object, and the compiled machine keyed by it, stays the
 * same for every turn. The compositions new sessions start with are built and checked here, so a
 * pack that does not fit its questionnaire stops start-up instead of a conversation.
 */
export function createPackedQuestionnaireRegistry(
  questionnaires: QuestionnaireRegistry,
  frameworks: FrameworkRegistry,
  policy: FrameworkPolicy,
): QuestionnaireRegistry {
  const composed = new Map<string, Questionnaire | undefined>();
  const compose = (definition: Questionnaire, packs: readonly PackToCompose[]) => {
    const key = compositionKey(definition, packs);
    if (!composed.has(key)) {
      const result = composeWithPacks(definition, packs);
      if (!result.success)
        throw new AppError('internal', 'A framework pack does not fit its questionnaire.', {
          cause: new Error(result.error),
        });
      composed.set(key, result.data);
    }
    return composed.get(key);
  };

  const startingPoints = new Map<string, StartingPoint>();
  for (const { id } of questionnaires.list()) {
    const definition = questionnaires.latest(id);
    if (definition === undefined || startingPoints.has(id)) continue;
    const packs = policy.flatMap(({ packId, how }): PackToCompose[] => {
      const pack = frameworks.latest(packId);
      if (pack === undefined || !pack.reads.includes(id)) return [];
      return [{ pack, appliedBy: how === 'ask' ? 'asked' : 'organisation' }];
    });
    const start = compose(definition, packs) ?? definition;
    startingPoints.set(id, { definition: start, packs: packs.map(appliedPackOf) });
  }

  return {
    get: (id, version, packs = []) => {
      const definition = questionnaires.get(id, version);
      if (definition === undefined || packs.length === 0) return definition;
      const toCompose: PackToCompose[] = [];
      for (const applied of packs) {
        const pack = frameworks.get(applied.id, applied.version);
        // An old session names a pack version this deployment no longer has: it cannot be shown as answered.
        if (pack === undefined) return undefined;
        toCompose.push({ pack, appliedBy: applied.appliedBy });
      }
      try {
        return compose(definition, toCompose);
      } catch {
        // Stored sessions are composed only from versions that composed when they began; one that
        // no longer does is reported by the caller as not installed, not as a crash of the turn.
        return undefined;
      }
    },
    latest: (id) => questionnaires.latest(id),
    startingPoint: (id) => startingPoints.get(id),
    list: () => questionnaires.list(),
  };
}

function appliedPackOf({ pack, appliedBy }: PackToCompose): AppliedPack {
  return { id: pack.id, version: pack.version, appliedBy };
}

function compositionKey(definition: Questionnaire, packs: readonly PackToCompose[]): string {
  const names = packs.map(({ pack, appliedBy }) => `${pack.id}@${pack.version}:${appliedBy}`);
  return JSON.stringify([definition.id, definition.version, ...names]);
}
