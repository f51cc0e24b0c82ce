"""Run the application with ``python -m xa_planner``."""

import sys

from xa_planner.cli import process_main

sys.exit(process_main())
