import { describe, expectTypeOf, it } from 'vitest';
import type { SystemDetail } from '../../src/agency/create-agency-service.ts';
import type { SystemOverview } from '../../src/agency/system-overview.ts';
import type { AssessmentSummary } from '../../src/conversation/assistant.ts';
import type { DecisionRecord, SignOffRecord } from '../../src/conversation/session-data.ts';
import type { SystemRecord } from '../../src/register/system-record-schema.ts';
import type { AssessmentDiff } from '../../src/reports/assessment-diff.ts';
import type {
  WebAssessmentDiff,
  WebAssessmentSummary,
  WebDecisionRecord,
  WebSignOff,
  WebSystemDetail,
  WebSystemOverview,
  WebSystemRecord,
} from '../../web/src/register/register-schemas.ts';

// The register page reads the API with its own zod/mini schemas; these checks fail the type check
// when the server's register types drift away from them (as response-schemas.test.ts does for chat).
describe('register page response schemas', () => {
  it('accept every system record, overview and detail the register API sends', () => {
    expectTypeOf<SystemRecord>().toExtend<WebSystemRecord>();
    expectTypeOf<SystemOverview>().toExtend<WebSystemOverview>();
    expectTypeOf<SystemDetail>().toExtend<WebSystemDetail>();
  });

  // Extra fields pass the checks above but are dropped by the parse, so the fields the page draws are named.
  it('keep the decision, the frameworks and their documents of an assessment, which the system page shows', () => {
    expectTypeOf<AssessmentSummary>().toExtend<WebAssessmentSummary>();
    expectTypeOf<WebAssessmentSummary>().toHaveProperty('decision');
    expectTypeOf<WebAssessmentSummary>().toHaveProperty('frameworks');
    expectTypeOf<WebAssessmentSummary>().toHaveProperty('documents');
  });

  it('accept every sign-off record, decision record and assessment diff', () => {
    expectTypeOf<SignOffRecord>().toExtend<WebSignOff>();
    expectTypeOf<DecisionRecord>().toExtend<WebDecisionRecord>();
    expectTypeOf<AssessmentDiff>().toExtend<WebAssessmentDiff>();
  });
});
