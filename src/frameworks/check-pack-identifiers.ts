import { questionOptions } from '../questionnaires/question-options.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { FrameworkPack } from './framework-pack-schema.ts';
import { ownQuestions } from './pack-questions.ts';

type Path = Array<string | number>;

/** Each repeat of an id in a list, with the path of the repeated id. */
function duplicates(
  ids: ReadonlyArray<{ id: string; path: Path }>,
  what: string,
  where = '',
): FrameworkPackProblem[] {
  const seen = new Set<string>();
  return ids.flatMap(({ id, path }) => {
    const repeated = seen.has(id);
    seen.add(id);
    return repeated ? [{ path, message: `duplicate ${what} "${id}"${where}` }] : [];
  });
}

const listed = <T>(items: readonly T[], at: Path, key: (item: T) => string, field = 'id') =>
  items.map((item, index) => ({ id: key(item), path: [...at, index, field] }));

/**
 * Ids must be unique: answers are keyed by question id, results and reports refer to assessments,
 * rules, requirements, items, elements, impacts and priorities by id, and citations name sources by id.
 */
export function checkPackIdentifiers(pack: FrameworkPack): FrameworkPackProblem[] {
  const byId = (item: { id: string }) => item.id;
  const problems = [
    ...duplicates(listed(pack.sources, ['sources'], byId), 'source id'),
    ...duplicates(listed(pack.sections, ['sections'], byId), 'section id'),
    ...duplicates(
      ownQuestions(pack).map(({ question, path }) => ({ id: question.id, path: [...path, 'id'] })),
      'question id',
    ),
    ...ownQuestions(pack).flatMap(({ question, path }) =>
      duplicates(
        listed(questionOptions(question), [...path, 'options'], (option) => option.value, 'value'),
        'option value',
        ` in question "${question.id}"`,
      ),
    ),
    ...duplicates(listed(pack.assessments, ['assessments'], byId), 'assessment id'),
  ];
  pack.assessments.forEach((assessment, index) => {
    const at = (list: string): Path => ['assessments', index, list];
    const within = ` in "${assessment.id}"`;
    switch (assessment.kind) {
      case 'screening':
        problems.push(
          ...duplicates(listed(assessment.outcomes, at('outcomes'), byId), 'outcome id', within),
          ...duplicates(listed(assessment.rules, at('rules'), byId), 'rule id', within),
          ...duplicates(listed(assessment.conditions, at('conditions'), byId), 'requirement id', within),
        );
        break;
      case 'checklist':
        problems.push(...duplicates(listed(assessment.items, at('items'), byId), 'item id', within));
        break;
      case 'document':
        problems.push(...duplicates(listed(assessment.elements, at('elements'), byId), 'element id', within));
        break;
      case 'impact-rating':
        problems.push(
          ...duplicates(listed(assessment.priorities, at('priorities'), byId), 'priority id', within),
          ...duplicates(listed(assessment.impacts, at('impacts'), byId), 'impact id', within),
        );
        break;
    }
  });
  return problems;
}
