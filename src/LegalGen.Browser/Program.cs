// LegalGen's redline engine for the reader's browser. The compare page's script loads it and calls what Comparison
// exports; nothing runs on start.
return 0;
