"""Languages: the configured list (one owner), CLDR names and dates, translation history and status."""
