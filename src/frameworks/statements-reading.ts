import type { Condition } from '../questionnaires/schema.ts';
import type { CitedText, FrameworkPack } from './framework-pack-schema.ts';
import { conditionLeaves } from './pack-conditions.ts';

/** Whether a condition tests the answer to `questionId` anywhere inside it. */
function reads(condition: Condition | undefined, questionId: string): boolean {
  if (condition === undefined) return false;
  return conditionLeaves(condition, []).some(({ leaf }) => leaf.question === questionId);
}

/**
 * What a pack says with the answer to one question, in the pack's own cited words: the rules,
 * requirements, duties, document elements and impacts that read it. "Why is this asked?" of a
 * pack question answers with these, never with Toolkit passages the question is not from.
 * A question only the showIf of other questions reads gives none (it only steers the walk).
 */
export function statementsReading(pack: FrameworkPack, questionId: string): CitedText[] {
  const found: CitedText[] = [];
  const add = (statement: CitedText) => {
    if (!found.some((existing) => existing.text === statement.text)) found.push(statement);
  };
  for (const assessment of pack.assessments) {
    switch (assessment.kind) {
      case 'screening':
        for (const rule of assessment.rules) if (reads(rule.when, questionId)) add(rule.statement);
        for (const condition of assessment.conditions)
          if (reads(condition.metWhen, questionId) || reads(condition.missingWhen, questionId))
            add(condition.requirement);
        break;
      case 'checklist':
        for (const item of assessment.items)
          if (
            reads(item.metWhen, questionId) ||
            reads(item.notMetWhen, questionId) ||
            reads(item.appliesWhen, questionId)
          )
            add(item.duty);
        break;
      case 'document':
        for (const element of assessment.elements)
          if (element.from.includes(questionId)) add(element.heading);
        break;
      case 'impact-rating':
        for (const impact of assessment.impacts)
          if (
            reads(impact.identifiedWhen, questionId) ||
            Object.values(impact.variables).includes(questionId)
          )
            add(impact.title);
        break;
    }
  }
  return found;
}
