/**
 * The page's catalogues: which are loaded, and loading the other. They live
 * in src/text (the words of the product, readable by every layer); the page
 * reaches them here.
 */
export { CATALOGUES, loadCatalogue, loadCatalogues, type Catalogue, type MessageKey } from '../text/catalogues';
