import { optInQuestionId } from '../frameworks/compose-with-packs.ts';
import { packsComposedInto } from '../frameworks/composed-packs.ts';
import { statementsReading } from '../frameworks/statements-reading.ts';
import type { Question, Questionnaire } from '../questionnaires/schema.ts';
import { formatCitations } from '../reports/format-citation.ts';
import type { DraftMessage } from './reply-parts.ts';

/** Statements listed at most: a question read by many duties is explained by its first few. */
const shownStatements = 4;

/**
 * "Why is this asked?" of a question a framework pack added to the walkthrough: its help, then
 * what the pack does with the answer, in the pack's words with the articles they cite, and who
 * wrote it. Undefined for the Toolkit's own questions, which the Toolkit's passages explain: a
 * search of the Toolkit would cite passages that are not where a legal question comes from.
 */
export function explainPackQuestion(definition: Questionnaire, question: Question): DraftMessage | undefined {
  for (const { pack } of packsComposedInto(definition)) {
    const ownsQuestion = pack.sections.some((section) =>
      section.questions.some((candidate) => candidate.id === question.id),
    );
    const isOptIn = question.id === optInQuestionId(pack.id);
    if (!ownsQuestion && !isOptIn) continue;
    const statements = isOptIn ? [] : statementsReading(pack, question.id).slice(0, shownStatements);
    const lines = [
      '**Why this is asked**',
      '',
      question.help,
      ...(statements.length === 0 ? [] : ['', 'RAIA reads your answer against:']),
      ...statements.map(
        (statement) => `- ${statement.text} (${formatCitations(statement.cites, pack.sources)})`,
      ),
      '',
      `_This question comes from RAIA's "${pack.title}" pack (as of ${pack.asOf}), not from the INTERPOL-UNICRI Toolkit, and is not legal advice._`,
    ];
    return { kind: 'explanation', text: lines.join('\n'), citations: [] };
  }
  return undefined;
}
