import { type CompiledQuestionnaire, compileQuestionnaire } from './compile-questionnaire.ts';
import { deepFreeze } from './deep-freeze.ts';
import type { Questionnaire } from './schema.ts';

const compiled = new WeakMap<Questionnaire, CompiledQuestionnaire>();

/**
 * The compiled form of a definition, built on first use and kept as long as the definition is.
 * The definition is frozen then: what was compiled from it can never go stale.
 */
export function compiledQuestionnaire(definition: Questionnaire): CompiledQuestionnaire {
  let found = compiled.get(definition);
  if (found === undefined) {
    found = compileQuestionnaire(deepFreeze(definition));
    compiled.set(definition, found);
  }
  return found;
}
