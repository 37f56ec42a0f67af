import { ingestedResourceTitle } from '../../../knowledge/knowledge-passage.ts';
import { resourceIds } from '../../../knowledge/passage-schema.ts';
import { type SearchHit, type SearchOptions, searchPassages } from '../../../knowledge/search-passages.ts';
import { loadKnowledge } from '../load-knowledge.ts';
import { type CliCommand, exitCodes, parseCommandArgs, reportError, usageError } from './cli-command.ts';
import { loadCommandConfig } from './load-command-config.ts';

const resources: readonly SearchOptions['resource'][] = [...resourceIds, 'ingested'];

const help = `Usage: raia search "query" [--limit N] [--resource R] [--json]

Finds the Toolkit passages (and ingested documents) that best match the query.

Options:
  --limit N      how many passages to show (default 5)
  --resource R   only one resource: ${resources.join(', ')}
  --json         print [{ id, resource, title, score, snippet }]
  --help         show this help
`;

export const searchCommand: CliCommand = {
  summary: 'find the passages that match a query',
  help,
  async run(args, io) {
    const options = {
      limit: { type: 'string' },
      resource: { type: 'string' },
      json: { type: 'boolean' },
    } as const;
    const parsed = parseCommandArgs('search', searchCommand, args, options, io);
    if ('exitCode' in parsed) return parsed.exitCode;
    const { values, positionals } = parsed.parsed;
    const limit = values.limit === undefined ? 5 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      return usageError('search', '--limit must be a whole number of at least 1', io);
    const resource = resources.find((candidate) => candidate === values.resource);
    if (values.resource !== undefined && !resource) {
      return usageError(
        'search',
        `unknown resource "${values.resource}" (use one of: ${resources.join(', ')})`,
        io,
      );
    }
    const query = positionals.join(' ');
    if (query.trim() === '')
      return usageError('search', 'give a query, e.g. raia search "facial recognition"', io);

    const config = loadCommandConfig('search', io);
    if (!config) return exitCodes.failure;
    const knowledge = await loadKnowledge(config.RAIA_DATA_DIR);
    if (!knowledge.success) return reportError('search', knowledge.error, io);
    const hits = searchPassages(knowledge.data, query, { limit, ...(resource ? { resource } : {}) });
    if (!hits.success) return reportError('search', hits.error, io);

    if (values.json) {
      const json = hits.data.map(({ id, resource, title, score, snippet }) => ({
        id,
        resource,
        title,
        score,
        snippet,
      }));
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.stdout(
        hits.data.length === 0
          ? `No passages match "${query}".\n`
          : `${hits.data.map(toText).join('\n\n')}\n`,
      );
    }
    return exitCodes.success;
  },
};

function toText(hit: SearchHit, position: number): string {
  const where =
    hit.passage.resource === 'ingested'
      ? `${ingestedResourceTitle} ${hit.passage.source.file}, page ${hit.passage.source.page}`
      : hit.resourceTitle;
  return `${position + 1}. ${hit.title} (${where}; ${hit.id}; score ${hit.score.toFixed(2)})\n   ${hit.snippet}`;
}
