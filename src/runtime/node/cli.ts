/** `raia` command line. */
export async function runCli(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help')) {
    process.stdout.write('raia: Responsible AI Innovation Assistant\n\nUsage: raia <command>\n');
    return 0;
  }
  process.stderr.write(`raia: unknown command ${argv[0]}\n`);
  return 2;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
