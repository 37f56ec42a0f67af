import type { Question, Questionnaire, Scale } from '../questionnaires/schema.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

/** A question a pack can read, with where it is defined and the scales its definition has. */
export type PackQuestion = {
  question: Question;
  scales: readonly Scale[];
  /** `pack` for the pack's own questions, else the questionnaire's id and version. */
  definedIn: 'pack' | { id: string; version: string };
  path: Array<string | number>;
};

/** The pack's own questions, in order, each with its path in the pack. */
export function ownQuestions(pack: FrameworkPack): PackQuestion[] {
  return pack.sections.flatMap((section, sectionIndex) =>
    section.questions.map((question, questionIndex) => ({
      question,
      // A pack has no scales of its own (check-pack-questions.ts refuses a scale question in one).
      scales: [],
      definedIn: 'pack' as const,
      path: ['sections', sectionIndex, 'questions', questionIndex],
    })),
  );
}

/**
 * Every question the pack's conditions may read, by id: its own and those of each version given of
 * the questionnaires it reads (a question may differ between versions, so all are kept).
 */
export function indexPackQuestions(
  pack: FrameworkPack,
  questionnaires: readonly Questionnaire[],
): Map<string, PackQuestion[]> {
  const index = new Map<string, PackQuestion[]>();
  const add = (entry: PackQuestion) =>
    index.set(entry.question.id, [...(index.get(entry.question.id) ?? []), entry]);
  for (const entry of ownQuestions(pack)) add(entry);
  for (const definition of questionnaires) {
    if (!pack.reads.includes(definition.id)) continue;
    definition.sections.forEach((section, sectionIndex) => {
      section.questions.forEach((question, questionIndex) => {
        add({
          question,
          scales: definition.scales,
          definedIn: { id: definition.id, version: definition.version },
          path: ['sections', sectionIndex, 'questions', questionIndex],
        });
      });
    });
  }
  return index;
}
