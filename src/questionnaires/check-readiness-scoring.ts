import { locateQuestions, type QuestionnaireProblem, questionProblem } from './questionnaire-problem.ts';
import { readinessRule } from './readiness-rule.ts';
import type { Questionnaire, ReadinessScoring } from './schema.ts';

function checkLevels(scoring: ReadinessScoring): QuestionnaireProblem[] {
  const problems: QuestionnaireProblem[] = [];
  const seen = new Set<string>();
  scoring.levels.forEach((level, index) => {
    const path = ['scoring', 'levels', index];
    if (seen.has(level.id))
      problems.push({ path: [...path, 'id'], message: `duplicate level id "${level.id}"` });
    seen.add(level.id);
    const previous = scoring.levels[index - 1];
    if (index === 0 && level.minPercent !== 0) {
      problems.push({
        path: [...path, 'minPercent'],
        message: `the lowest level "${level.id}" must start at 0 percent`,
      });
    }
    if (previous !== undefined && level.minPercent <= previous.minPercent) {
      problems.push({
        path: [...path, 'minPercent'],
        message: `level "${level.id}" must start above "${previous.id}" (${previous.minPercent} then ${level.minPercent})`,
      });
    }
  });
  if (scoring.unsurePoints < 0) {
    problems.push({
      path: ['scoring', 'unsurePoints'],
      message: 'an "I don\'t know" cannot earn negative points',
    });
  }
  return problems;
}

/**
 * Readiness rules: single and yes-no questions score the `points` of the chosen option, so every
 * option needs points (not negative, at least one above zero); scale questions score the chosen
 * value minus the scale's lowest value, so no points are declared for them.
 */
export function checkReadinessScoring(
  definition: Questionnaire,
  scoring: ReadinessScoring,
): QuestionnaireProblem[] {
  const problems = checkLevels(scoring);
  const levelIds = new Set(scoring.levels.map((level) => level.id));
  for (const located of locateQuestions(definition)) {
    const { question } = located;
    const rule = readinessRule(question);
    if (rule.points !== 'options') continue;
    const { options } = rule;
    if (options.length === 0) {
      problems.push(
        questionProblem(located, ['options'], `a scored ${question.kind} question needs options with points`),
      );
    }
    options.forEach((option, index) => {
      if (option.points === undefined) {
        problems.push(
          questionProblem(located, ['options', index, 'points'], `option "${option.value}" needs points`),
        );
      } else if (option.points < 0) {
        problems.push(
          questionProblem(
            located,
            ['options', index, 'points'],
            `option "${option.value}" has negative points`,
          ),
        );
      }
    });
    if (options.length > 0 && options.every((option) => (option.points ?? 0) <= 0)) {
      problems.push(
        questionProblem(located, ['options'], 'at least one option must earn more than 0 points'),
      );
    }
  }
  definition.sections.forEach((section, sectionIndex) => {
    if (section.questions.every((question) => readinessRule(question).points === 'none')) {
      problems.push({
        path: ['sections', sectionIndex, 'questions'],
        sectionId: section.id,
        message: 'a readiness dimension needs at least one scored (single, yes-no or scale) question',
      });
    }
    section.recommendations.forEach((recommendation, recommendationIndex) => {
      recommendation.levels.forEach((levelId, levelIndex) => {
        if (!levelIds.has(levelId)) {
          problems.push({
            path: ['sections', sectionIndex, 'recommendations', recommendationIndex, 'levels', levelIndex],
            sectionId: section.id,
            message: `unknown level "${levelId}" (levels: ${[...levelIds].join(', ')})`,
          });
        }
      });
    });
  });
  return problems;
}
