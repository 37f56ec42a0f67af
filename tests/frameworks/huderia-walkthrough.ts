import type { FrameworkPack } from '../../src/frameworks/framework-pack-schema.ts';
import type { PackInput } from '../../src/frameworks/pack-input.ts';
import type { Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { builtInPack, packFixture } from './pack-fixture.ts';

export const huderiaPack: FrameworkPack = builtInPack('coe-huderia', '1');
const fixture = packFixture(huderiaPack, '2026-12-01T09:00:00.000Z');

/** The risk questionnaire followed by the HUDERIA pack's questions, as one definition. */
export function riskWithHuderia(): Questionnaire {
  return fixture.combined;
}

/** Answers as a walkthrough with the pack on records them, every Toolkit risk "does not apply". */
export function huderiaAnswers(
  values: Readonly<Record<string, AnswerValue>>,
  leaveOpen: readonly string[] = [],
): Answers {
  return fixture.answers(values, { leaveOpen });
}

/** What evaluatePack is given at the end of the walkthrough: hidden and passed questions can no longer come. */
export function huderiaInput(answers: Answers, extra: Partial<PackInput> = {}): PackInput {
  return fixture.input(answers, { isOpen: () => false, ...extra });
}
