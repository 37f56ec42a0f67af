import { describe, expect, it } from 'vitest';
import { listMembers } from '../../src/knowledge/list-members.ts';

describe('listMembers', () => {
  it('reads each bullet that starts with a bold name, in order', () => {
    const text = [
      'The five core principles are:',
      '',
      '- **Lawfulness**: legitimacy; necessity; proportionality.',
      '* **Human autonomy** – privacy and oversight.',
      '- **Good governance:** accountability.',
      '- a bullet without a bold name',
      'Running text with **bold** words.',
    ].join('\n');
    expect(listMembers(text)).toEqual([
      { name: 'Lawfulness', description: 'legitimacy; necessity; proportionality.' },
      { name: 'Human autonomy', description: 'privacy and oversight.' },
      { name: 'Good governance', description: 'accountability.' },
    ]);
  });

  it('reads numbered items of an ordered set the same way', () => {
    expect(listMembers('1. **Decision to adopt**: whether AI fits.\n2. **Design**: shaping it.')).toEqual([
      { name: 'Decision to adopt', description: 'whether AI fits.' },
      { name: 'Design', description: 'shaping it.' },
    ]);
  });

  it('finds no members in a passage without such items', () => {
    expect(listMembers('1. Decide first.\n- a plain bullet\nPlain **bold** text.')).toEqual([]);
  });
});
