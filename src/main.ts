import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n/locale.svelte';
import { CATALOGUES, loadCatalogue, loadCatalogues } from './text/catalogues';
import { SAMPLE_IDS, loadSample, loadSampleLayout } from './state/samples';
import { parseRoute } from './views/shell/routing';
import { parseFragment, parseProposeFragment } from './share/room-key';
import { takeShareLink } from './state/sharing.svelte';
import './app.css';

// The page's "could not start" explanation is for when this script never runs (a file:// address).
document.getElementById('no-start')?.remove();

const target = document.getElementById('app');
if (!target) throw new Error('main: the page has no #app element.');

// A participant's phone, from the QR code of a mapping session: the proposals page alone, not the workspace.
const proposing = parseProposeFragment(location.hash);

// A link to a shared map (`#share=…`, its key never sent to a server) is taken out of the address before the views
// read their route from it.
takeShareLink(parseFragment);

// The first sample's data and drawing start loading now, beside the local store's opening and the interface's
// start (not after them): when it is what opens, it is already here.
if (!proposing && !parseRoute(location.hash).scenario) {
  void loadSample(SAMPLE_IDS[0]);
  void loadSampleLayout(SAMPLE_IDS[0]);
}

const start = () => {
  if (proposing) {
    void import('./views/propose/PhonePage.svelte').then(({ default: PhonePage }) =>
      mount(PhonePage, { target, props: { link: proposing } }),
    );
    return;
  }
  mount(App, { target });
  // The other language just after, so switching is immediate (and works offline).
  setTimeout(() => void loadCatalogues(), 1000);
};
// Spanish comes with the page; English is loaded first when it is the language shown. Not a top-level await:
// that would make the bundler split the shared code into many small, less compressible chunks.
if (CATALOGUES[locale.current]) start();
else void loadCatalogue(locale.current).then(start);

/**
 * The offline copy: a service worker that precaches the whole build (vite.config.ts). Registered a few seconds after
 * the page has loaded, when the browser is idle, not at once: installing it downloads and stores every chunk, and on
 * a first visit that download and storing would compete with the first drawing for the network and the processor
 * (docs/benchmarks.md times that drawing).
 */
function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void navigator.serviceWorker
      .register('./sw.js', { scope: './' })
      .catch((error: unknown) => console.warn('Puentes: the offline copy could not be set up.', error));
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 10_000 }) : register());
  const afterLoad = () => setTimeout(whenIdle, 3000);
  if (document.readyState === 'complete') afterLoad();
  else addEventListener('load', afterLoad, { once: true });
}
registerOffline();
