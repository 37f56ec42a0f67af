import { z } from 'zod';
import { parseRoleEntries } from './register/roles.ts';
import { isTimeZone } from './reports/format-report-time.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Environment variables RAIA reads; the README's configuration table mirrors this schema. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  /** Loopback by default: exposing RAIA on a network is a deliberate choice. */
  HOST: z.string().default('127.0.0.1'),
  RAIA_DATA_DIR: z.string().default('./data'),
  /** Extra questionnaire definition files (JSON) an agency drops in. */
  RAIA_QUESTIONNAIRES_DIR: optionalText,
  /** Extra framework pack files (JSON) an agency drops in; checked against the questionnaires above. */
  RAIA_FRAMEWORK_PACKS_DIR: optionalText,
  /**
   * Which framework packs (legal frameworks such as the EU AI Act) assessments get: unset asks about
   * every installed pack in the walkthrough; `none` offers none; else pack ids, each applied without
   * asking or asked with `:ask` (frameworks/framework-policy.ts; unknown ids stop start-up).
   */
  RAIA_FRAMEWORK_PACKS: optionalText,
  /** Public base URL, used for links in team-chat messages (e.g. to the HTML report). */
  RAIA_PUBLIC_URL: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  RAIA_MODEL: z.string().default('gpt-4o-mini'),
  RAIA_MODEL_TIMEOUT_MS: positiveInteger(15_000),
  /**
   * Comma-separated `organisation:user:token` triples; when set, every API call needs a bearer token.
   * The organisation may contain ':' (e.g. `slack:T0123` reaches that workspace's sessions).
   */
  RAIA_API_TOKENS: optionalText.refine(
    (value) => value === undefined || apiTokensProblem(value) === undefined,
    {
      error: (issue) => apiTokensProblem(String(issue.input)) ?? 'invalid token list',
    },
  ),
  /**
   * Who holds which role in the agency process (register, answers, sign-off): see
   * register/roles.ts. Unset, everyone holds every role (the single-user default).
   */
  RAIA_ROLES: optionalText.refine((value) => value === undefined || rolesProblem(value) === undefined, {
    error: (issue) => rolesProblem(String(issue.input)) ?? 'invalid role list',
  }),
  /** Requests per client (token, or address) per minute on /api/*; the soak bench raises it. */
  RAIA_RATE_LIMIT_PER_MINUTE: positiveInteger(600),
  /**
   * Behind a reverse proxy every request comes from the proxy: name the header it sets to the
   * client address (e.g. `x-forwarded-for`, whose last entry is used). Unset: the connection address.
   */
  RAIA_CLIENT_IP_HEADER: optionalText,
  /** Timeout of every outbound call to Slack, Mattermost and the Bot Framework. */
  RAIA_OUTBOUND_TIMEOUT_MS: positiveInteger(10_000),
  /** Consecutive model failures after which model calls fail fast for RAIA_MODEL_BREAKER_COOLDOWN_MS. */
  RAIA_MODEL_BREAKER_FAILURES: positiveInteger(5),
  RAIA_MODEL_BREAKER_COOLDOWN_MS: positiveInteger(30_000),
  RAIA_RETENTION_DAYS: positiveInteger(90),
  /** The agency named on every report's title page; unset: the session owner's organisation, else a blank line. */
  RAIA_AGENCY_NAME: optionalText,
  /** IANA time zone of the dates on reports and in their file names. */
  RAIA_TIME_ZONE: z
    .string()
    .trim()
    .default('UTC')
    .refine(isTimeZone, {
      error: (issue) =>
        `RAIA_TIME_ZONE "${String(issue.input)}" is not a time zone name; use one such as UTC, Europe/London or America/New_York`,
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText,
  /** Overridable so tests can point the Slack client at a fake API on loopback. */
  SLACK_API_URL: z.string().default('https://slack.com/api/'),
  MATTERMOST_TOKEN: optionalText,
  /** Signs RAIA's own tokens in Mattermost button contexts (Mattermost does not authenticate them). */
  MATTERMOST_ACTION_SECRET: optionalText,
  TEAMS_APP_ID: optionalText,
  TEAMS_APP_PASSWORD: optionalText,
  TEAMS_OPENID_METADATA_URL: z
    .string()
    .default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
});
export type Config = z.infer<typeof configSchema>;

function rolesProblem(value: string): string | undefined {
  try {
    parseRoleEntries(value);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'invalid role list';
  }
}

/** Why a RAIA_API_TOKENS value is unusable, or undefined when every entry is well formed. */
export function apiTokensProblem(value: string): string | undefined {
  const entries = value.split(',').map((entry) => entry.trim());
  const tokens = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const parts = entry.split(':');
    const token = parts.at(-1) ?? '';
    const user = parts.at(-2) ?? '';
    const organisation = parts.slice(0, -2).join(':');
    if (parts.length < 3 || organisation === '' || user === '') {
      return `entry ${index + 1} is not organisation:user:token`;
    }
    // Short tokens can be guessed; 16 characters is the floor, 32 random ones the advice.
    if (token.length < 16) return `entry ${index + 1} has a token shorter than 16 characters`;
    if (tokens.has(token)) return `entry ${index + 1} repeats a token`;
    tokens.add(token);
  }
  return undefined;
}

export type ConfigResult = { success: true; data: Config } | { success: false; error: string };

/** Reads configuration from an environment record (process.env on Node, bindings on Workers). */
export function loadConfig(environment: Record<string, string | undefined>): ConfigResult {
  const parsed = configSchema.safeParse(environment);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: `Invalid configuration:\n${z.prettifyError(parsed.error)}` };
}
