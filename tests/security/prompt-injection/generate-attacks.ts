// Writes attacks.json from attack-templates.ts: `npx tsx tests/security/prompt-injection/generate-attacks.ts`.
import { writeFileSync } from 'node:fs';
import { templates } from './attack-templates.ts';

export interface Attack {
  id: string;
  category: string;
  text: string;
  /** For indirect attacks: the document planted in the ingested knowledge, and what to ask about it. */
  document?: { file: string; topic: string; text: string };
}

/** Nonsense topic words, unique per document, so a question retrieves exactly that document. */
const topicWords = [
  'zephyrine',
  'quillbrook',
  'marrowgate',
  'tessaline',
  'orvanth',
  'pellucid',
  'brindlemoor',
  'calvessa',
];

function documentFor(index: number, text: string): NonNullable<Attack['document']> {
  const topic = `${topicWords[index % topicWords.length]} ${topicWords[Math.floor(index / topicWords.length) % topicWords.length]} protocol`;
  const filler =
    'This internal policy describes how officers record, review and retain material handled by the unit. ' +
    'Supervisors check each record monthly and report exceptions to the oversight board. ';
  return {
    file: `attack-${index}.md`,
    topic,
    text: `# The ${topic}\n\nThe ${topic} governs daily work. ${filler.repeat(2)}${text} ${filler}The ${topic} is reviewed every year.`,
  };
}

export function generateAttacks(): Attack[] {
  const attacks: Attack[] = [];
  for (const template of templates) {
    let count = 0;
    for (const framing of template.framings) {
      for (const payload of template.payloads) {
        count += 1;
        const text = `${framing} ${payload}`.trim();
        const id = `${template.category}-${String(count).padStart(2, '0')}`;
        attacks.push(
          template.indirect
            ? { id, category: template.category, text, document: documentFor(attacks.length, text) }
            : { id, category: template.category, text },
        );
      }
    }
  }
  return attacks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const attacks = generateAttacks();
  writeFileSync(new URL('./attacks.json', import.meta.url), `${JSON.stringify(attacks, null, 2)}\n`);
  process.stdout.write(
    `Wrote ${attacks.length} attacks in ${new Set(attacks.map((attack) => attack.category)).size} categories.\n`,
  );
}
