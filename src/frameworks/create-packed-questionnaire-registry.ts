import { AppError, type Result } from '../app-error.ts';
import type { AppliedPack } from '../questionnaires/applied-pack.ts';
import type { QuestionnaireRegistry, StartingPoint } from '../questionnaires/registry.ts';
import type { Questionnaire } from '../questionnaires/schema.ts';
import { type ComposeResult, composeWithPacks, type PackToCompose } from './compose-with-packs.ts';
import type { FrameworkPolicy } from './framework-policy.ts';
import type { FrameworkRegistry } from './framework-registry.ts';

/**
 * The questionnaire registry a deployment with framework packs runs on: new walkthroughs of a
 * questionnaire a pack reads start composed with the packs the policy offers (latest versions),
 * and a stored walkthrough is composed again from the exact versions it recorded. Each composition
 * is made once and kept, so a definition object, and the compiled machine keyed by it, stays the
 * same for every turn. The compositions new sessions start with are built and checked here, so a
 * pack that does not fit its questionnaire stops start-up (with its problems) instead of a
 * conversation.
 */
export function createPackedQuestionnaireRegistry(
  questionnaires: QuestionnaireRegistry,
  frameworks: FrameworkRegistry,
  policy: FrameworkPolicy,
): Result<QuestionnaireRegistry> {
  const composed = new Map<string, ComposeResult>();
  const compose = (definition: Questionnaire, packs: readonly PackToCompose[]): ComposeResult => {
    const key = compositionKey(definition, packs);
    let result = composed.get(key);
    if (result === undefined) {
      result = composeWithPacks(definition, packs);
      composed.set(key, result);
    }
    return result;
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
    const start = compose(definition, packs);
    if (!start.success) {
      return {
        success: false,
        error: new AppError(
          'unprocessable',
          `A framework pack does not fit its questionnaire: ${start.error}`,
        ),
      };
    }
    startingPoints.set(id, { definition: start.data, packs: packs.map(appliedPackOf) });
  }

  const registry: QuestionnaireRegistry = {
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
      // Stored sessions are composed only from versions that composed when they began; one that
      // no longer does is reported by the caller as not installed, not as a crash of the turn.
      const result = compose(definition, toCompose);
      return result.success ? result.data : undefined;
    },
    latest: (id) => questionnaires.latest(id),
    startingPoint: (id) => startingPoints.get(id),
    list: () => questionnaires.list(),
  };
  return { success: true, data: registry };
}

function appliedPackOf({ pack, appliedBy }: PackToCompose): AppliedPack {
  return { id: pack.id, version: pack.version, appliedBy };
}

function compositionKey(definition: Questionnaire, packs: readonly PackToCompose[]): string {
  const names = packs.map(({ pack, appliedBy }) => `${pack.id}@${pack.version}:${appliedBy}`);
  return JSON.stringify([definition.id, definition.version, ...names]);
}
