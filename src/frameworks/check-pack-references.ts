import type { Questionnaire } from '../questionnaires/schema.ts';
import type { FrameworkPackProblem } from './framework-pack-problem.ts';
import type { CitedText, FrameworkPack } from './framework-pack-schema.ts';
import { conditionLeaves, packConditions } from './pack-conditions.ts';
import { indexPackQuestions, ownQuestions } from './pack-questions.ts';

type Path = Array<string | number>;

/**
 * What a pack names must exist: the questionnaires it reads, the questions its conditions and
 * documents read (its own or theirs, and never both, since one answer map holds them all), the
 * outcomes its rules give, the requirements they list, and the sources its statements cite.
 */
export function checkPackReferences(
  pack: FrameworkPack,
  questionnaires: readonly Questionnaire[],
): FrameworkPackProblem[] {
  const problems: FrameworkPackProblem[] = [];
  const knownIds = new Set(questionnaires.map((definition) => definition.id));
  pack.reads.forEach((id, index) => {
    if (!knownIds.has(id))
      problems.push({ path: ['reads', index], message: `reads questionnaire "${id}", which is not known` });
  });
  const sectionIds = new Set(pack.sections.map((section) => section.id));
  pack.askLast.forEach((sectionId, position) => {
    if (!sectionIds.has(sectionId))
      problems.push({
        path: ['askLast', position],
        message: `asks section "${sectionId}" last, but the pack has no section with that id`,
      });
  });
  const index = indexPackQuestions(pack, questionnaires);
  for (const { question, path } of ownQuestions(pack)) {
    const versions = (index.get(question.id) ?? []).flatMap(({ definedIn }) =>
      definedIn === 'pack' ? [] : [`"${definedIn.id}" version ${definedIn.version}`],
    );
    if (versions.length > 0)
      problems.push({
        path: [...path, 'id'],
        message: `question id "${question.id}" is also a question of questionnaire ${versions.join(', ')}: answers are kept by question id, so the pack's own questions need ids of their own`,
      });
  }
  const unknown = (questionId: string) =>
    `refers to unknown question "${questionId}" (neither this pack nor ${readsInWords(pack)} asks it)`;
  for (const { condition, path } of packConditions(pack)) {
    for (const { leaf, path: leafPath } of conditionLeaves(condition, path)) {
      if (!index.has(leaf.question))
        problems.push({ path: leafPath, message: `condition ${unknown(leaf.question)}` });
    }
  }
  pack.assessments.forEach((assessment, assessmentIndex) => {
    const at = (...tail: Path): Path => ['assessments', assessmentIndex, ...tail];
    switch (assessment.kind) {
      case 'screening': {
        const outcomes = assessment.outcomes.map((outcome) => outcome.id);
        const requirements = new Set(assessment.conditions.map((condition) => condition.id));
        assessment.rules.forEach((rule, ruleIndex) => {
          if (!outcomes.includes(rule.outcome))
            problems.push({
              path: at('rules', ruleIndex, 'outcome'),
              message: `rule "${rule.id}" gives the outcome "${rule.outcome}", which the screening does not list (${outcomes.join(', ')})`,
            });
          rule.requires.forEach((requirement, requirementIndex) => {
            if (!requirements.has(requirement))
              problems.push({
                path: at('rules', ruleIndex, 'requires', requirementIndex),
                message: `rule "${rule.id}" requires "${requirement}", which is not one of the screening's conditions`,
              });
          });
        });
        break;
      }
      case 'checklist':
        break;
      case 'document':
        assessment.elements.forEach((element, elementIndex) => {
          element.from.forEach((questionId, fromIndex) => {
            if (!index.has(questionId))
              problems.push({
                path: at('elements', elementIndex, 'from', fromIndex),
                message: `element "${element.id}" ${unknown(questionId)}`,
              });
          });
        });
        break;
      case 'impact-rating':
        break;
    }
  });
  return [...problems, ...checkCitations(pack)];
}

function readsInWords(pack: FrameworkPack): string {
  if (pack.reads.length === 0) return 'a questionnaire it reads (it reads none)';
  return `the questionnaire${pack.reads.length === 1 ? '' : 's'} it reads (${pack.reads.join(', ')})`;
}

/** Every statement cites a source the pack lists. */
function checkCitations(pack: FrameworkPack): FrameworkPackProblem[] {
  const sources = new Set(pack.sources.map((source) => source.id));
  const cited: Array<{ text: CitedText; path: Path }> = [];
  pack.assessments.forEach((assessment, assessmentIndex) => {
    const add = (text: CitedText, ...tail: Path) => {
      cited.push({ text, path: ['assessments', assessmentIndex, ...tail] });
    };
    switch (assessment.kind) {
      case 'screening':
        for (const [index, rule] of assessment.rules.entries())
          add(rule.statement, 'rules', index, 'statement');
        for (const [index, condition] of assessment.conditions.entries())
          add(condition.requirement, 'conditions', index, 'requirement');
        break;
      case 'checklist':
        for (const [index, item] of assessment.items.entries()) add(item.duty, 'items', index, 'duty');
        break;
      case 'document':
        add(assessment.preface, 'preface');
        for (const [index, element] of assessment.elements.entries())
          add(element.heading, 'elements', index, 'heading');
        break;
      case 'impact-rating':
        add(assessment.formula, 'formula');
        for (const [index, impact] of assessment.impacts.entries())
          add(impact.title, 'impacts', index, 'title');
        break;
    }
  });
  return cited.flatMap(({ text, path }) =>
    text.cites.flatMap((citation, index) => {
      // The schema makes every citation "<source id>:<article>".
      const sourceId = citation.slice(0, citation.indexOf(':'));
      return sources.has(sourceId)
        ? []
        : [
            {
              path: [...path, 'cites', index],
              message: `cites "${citation}", but "${sourceId}" is not one of the pack's sources (${[...sources].join(', ')})`,
            },
          ];
    }),
  );
}
