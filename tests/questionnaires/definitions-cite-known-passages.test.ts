import { describe, expect, it } from 'vitest';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import readinessJson from '../../src/questionnaires/data/readiness.v1.json' with { type: 'json' };
import riskJson from '../../src/questionnaires/data/risk.v1.json' with { type: 'json' };
import { loadQuestionnaire } from '../../src/questionnaires/load-questionnaire.ts';

describe('built-in definitions and the knowledge base', () => {
  it('cite only passages the built-in knowledge base holds ("why is this asked?" always has a source)', () => {
    const knownPassageIds = new Set(loadBuiltInKnowledgeBase().byId.keys());
    for (const [fileName, json] of [
      ['readiness.v1.json', readinessJson],
      ['risk.v1.json', riskJson],
    ] as const) {
      const result = loadQuestionnaire(json, { fileName, knownPassageIds });
      expect(result.success ? '' : result.error).toBe('');
    }
  });

  it('would refuse a definition citing a passage that does not exist', () => {
    const knownPassageIds = new Set(loadBuiltInKnowledgeBase().byId.keys());
    const broken = structuredClone(riskJson) as {
      sections: Array<{ questions: Array<{ explainedBy?: string[] }> }>;
    };
    const first = broken.sections[0]?.questions[0];
    if (first) first.explainedBy = ['principles-does-not-exist'];
    const result = loadQuestionnaire(broken, { fileName: 'risk.v1.json', knownPassageIds });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toContain('principles-does-not-exist');
  });
});
