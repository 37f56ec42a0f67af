import {
  type LocatedQuestion,
  locateQuestions,
  type QuestionnaireProblem,
  questionProblem,
} from './questionnaire-problem.ts';
import type { Questionnaire } from './schema.ts';
import { unknownQuestionKind } from './unknown-question-kind.ts';

/**
 * What the schema cannot see in one question: enough options, yes-no options that are yes and no,
 * a scale that exists, a number range that is not upside down. (Fields a kind does not use are
 * refused by the schema itself.)
 */
export function checkQuestionKinds(definition: Questionnaire): QuestionnaireProblem[] {
  const scaleIds = new Set(definition.scales.map((scale) => scale.id));
  return locateQuestions(definition).flatMap((located) => kindProblems(located, scaleIds));
}

function kindProblems(located: LocatedQuestion, scaleIds: ReadonlySet<string>): QuestionnaireProblem[] {
  const { question } = located;
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.length < 2
        ? [questionProblem(located, ['options'], `a ${question.kind} question needs at least 2 options`)]
        : [];
    case 'yes-no': {
      const values = question.options.map((option) => option.value).sort();
      return values.length !== 2 || values[0] !== 'no' || values[1] !== 'yes'
        ? [
            questionProblem(
              located,
              ['options'],
              'a yes-no question has exactly the options "yes" and "no" (or none, to get the defaults)',
            ),
          ]
        : [];
    }
    case 'scale':
      return scaleIds.has(question.scale)
        ? []
        : [questionProblem(located, ['scale'], `unknown scale "${question.scale}"`)];
    case 'number': {
      const range = question.number;
      return range?.min !== undefined && range.max !== undefined && range.min > range.max
        ? [questionProblem(located, ['number'], `min ${range.min} is above max ${range.max}`)]
        : [];
    }
    case 'text':
      return [];
    default:
      return unknownQuestionKind(question);
  }
}
