"""Tables: find headers, read columns by what they say, parse cells and classify rows."""
