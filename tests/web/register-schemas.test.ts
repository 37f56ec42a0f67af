import { describe, expectTypeOf, it } from 'vitest';
import type { SystemDetail } from '../../src/agency/create-agency-service.ts';
import type { SystemOverview } from '../../src/agency/system-overview.ts';
import type { SignOffRecord } from '../../src/conversation/session-data.ts';
import type { SystemRecord } from '../../src/register/system-record-schema.ts';
import type { AssessmentDiff } from '../../src/reports/assessment-diff.ts';
import type {
  WebAssessmentDiff,
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

  it('accept every sign-off record and assessment diff', () => {
    expectTypeOf<SignOffRecord>().toExtend<WebSignOff>();
    expectTypeOf<AssessmentDiff>().toExtend<WebAssessmentDiff>();
  });
});
