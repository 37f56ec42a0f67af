import type { AppliedPack } from '../questionnaires/applied-pack.ts';
import { loadQuestionnaire } from '../questionnaires/load-questionnaire.ts';
import type { Condition, Question, Questionnaire, Section } from '../questionnaires/schema.ts';
import { rememberComposition } from './composed-packs.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

/** A pack to compose into a walkthrough, and how it came to apply (see AppliedPack). */
export type PackToCompose = { pack: FrameworkPack; appliedBy: AppliedPack['appliedBy'] };

/** The section that asks each pack's opt-in question, right after the questionnaire's first section. */
export const legalFrameworksSectionId = 'legal-frameworks';

/** The id of a pack's opt-in question in a composed walkthrough: `eu-ai-act-applies`. */
export const optInQuestionId = (packId: string) => `${packId}-applies`;

export type ComposeResult = { success: true; data: Questionnaire } | { success: false; error: string };

/**
 * The questionnaire as one walkthrough with the packs' questions in it, so they are asked one at a
 * time with back, skip, notes, review and resume like every other question. After the first
 * section (the Toolkit risk questionnaire's system profile, whose answers decide which pack
 * questions are shown) come the opt-in questions of the packs the person is asked about, then each
 * pack's sections, shown only once its opt-in is answered yes (a pack the deployment applies is
 * shown without asking); the sections a pack asks last (`askLast`) come after the questionnaire's. Id, version and scoring stay the questionnaire's, and the Toolkit's
 * scoring reads the questionnaire itself (toolkitDefinitionOf), so its result is the same with
 * packs or without.
 * The result is checked like any definition (conditions only on earlier questions, unique ids).
 */
export function composeWithPacks(definition: Questionnaire, packs: readonly PackToCompose[]): ComposeResult {
  if (packs.length === 0) return { success: true, data: definition };
  const [first, ...rest] = definition.sections;
  if (first === undefined) return { success: true, data: definition };
  const asked = packs.filter(({ appliedBy }) => appliedBy === 'asked').map(({ pack }) => pack);
  const optInSection: Section[] =
    asked.length === 0
      ? []
      : [
          {
            id: legalFrameworksSectionId,
            title: 'Legal frameworks (not part of the Toolkit)',
            intro:
              'RAIA can also check the system against legal frameworks that may bind your agency. These questions and their results come from RAIA, not from the INTERPOL-UNICRI Toolkit, and are not legal advice.',
            questions: asked.map(optInQuestion),
            weight: 1,
            recommendations: [],
          },
        ];
  const packSections = (last: boolean) =>
    packs.flatMap(({ pack, appliedBy }) =>
      pack.sections
        .filter((section) => pack.askLast.includes(section.id) === last)
        .map((section) => ({
          ...section,
          questions: section.questions.map((question) =>
            appliedBy === 'asked' ? shownOnlyIfOptedIn(question, pack.id) : question,
          ),
        })),
    );
  const composed = {
    ...definition,
    sections: [first, ...optInSection, ...packSections(false), ...rest, ...packSections(true)],
  };
  const names = packs.map(({ pack }) => `${pack.id} ${pack.version}`).join(', ');
  const loaded = loadQuestionnaire(composed, {
    fileName: `questionnaire ${definition.id} ${definition.version} with ${names}`,
  });
  if (loaded.success) rememberComposition(loaded.data, definition, packs);
  return loaded;
}

function optInQuestion(pack: FrameworkPack): Question {
  return {
    id: optInQuestionId(pack.id),
    kind: 'yes-no',
    prompt: pack.optIn.prompt,
    help: pack.optIn.help,
    options: [
      { value: 'yes', label: 'Yes', synonyms: [] },
      { value: 'no', label: 'No', synonyms: [] },
    ],
    // Required: "skip" would leave it unclear whether the law applies; the person says yes or no.
    required: true,
    allowUnsure: false,
    principles: [],
    explainedBy: [],
    weight: 1,
  };
}

function shownOnlyIfOptedIn(question: Question, packId: string): Question {
  const optedIn: Condition = { question: optInQuestionId(packId), equals: 'yes' };
  return {
    ...question,
    showIf: question.showIf === undefined ? optedIn : { all: [optedIn, question.showIf] },
  };
}
