"""``python -m bawaslu_rules``: the command-line interface."""

from bawaslu_rules.cli import main

raise SystemExit(main())
