import { ingestFiles, ingestibleExtensions } from '../ingest-files.ts';
import { addIngestedPassages, ingestedStorePath } from '../ingested-store.ts';
import { type CliCommand, exitCodes, parseCommandArgs, reportError, usageError } from './cli-command.ts';
import { loadCommandConfig } from './load-command-config.ts';

const help = `Usage: raia ingest <files...> [--json]

Adds your own documents (${ingestibleExtensions.join(', ')}) to what ask and search draw on.
Passages are stored in $RAIA_DATA_DIR/ingested/passages.json and cite the file name and page.
Ingesting a file again replaces its earlier passages.

Options:
  --json   print { store, passages: [{ id, title, file, page }] }
  --help   show this help
`;

export const ingestCommand: CliCommand = {
  summary: 'add Markdown, text or PDF documents to the searchable knowledge',
  help,
  async run(args, io) {
    const parsed = parseCommandArgs('ingest', ingestCommand, args, { json: { type: 'boolean' } }, io);
    if ('exitCode' in parsed) return parsed.exitCode;
    const files = parsed.parsed.positionals;
    if (files.length === 0)
      return usageError('ingest', 'give at least one file, e.g. raia ingest policy.pdf', io);
    const config = loadCommandConfig('ingest', io);
    if (!config) return exitCodes.failure;

    const passages = await ingestFiles(files);
    if (!passages.success) return reportError('ingest', passages.error, io);
    const stored = await addIngestedPassages(config.RAIA_DATA_DIR, passages.data);
    if (!stored.success) return reportError('ingest', stored.error, io);

    const store = ingestedStorePath(config.RAIA_DATA_DIR);
    if (parsed.parsed.values.json) {
      const list = passages.data.map(({ id, title, source }) => ({
        id,
        title,
        file: source.file,
        page: source.page,
      }));
      io.stdout(`${JSON.stringify({ store, passages: list }, null, 2)}\n`);
    } else {
      io.stdout(`Ingested ${passages.data.length} passages from ${files.length} file(s) into ${store}.\n`);
    }
    return exitCodes.success;
  },
};
