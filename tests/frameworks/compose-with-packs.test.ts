import { describe, expect, it } from 'vitest';
import { composeWithPacks, optInQuestionId } from '../../src/frameworks/compose-with-packs.ts';
import { packsComposedInto, toolkitDefinitionOf } from '../../src/frameworks/composed-packs.ts';
import { createPackedQuestionnaireRegistry } from '../../src/frameworks/create-packed-questionnaire-registry.ts';
import euAiActV1Json from '../../src/frameworks/data/eu-ai-act.v1.json' with { type: 'json' };
import {
  createDefaultFrameworkRegistry,
  createFrameworkRegistry,
} from '../../src/frameworks/framework-registry.ts';
import { loadFrameworkPack } from '../../src/frameworks/load-framework-pack.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { visibleQuestions } from '../../src/questionnaires/visible-questions.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { liveFaceIdentification } from './eu-ai-act-profiles.ts';
import { euAiActPack, riskV3, walkthroughAnswers } from './eu-ai-act-walkthrough.ts';

const frameworks = createDefaultFrameworkRegistry();
const everyPack = frameworks
  .list()
  .filter((summary) => summary.isLatest)
  .map((summary) => frameworks.latest(summary.id))
  .flatMap((pack) => (pack === undefined ? [] : [pack]));

function composed(appliedBy: 'asked' | 'organisation') {
  const result = composeWithPacks(riskV3, [{ pack: euAiActPack, appliedBy }]);
  if (!result.success) throw new Error(result.error);
  return result.data;
}

describe('composeWithPacks', () => {
  it('composes every built-in pack with the risk questionnaire into a definition that passes every check', () => {
    const result = composeWithPacks(
      riskV3,
      everyPack.map((pack) => ({ pack, appliedBy: 'asked' as const })),
    );
    expect(result.success ? 'valid' : result.error).toBe('valid');
  });

  it('puts the opt-in questions and the pack sections right after the system profile', () => {
    const definition = composed('asked');
    expect(definition.sections.slice(0, 3).map((section) => section.id)).toEqual([
      'system-profile',
      'legal-frameworks',
      euAiActPack.sections[0]?.id,
    ]);
    expect(definition.sections.at(-1)?.id).toBe(riskV3.sections.at(-1)?.id);
    expect(definition.id).toBe('risk');
    expect(definition.version).toBe(riskV3.version);
    expect(packsComposedInto(definition).map(({ pack }) => pack.id)).toEqual(['eu-ai-act']);
  });

  it('shows no pack question until the opt-in is answered yes', () => {
    const definition = composed('asked');
    const answers = walkthroughAnswers(liveFaceIdentification);
    const shownIds = (optIn: string | undefined) => {
      const withOptIn =
        optIn === undefined
          ? answers
          : {
              ...answers,
              [optInQuestionId('eu-ai-act')]: { value: optIn, answeredAt: '2026-11-30T09:00:00.000Z' },
            };
      return visibleQuestions(definition, withOptIn).map(({ question }) => question.id);
    };
    const packIds = new Set(euAiActPack.sections.flatMap((section) => section.questions.map(({ id }) => id)));
    expect(shownIds(undefined).filter((id) => packIds.has(id))).toEqual([]);
    expect(shownIds('no').filter((id) => packIds.has(id))).toEqual([]);
    expect(shownIds('yes').filter((id) => packIds.has(id)).length).toBeGreaterThan(20);
  });

  it('asks no opt-in for a pack the organisation applies', () => {
    const definition = composed('organisation');
    expect(definition.sections.map((section) => section.id)).not.toContain('legal-frameworks');
  });

  it('leaves the Toolkit risk result exactly as it is without packs', () => {
    const answers = walkthroughAnswers(liveFaceIdentification, {
      rated: { 'biometric-misidentification': { likelihood: 4, severity: 5, mitigation: 'partial' } },
    });
    expect(scoreRisk(toolkitDefinitionOf(composed('asked')), answers)).toEqual(scoreRisk(riskV3, answers));
    // Scored as composed, the pack's unanswered opt-in would count as a Toolkit open item.
    expect(scoreRisk(composed('asked'), answers).openItems).not.toEqual([]);
  });
});

describe('a pack section asked last', () => {
  it("comes after the questionnaire's last section, and the rest stay after the profile", () => {
    const latest = frameworks.latest('eu-ai-act');
    if (latest === undefined) throw new Error('no EU pack');
    expect(latest.askLast).toEqual(['eu-fria']);
    const result = composeWithPacks(riskV3, [{ pack: latest, appliedBy: 'asked' }]);
    if (!result.success) throw new Error(result.error);
    const ids = result.data.sections.map((section) => section.id);
    expect(ids.at(-1)).toBe('eu-fria');
    expect(ids.at(-2)).toBe(riskV3.sections.at(-1)?.id);
    expect(ids.indexOf('eu-deployer-duties')).toBeLessThan(ids.indexOf(riskV3.sections[1]?.id ?? ''));
  });

  it('is refused when the pack has no section of that id', () => {
    const loaded = loadFrameworkPack(
      { ...euAiActV1Json, askLast: ['eu-nothing'] },
      {
        questionnaires: builtInQuestionnaires(),
      },
    );
    expect(loaded.success ? 'loaded' : loaded.error).toContain('asks section "eu-nothing" last');
  });
});

describe('createPackedQuestionnaireRegistry', () => {
  const created = createPackedQuestionnaireRegistry(createDefaultQuestionnaireRegistry(), frameworks, [
    { packId: 'eu-ai-act', how: 'ask' },
  ]);
  if (!created.success) throw created.error;
  const registry = created.data;

  it('starts a risk session composed with the newest pack, and a readiness session without', () => {
    expect(registry.startingPoint('risk')?.packs).toEqual([
      { id: 'eu-ai-act', version: '2', appliedBy: 'asked' },
    ]);
    expect(registry.startingPoint('readiness')?.packs).toEqual([]);
  });

  it('gives the same definition object for the same versions, so its machine is compiled once', () => {
    const packs = [{ id: 'eu-ai-act', version: '2', appliedBy: 'asked' as const }];
    expect(registry.get('risk', '3', packs)).toBe(registry.get('risk', '3', packs));
    expect(registry.get('risk', '3', packs)).toBe(registry.startingPoint('risk')?.definition);
  });

  it('composes a session begun on version 1 with version 1, its FRIA questions after the profile', () => {
    const older = registry.get('risk', '3', [{ id: 'eu-ai-act', version: '1', appliedBy: 'asked' }]);
    const sectionIds = older?.sections.map((section) => section.id) ?? [];
    expect(sectionIds.indexOf('eu-fria')).toBeLessThan(sectionIds.indexOf('lawfulness'));
    expect(older).not.toBe(registry.startingPoint('risk')?.definition);
  });

  it('finds nothing for a pack version that is not installed, and the plain definition without packs', () => {
    expect(
      registry.get('risk', '3', [{ id: 'eu-ai-act', version: '9', appliedBy: 'asked' }]),
    ).toBeUndefined();
    expect(registry.get('risk', '3')).toBe(createDefaultQuestionnaireRegistry().get('risk', '3'));
  });
});

describe('a pack that does not fit beside another', () => {
  it('refuses the deployment with the problem named, instead of failing a conversation', () => {
    const copy = { ...euAiActPack, id: 'eu-ai-act-copy' };
    const created = createPackedQuestionnaireRegistry(
      createDefaultQuestionnaireRegistry(),
      createFrameworkRegistry([euAiActPack, copy]),
      [
        { packId: 'eu-ai-act', how: 'ask' },
        { packId: 'eu-ai-act-copy', how: 'ask' },
      ],
    );
    expect(created.success).toBe(false);
    if (created.success) return;
    expect(created.error.message).toContain('A framework pack does not fit its questionnaire');
    expect(created.error.message).toContain('eu-remote-identification');
  });
});
