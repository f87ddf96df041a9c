"""The data layer: typed records (models), the validating loader, and the queries views ask of them."""
