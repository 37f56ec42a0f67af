import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer-question.ts';
import { citationSchema } from '../../src/knowledge/citation.ts';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { modelUnavailableNotice } from '../../src/knowledge/grounded-answer.ts';
import { resourceTitles } from '../../src/knowledge/passage-schema.ts';
import { failingModel, hangingModel, modelAnswering } from '../llm/mock-language-model.ts';
import { loadFixtureKnowledgeBase } from './fixture-knowledge-base.ts';

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  knowledgeBase = await loadFixtureKnowledgeBase();
});

describe('answerQuestion without a model', () => {
  it('composes an answer from the most relevant sentences, with numbered citations', async () => {
    const answer = await answerQuestion('What is proportionality?', { knowledgeBase });
    expect(answer).toMatchObject({ covered: true, method: 'extractive' });
    expect(answer.citations[0]).toMatchObject({
      number: 1,
      id: 'principles-proportionality',
      title: 'Necessity and proportionality',
    });
    for (const citation of answer.citations) expect(citationSchema.parse(citation)).toEqual(citation);
    expect(answer.text).toContain('Proportionality weighs the expected benefit for public safety');
    expect(answer.text).toContain('[1]');
    expect(answer.notice).toBeUndefined();
  });

  it("notes that a summary passage is RAIA's summary, not the official wording", async () => {
    const answer = await answerQuestion('human oversight of decisions', { knowledgeBase });
    const number = answer.citations.find((citation) => citation.id === 'principles-human-oversight')?.number;
    expect(answer.text).toContain(
      `_Note: [${number}] is RAIA's summary of the Toolkit, not its official wording._`,
    );
  });

  it('says the Toolkit does not cover an unrelated question and lists what it covers', async () => {
    const answer = await answerQuestion('How do I bake sourdough bread?', { knowledgeBase });
    expect(answer).toMatchObject({ covered: false, citations: [] });
    expect(answer.text).toContain('as loaded in RAIA');
    expect(answer.text).toContain('does not cover this question');
    for (const title of Object.values(resourceTitles)) expect(answer.text).toContain(title);
  });

  it('explains an empty question instead of answering', async () => {
    const answer = await answerQuestion('  ', { knowledgeBase });
    expect(answer).toEqual({
      text: 'Type a question or some words to search for.',
      citations: [],
      covered: false,
      method: 'extractive',
    });
  });
});

describe('answerQuestion with a model', () => {
  it('keeps citations of retrieved passages, numbers them and drops sentences citing only invented ones', async () => {
    const model = modelAnswering(
      'Use AI only when no less intrusive means would work [principles-proportionality]. It must be lawful [invented-passage].',
    );
    const answer = await answerQuestion('Is AI necessary and proportionate?', { knowledgeBase, model });
    expect(answer).toMatchObject({ covered: true, method: 'model' });
    expect(answer.text).toBe('Use AI only when no less intrusive means would work [1].');
    expect(answer.citations.map((citation) => [citation.number, citation.id])).toEqual([
      [1, 'principles-proportionality'],
    ]);

    const prompt = JSON.stringify(model.doGenerateCalls[0]?.prompt);
    expect(prompt).toContain('principles-proportionality');
    expect(prompt).toContain('Proportionality weighs the expected benefit');
    expect(prompt).toContain('ONLY the passages');
  });

  it('maps grouped citations in order of first use', async () => {
    const model = modelAnswering(
      'Oversight matters [principles-human-oversight, principles-proportionality]. Again [principles-human-oversight].',
    );
    const answer = await answerQuestion('human oversight and proportionality', { knowledgeBase, model });
    expect(answer.text).toContain('Oversight matters [1][2]. Again [1].');
    expect(answer.citations.map((citation) => citation.id)).toEqual([
      'principles-human-oversight',
      'principles-proportionality',
    ]);
    expect(answer.text).toContain("_Note: [1] is RAIA's summary");
  });

  it.each([
    ['throws', failingModel()],
    ['hangs past the timeout', hangingModel()],
  ])('falls back to the extractive answer when the model %s', async (_case, model) => {
    const answer = await answerQuestion('What is proportionality?', { knowledgeBase, model, timeoutMs: 50 });
    expect(answer).toMatchObject({ covered: true, method: 'extractive', notice: modelUnavailableNotice });
    expect(answer.citations[0]?.id).toBe('principles-proportionality');
  });

  it('falls back to the extractive answer, with no notice, when the model answers without any valid citation', async () => {
    const model = modelAnswering('Proportionality is about balance [1].');
    const answer = await answerQuestion('What is proportionality?', { knowledgeBase, model, timeoutMs: 50 });
    expect(answer).toMatchObject({ covered: true, method: 'extractive' });
    expect(answer.notice).toBeUndefined();
    expect(answer.citations[0]?.id).toBe('principles-proportionality');
  });

  it('reports not covered when the model says the passages do not answer', async () => {
    const answer = await answerQuestion('What is proportionality?', {
      knowledgeBase,
      model: modelAnswering('NOT_COVERED'),
    });
    expect(answer).toMatchObject({ covered: false, method: 'model', citations: [] });
  });

  it('does not ask the model when nothing relevant was retrieved', async () => {
    const model = modelAnswering('Bread needs flour [principles-lawfulness].');
    const answer = await answerQuestion('How do I bake sourdough bread?', { knowledgeBase, model });
    expect(answer.covered).toBe(false);
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
