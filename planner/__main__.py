import sys

from planner.cli import run_subcommand

sys.exit(run_subcommand(sys.argv[1:]))
