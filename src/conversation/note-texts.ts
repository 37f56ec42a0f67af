/** The assistant's own words about notes and evidence. */
export const noteTexts = {
  kept: { note: 'Note kept for this question', evidence: 'Evidence kept for this question' },
  notAnswered: 'It is not an answer: the question is still open.',
  cleared: 'The note on this question was removed.',
  nothingToClear: 'This question has no note to remove.',
  noQuestion:
    'A note belongs to a question, and no question is on screen. Open one first (in the review, say "change" and its number), then type "note:" and your text.',
  nothingToKeep:
    'There is no unrecorded text of yours to keep here. To add a note, type "note:" followed by your text.',
  notChanged: 'Nothing was changed: shorten it, or remove the note first ("clear note").',
  /** Shown under a safeguards question of a risk assessment. */
  evidenceInvitation:
    'You can add evidence for these safeguards without answering: type "evidence:" and then what shows they are in place, such as document names, dates and who checked them.',
  keepButton: 'Keep my text as a note',
} as const;
