import { ingestFiles, ingestibleExtensions } from '../ingest-files.ts';
import { addIngestedPassages, ingestedStorePath } from '../ingested-store.ts';
import { type CliCommand, exitCodes, parseCommandArgs, reportError, usageError } from './cli-command.ts';
import { loadCommandConfig } from './load-command-config.ts';

const help = `Usage: raia ingest <files...> [--json]

Adds your own documents (${ingestibleExtensions.join(', ')}) to what ask and search draw on.
Passages are stored in $RAIA_DATA_DIR/ingested/passages.json and cite the file name and page.
Ingesting a file again replaces its earlier passages; so does another file with the same name
(you are warned). Symbolic links and paths through linked folders are refused.

Options:
  --json   print { store, passages: [{ id, title, file, page }], replaced: [{ file, passages, sameFile }] }
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
    const { replaced } = stored.data;
    // Another file's passages gone is worth a warning even when stdout is read as JSON.
    for (const entry of replaced.filter((candidate) => !candidate.sameFile)) {
      io.stderr(
        `raia ingest: warning: ${entry.file} replaces ${entry.passages} passage(s) ingested earlier from another file named ${entry.file}. ` +
          'Answers cite ingested passages by file name, so only the latest file of a name is kept.\n',
      );
    }
    if (parsed.parsed.values.json) {
      const list = passages.data.map(({ id, title, source }) => ({
        id,
        title,
        file: source.file,
        page: source.page,
      }));
      io.stdout(`${JSON.stringify({ store, passages: list, replaced }, null, 2)}\n`);
    } else {
      for (const entry of replaced.filter((candidate) => candidate.sameFile)) {
        io.stdout(
          `${entry.file} was ingested before: its ${entry.passages} earlier passage(s) were replaced.\n`,
        );
      }
      io.stdout(`Ingested ${passages.data.length} passages from ${files.length} file(s) into ${store}.\n`);
    }
    return exitCodes.success;
  },
};
