"""The typed MkDocs plugin that wires the catalogue and views into the build (entry point ``blma``)."""
