import { questionOptions } from './question-options.ts';
import { locateQuestions, type QuestionnaireProblem, questionProblem } from './questionnaire-problem.ts';
import type { Questionnaire } from './schema.ts';

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string | number,
): Array<{ item: T; index: number }> {
  const seen = new Set<string | number>();
  const repeated: Array<{ item: T; index: number }> = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) repeated.push({ item, index });
    seen.add(value);
  });
  return repeated;
}

/**
 * Ids must be unique: answers are keyed by question id, and machines, conditions and risk items
 * refer to sections, questions, options and scales by id.
 */
export function checkIdentifiers(definition: Questionnaire): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  for (const { item, index } of duplicates(definition.sections, (section) => section.id)) {
    problems.push({
      path: ['sections', index, 'id'],
      sectionId: item.id,
      message: `duplicate section id "${item.id}"`,
    });
  }
  for (const { item } of duplicates(locateQuestions(definition), (located) => located.question.id)) {
    problems.push(questionProblem(item, ['id'], `duplicate question id "${item.question.id}"`));
  }
  for (const located of locateQuestions(definition)) {
    for (const { item, index } of duplicates(questionOptions(located.question), (option) => option.value)) {
      problems.push(
        questionProblem(located, ['options', index, 'value'], `duplicate option value "${item.value}"`),
      );
    }
  }
  for (const { item, index } of duplicates(definition.scales, (scale) => scale.id)) {
    problems.push({ path: ['scales', index, 'id'], message: `duplicate scale id "${item.id}"` });
  }
  definition.scales.forEach((scale, scaleIndex) => {
    // Scales are ordered from least to most; scoring and the risk matrix rely on that order.
    scale.points.forEach((point, pointIndex) => {
      const previous = scale.points[pointIndex - 1];
      if (previous !== undefined && point.value <= previous.value) {
        problems.push({
          path: ['scales', scaleIndex, 'points', pointIndex, 'value'],
          message: `scale "${scale.id}": point values must increase from least to most (${previous.value} then ${point.value})`,
        });
      }
    });
  });
  return problems;
}
