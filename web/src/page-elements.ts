import type { ProgressElements } from './render-progress.ts';

export type PageElements = {
  transcript: HTMLElement;
  panel: HTMLElement;
  progress: ProgressElements;
  quickReplies: HTMLElement;
  status: HTMLElement;
  composer: HTMLFormElement;
  composerInput: HTMLTextAreaElement;
  startOver: HTMLButtonElement;
  deleteData: HTMLButtonElement;
  confirmDelete: HTMLDialogElement;
  confirmRestart: HTMLDialogElement;
};

/** The fixed parts of index.html; a missing one is a build mistake, so it throws. */
export function findPageElements(root: Document): PageElements {
  return {
    transcript: find(root, 'transcript', HTMLElement),
    panel: find(root, 'panel', HTMLElement),
    progress: {
      container: find(root, 'progress', HTMLElement),
      label: find(root, 'progress-label', HTMLElement),
      bar: find(root, 'progress-bar', HTMLElement),
      fill: find(root, 'progress-fill', HTMLElement),
    },
    quickReplies: find(root, 'quick-replies', HTMLElement),
    status: find(root, 'status', HTMLElement),
    composer: find(root, 'composer', HTMLFormElement),
    composerInput: find(root, 'composer-input', HTMLTextAreaElement),
    startOver: find(root, 'start-over', HTMLButtonElement),
    deleteData: find(root, 'delete-data', HTMLButtonElement),
    confirmDelete: find(root, 'confirm-delete', HTMLDialogElement),
    confirmRestart: find(root, 'confirm-restart', HTMLDialogElement),
  };
}

function find<Kind extends HTMLElement>(
  root: Document,
  id: string,
  kind: { new (): Kind; prototype: Kind },
): Kind {
  const element = root.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`index.html is missing #${id}`);
  return element;
}
