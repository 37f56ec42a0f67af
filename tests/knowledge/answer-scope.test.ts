import { describe, expect, it } from 'vitest';
import {
  asksForDate,
  holdsAnswerOfType,
  requestedAnswerType,
  statesDate,
} from '../../src/knowledge/answer-scope.ts';
import type { KnowledgePassage } from '../../src/knowledge/knowledge-passage.ts';

function passage(text: string): KnowledgePassage {
  return { id: 'p', resource: 'principles', section: 'S', title: 'T', tags: [], basis: 'confirmed', text };
}

function holds(question: string, text: string): boolean {
  const type = requestedAnswerType(question);
  if (!type) throw new Error(`no answer type in ${question}`);
  return holdsAnswerOfType(question, type, [passage(text)]);
}

describe('requestedAnswerType', () => {
  it.each([
    ['How long may we keep CCTV footage?', 'duration'],
    ['What is the retention period for ANPR reads?', 'duration'],
    ['how many months can we store bodycam video', 'duration'],
    ['How much does a facial recognition system cost?', 'money'],
    ['What budget do we need for an AI unit?', 'money'],
    ['What is the price of a licence for predictive policing software?', 'money'],
    ['What does German law say about body cams?', 'jurisdiction'],
    ['Is live facial recognition allowed in France?', 'jurisdiction'],
    ['Can UK police use drones for crowd monitoring?', 'jurisdiction'],
    ['Which facial recognition vendor is the most accurate?', 'vendor-ranking'],
    ['What is the best large language model product for police?', 'vendor-ranking'],
    ['Compare the leading ANPR suppliers', 'vendor-ranking'],
    ['How many analysts do we need to run a real-time crime centre?', 'staffing'],
    ['How many officers should staff the AI ethics board?', 'staffing'],
    ['how many instrumental principles are there', 'number'],
    ['What accuracy rate should our facial recognition reach?', 'rate'],
    ['What is the false positive rate of live facial recognition?', 'rate'],
  ])('reads %j as asking for a %s', (question, kind) => {
    expect(requestedAnswerType(question)?.kind).toBe(kind);
  });

  it('names the jurisdiction asked about', () => {
    expect(requestedAnswerType('What does Dutch law say about predictive policing?')).toMatchObject({
      kind: 'jurisdiction',
      name: 'the Netherlands',
    });
  });

  it.each([
    'What is proportionality?',
    'How should thresholds weigh the cost of each kind of error?',
    'Is the Toolkit available in English?',
    'Which fairness toolkits does the Technical Reference Book name?',
    'Why can a 99% accurate model be misleading?',
    'Tell us about the risks of facial recognition for us as an agency',
    'What does the EU AI Act say about emotion recognition?',
    'How should we handle bias in a predictive policing tool?',
  ])('asks for no particular type of answer in %j', (question) => {
    expect(requestedAnswerType(question)).toBeUndefined();
  });
});

describe('holdsAnswerOfType', () => {
  it.each([
    ['How long may we keep ANPR reads?', 'ANPR reads are deleted after 30 days unless tied to a case.'],
    ['How long is the technical reference book?', 'The technical reference book runs to about 60 pages.'],
    [
      'How much does a facial recognition licence cost?',
      'A facial recognition licence costs €40,000 a year.',
    ],
    ['What does German law say about drones?', 'In Germany, police drone flights need state approval.'],
    ['How many analysts staff a crime centre?', 'A crime centre usually has 12 analysts on shift.'],
    [
      'What accuracy rate should facial recognition reach?',
      'Facial recognition reached 99.5% on the test set.',
    ],
    ['How many core principles are there?', 'There are 5 core principles.'],
  ])('finds an answer to %j in %j', (question, text) => {
    expect(holds(question, text)).toBe(true);
  });

  it.each([
    ['How long may we keep ANPR reads?', 'Set ANPR retention periods and access rules before use.'],
    ['How long may we keep ANPR reads?', 'Facial recognition logs are kept for 6 months.'],
    [
      'How much does a facial recognition licence cost?',
      'Weigh the cost of a false facial recognition match.',
    ],
    ['What does German law say about drones?', 'Drone flights need a recorded purpose.'],
    [
      'Which facial recognition vendor is most accurate?',
      'Ask every facial recognition vendor for test results.',
    ],
    ['How many analysts staff a crime centre?', 'A crime centre needs trained analysts.'],
    ['What accuracy rate should facial recognition reach?', 'A 99% accurate spam filter can still fail.'],
  ])('finds no answer to %j in %j', (question, text) => {
    expect(holds(question, text)).toBe(false);
  });
});

describe('dates', () => {
  it('hears a question asking when', () => {
    expect(asksForDate('When did the AI Act enter into force?')).toBe(true);
    expect(asksForDate('In which year was the Toolkit revised?')).toBe(true);
    expect(asksForDate('What is a confusion matrix?')).toBe(false);
  });

  it("finds a date about the question's subject, not a law's number", () => {
    const question = 'When did the AI Act enter into force?';
    expect(statesDate(question, passage('The AI Act entered into force on 1 August 2024.'))).toBe(true);
    expect(statesDate(question, passage('The AI Act is Regulation (EU) 2024/1689.'))).toBe(false);
    expect(
      statesDate(question, passage('The Convention was opened for signature on 5 September 2024.')),
    ).toBe(false);
  });
});
