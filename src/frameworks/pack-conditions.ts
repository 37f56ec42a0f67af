import type { Condition } from '../questionnaires/schema.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';

type Path = Array<string | number>;
export type LocatedCondition = { condition: Condition; path: Path };
export type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/** Two conditions of which at most one may hold: a requirement met, and the same requirement not met. */
export type ExclusivePair = { met: LocatedCondition; notMet: LocatedCondition; what: string };

/** Every condition in a pack, with its path: rules, requirements, checklists, documents, impact ratings, and its questions' `showIf`. */
export function packConditions(pack: FrameworkPack): LocatedCondition[] {
  const located: LocatedCondition[] = [];
  const add = (condition: Condition | undefined, path: Path) => {
    if (condition !== undefined) located.push({ condition, path });
  };
  pack.sections.forEach((section, sectionIndex) => {
    section.questions.forEach((question, questionIndex) => {
      add(question.showIf, ['sections', sectionIndex, 'questions', questionIndex, 'showIf']);
    });
  });
  pack.assessments.forEach((assessment, assessmentIndex) => {
    const at = (...tail: Path) => ['assessments', assessmentIndex, ...tail];
    switch (assessment.kind) {
      case 'screening':
        for (const [index, rule] of assessment.rules.entries()) add(rule.when, at('rules', index, 'when'));
        break;
      case 'checklist':
        add(assessment.appliesWhen, at('appliesWhen'));
        for (const [index, item] of assessment.items.entries())
          add(item.appliesWhen, at('items', index, 'appliesWhen'));
        break;
      case 'document':
        add(assessment.appliesWhen, at('appliesWhen'));
        for (const [index, element] of assessment.elements.entries())
          add(element.appliesWhen, at('elements', index, 'appliesWhen'));
        break;
      case 'impact-rating':
        add(assessment.appliesWhen, at('appliesWhen'));
        for (const [index, impact] of assessment.impacts.entries())
          add(impact.identifiedWhen, at('impacts', index, 'identifiedWhen'));
        break;
    }
  });
  for (const { met, notMet } of exclusivePairs(pack)) located.push(met, notMet);
  return located;
}

/** The screenings' requirements (met / missing) and the checklists' items (met / not met). */
export function exclusivePairs(pack: FrameworkPack): ExclusivePair[] {
  return pack.assessments.flatMap((assessment, assessmentIndex): ExclusivePair[] => {
    const at = (...tail: Path) => ['assessments', assessmentIndex, ...tail];
    if (assessment.kind === 'screening')
      return assessment.conditions.map((condition, index) => ({
        met: { condition: condition.metWhen, path: at('conditions', index, 'metWhen') },
        notMet: { condition: condition.missingWhen, path: at('conditions', index, 'missingWhen') },
        what: `requirement "${condition.id}": metWhen and missingWhen`,
      }));
    if (assessment.kind === 'checklist')
      return assessment.items.map((item, index) => ({
        met: { condition: item.metWhen, path: at('items', index, 'metWhen') },
        notMet: { condition: item.notMetWhen, path: at('items', index, 'notMetWhen') },
        what: `item "${item.id}": metWhen and notMetWhen`,
      }));
    return [];
  });
}

/** The tests of single answers a condition is made of, each with its path. */
export function conditionLeaves(condition: Condition, path: Path): Array<{ leaf: Leaf; path: Path }> {
  if ('all' in condition)
    return condition.all.flatMap((inner, index) => conditionLeaves(inner, [...path, 'all', index]));
  if ('any' in condition)
    return condition.any.flatMap((inner, index) => conditionLeaves(inner, [...path, 'any', index]));
  if ('not' in condition) return conditionLeaves(condition.not, [...path, 'not']);
  return [{ leaf: condition, path }];
}
