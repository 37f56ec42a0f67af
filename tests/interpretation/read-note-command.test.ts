import { describe, expect, it } from 'vitest';
import { readNoteCommand } from '../../src/interpretation/read-note-command.ts';

describe('readNoteCommand', () => {
  it.each([
    [
      'note: we have a DPIA and human review of every match',
      'note',
      'we have a DPIA and human review of every match',
    ],
    ['Note:we have a DPIA', 'note', 'we have a DPIA'],
    ['NOTES : two officers check', 'note', 'two officers check'],
    [
      'evidence: DPIA v2, signed 3 March 2026 by the DPO',
      'evidence',
      'DPIA v2, signed 3 March 2026 by the DPO',
    ],
    ['Evidence - audit report 2025/14', 'evidence', 'audit report 2025/14'],
    ['add a note: see the board minutes', 'note', 'see the board minutes'],
    ['add evidence: test log of 1 May', 'evidence', 'test log of 1 May'],
    ['note: first line\nsecond line', 'note', 'first line\nsecond line'],
    ['note:', 'note', ''],
  ])('reads %j as a %s', (typed, noteKind, text) => {
    expect(readNoteCommand(typed)).toEqual({ kind: 'note', noteKind, text });
  });

  it.each(['clear note', 'Remove my note', 'delete the evidence', 'clear the note on this question.'])(
    'reads %j as clearing the note',
    (typed) => {
      expect(readNoteCommand(typed)).toEqual({ kind: 'clear-note' });
    },
  );

  it.each([
    'note-taking is automated',
    'the notes are kept for a year',
    'no evidence yet',
    'we have a DPIA',
    'notebook: none',
    'evidence based policing',
  ])('leaves %j to be read as an answer', (typed) => {
    expect(readNoteCommand(typed)).toBeUndefined();
  });
});
