// The page's shortcuts. They are ignored while typing in a field, except Escape, which leaves it.
const TYPING = 'input, textarea, select';

export function bindKeys(actions) {
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    const target = e.target instanceof Element ? e.target : null;
    if (target?.matches(TYPING)) {
      if (e.key === 'Escape') {
        target.blur();
      }
      return;
    }
    // Arrows in the requirements list move through requirements; everywhere else they move through links.
    const inRequirements = target?.closest('#requirements') && (e.key === 'ArrowDown' || e.key === 'ArrowUp');
    const action = inRequirements
      ? (e.key === 'ArrowDown' ? actions.nextRequirement : actions.previousRequirement)
      : pick(actions, e.key);
    if (action) {
      e.preventDefault();
      action();
    }
  });
}

function pick(actions, key) {
  switch (key) {
    case 'j': case 'ArrowDown': return actions.nextLink;
    case 'k': case 'ArrowUp': return actions.previousLink;
    case 'n': return actions.nextRequirement;
    case 'p': return actions.previousRequirement;
    case 'c': return () => actions.answer({ verdict: 'confirm' });
    case 'r': return () => actions.answer({ verdict: 'reject' });
    case '/': return actions.focusSearch;
    default:
      return /^[1-5]$/.test(key) ? () => actions.answer({ verdict: 'likert', likert: Number(key) }) : null;
  }
}
