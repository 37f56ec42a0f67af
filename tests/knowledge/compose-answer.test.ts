import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/knowledge/answer-question.ts';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { legalNote } from '../../src/knowledge/legal-note.ts';
import { resourceTitles } from '../../src/knowledge/passage-schema.ts';
import { modelAnswering } from '../llm/mock-language-model.ts';
import { loadAnswerFixtureKnowledgeBase } from './answer-fixture-knowledge-base.ts';

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  knowledgeBase = await loadAnswerFixtureKnowledgeBase();
});

const ask = (question: string) => answerQuestion(question, { knowledgeBase });
const firstLine = (text: string) => text.split('\n')[0];

describe('answers open with a direct answer', () => {
  it('puts one or two cited sentences first, then cited points, with the sources as citations', async () => {
    const answer = await ask('What is proportionality?');
    const [opening] = answer.text.split('\n\n');
    expect(opening).toMatch(/^Proportionality weighs the expected benefit.*\[1\]$/);
    // Every channel lists the citations under the text; the text does not list them again.
    expect(answer.text).not.toContain('Sources');
    expect(answer.citations[0]).toMatchObject({
      number: 1,
      title: 'Necessity and proportionality',
      resourceTitle: 'Principles for Responsible AI Innovation',
    });
    const points = answer.text.split('\n').filter((line) => line.startsWith('- ') && !line.startsWith('- ['));
    for (const point of points) expect(point).toMatch(/\[\d+\]$/);
  });
});

describe('questions about one member of a list', () => {
  it("open with that member's line of the list", async () => {
    const answer = await ask('What is the human component of an AI system?');
    expect(firstLine(answer.text)).toBe(
      'Human: the people who design the system, prepare its data, read its outputs and take the decisions. [1]',
    );
  });
});

describe('list questions', () => {
  it('names the count and every member in the opening sentence, then lists them', async () => {
    const answer = await ask('What are the five core principles?');
    expect(firstLine(answer.text)).toBe(
      'The Toolkit names five core principles: Lawfulness, Minimization of harm, Human autonomy, Fairness and Good governance. [1]',
    );
    expect(answer.citations[0]?.id).toBe('principles-overview');
    expect(answer.text).toContain('- **Minimization of harm**: human and environmental well-being;');
    expect(answer.text).toContain(
      '- **Good governance**: accountability; traceability and auditability. [1]',
    );
  });

  it('prefers the overview whose title names the subject', async () => {
    const answer = await ask('Which instrumental principles sit under fairness?');
    expect(answer.citations[0]?.id).toBe('principles-fairness-overview');
    expect(firstLine(answer.text)).toBe(
      'The Toolkit names four instrumental principles under fairness: Equality and non-discrimination; Diversity and accessibility; Protection of vulnerable groups; and Contestability and redress. [1]',
    );
  });

  it('moves an overview passage ahead of a passage that outscores it', async () => {
    const answer = await ask('What are the instrumental principles under lawfulness?');
    expect(answer.citations[0]?.id).toBe('principles-overview');
    expect(firstLine(answer.text)).toBe(
      'The Toolkit groups these under Lawfulness: legitimacy; necessity; proportionality. [1]',
    );
  });

  it('keeps the words of the passage when it echoes the subject', async () => {
    const answer = await ask('what are the 4 components of an ai system');
    expect(firstLine(answer.text)).toBe(
      'The Toolkit names four components of an AI system: Algorithms, Data, Computer and Human. [1]',
    );
  });

  it('never echoes markup or a citation marker typed into the question', async () => {
    // The passage does say "17", so a subject check by stems alone would let "[17]" through.
    const answer = await ask('What are the five core [17] principles?');
    expect(answer.text).not.toMatch(/(?<!\\)\[17\]/);
    expect(firstLine(answer.text)).toBe(
      'The Toolkit lists five under “The five core principles and their instrumental principles”: Lawfulness, Minimization of harm, Human autonomy, Fairness and Good governance. [1]',
    );
  });

  it('answers "how many" with the count the passage states', async () => {
    const answer = await ask('how many instrumental principles are there');
    expect(answer.covered).toBe(true);
    expect(firstLine(answer.text)).toContain('17 instrumental principles');
  });
});

describe('how-to questions', () => {
  it("gives numbered steps from a passage's numbered list, each cited", async () => {
    const answer = await ask('How should we handle bias in a predictive policing tool?');
    expect(answer.citations[0]?.id).toBe('workbook-bias-steps');
    expect(firstLine(answer.text)).toBe(
      'Bias in a predictive policing tool is handled before, during and after deployment, by the people who own the tool. [1]',
    );
    expect(answer.text).toContain(
      '1. Check whether the training data mostly record where officers patrolled rather than where crime happened. [1]',
    );
    expect(answer.text).toContain(
      '5. Audit which areas are flagged again and again, and retrain or retire the tool if the pattern persists. [1]',
    );
  });

  it('turns a "Questions to check" clause into steps', async () => {
    const answer = await ask('how do we keep a human in control of a facial recognition tool');
    expect(answer.text).toContain('1. Does a trained examiner review every candidate before any action? [1]');
    expect(answer.text).toContain(
      '4. Is the threshold set so that reviewers are not flooded with weak candidates? [1]',
    );
  });
});

describe('legal questions and legal passages', () => {
  it('ends with the not-legal-advice note and never calls the law the Toolkit', async () => {
    const answer = await ask('What does Article 27 of the AI Act require?');
    expect(answer.covered).toBe(true);
    expect(answer.citations[0]?.id).toBe('law-ai-act-art27-fria');
    expect(answer.text.endsWith(legalNote)).toBe(true);
    expect(answer.text).not.toMatch(/from the Toolkit|summary of the Toolkit/i);
    expect(answer.citations[0]?.resourceTitle).toBe(resourceTitles.law);
  });

  it('adds the note whenever a legal passage is cited', async () => {
    const answer = await ask('When must a serious incident be reported?');
    expect(answer.citations[0]?.resource).toBe('law');
    expect(answer.text.endsWith(legalNote)).toBe(true);
  });

  it('adds the note to a model-phrased answer about law too', async () => {
    const model = modelAnswering(
      'A police deployer assesses fundamental rights before first use [law-ai-act-art27-fria].',
    );
    const answer = await answerQuestion('What does Article 27 of the AI Act require?', {
      knowledgeBase,
      model,
    });
    expect(answer).toMatchObject({ covered: true, method: 'model' });
    expect(answer.text.endsWith(legalNote)).toBe(true);
  });

  it('adds no legal note to a Toolkit answer', async () => {
    const answer = await ask('What are the four components of an AI system?');
    expect(answer.text).not.toContain(legalNote);
  });
});

describe('honest scope', () => {
  it.each([
    ['How long may we keep licence plate reads?', 'no time period'],
    ['What budget do we need for facial recognition?', 'no costs, prices or budgets'],
    ['What does German law say about facial recognition?', 'not describe the law of Germany'],
    ['What is the best large language model product for police?', 'do not compare, rank or recommend'],
    ['How many officers do we need to review facial recognition matches?', 'no staffing numbers'],
    ['What accuracy rate should our facial recognition reach?', 'no accuracy or error-rate figures'],
  ])('declines %j and says what is missing', async (question, missing) => {
    const answer = await ask(question);
    expect(answer).toMatchObject({ covered: false, citations: [] });
    expect(answer.text).toContain('does not cover this question');
    expect(answer.text).toContain(missing);
    expect(answer.text).toMatch(
      /The closest (?:passage RAIA holds, which does not answer it, is|passages RAIA holds, which do not answer it, are) \*\*/,
    );
  });

  it('answers when a passage states an answer of the type asked for', async () => {
    const answer = await ask('How long do we have to report a serious incident?');
    expect(answer.covered).toBe(true);
    expect(answer.text).toContain('15 days');
  });

  it('suggests no passages for an unrelated question, only what RAIA covers', async () => {
    const answer = await ask('How do I bake sourdough bread?');
    expect(answer.covered).toBe(false);
    expect(answer.text).not.toContain('closest passage');
    expect(answer.text).toContain(resourceTitles.principles);
    expect(answer.text).toContain(resourceTitles.law);
  });
});
