// `npm run bench:retrieval`: load time, query latency and size of the built-in search index.
// Speed lives here, never in tests. Targets: load < 100 ms, query p99 < 5 ms.
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import { z } from 'zod';
import { answerQuestion } from '../src/knowledge/answer-question.ts';
import { createKnowledgeBase } from '../src/knowledge/create-knowledge-base.ts';
import { passageSchema } from '../src/knowledge/passage-schema.ts';
import { searchPassages } from '../src/knowledge/search-passages.ts';
import { loadRetrievalEvaluation } from './evaluate-retrieval.ts';

const rounds = 5;
const generated = new URL('../src/knowledge/generated/', import.meta.url);
const indexText = await readFile(new URL('search-index.json', generated), 'utf8');
const passagesText = await readFile(new URL('passages.json', generated), 'utf8');

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}
const milliseconds = (value: number) => `${value.toFixed(3)} ms`;
const kibibytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

// What loadBuiltInKnowledgeBase does after the bundler has inlined the JSON: parse, validate, load.
// Includes tsx compiling the TypeScript modules on the way, so it overstates a bundled start.
const firstStart = performance.now();
const { loadBuiltInKnowledgeBase } = await import('../src/knowledge/knowledge-base.ts');
const knowledgeBase = loadBuiltInKnowledgeBase();
const firstLoad = performance.now() - firstStart;

const loadTimes: number[] = [];
for (let round = 0; round < 10; round++) {
  const start = performance.now();
  const passages = z.array(passageSchema).parse(JSON.parse(passagesText));
  createKnowledgeBase(passages, { index: lunr.Index.load(JSON.parse(indexText)) });
  loadTimes.push(performance.now() - start);
}
loadTimes.sort((left, right) => left - right);

const evaluation = loadRetrievalEvaluation();
const questions = [...evaluation.questions, ...evaluation.notCovered].map((entry) => entry.question);
for (const question of questions) searchPassages(knowledgeBase, question);
const queryTimes: number[] = [];
const queryCpuTimes: number[] = [];
const answerTimes: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const question of questions) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    searchPassages(knowledgeBase, question);
    const cpu = process.cpuUsage(cpuStart);
    queryTimes.push(performance.now() - start);
    queryCpuTimes.push((cpu.user + cpu.system) / 1000);
    const answerStart = performance.now();
    await answerQuestion(question, { knowledgeBase });
    answerTimes.push(performance.now() - answerStart);
  }
}
queryTimes.sort((left, right) => left - right);
queryCpuTimes.sort((left, right) => left - right);
answerTimes.sort((left, right) => left - right);

process.stdout.write(
  [
    `passages: ${knowledgeBase.passages.length}, vocabulary: ${knowledgeBase.vocabulary.size} words`,
    `first load (import JSON + validate + index load): ${milliseconds(firstLoad)}`,
    `reload from JSON text, median / worst of 10: ${milliseconds(percentile(loadTimes, 0.5))} / ${milliseconds(loadTimes.at(-1) ?? Number.NaN)} (target < 100 ms)`,
    `search, ${queryTimes.length} queries (${questions.length} questions x ${rounds}): p50 ${milliseconds(percentile(queryTimes, 0.5))}, p99 ${milliseconds(percentile(queryTimes, 0.99))}, max ${milliseconds(queryTimes.at(-1) ?? Number.NaN)} (target p99 < 5 ms)`,
    `search CPU time (immune to other processes on a shared machine): p50 ${milliseconds(percentile(queryCpuTimes, 0.5))}, p99 ${milliseconds(percentile(queryCpuTimes, 0.99))}`,
    `load average during the run: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
    `extractive answer: p50 ${milliseconds(percentile(answerTimes, 0.5))}, p99 ${milliseconds(percentile(answerTimes, 0.99))}`,
    `search-index.json: ${kibibytes(Buffer.byteLength(indexText))} raw, ${kibibytes(gzipSync(indexText).length)} gzipped`,
    `passages.json: ${kibibytes(Buffer.byteLength(passagesText))} raw, ${kibibytes(gzipSync(passagesText).length)} gzipped`,
    '',
  ].join('\n'),
);
