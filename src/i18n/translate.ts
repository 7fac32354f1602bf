// Saying a message in a language is pure, and lives with the catalogues in src/text; the page's modules reach it here too.
export * from '../text/translate';
