import { apiKey, ApiError } from './api.js';
import { byId } from './dom.js';

// Every action of the page runs through guarded(): a failed call becomes a message in the status
// line (a 401 also forgets the key and asks for one again), and data-busy on <html> counts the
// actions under way, so that tests can wait for quiet without polling scripts (the CSP forbids eval).
let pending = 0;

export function say(message, isError = false) {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

export function showKeyForm() {
  byId('key-form').hidden = false;
  byId('key-state').hidden = true;
}

export async function guarded(work) {
  document.documentElement.dataset.busy = String(++pending);
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ApiError)) {
      throw error;
    }
    say(error.message, true);
    if (error.status === 401) {
      apiKey.clear();
      showKeyForm();
    }
  } finally {
    document.documentElement.dataset.busy = String(--pending);
  }
}
