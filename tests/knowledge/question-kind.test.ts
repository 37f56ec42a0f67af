import { describe, expect, it } from 'vitest';
import { isLegalQuestion, questionKind } from '../../src/knowledge/question-kind.ts';

describe('questionKind', () => {
  it.each([
    'What are the five core principles?',
    'Which instrumental principles sit under fairness?',
    'what are the 4 components of an AI system',
    'What are the life-cycle stages?',
    'Name the seven resources of the Toolkit',
    'how many instrumental principles are there',
    'List the readiness dimensions.',
    'What prohibited practices does the AI Act list?',
  ])('reads %j as a list question', (question) => {
    expect(questionKind(question)).toBe('list');
  });

  it.each([
    'How should we handle bias in a predictive policing tool?',
    'What steps should we take before buying facial recognition?',
    'how do we keep a human in control of a facial recognition tool',
    'What should we do when a model starts drifting?',
    'How can an agency start procuring an AI system?',
  ])('reads %j as a how-to question', (question) => {
    expect(questionKind(question)).toBe('how-to');
  });

  it.each([
    'Is live facial recognition legal for the police?',
    'Does Article 27 of the AI Act apply to us?',
    'What is our lawful basis for processing biometric data under the LED?',
    'Does the GDPR apply to police investigations?',
  ])('reads %j as a legal question', (question) => {
    expect(questionKind(question)).toBe('legal');
  });

  it.each([
    'What is proportionality?',
    'What does human in the loop mean?',
    "What's a confusion matrix?",
    'Define data drift',
  ])('reads %j as a definition question', (question) => {
    expect(questionKind(question)).toBe('definition');
  });

  it.each([
    'When was the revised edition of the Toolkit released?',
    'Who developed the Toolkit?',
    'Why can a 99% accurate model be misleading?',
    'How does facial recognition work?',
  ])('reads %j as a fact question', (question) => {
    expect(questionKind(question)).toBe('fact');
  });
});

describe('isLegalQuestion', () => {
  it.each([
    'Is live facial recognition legal?',
    'What does Art. 26 require of deployers?',
    'Which Annex III point covers law enforcement?',
    'What does the Law Enforcement Directive say about automated decisions?',
    'Is HUDERIA binding?',
    'What does the Council of Europe Convention on AI require?',
    'Do we need a lawful basis for this?',
    'What does the law say about drones?',
  ])('finds law in %j', (question) => {
    expect(isLegalQuestion(question)).toBe(true);
  });

  it.each([
    'What does lawfulness require?',
    'What is the Toolkit for Responsible AI Innovation in Law Enforcement?',
    'How do law enforcement agencies use AI?',
    'The model led to wrong matches: what now?',
  ])('finds no law in %j', (question) => {
    expect(isLegalQuestion(question)).toBe(false);
  });
});
