/**
 * The address says which view and which scenario are open: `#/map/s-abc` is
 * the map of scenario s-abc, so a reload or a bookmark reopens them. The
 * address follows the state, and the state follows the address when the user
 * edits it or goes back.
 */
import { isViewId, type ViewId } from '../../state/views';

/** `#/map/s-abc` → the map view of scenario s-abc; anything else → nothing asked for. */
export function parseRoute(hash: string): { view: ViewId | null; scenario: string | null } {
  const [view = '', scenario = ''] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { view: isViewId(view) ? view : null, scenario: scenario || null };
}

export function routeFor(view: ViewId, scenario: string | null): string {
  return `#/${view}${scenario ? `/${encodeURIComponent(scenario)}` : ''}`;
}

interface Routed {
  view: { mode: ViewId };
  scenarios: {
    init(preferred: string | null): Promise<void>;
    open(id: string): Promise<void>;
    readonly current: { id: string } | null;
    readonly list: readonly { id: string }[];
  };
}

/**
 * Opens what the address names, then keeps the two in step. Call inside an effect: it returns the cleanup.
 * The scenario is opened first, because opening it restores its own view, which the address then overrides.
 */
export function followRoute({ view, scenarios }: Routed): () => void {
  const first = parseRoute(location.hash);
  void scenarios.init(first.scenario).then(() => {
    if (first.view) view.mode = first.view;
  });
  const follow = async () => {
    const next = parseRoute(location.hash);
    if (next.scenario && next.scenario !== scenarios.current?.id && scenarios.list.some((s) => s.id === next.scenario))
      await scenarios.open(next.scenario);
    if (next.view) view.mode = next.view;
  };
  const onHash = () => void follow();
  window.addEventListener('hashchange', onHash);
  return () => window.removeEventListener('hashchange', onHash);
}

/** The address for what is open now, written without a new history entry. */
export function writeRoute(view: ViewId, scenario: string | null): void {
  const hash = routeFor(view, scenario);
  if (location.hash !== hash) history.replaceState(history.state, '', hash);
}
