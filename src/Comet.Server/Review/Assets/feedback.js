import { post } from './api.js';
import { byId } from './dom.js';

// An answer about a link through the service's own API (POST /projects/{p}/feedback), with the
// reviewer's name (remembered for this tab) and an optional comment. The run is named for the record.
const AUTHOR_SLOT = 'comet.review.author';

export function rememberAuthor() {
  byId('author').value = sessionStorage.getItem(AUTHOR_SLOT) ?? '';
}

// The stored answer, or null when the reviewer has not said who they are (the service requires it).
export async function sendAnswer(project, run, link, choice) {
  const author = byId('author').value.trim();
  if (!author) {
    byId('author').focus();
    return null;
  }
  sessionStorage.setItem(AUTHOR_SLOT, author);
  const comment = byId('comment').value.trim() || undefined;
  const body = { source: link.source, target: link.target, ...choice, author, comment, runId: run.id };
  const stored = await post(`/projects/${encodeURIComponent(project)}/feedback`, body);
  byId('comment').value = '';
  return stored;
}
