import type { Citation } from '../knowledge/citation.ts';
import { knowledgeBasesOf } from '../knowledge/create-knowledge-base.ts';
import type { KnowledgePassage } from '../knowledge/knowledge-passage.ts';
import { resourceTitles } from '../knowledge/passage-schema.ts';
import { splitSentences } from '../knowledge/split-sentences.ts';
import type { Question } from '../questionnaires/schema.ts';
import type { DraftMessage } from './reply-parts.ts';
import type { TurnDependencies } from './turn-dependencies.ts';

/**
 * "Why is this asked?": the question's own help text, then the Toolkit passages the definition
 * names for it, cited. Falls back to a search on the prompt when the definition names none.
 */
export async function explainQuestion(
  question: Question,
  dependencies: TurnDependencies,
): Promise<DraftMessage> {
  const passages = question.explainedBy
    .map((id) => findPassage(id, dependencies))
    .filter((passage): passage is KnowledgePassage => passage !== undefined)
    .slice(0, 3);

  if (passages.length === 0) {
    const answer = await dependencies.askKnowledge(question.prompt);
    return {
      kind: 'explanation',
      text: `**Why this is asked**\n\n${question.help}\n\n${answer.text}`,
      citations: answer.citations,
    };
  }

  const citations: Citation[] = passages.map((passage, index) => ({
    number: index + 1,
    id: passage.id,
    resource: passage.resource,
    resourceTitle: passage.resource === 'ingested' ? passage.source.file : resourceTitles[passage.resource],
    title: passage.title,
    snippet: leadSentences(passage.text, 2),
  }));
  const lines = [`**Why this is asked**`, '', question.help, ''];
  for (const citation of citations)
    lines.push(`- **${citation.title}**: ${citation.snippet} [${citation.number}]`);
  if (passages.some((passage) => passage.basis === 'summary')) {
    lines.push('', "_Some of these passages are RAIA's summary of the Toolkit, not its official wording._");
  }
  return { kind: 'explanation', text: lines.join('\n'), citations };
}

function findPassage(id: string, dependencies: TurnDependencies): KnowledgePassage | undefined {
  for (const base of knowledgeBasesOf(dependencies.knowledgeBase)) {
    const passage = base.byId.get(id);
    if (passage !== undefined) return passage;
  }
  return undefined;
}

/** The opening sentences, stopping before a sentence that only introduces a list. */
function leadSentences(text: string, count: number): string {
  const sentences: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentences.length >= count || /:\s*$/.test(sentence) || /^\d+\.?$/.test(sentence.trim())) break;
    sentences.push(sentence);
  }
  return (sentences.length > 0 ? sentences : splitSentences(text).slice(0, 1)).join(' ').trim();
}
