import { describe, expect, it } from 'vitest';
import { describeReviewReason, reviewsDue } from '../../src/register/reviews-due.ts';
import type { SystemRecord } from '../../src/register/system-record-schema.ts';

const system: SystemRecord = {
  id: 's1',
  name: 'Face match',
  purpose: '',
  owner: '',
  sourcing: 'procured',
  vendor: null,
  lifecycleStage: 'procurement',
  status: 'active',
  nextReviewDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  stageHistory: [{ stage: 'procurement', at: '2026-01-01T00:00:00.000Z' }],
  assessments: [],
  incidents: [],
};
const signed = { sessionId: 'a', at: '2026-02-01T00:00:00.000Z' };
const kinds = (reasons: ReturnType<typeof reviewsDue>) => reasons.map((reason) => reason.kind);

describe('reviewsDue', () => {
  it('says a system never assessed, or not signed off, is due', () => {
    expect(kinds(reviewsDue(system, null, '2026-03-01', false))).toEqual(['never-assessed']);
    expect(kinds(reviewsDue(system, null, '2026-03-01', true))).toEqual(['not-signed-off']);
  });

  it('is quiet after a sign-off until a trigger fires', () => {
    expect(reviewsDue(system, signed, '2026-03-01', true)).toEqual([]);
  });

  it('fires on the review date itself, not the day before', () => {
    const dated = { ...system, nextReviewDate: '2026-03-01' };
    expect(reviewsDue(dated, signed, '2026-02-28', true)).toEqual([]);
    expect(kinds(reviewsDue(dated, signed, '2026-03-01', true))).toEqual(['review-date-passed']);
  });

  it('fires on a stage change after the sign-off, naming both stages', () => {
    const moved: SystemRecord = {
      ...system,
      lifecycleStage: 'deployment',
      stageHistory: [...system.stageHistory, { stage: 'deployment', at: '2026-02-10T00:00:00.000Z' }],
    };
    const [reason] = reviewsDue(moved, signed, '2026-03-01', true);
    expect(reason).toMatchObject({ kind: 'stage-changed', from: 'procurement', to: 'deployment' });
    if (reason !== undefined)
      expect(describeReviewReason(reason)).toContain('from procurement to deployment');
    // A change before the sign-off was assessed already.
    expect(reviewsDue(moved, { ...signed, at: '2026-02-11T00:00:00.000Z' }, '2026-03-01', true)).toEqual([]);
  });

  it('fires on an incident recorded after the sign-off only', () => {
    const incident = (at: string) => ({ id: at, at, recordedBy: null, summary: 'x' });
    const withIncidents = {
      ...system,
      incidents: [incident('2026-01-15T00:00:00.000Z'), incident('2026-02-15T00:00:00.000Z')],
    };
    expect(reviewsDue(withIncidents, signed, '2026-03-01', true)).toEqual([
      { kind: 'incident', at: '2026-02-15T00:00:00.000Z', incidentId: '2026-02-15T00:00:00.000Z' },
    ]);
  });

  it('never calls a retired system due', () => {
    expect(
      reviewsDue({ ...system, status: 'retired', nextReviewDate: '2020-01-01' }, null, '2026-03-01', false),
    ).toEqual([]);
  });
});
