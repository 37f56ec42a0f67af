import type { AnswerType } from './answer-scope.ts';
import { escapeQuotedMarkdown } from './escape-quoted-markdown.ts';
import type { GroundedAnswer } from './grounded-answer.ts';
import { type ResourceId, resourceIds, resourceTitles } from './passage-schema.ts';
import type { SearchHit } from './search-passages.ts';

const resourceTopics: Record<ResourceId, string> = {
  introduction: 'what AI is, how police use it, its risks and the AI life cycle',
  principles: 'the 5 core and 17 instrumental principles, with examples and tensions between them',
  roadmap: 'how an agency organises itself to adopt AI responsibly',
  'readiness-questionnaire': 'assessing how ready the organisation is for AI',
  'risk-questionnaire': 'assessing the risks of a specific AI system to people and their rights',
  workbook: 'applying the Toolkit to a project, stage by stage',
  'technical-reference': 'definitions, data, metrics, bias, explainability and AI applications',
  law: 'the EU AI Act, the Law Enforcement Directive, the Council of Europe Convention on AI and HUDERIA, as they bear on police use of AI (no national law)',
  'practice-notes':
    'technologies and evidence questions the Toolkit barely covers, such as live and retrospective facial recognition, drones, OSINT, admissibility and chain of custody',
};

/** What is missing, said plainly, for each type of answer RAIA's sources never give. */
const missing: Record<AnswerType['kind'], (type: AnswerType) => string> = {
  duration: () => "RAIA's sources state no time period for this, such as a retention period or a deadline.",
  money: () => "RAIA's sources give no costs, prices or budgets.",
  jurisdiction: (type) =>
    `RAIA's sources do not describe the law of ${type.kind === 'jurisdiction' ? type.name : 'that country'}.`,
  'vendor-ranking': () => "RAIA's sources do not compare, rank or recommend vendors or products.",
  staffing: () => "RAIA's sources give no staffing numbers.",
  number: () => "RAIA's sources give no figure for this.",
  rate: () => "RAIA's sources give no accuracy or error-rate figures for this.",
};

export interface NotCoveredContext {
  /** The type of answer the question asked for that no passage holds. */
  type?: AnswerType | undefined;
  /** Passages near the question that do not answer it: named so the person knows where to look. */
  closest?: readonly SearchHit[];
}

/**
 * Says plainly that neither the Toolkit nor RAIA's own references answer the question, what kind of
 * answer is missing when the question asked for one, the closest passages, and what RAIA does cover.
 * Never guesses.
 */
export function notCoveredAnswer(
  method: GroundedAnswer['method'] = 'extractive',
  context: NotCoveredContext = {},
): GroundedAnswer {
  const opening = [
    "The Toolkit, as loaded in RAIA with RAIA's own legal reference and practice notes, does not cover this question, so I cannot answer it.",
    ...(context.type ? [missing[context.type.kind](context.type)] : []),
  ].join(' ');
  const closest = (context.closest ?? []).slice(0, 2);
  const resources = resourceIds.map((id) => `- **${resourceTitles[id]}**: ${resourceTopics[id]}`);
  return {
    text: [
      opening,
      ...(closest.length > 0 ? ['', closestSentence(closest)] : []),
      '',
      'What RAIA covers:',
      ...resources,
    ].join('\n'),
    citations: [],
    covered: false,
    method,
  };
}

function closestSentence(hits: readonly SearchHit[]): string {
  const named = hits.map((hit) => `**${escapeQuotedMarkdown(hit.title)}** (${hit.resourceTitle})`);
  return named.length === 1
    ? `The closest passage RAIA holds, which does not answer it, is ${named[0]}.`
    : `The closest passages RAIA holds, which do not answer it, are ${named.join(' and ')}.`;
}

/** A question that cannot be searched (empty or too long): the reason, not an invented answer. */
export function unanswerableQuestion(reason: string): GroundedAnswer {
  return { text: reason, citations: [], covered: false, method: 'extractive' };
}
