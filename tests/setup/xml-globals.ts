// The command line's XML globals, for the unit tests too.
import '../../src/cli/xml-globals';
