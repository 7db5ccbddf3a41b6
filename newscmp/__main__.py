"""`python -m newscmp`."""

from newscmp.cli import main

main()
