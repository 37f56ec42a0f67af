import { describe, expect, it } from 'vitest';
import { interpretModelAnswer } from '../../src/interpretation/interpret-model-answer.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Question, Questionnaire } from '../../src/questionnaires/schema.ts';

const risk = createDefaultQuestionnaireRegistry().latest('risk');
if (risk === undefined) throw new Error('the built-in risk questionnaire is missing');
const definition: Questionnaire = risk;

function question(id: string): Question {
  const found = definition.sections.flatMap((section) => section.questions).find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`no question ${id} in ${definition.id}`);
  return found;
}

// The severity scale lists "Negligible" (1) with the synonym "none": the reply NONE must not pick it.
const severity = question('no-legal-basis-severity');
const dataTypes = question('data-types');
const read = (target: Question, reply: string) => interpretModelAnswer(definition, target, reply);

describe('interpretModelAnswer', () => {
  it('checks the scale this test relies on: "none" is a synonym of Negligible (1)', () => {
    const scale = definition.scales.find((entry) => severity.kind === 'scale' && entry.id === severity.scale);
    expect(scale?.points[0]).toMatchObject({ value: 1, label: 'Negligible', synonyms: ['none'] });
  });

  it.each(['NONE', 'none', 'None.', '  NONE \n', 'none.'])(
    'reads the model reply %j on a severity question as no proposal, not as Negligible',
    (reply) => {
      expect(read(severity, reply)).toMatchObject({ success: false });
    },
  );

  it.each([
    ['3', 3],
    [' 3. ', 3],
    ['5\n', 5],
    ['1', 1],
  ])('accepts the bare option number %j', (reply, value) => {
    expect(read(severity, reply)).toEqual({ success: true, value });
  });

  it.each([
    'Negligible',
    'negligible (1)',
    'Moderate',
    '3 - Moderate',
    'Option 3',
    'I think 3',
    '3 or 4',
    '0',
    '6',
    '-1',
    '2.5',
    '',
    'NONE 3',
  ])('treats any other reply (%j) as no proposal', (reply) => {
    expect(read(severity, reply)).toMatchObject({ success: false });
  });

  it('accepts several bare option numbers for a question that allows several', () => {
    const options = dataTypes.kind === 'multiple' ? dataTypes.options : [];
    const check = read(dataTypes, '3, 1');
    expect(check).toEqual({ success: true, value: [options[0]?.value, options[2]?.value] });
    expect(read(dataTypes, 'NONE')).toMatchObject({ success: false });
    expect(read(dataTypes, '1, images')).toMatchObject({ success: false });
    expect(read(dataTypes, `1, ${options.length + 1}`)).toMatchObject({ success: false });
  });

  it('never reads a number for a question without numbered options', () => {
    expect(read(question('system-name'), '3')).toMatchObject({ success: false });
  });
});
