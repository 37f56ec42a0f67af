import type { Question, Questionnaire, Section } from './schema.ts';

/** One thing wrong with a definition, located precisely enough for its author to find it. */
export type QuestionnaireProblem = {
  path: Array<string | number>;
  sectionId?: string;
  questionId?: string;
  message: string;
};

/** A question together with where it sits in the definition. */
export type LocatedQuestion = {
  question: Question;
  section: Section;
  sectionIndex: number;
  questionIndex: number;
  /** Position over the whole definition, in the order questions are asked. */
  order: number;
};

export function locateQuestions(definition: Questionnaire): LocatedQuestion[] {
  const located: LocatedQuestion[] = [];
  definition.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, questionIndex) => {
      located.push({ question, section, sectionIndex, questionIndex, order: located.length });
    });
  });
  return located;
}

/** The first occurrence of each question id (duplicates are reported separately). */
export function indexQuestions(definition: Questionnaire): Map<string, LocatedQuestion> {
  const index = new Map<string, LocatedQuestion>();
  for (const located of locateQuestions(definition)) {
    if (!index.has(located.question.id)) index.set(located.question.id, located);
  }
  return index;
}

export function questionProblem(
  located: LocatedQuestion,
  tail: Array<string | number>,
  message: string,
): QuestionnaireProblem {
  return {
    path: ['sections', located.sectionIndex, 'questions', located.questionIndex, ...tail],
    sectionId: located.section.id,
    questionId: located.question.id,
    message,
  };
}

function formatPath(path: Array<string | number>): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

/** `file: section "data", question "data-quality" (sections[4].questions[1].options): message` */
export function formatProblem(fileName: string, problem: QuestionnaireProblem): string {
  const place = [
    problem.sectionId === undefined ? undefined : `section "${problem.sectionId}"`,
    problem.questionId === undefined ? undefined : `question "${problem.questionId}"`,
  ].filter((part) => part !== undefined);
  const location =
    place.length > 0 ? `${place.join(', ')} (${formatPath(problem.path)})` : formatPath(problem.path);
  return `${fileName}: ${location}: ${problem.message}`;
}
