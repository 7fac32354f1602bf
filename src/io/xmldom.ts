/**
 * XML where the browser's DOMParser is missing (the import worker, Node):
 * xmldom, made strict — a syntax error throws, as the browser reports a
 * parsererror — and installed as the globals graphology's GEXF and GraphML
 * parsers capture when they are first loaded.
 */
import { DOMImplementation, DOMParser } from '@xmldom/xmldom';
import type { XmlParser } from './graph-formats';

export function strictXmlParser(): XmlParser {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return {
    parseFromString: (text, type) =>
      new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } }).parseFromString(
        text,
        type,
      ) as unknown as Document,
  };
}

/** Gives `scope` a DOMParser and a Document if it has none, before graphology's parsers are imported. */
export function installXmlGlobals(scope: object): void {
  const globals = scope as Record<string, unknown>;
  globals.DOMParser ??= DOMParser;
  globals.Document ??= new DOMImplementation().createDocument(null, null).constructor;
}
