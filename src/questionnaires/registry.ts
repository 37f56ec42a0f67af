import { AppError } from '../app-error.ts';
import type { AppliedPack } from './applied-pack.ts';
import { builtInQuestionnaires } from './built-in-questionnaires.ts';
import { compareVersions } from './compare-versions.ts';
import type { Questionnaire } from './schema.ts';

export type QuestionnaireSummary = {
  id: string;
  version: string;
  title: string;
  kind: Questionnaire['scoring']['kind'];
  source: string;
  /** The version new sessions start with. */
  isLatest: boolean;
};

/** What a new walkthrough of a questionnaire is answered against. */
export type StartingPoint = { definition: Questionnaire; packs: readonly AppliedPack[] };

export type QuestionnaireRegistry = {
  /**
   * An exact version, for sessions answered against it (1 and 1.0 name the same version), composed
   * with the framework packs the session was started with. A registry that cannot compose packs
   * (this one; see frameworks/create-packed-questionnaire-registry.ts) finds nothing when given some.
   */
  get(id: string, version: string, packs?: readonly AppliedPack[]): Questionnaire | undefined;
  /** The highest version, as the Toolkit defines it (no packs): titles, menus, existence checks. */
  latest(id: string): Questionnaire | undefined;
  /** What a new session of the questionnaire starts with: its latest version and the packs this deployment adds. */
  startingPoint(id: string): StartingPoint | undefined;
  /** Every definition, by id, newest version first (the same frozen list on every call). */
  list(): readonly QuestionnaireSummary[];
};

/**
 * Holds definitions by id and version. Versions are never replaced: a session stores the version
 * it was answered against, so two definitions with the same id and version are refused.
 */
export function createQuestionnaireRegistry(definitions: readonly Questionnaire[]): QuestionnaireRegistry {
  const byId = new Map<string, Questionnaire[]>();
  for (const definition of definitions) {
    const versions = byId.get(definition.id) ?? [];
    if (versions.some((existing) => compareVersions(existing.version, definition.version) === 0)) {
      throw new AppError(
        'conflict',
        `Questionnaire "${definition.id}" version ${definition.version} is defined twice; give the newer definition a higher version.`,
      );
    }
    versions.push(definition);
    versions.sort((left, right) => compareVersions(right.version, left.version));
    byId.set(definition.id, versions);
  }
  // The registry never changes after this: every turn asks for the list, so it is made once.
  const summaries = Object.freeze(
    [...byId.keys()].sort().flatMap((id) =>
      (byId.get(id) ?? []).map((definition, index) =>
        Object.freeze({
          id: definition.id,
          version: definition.version,
          title: definition.title,
          kind: definition.scoring.kind,
          source: definition.source,
          isLatest: index === 0,
        }),
      ),
    ),
  );
  return {
    // Sessions store the version as the definition spells it, so an exact match is tried first.
    get: (id, version, packs = []) => {
      if (packs.length > 0) return undefined;
      const versions = byId.get(id);
      return (
        versions?.find((definition) => definition.version === version) ??
        versions?.find((definition) => compareVersions(definition.version, version) === 0)
      );
    },
    latest: (id) => byId.get(id)?.[0],
    startingPoint: (id) => {
      const definition = byId.get(id)?.[0];
      return definition === undefined ? undefined : { definition, packs: [] };
    },
    list: () => summaries,
  };
}

/** The built-in definitions plus those an agency added at start-up (see runtime/node/load-questionnaire-files.ts). */
export function createDefaultQuestionnaireRegistry(
  agencyDefinitions: readonly Questionnaire[] = [],
): QuestionnaireRegistry {
  return createQuestionnaireRegistry([...builtInQuestionnaires(), ...agencyDefinitions]);
}
