"""Run the application with ``python -m xa_planner``."""

import sys

from xa_planner.cli import main

sys.exit(main())
