import { describe, expect, it } from 'vitest';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';

const registry = createDefaultQuestionnaireRegistry();

function definition(version: string): Questionnaire {
  const found = registry.get('risk', version);
  if (found === undefined) throw new Error(`risk v${version} is not installed`);
  return found;
}

const questionIds = (version: string) =>
  definition(version).sections.flatMap((section) => section.questions.map((question) => question.id));

describe('risk questionnaire version 3', () => {
  it('is what new sessions get', () => {
    expect(registry.latest('risk')?.version).toBe('3');
  });

  it('is version 2 plus one optional text question naming the owner, right after autonomy', () => {
    expect(questionIds('3').filter((id) => id !== 'system-owner')).toEqual(questionIds('2'));
    expect(questionIds('3')[questionIds('3').indexOf('autonomy') + 1]).toBe('system-owner');
    const owner = definition('3')
      .sections.flatMap((section) => section.questions)
      .find((question) => question.id === 'system-owner');
    expect(owner).toMatchObject({ kind: 'text', required: false });
    expect(definition('3').scoring).toEqual(definition('2').scoring);
  });
});
