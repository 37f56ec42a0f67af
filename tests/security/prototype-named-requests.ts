/** A request that names something (a route parameter, a query or body field) with `name`. */
export type NamedRequest = { method: string; path: string; body?: unknown };

/**
 * Every route parameter, query field and body field that names something, set to a prototype
 * name, for tests/security/http-fuzz.test.ts. `victim` is an existing session's id.
 */
export const namedTargets: Array<(victim: string, name: string) => NamedRequest> = [
  (_victim, name) => ({ method: 'GET', path: `/api/sessions/${name}` }),
  (_victim, name) => ({ method: 'GET', path: `/api/sessions/${name}/report` }),
  (_victim, name) => ({ method: 'GET', path: `/api/sessions/${name}/export` }),
  (_victim, name) => ({ method: 'DELETE', path: `/api/sessions/${name}` }),
  (_victim, name) => ({ method: 'POST', path: `/api/sessions/${name}/messages`, body: { text: 'yes' } }),
  (victim, name) => ({ method: 'GET', path: `/api/sessions/${victim}/report?questionnaire=${name}` }),
  (victim, name) => ({ method: 'GET', path: `/api/sessions/${victim}/report?format=${name}` }),
  (victim, name) => ({ method: 'GET', path: `/api/sessions/${victim}/report?download=${name}` }),
  (victim, name) => ({ method: 'GET', path: `/api/sessions/${victim}/report?${name}=1` }),
  (victim, name) => ({ method: 'POST', path: `/api/sessions/${victim}/messages`, body: { action: name } }),
  (victim, name) => ({ method: 'POST', path: `/api/sessions/${victim}/messages`, body: { text: name } }),
  (victim, name) => ({
    method: 'POST',
    path: `/api/sessions/${victim}/messages`,
    body: { text: 'yes', messageId: name },
  }),
  (victim, name) => ({
    method: 'POST',
    path: `/api/sessions/${victim}/messages`,
    body: JSON.parse(`{${JSON.stringify(name)}:"x","text":"yes"}`),
  }),
  ...['start:', 'answer:', 'answer:ai-strategy:', 'edit:'].map(
    (prefix) => (victim: string, name: string) => ({
      method: 'POST',
      path: `/api/sessions/${victim}/messages`,
      body: { action: `${prefix}${name}` },
    }),
  ),
  (victim, name) => ({
    method: 'POST',
    path: `/api/sessions/${victim}/messages`,
    body: { action: `answer:${name}:yes` },
  }),
  (_victim, name) => ({ method: 'GET', path: `/api/search?q=${name}` }),
  (_victim, name) => ({ method: 'GET', path: `/api/search?q=bias&resource=${name}` }),
  (_victim, name) => ({ method: 'GET', path: `/api/search?q=bias&limit=${name}` }),
  (_victim, name) => ({ method: 'POST', path: '/api/ask', body: { question: name } }),
  (victim, name) => ({
    method: 'POST',
    path: '/api/chat',
    body: {
      id: victim,
      messages: [
        { id: name, role: 'user', parts: [{ type: 'text', text: name }], metadata: { action: name } },
      ],
    },
  }),
  (_victim, name) => ({
    method: 'POST',
    path: '/api/chat',
    body: { id: name, messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 'hi' }] }] },
  }),
];

/** Ids in an export that RAIA looks something up by: a prototype name in any of them is refused. */
export const lookedUp = [
  'activeQuestionnaireId',
  'assessmentKey',
  'definitionId',
  'version',
  'contextQuestionnaireId',
  'contextVersion',
  'currentQuestionId',
  'answerKey',
  'optionValue',
  'explainedQuestionId',
  'proposalQuestionId',
] as const;
/** Names an export only records (the file's log and buttons): kept, marked as imported, never looked up. */
export const recorded = [
  'transcriptAction',
  'auditQuestionnaireId',
  'auditQuestionId',
  'quickReplyId',
  'notice',
] as const;

/** Sets the field of an exported session (as plain JSON) to `name`. */
export function setNamed(document: Record<string, unknown>, field: string, name: string): void {
  const session = document.session as {
    transcript: Array<Record<string, unknown>>;
    audit: Array<Record<string, unknown>>;
    data: {
      conversation: Record<string, unknown>;
      assessments: Record<string, Record<string, unknown>>;
      notices: unknown[];
      lastQuickReplies: Array<Record<string, unknown>>;
    };
  };
  const { data } = session;
  const record = data.assessments.readiness ?? {};
  const snapshot = record.snapshot as {
    context: Record<string, unknown> & { answers: Record<string, Record<string, unknown>> };
  };
  const { context } = snapshot;
  if (field === 'activeQuestionnaireId') data.conversation.activeQuestionnaireId = name;
  else if (field === 'assessmentKey') data.assessments = Object.fromEntries([[name, record]]);
  else if (field === 'definitionId') record.definitionId = name;
  else if (field === 'version') record.version = name;
  else if (field === 'contextQuestionnaireId') context.questionnaireId = name;
  else if (field === 'contextVersion') context.version = name;
  else if (field === 'currentQuestionId') context.currentQuestionId = name;
  else if (field === 'answerKey')
    context.answers = Object.fromEntries([[name, Object.values(context.answers)[0] ?? {}]]);
  else if (field === 'optionValue') for (const answer of Object.values(context.answers)) answer.value = name;
  else if (field === 'explainedQuestionId') context.explainedQuestionId = name;
  else if (field === 'proposalQuestionId') context.pendingProposal = { questionId: name, value: 'yes' };
  else if (field === 'transcriptAction')
    session.transcript.push({ role: 'user', at: 'x', text: name, action: name });
  else if (field === 'auditQuestionnaireId' || field === 'auditQuestionId')
    session.audit.push({
      at: 'x',
      questionnaireId: field === 'auditQuestionnaireId' ? name : 'readiness',
      questionId: name,
      event: 'answered',
    });
  else if (field === 'quickReplyId') data.lastQuickReplies = [{ id: name, label: name }];
  else data.notices = [name];
}
