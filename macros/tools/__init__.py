"""Command-line tools (bundle, translations, bench) run by the Makefile; the build never imports them."""
