import { answerQuestion, type GroundedAnswer } from '../../../knowledge/answer-question.ts';
import { maximumQueryLength } from '../../../knowledge/search-passages.ts';
import { createLanguageModel } from '../../../llm/language-model.ts';
import { loadKnowledge } from '../load-knowledge.ts';
import { type CliCommand, exitCodes, parseCommandArgs, reportError, usageError } from './cli-command.ts';
import { loadCommandConfig } from './load-command-config.ts';

const help = `Usage: raia ask "question" [--json]

Answers a question from the Toolkit (and any ingested documents), citing the passages used.
With OPENAI_API_KEY set, a language model phrases the answer; otherwise it is composed from the passages.

Options:
  --json   print { answer, citations: [{ id, resource, title }], covered }
  --help   show this help
`;

export const askCommand: CliCommand = {
  summary: 'answer a question from the Toolkit, with citations',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs('ask', askCommand, args, { json: { type: 'boolean' } }, io);
    if ('exitCode' in parsed) return parsed.exitCode;
    const question = parsed.parsed.positionals.join(' ').trim();
    if (question === '')
      return usageError('ask', 'give a question, e.g. raia ask "What is proportionality?"', io);
    if (question.length > maximumQueryLength) {
      return usageError('ask', `the question is longer than ${maximumQueryLength} characters`, io);
    }
    const config = loadCommandConfig('ask', io);
    if (!config) return exitCodes.failure;
    const knowledge = await loadKnowledge(config.RAIA_DATA_DIR);
    if (!knowledge.success) return reportError('ask', knowledge.error, io);

    const model = createLanguageModel(config);
    const answer = await answerQuestion(question, {
      knowledgeBase: knowledge.data,
      ...(model ? { model } : {}),
      timeoutMs: config.RAIA_MODEL_TIMEOUT_MS,
    });
    io.stdout(parsed.parsed.values.json ? `${JSON.stringify(toJson(answer), null, 2)}\n` : toText(answer));
    return exitCodes.success;
  },
};

function toJson(answer: GroundedAnswer) {
  return {
    answer: answer.text,
    citations: answer.citations.map(({ id, resource, title, source }) => ({
      id,
      resource,
      title,
      ...(source ? { source } : {}),
    })),
    covered: answer.covered,
    ...(answer.notice ? { notice: answer.notice } : {}),
  };
}

function toText(answer: GroundedAnswer): string {
  const sources = answer.citations.map((citation) => {
    const where = citation.source ? ` (${citation.source.file}, page ${citation.source.page ?? 1})` : '';
    return `[${citation.number}] ${citation.resourceTitle}: ${citation.title}${where} (${citation.id})`;
  });
  const notice = answer.notice ? `\n\n${answer.notice}` : '';
  return `${answer.text}${sources.length > 0 ? `\n\nSources:\n${sources.join('\n')}` : ''}${notice}\n`;
}
