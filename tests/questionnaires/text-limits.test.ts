import { describe, expect, it } from 'vitest';
import { formatCount, textLimits, tooLongMessage } from '../../src/questionnaires/text-limits.ts';
import { validateAnswer } from '../../src/questionnaires/validate-answer.ts';
import { composerLimitStatus, pageTextLimits } from '../../web/src/text-limits.ts';
import { pilotQuestion } from '../machines/fixture-questions.ts';
import { pilotQuestionnaire } from '../machines/fixtures/pilot-questionnaire.ts';

describe('textLimits', () => {
  it('are the limits the page states (it keeps its own copy)', () => {
    expect(pageTextLimits).toEqual({ message: textLimits.message, answer: textLimits.answer });
  });

  it('let any refused message be kept whole as a note, and an answer fit in a message', () => {
    expect(textLimits.note).toBeGreaterThanOrEqual(textLimits.message);
    expect(textLimits.answer).toBeLessThanOrEqual(textLimits.message);
    expect(textLimits.question).toBeLessThanOrEqual(textLimits.answer);
  });

  it('name the limit and the length when a message is refused', () => {
    expect(formatCount(4000)).toBe('4,000');
    expect(tooLongMessage(5000)).toBe(
      'A message can have at most 4,000 characters; this one has 5,000. Nothing was recorded or cut: please send it in shorter parts.',
    );
  });
});

describe('validateAnswer text limit', () => {
  it('refuses a free-text answer over the limit whole, saying how long it is and what the limit is', () => {
    const check = validateAnswer(pilotQuestionnaire, pilotQuestion('oversight-notes'), 'x'.repeat(2345));
    expect(check).toEqual({
      success: false,
      expected:
        'Your answer has 2,345 characters; an answer here can have at most 2,000. Nothing was recorded: shorten it, or keep it as a note.',
    });
  });
});

describe('composerLimitStatus', () => {
  it('says nothing well within the limits, then counts towards the message limit', () => {
    expect(composerLimitStatus(100, 'single')).toEqual({ text: '', blocked: false });
    expect(composerLimitStatus(3500, 'single')).toEqual({
      text: '3,500 of 4,000 characters a message can have.',
      blocked: false,
    });
  });

  it('blocks sending over the message limit and says why, naming the limit', () => {
    const status = composerLimitStatus(5000, 'single');
    expect(status.blocked).toBe(true);
    expect(status.text).toContain('5,000 characters: a message can have at most 4,000.');
  });

  it('states the answer limit at a free-text question, and how to keep longer text as a note', () => {
    expect(composerLimitStatus(1700, 'text').text).toBe('1,700 of 2,000 characters an answer here can have.');
    const over = composerLimitStatus(2500, 'text');
    expect(over.blocked).toBe(false);
    expect(over.text).toContain('an answer here can have at most 2,000');
    expect(over.text).toContain('"note:"');
  });
});
