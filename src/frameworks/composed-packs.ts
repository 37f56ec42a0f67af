import type { Questionnaire } from '../questionnaires/schema.ts';
import type { PackToCompose } from './compose-with-packs.ts';

type Composition = { toolkit: Questionnaire; packs: readonly PackToCompose[] };

const compositions = new WeakMap<Questionnaire, Composition>();

/** Called by composeWithPacks for each definition it makes. */
export function rememberComposition(
  composed: Questionnaire,
  toolkit: Questionnaire,
  packs: readonly PackToCompose[],
): void {
  compositions.set(composed, { toolkit, packs: Object.freeze([...packs]) });
}

/**
 * The packs a definition was composed with, by the definition object (as compiled questionnaires
 * and machines are keyed): whoever holds a walkthrough's definition can evaluate its packs without
 * a registry being passed down to it. A definition RAIA did not compose has none.
 */
export function packsComposedInto(definition: Questionnaire): readonly PackToCompose[] {
  return compositions.get(definition)?.packs ?? [];
}

/**
 * The questionnaire a composed definition was made from (itself when not composed): the Toolkit's
 * scoring reads this one, so its result, counts and open items are the same with packs or without,
 * and a pack's unanswered questions are the pack's open questions, never the Toolkit's.
 */
export function toolkitDefinitionOf(definition: Questionnaire): Questionnaire {
  return compositions.get(definition)?.toolkit ?? definition;
}
