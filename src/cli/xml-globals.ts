// Node has no DOMParser: graphology's browser GEXF/GraphML parsers capture
// DOMParser and Document when imported, so the command line (and the unit
// tests) provide xmldom's before anything imports them.
import { DOMImplementation, DOMParser } from '@xmldom/xmldom';

const scope = globalThis as Record<string, unknown>;
scope.DOMParser ??= DOMParser;
scope.Document ??= new DOMImplementation().createDocument(null, null).constructor;
