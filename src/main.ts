import { mount } from 'svelte';
import App from './App.svelte';
import { locale } from './i18n/locale.svelte';
import { loadCatalogue, loadCatalogues } from './i18n/messages';
import './app.css';

// The page's "could not start" explanation is for when this script never runs (a file:// address).
document.getElementById('no-start')?.remove();

const target = document.getElementById('app');
if (!target) throw new Error('main: the page has no #app element.');

// The interface's words, in the language it opens in (the other loads if the user switches). Not a top-level
// await: that would make the bundler split the shared code into many small, less compressible chunks.
void loadCatalogue(locale.current).then(() => {
  mount(App, { target });
  // The other language just after, so switching is immediate (and works offline).
  setTimeout(() => void loadCatalogues(), 1000);
});
