import type { FrameworkPack } from '../../src/frameworks/framework-pack-schema.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { builtInPack, packFixture } from './pack-fixture.ts';

export { type Rating, riskV3 } from './pack-fixture.ts';

export const euAiActPack: FrameworkPack = builtInPack('eu-ai-act', '1');
const fixture = packFixture(euAiActPack, '2026-11-30T09:00:00.000Z');

/** The risk questionnaire followed by the EU pack's questions, as one definition. */
export function riskWithPack(): Questionnaire {
  return fixture.combined;
}

/** Answers as a walkthrough with the EU pack on would record them (see packFixture). */
export const walkthroughAnswers = fixture.answers;

/** What evaluatePack is given: the answers, words from the combined definition, and the rated risks. */
export const packInput = fixture.input;
