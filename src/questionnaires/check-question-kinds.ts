import { locateQuestions, type QuestionnaireProblem, questionProblem } from './questionnaire-problem.ts';
import type { Questionnaire } from './schema.ts';

const kindsWithOptions = new Set(['single', 'multiple', 'yes-no']);

/** Each kind of question carries exactly the configuration it needs and nothing that would be ignored. */
export function checkQuestionKinds(definition: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  for (const located of locateQuestions(definition)) {
    const { question } = located;
    const options = question.options;
    if (question.kind === 'single' || question.kind === 'multiple') {
      if (options === undefined || options.length < 2) {
        problems.push(
          questionProblem(located, ['options'], `a ${question.kind} question needs at least 2 options`),
        );
      }
    }
    if (question.kind === 'yes-no' && options !== undefined) {
      const values = options.map((option) => option.value).sort();
      if (values.length !== 2 || values[0] !== 'no' || values[1] !== 'yes') {
        problems.push(
          questionProblem(
            located,
            ['options'],
            'a yes-no question has exactly the options "yes" and "no" (or none, to get the defaults)',
          ),
        );
      }
    }
    if (!kindsWithOptions.has(question.kind) && options !== undefined) {
      problems.push(questionProblem(located, ['options'], `a ${question.kind} question cannot have options`));
    }
    if (question.kind === 'scale') {
      if (question.scale === undefined) {
        problems.push(
          questionProblem(located, ['scale'], 'a scale question needs `scale`, the id of a scale'),
        );
      } else if (!scaleIds.has(question.scale)) {
        problems.push(questionProblem(located, ['scale'], `unknown scale "${question.scale}"`));
      }
    } else if (question.scale !== undefined) {
      problems.push(questionProblem(located, ['scale'], `a ${question.kind} question cannot have a scale`));
    }
    if (question.kind !== 'number' && question.number !== undefined) {
      problems.push(
        questionProblem(located, ['number'], `a ${question.kind} question cannot have number settings`),
      );
    }
    const range = question.number;
    if (range?.min !== undefined && range.max !== undefined && range.min > range.max) {
      problems.push(questionProblem(located, ['number'], `min ${range.min} is above max ${range.max}`));
    }
  }
  return problems;
}
