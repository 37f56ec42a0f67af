#!/usr/bin/env node
// `raia` executable: registers tsx so Node 20 can load the TypeScript sources, then runs the CLI.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/runtime/node/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
