// Node has no DOMParser: graphology's browser GEXF/GraphML parsers capture
// DOMParser and Document when imported, so the command line (and the unit
// tests) install xmldom's before anything imports them.
import { installXmlGlobals } from '../io/xmldom';

installXmlGlobals(globalThis);
