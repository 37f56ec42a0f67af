import type { GroundedAnswer } from './grounded-answer.ts';
import { type ResourceId, resourceIds, resourceTitles } from './passage-schema.ts';

const resourceTopics: Record<ResourceId, string> = {
  introduction: 'what AI is, how police use it, its risks and the AI life cycle',
  principles: 'the 5 core and 17 instrumental principles, with examples and tensions between them',
  roadmap: 'how an agency organises itself to adopt AI responsibly',
  'readiness-questionnaire': 'assessing how ready the organisation is for AI',
  'risk-questionnaire': 'assessing the risks of a specific AI system to people and their rights',
  workbook: 'applying the Toolkit to a project, stage by stage',
  'technical-reference': 'definitions, data, metrics, bias, explainability and AI applications',
};

/** Says plainly that the Toolkit as loaded does not answer, and what it does cover. Never guesses. */
export function notCoveredAnswer(method: GroundedAnswer['method'] = 'extractive'): GroundedAnswer {
  const resources = resourceIds.map((id) => `- **${resourceTitles[id]}**: ${resourceTopics[id]}`);
  return {
    text: [
      'The Toolkit for Responsible AI Innovation in Law Enforcement, as loaded in RAIA, does not cover this question, so I cannot answer it from the Toolkit.',
      '',
      'It covers these seven resources:',
      ...resources,
    ].join('\n'),
    citations: [],
    covered: false,
    method,
  };
}

/** A question that cannot be searched (empty or too long): the reason, not an invented answer. */
export function unanswerableQuestion(reason: string): GroundedAnswer {
  return { text: reason, citations: [], covered: false, method: 'extractive' };
}
