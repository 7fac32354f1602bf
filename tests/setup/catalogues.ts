// Both interface languages, loaded before any test (the page loads the one it shows).
import { loadCatalogues } from '../../src/text/catalogues';

await loadCatalogues();
