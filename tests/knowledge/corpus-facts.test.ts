import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import { type Passage, toolkitResourceIds } from '../../src/knowledge/passage-schema.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';

// Facts corrected against the public Technical Reference Book and /work/shared/toolkit/FACTS.md (issue 15),
// pinned so a later edit cannot silently bring an error back. Only the seven Toolkit files are read: RAIA's
// own resources (law, practice notes) have rules of their own.

/** The one life-cycle list (RAIA's rendering of the stage names; the Toolkit's own names are open). */
const lifeCycleStages = [
  'Decision to adopt',
  'Design and development',
  'Procurement',
  'Deployment',
  'Monitoring and evaluation',
];

/** Every complete set a list question asks for: the passage that lists it, its count, its members. */
const overviews: { id: string; count: string; members: string[] }[] = [
  {
    id: 'principles-overview',
    count: 'five',
    members: ['Lawfulness', 'Minimization of harm', 'Human autonomy', 'Fairness', 'Good governance'],
  },
  { id: 'principles-lawfulness', count: 'three', members: ['Legitimacy', 'Necessity', 'Proportionality'] },
  {
    id: 'principles-minimization-of-harm',
    count: 'four',
    members: ['Human and environmental well-being', 'Robustness and safety', 'Accuracy', 'Efficiency'],
  },
  {
    id: 'principles-human-autonomy',
    count: 'four',
    members: ['Privacy', 'Human control and oversight', 'Human agency', 'Transparency and explainability'],
  },
  {
    id: 'principles-fairness',
    count: 'four',
    members: [
      'Equality and non-discrimination',
      'Diversity and accessibility',
      'Protection of vulnerable groups',
      'Contestability and redress',
    ],
  },
  {
    id: 'principles-good-governance',
    count: 'two',
    members: ['Accountability', 'Traceability and auditability'],
  },
  { id: 'trb-four-components', count: 'four', members: ['Algorithms', 'Data', 'Computer', 'Human'] },
  { id: 'intro-lifecycle', count: 'five', members: lifeCycleStages },
  {
    id: 'intro-seven-resources',
    count: 'seven',
    members: [
      'Introduction to Responsible AI Innovation',
      'Principles for Responsible AI Innovation',
      'Organizational Roadmap',
      'Organizational Readiness Assessment Questionnaire',
      'Risk Assessment Questionnaire',
      'Responsible AI Innovation in Action Workbook',
      'Technical Reference Book',
    ],
  },
  {
    id: 'trb-application-categories',
    count: 'five',
    members: [
      'Image and video analysis',
      'Text and speech analysis',
      'Risk evaluation and predictive analytics',
      'Content generation',
      'Process optimization and workflow automation',
    ],
  },
  {
    id: 'readiness-dimensions',
    count: 'eight',
    members: [
      'Leadership and strategy',
      'Governance and oversight',
      'Legal and policy framework',
      'People and skills',
      'Data',
      'Technology and infrastructure',
      'Procurement and partnerships',
      'Stakeholder engagement and transparency',
    ],
  },
  { id: 'readiness-levels', count: 'four', members: ['Initial', 'Developing', 'Established', 'Advanced'] },
  { id: 'risk-likelihood-severity', count: 'two', members: ['Likelihood', 'Severity'] },
  { id: 'risk-matrix', count: 'four', members: ['Low', 'Medium', 'High', 'Very high'] },
  {
    id: 'trb-correlation-causation',
    count: 'five',
    members: ['Coincidence', 'Reverse causation', 'Confounder', 'Chain reaction', 'Conditional cause'],
  },
  {
    id: 'roadmap-overview',
    count: 'nine',
    members: [
      'Strategy and leadership commitment',
      'Governance structures',
      'Legal and policy framework',
      'People and skills',
      'Data management',
      'Technology infrastructure',
      'Procurement and partnerships',
      'Stakeholder engagement and transparency',
      'Monitoring and evaluation',
    ],
  },
];

/** Passages that practical "how do we..." questions land on: each gives numbered steps. */
const stepsPassages = [
  'principles-steps-bias',
  'principles-steps-human-oversight',
  'workbook-steps-procurement',
  'risk-steps-preparing-assessment',
  'workbook-steps-monitoring',
];

let passages: Passage[] = [];
const byId = (id: string): Passage => {
  const passage = passages.find((candidate) => candidate.id === id);
  if (!passage) throw new Error(`no passage ${id}`);
  return passage;
};
const boldBullets = (text: string) => [...text.matchAll(/^- \*\*(.+?)\*\*/gm)].map((match) => match[1]);
const confirmed = () => passages.filter((passage) => passage.basis === 'confirmed');

beforeAll(async () => {
  const names = new Set(toolkitResourceIds.map((id) => `${id}.md`));
  const files = (await readCorpusFiles()).filter((file) => names.has(file.file));
  expect(files).toHaveLength(toolkitResourceIds.length);
  const parsed = parseCorpus(files);
  if (!parsed.success) throw new Error(`corpus has problems: ${JSON.stringify(parsed.error)}`);
  passages = parsed.data;
});

describe('Technical Reference Book facts', () => {
  it('names the three fairness toolkits the book names', () => {
    const text = byId('trb-fairness-toolkits').text;
    for (const name of ['AI Fairness 360', 'FairML', 'Fairlearn']) expect(text).toContain(name);
    expect(text).toMatch(/\bthree\b/);
    expect(
      passages.filter((passage) => /\btwo (open-source )?(examples|fairness toolkits)/i.test(passage.text)),
    ).toEqual([]);
  });

  it('gives the five reasons a correlation can mislead', () => {
    const text = byId('trb-correlation-causation').text.toLowerCase();
    expect(text).toMatch(/\bfive reasons\b/);
    for (const reason of [
      'coincidence',
      'reverse causation',
      'confounder',
      'chain reaction',
      'conditional cause',
    ])
      expect(text).toContain(reason);
  });

  it('places the link-analysis example in a drug-trafficking network wherever it appears', () => {
    const mentions = passages.filter((passage) => /link analysis/i.test(passage.text));
    expect(mentions.map((passage) => passage.id)).toContain('trb-process-automation');
    for (const passage of mentions) {
      expect(passage.text, passage.id).toContain('drug-trafficking');
      expect(passage.text, passage.id).not.toMatch(/human trafficking|of trafficking networks/i);
    }
  });

  it('says clustering a child’s images shows how long the abuse lasted, for prosecution', () => {
    const text = byId('trb-unsupervised-learning').text;
    expect(text).toMatch(/how long the abuse/);
    expect(text).toMatch(/prosecution/);
    expect(text).not.toMatch(/identify(ing)? (the )?victims/);
  });

  it('describes the generative techniques the book names, VAEs included', () => {
    const text = byId('trb-content-generation').text;
    for (const name of ['RNN', 'LSTM', 'BERT', 'GPT', 'GAN', 'variational autoencoders', 'diffusion'])
      expect(text).toContain(name);
  });

  it('never attributes deepfakes or LLMs to a source: only RAIA’s summaries speak of them', () => {
    const offending = confirmed().filter((passage) =>
      /deepfake|\bLLMs?\b|large language model/i.test(passage.text),
    );
    expect(offending.map((passage) => passage.id)).toEqual([]);
    expect(byId('trb-deepfakes').basis).toBe('summary');
  });

  it('reports what the book says about banning predictive uses ("might be"), never "have banned"', () => {
    expect(byId('trb-predictive-analytics').text).toMatch(/might be banned/);
    expect(
      passages.filter((passage) => /have banned/i.test(passage.text)).map((passage) => passage.id),
    ).toEqual([]);
  });
});

describe('the AI life cycle', () => {
  it('is one list of five stages, marked as RAIA’s rendering', () => {
    const lifecycle = byId('intro-lifecycle');
    expect(lifecycle.basis).toBe('summary');
    expect(boldBullets(lifecycle.text)).toEqual(lifeCycleStages);
    expect(lifecycle.text).toMatch(/RAIA['’]s rendering/);
  });

  it('is the same list in the Workbook: its stage sections and its overview', () => {
    const workbook = passages.filter((passage) => passage.resource === 'workbook');
    const stageSections = [...new Set(workbook.map((passage) => passage.section))].filter((section) =>
      lifeCycleStages.includes(section),
    );
    expect(stageSections).toEqual(lifeCycleStages);
    expect(byId('workbook-overview').text.toLowerCase()).toContain(
      'decision to adopt, design and development, procurement, deployment, and monitoring and evaluation',
    );
  });

  it('never splits design and development into two stages, and the detail passage walks the same five', () => {
    const split = passages.filter((passage) =>
      /\bsix (life-cycle )?stages\b|\bdesign, development\b/i.test(passage.text),
    );
    expect(split.map((passage) => passage.id)).toEqual([]);
    expect(
      [...byId('intro-lifecycle-stages-detail').text.matchAll(/\*\*(.+?)\*\*/g)].map((match) => match[1]),
    ).toEqual(lifeCycleStages);
  });
});

describe('basis marks and attributions', () => {
  it('marks the resource-to-category assignment as RAIA’s summary (a secondary source only)', () => {
    expect(byId('intro-seven-resources').basis).toBe('summary');
    const offending = confirmed().filter((passage) =>
      /supporting document|primary guidance/i.test(passage.text),
    );
    expect(offending.map((passage) => passage.id)).toEqual([]);
  });

  it('dates the INTERPOL-UNICRI partnership from 2017, as UNICRI’s AI-POL page does', () => {
    for (const id of ['intro-history', 'intro-developers']) expect(byId(id).text).toContain('2017');
    expect(passages.filter((passage) => /(since|began in|from) 2018/i.test(passage.text))).toEqual([]);
  });

  it('does not present RAIA’s scales or dimensions as the Toolkit’s approach or structure', () => {
    const questionnaires = passages.filter((passage) => passage.resource.endsWith('-questionnaire'));
    expect(questionnaires.filter((passage) => /the Toolkit['’]s approach/i.test(passage.text))).toEqual([]);
    expect(byId('readiness-dimensions').text).not.toMatch(/following the areas/i);
  });
});

describe('overview passages for list questions', () => {
  it.each(overviews)(
    '$id states the count and lists every member as a bold bullet',
    ({ id, count, members }) => {
      const passage = byId(id);
      expect(passage.tags).toContain('overview');
      expect(passage.text.toLowerCase()).toMatch(new RegExp(`\\b${count}\\b`));
      expect(boldBullets(passage.text)).toEqual(members);
    },
  );

  it('has one overview passage per set', () => {
    const lists = passages
      .filter((passage) => passage.tags.includes('overview'))
      .map((passage) => boldBullets(passage.text).join('|'));
    expect(new Set(lists).size).toBe(lists.length);
  });
});

describe('steps passages for practical questions', () => {
  it.each(stepsPassages)('%s gives numbered steps and says they are RAIA’s', (id) => {
    const passage = byId(id);
    expect(passage.basis).toBe('summary');
    expect(passage.text.match(/^\d+\. /gm)?.length ?? 0).toBeGreaterThanOrEqual(4);
  });
});

describe('README', () => {
  it('describes the knowledge base sources inside the repository, not a file users do not have', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).not.toContain('shared/toolkit/FACTS.md');
    expect(readme).toContain('src/knowledge/corpus/');
    expect(readme).toMatch(/basis: confirmed/);
  });
});
