/** A keydown handler that does `action` on Enter or Space, as a button does: for drawn marks with role="button". */
export function onActivate(action: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    action();
  };
}
