/**
 * Words people in this field use for the same thing. A query containing any phrase of a group also
 * searches for the others (at a lower boost), so "FRT" finds the facial recognition passages and
 * "bias" finds the non-discrimination ones. Phrases are matched after stop words are removed and
 * words stemmed, so "human in the loop" and "humans in the loop" both match.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ['bias', 'biased', 'discrimination', 'discriminatory', 'fairness', 'unfair', 'equality'],
  ['frt', 'facial recognition', 'face recognition', 'face matching'],
  ['llm', 'llms', 'large language model', 'chatgpt', 'chatbot', 'generative ai'],
  ['genai', 'generative ai', 'content generation', 'deepfake'],
  ['dpia', 'data protection impact assessment'],
  ['human in the loop', 'hitl', 'human oversight', 'human control', 'human review'],
  ['ml', 'machine learning'],
  ['dataset', 'data set'],
  ['ai', 'artificial intelligence'],
  ['pii', 'personal data', 'personal information', 'personally identifiable information'],
  ['cctv', 'video surveillance', 'surveillance camera', 'closed circuit television'],
  ['anpr', 'alpr', 'lpr', 'licence plate', 'license plate', 'number plate', 'plate reader'],
  ['gdpr', 'data protection'],
  ['explainability', 'explainable', 'xai', 'interpretability', 'black box'],
  ['predictive policing', 'crime forecasting', 'hotspot', 'hot spot', 'predictive analytics'],
  ['accountability', 'accountable', 'responsibility', 'liability'],
  ['procurement', 'procure', 'purchase', 'buying', 'vendor', 'supplier'],
  ['redress', 'contestability', 'complaint', 'appeal'],
  ['traceability', 'auditability', 'audit trail', 'logging', 'record keeping'],
  ['nlp', 'natural language processing', 'text analysis'],
  ['ocr', 'optical character recognition'],
  ['kpi', 'key performance indicator', 'performance metric'],
  ['stakeholder', 'civil society', 'public engagement', 'community engagement'],
  ['vulnerable groups', 'children', 'minors', 'marginalised', 'marginalized'],
  ['false positive', 'false match', 'wrongly flagged', 'misidentification'],
  ['drone', 'uav', 'unmanned aerial vehicle'],
  ['speech recognition', 'voice recognition', 'transcription', 'speech to text'],
  ['eu ai act', 'ai act', 'artificial intelligence act'],
  // British and American spellings the stemmer does not unify.
  ['licence', 'license'],
  ['organisation', 'organization'],
  ['organisational', 'organizational'],
  ['minimisation', 'minimization'],
  ['minimise', 'minimize'],
  ['anonymisation', 'anonymization'],
  ['pseudonymisation', 'pseudonymization'],
  ['prioritise', 'prioritize'],
  ['behaviour', 'behavior'],
  ['analyse', 'analyze'],
  ['wellbeing', 'well being'],
  ['lifecycle', 'life cycle'],
];
