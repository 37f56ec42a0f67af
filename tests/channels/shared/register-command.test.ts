import { describe, expect, it } from 'vitest';
import { parseRegisterCommand } from '../../../src/channels/shared/register-command.ts';

describe('parseRegisterCommand', () => {
  it.each([
    'list our systems',
    'List systems',
    'list the systems.',
    'show our AI systems',
    'register',
    'the register',
    'our systems',
  ])('reads "%s" as the list of systems', (text) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'list-systems' });
  });

  it.each([
    ['status of Face match', 'Face match'],
    ["What's the status of Face match?", 'Face match'],
    ['status “Face Match”', 'Face Match'],
    ['status for  Number plate   reader', 'Number plate reader'],
  ])('reads "%s" as the status of a system, keeping the name as written', (text, systemName) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'system-status', systemName });
  });

  it.each([
    ['register system Face match', 'Face match'],
    ['Register a new AI system: Face match', 'Face match'],
    ['add system "Case triage"', 'Case triage'],
  ])('reads "%s" as registering a system', (text, systemName) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'register-system', systemName });
  });

  it.each([
    ['assess Face match', 'Face match'],
    ['Start a risk assessment of Face match.', 'Face match'],
  ])('reads "%s" as assessing a system', (text, systemName) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'assess-system', systemName });
  });

  it.each([
    ['sign off approved', 'approved', ''],
    [
      'Sign-off: approved with conditions: Review the matching threshold.',
      'approved-with-conditions',
      'Review the matching threshold.',
    ],
    ['signoff approved-with-conditions - Check it yearly', 'approved-with-conditions', 'Check it yearly'],
    ['sign off rejected: No legal basis for Bulk Matching', 'rejected', 'No legal basis for Bulk Matching'],
  ])('reads "%s" as a sign-off with its decision and note', (text, decision, note) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'sign-off', decision, note });
  });

  it('answers a sign-off without a decision with its usage', () => {
    expect(parseRegisterCommand('sign off')).toEqual({ kind: 'sign-off-usage' });
    expect(parseRegisterCommand('sign off maybe later')).toEqual({ kind: 'sign-off-usage' });
  });

  it.each([
    ['decide proceed', 'proceed', ''],
    [
      'Decision: proceed with conditions: Two examiners on every match.',
      'proceed-with-conditions',
      'Two examiners on every match.',
    ],
    ['decide rescope - the Airport pilot only', 'rescope', 'the Airport pilot only'],
    ["decide don't deploy: no legal basis", 'do-not-deploy', 'no legal basis'],
    ['record the decision do not deploy', 'do-not-deploy', ''],
  ])('reads "%s" as the decision with its reasons', (text, decision, reasons) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'decide', decision, reasons });
  });

  it('answers a decision it does not know with its usage, and leaves other words to the walkthrough', () => {
    expect(parseRegisterCommand('decide')).toEqual({ kind: 'decide-usage' });
    expect(parseRegisterCommand('decide later')).toEqual({ kind: 'decide-usage' });
    expect(parseRegisterCommand('we decided to proceed')).toBeUndefined();
  });

  it.each(['reassess', 'Reassess this system', 're-assess', 'start a reassessment'])(
    'reads "%s" as a reassessment',
    (text) => {
      expect(parseRegisterCommand(text)).toEqual({ kind: 'reassess' });
    },
  );

  it.each([
    ['stage Face match deployment', 'Face match', 'deployment'],
    ['set the stage of Face match to pilot', 'Face match', 'pilot'],
    ['Stage Face match: monitoring', 'Face match', 'monitoring'],
    ['move Face match to the deployment stage', 'Face match', 'deployment'],
  ])('reads "%s" as a stage change', (text, systemName, stage) => {
    expect(parseRegisterCommand(text)).toEqual({ kind: 'change-stage', systemName, stage });
  });

  it.each(['changes', 'What changed?', 'show the changes', 'changes since the last assessment'])(
    'reads "%s" as the changes since the earlier assessment',
    (text) => {
      expect(parseRegisterCommand(text)).toEqual({ kind: 'show-changes' });
    },
  );

  it.each([
    'start a risk assessment',
    'change 3',
    'Face match',
    'yes',
    'We register every visitor at the desk',
    'stage Face match somewhere',
    'status',
    'assess',
    'what does the register of processing say?',
  ])('leaves "%s" to the walkthrough', (text) => {
    expect(parseRegisterCommand(text)).toBeUndefined();
  });
});
